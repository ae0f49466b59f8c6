import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteMissingText: Rule = {
  code: 'footnote-missing-text',
  defaultSeverity: 'error',
  description: 'A footnote marker has no footnote text.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    const numbers = analysis.firstCitationNumbers;
    for (let k = 0; k < numbers.length; k++) {
      if (analysis.hasText(numbers[k])) continue;
      report({ message: `footnote ${numbers[k]} has no footnote text (a line starting with its marker)`, range: analysis.firstCitation(k).range });
    }
  },
};
