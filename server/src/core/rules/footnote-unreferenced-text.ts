import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteUnreferencedText: Rule = {
  code: 'footnote-unreferenced-text',
  defaultSeverity: 'error',
  description: 'A footnote text is not referenced by any marker.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    const texts = doc.footnoteTexts;
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      if (analysis.isCited(t.number)) continue;
      report({ message: `footnote text ${t.number} is not referenced: no marker ${t.number} in the text`, range: t.markerRange });
    }
  },
};
