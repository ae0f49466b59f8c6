import { footnoteAnalysis } from '../analysis/footnotes';
import { describeMissing } from '../analysis/sequence';
import type { Rule } from './rule';

export const footnoteNumberGap: Rule = {
  code: 'footnote-number-gap',
  defaultSeverity: 'error',
  description: 'Footnotes are numbered continuously; a number is skipped.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    for (const slip of analysis.slips) {
      if (slip.kind !== 'gap') continue;
      const c = analysis.firstCitation(slip.index);
      const message = slip.previous === 0
        ? `${describeMissing(slip.missing, 'footnote')}: the first footnote is ${c.number}`
        : `${describeMissing(slip.missing, 'footnote')}: ${slip.previous} is followed by ${c.number}`;
      report({ message, range: c.range });
    }
  },
};
