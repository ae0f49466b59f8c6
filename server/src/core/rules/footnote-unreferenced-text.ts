import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteUnreferencedText: Rule = {
  code: 'footnote-unreferenced-text',
  defaultSeverity: 'error',
  description: 'A footnote text is not referenced by any marker.',
  check(doc, { report }) {
    const { citationsByNumber } = footnoteAnalysis(doc);
    for (const t of doc.footnoteTexts) {
      if (citationsByNumber.has(t.number)) continue;
      report({ message: `footnote text ${t.number} is not referenced: no marker ${t.number} in the text`, range: t.markerRange });
    }
  },
};
