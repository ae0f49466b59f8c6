import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteOrder: Rule = {
  code: 'footnote-order',
  defaultSeverity: 'error',
  description: 'Footnotes are numbered in order of first reference.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    for (const slip of analysis.slips) {
      const c = analysis.firstCitation(slip.index);
      if (slip.kind === 'order') {
        report({ message: `footnote ${c.number} is cited where footnote ${slip.expected} was expected: footnotes are numbered in order of first reference`, range: c.range });
      } else if (slip.kind === 'restart') {
        report({ message: `footnote numbering restarts at ${c.number} after ${slip.previous}: footnotes are numbered continuously through the document`, range: c.range });
      } else if (slip.kind === 'duplicate') {
        report({ message: `footnote ${c.number} is cited out of order`, range: c.range });
      }
    }
  },
};
