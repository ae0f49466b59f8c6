import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteUnreferencedText: Rule = {
  code: 'footnote-unreferenced-text',
  defaultSeverity: 'error',
  description: 'A footnote text is not referenced by any marker.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    const texts = doc.footnoteTextRows;
    for (let k = 0; k < texts.length; k++) {
      const n = texts.number(k);
      if (analysis.isCited(n)) continue;
      report({ message: `footnote text ${n} is not referenced: no marker ${n} in the text`, range: texts.at(k).markerRange });
    }
  },
};
