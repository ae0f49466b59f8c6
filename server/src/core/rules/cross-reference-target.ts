import { paragraphsByNumber } from '../analysis/paragraphs';
import { footnoteAnalysis, type FootnoteAnalysis } from '../analysis/footnotes';
import type { CrossReference } from '../model';
import type { Rule } from './rule';

export const crossReferenceTarget: Rule = {
  code: 'cross-reference-target',
  defaultSeverity: 'error',
  description: 'A cross-reference ("see para. 126 below", "见下文第 126 段") points at a paragraph that does not exist, or the wrong way.',
  check(doc, { report }) {
    const byNumber = paragraphsByNumber(doc);
    const refs = doc.crossReferences;
    let footnotes: FootnoteAnalysis | undefined;
    let missingNote: string | undefined;
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r];
      if (!ref.internal) continue;
      const anchor = anchorLine((footnotes ??= footnoteAnalysis(doc)), ref);
      const from = doc.paragraphAtLine(anchor);
      const numbers = ref.numbers;
      for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i];
        const targets = byNumber.get(n);
        if (!targets) {
          missingNote ??= lastNumberNote(byNumber);
          report({ message: `paragraph ${n} does not exist${missingNote}`, range: ref.numberRanges[i] });
          continue;
        }
        if (!ref.direction) continue;
        const target = targets[0];
        const below = from?.number != null ? target.number! > from.number : target.firstLine > anchor;
        const above = from?.number != null ? target.number! < from.number : target.firstLine < anchor;
        if (ref.direction === 'below' && !below) {
          report({ message: `paragraph ${n} is not below: the reference stands ${where(from?.number, anchor)}`, range: ref.range });
        } else if (ref.direction === 'above' && !above) {
          report({ message: `paragraph ${n} is not above: the reference stands ${where(from?.number, anchor)}`, range: ref.range });
        }
      }
    }
  },
};

/** A reference inside a footnote text reads from where the footnote is cited. */
function anchorLine(analysis: FootnoteAnalysis, ref: CrossReference): number {
  const text = analysis.textAtLine(ref.line);
  if (!text) return ref.line;
  const citation = analysis.citationsByNumber.get(text.number)?.[0];
  return citation ? citation.line : ref.line;
}

function where(paragraph: number | null | undefined, line: number): string {
  return paragraph != null ? `in paragraph ${paragraph}` : `on line ${line + 1}`;
}

function lastNumberNote(byNumber: Map<number, unknown>): string {
  if (!byNumber.size) return ': the document has no numbered paragraphs';
  let last = 0;
  for (const n of byNumber.keys()) last = Math.max(last, n);
  return `: paragraphs run to ${last}`;
}
