import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteIbidAntecedent: Rule = {
  code: 'footnote-ibid-antecedent',
  defaultSeverity: 'error',
  description: '"Ibid." / "同上" refers to the immediately preceding footnote, which must exist.',
  check(doc, { report }) {
    const { firstTextOf } = footnoteAnalysis(doc);
    const texts = doc.footnoteTexts;
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      if (!t.isIbid) continue;
      if (t.number <= 1) {
        report({ message: `footnote ${t.number} says "${ibidWord(t.text)}" but no footnote precedes it`, range: t.range });
      } else if (!firstTextOf.has(t.number - 1)) {
        report({ message: `footnote ${t.number} says "${ibidWord(t.text)}" but footnote ${t.number - 1} has no text to refer to`, range: t.range });
      }
    }
  },
};

function ibidWord(text: string): string {
  return /^\s*(ibid\.?|idem\.?|同上|同前)/i.exec(text)?.[1] ?? 'Ibid.';
}
