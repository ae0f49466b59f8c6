import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteIbidAntecedent: Rule = {
  code: 'footnote-ibid-antecedent',
  defaultSeverity: 'error',
  description: '"Ibid." / "同上" refers to the immediately preceding footnote, which must exist.',
  check(doc, { report }) {
    const analysis = footnoteAnalysis(doc);
    const texts = doc.footnoteTextRows;
    for (let k = 0; k < texts.length; k++) {
      if (!texts.isIbid(k)) continue;
      const n = texts.number(k);
      if (n <= 1) {
        const t = texts.at(k);
        report({ message: `footnote ${n} says "${ibidWord(t.text)}" but no footnote precedes it`, range: t.range });
      } else if (!analysis.hasText(n - 1)) {
        const t = texts.at(k);
        report({ message: `footnote ${n} says "${ibidWord(t.text)}" but footnote ${n - 1} has no text to refer to`, range: t.range });
      }
    }
  },
};

function ibidWord(text: string): string {
  return /^\s*(ibid\.?|idem\.?|同上|同前)/i.exec(text)?.[1] ?? 'Ibid.';
}
