import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteMissingText: Rule = {
  code: 'footnote-missing-text',
  defaultSeverity: 'error',
  description: 'A footnote marker has no footnote text.',
  check(doc, { report }) {
    const { firstCitations, firstTextOf } = footnoteAnalysis(doc);
    for (let k = 0; k < firstCitations.length; k++) {
      const c = firstCitations[k];
      if (firstTextOf.has(c.number)) continue;
      report({ message: `footnote ${c.number} has no footnote text (a line starting with its marker)`, range: c.range });
    }
  },
};
