import { paragraphNumbering, paragraphRowsByNumber } from '../analysis/paragraphs';
import { footnoteAnalysis, type FootnoteAnalysis } from '../analysis/footnotes';
import type { DocumentModel } from '../model';
import type { Rule } from './rule';

export const crossReferenceTarget: Rule = {
  code: 'cross-reference-target',
  defaultSeverity: 'error',
  description: 'A cross-reference ("see para. 126 below", "见下文第 126 段") points at a paragraph that does not exist, or the wrong way.',
  check(doc, { report }) {
    const firstNumbered = new FirstParagraphNumbered(doc);
    const refs = doc.crossReferenceRows;
    let footnotes: FootnoteAnalysis | undefined;
    let missingNote: string | undefined;
    for (let k = 0; k < refs.length; k++) {
      if (!refs.internal(k)) continue;
      const anchor = anchorLine(doc, (footnotes ??= footnoteAnalysis(doc)), refs.line(k));
      const fromRow = doc.paragraphRowAtLine(anchor);
      const from = fromRow === -1 ? null : doc.paragraphRows.number(fromRow);
      const direction = refs.direction(k);
      const count = refs.numberCount(k);
      for (let i = 0; i < count; i++) {
        const n = refs.number(k, i);
        const target = firstNumbered.get(n);
        if (target === -1) {
          missingNote ??= lastNumberNote(doc);
          report({ message: `paragraph ${n} does not exist${missingNote}`, range: refs.at(k).numberRanges[i] });
          continue;
        }
        if (!direction) continue;
        // The target's number is n: comparing n, not target.number, spares a large draft a read
        // from a paragraph anywhere in its heap.
        const targetLine = doc.paragraphRows.line(target);
        const below = from !== null ? n > from : targetLine > anchor;
        const above = from !== null ? n < from : targetLine < anchor;
        if (direction === 'below' && !below) {
          report({ message: `paragraph ${n} is not below: the reference stands ${where(from, anchor)}`, range: refs.at(k).range });
        } else if (direction === 'above' && !above) {
          report({ message: `paragraph ${n} is not above: the reference stands ${where(from, anchor)}`, range: refs.at(k).range });
        }
      }
    }
  },
};

/** A reference inside a footnote text reads from where the footnote is cited. */
function anchorLine(doc: DocumentModel, analysis: FootnoteAnalysis, line: number): number {
  const text = analysis.textRowAtLine(line);
  if (text === -1) return line;
  const cited = analysis.firstCitationLine(doc.footnoteTextRows.number(text));
  return cited === -1 ? line : cited;
}

function where(paragraph: number | null, line: number): string {
  return paragraph != null ? `in paragraph ${paragraph}` : `on line ${line + 1}`;
}

/**
 * The row of the first paragraph numbered n, -1 for none. Numbered 1, 2, 3 ... without a slip
 * (the usual case), paragraph n is the nth: no need for the map by number. A class, not a closure
 * made per check: see parse/document.ts.
 */
class FirstParagraphNumbered {
  readonly #rows: Int32Array;
  readonly #byNumber: Map<number, number[]> | undefined;

  constructor(doc: DocumentModel) {
    const { rows, slips } = paragraphNumbering(doc);
    this.#rows = rows;
    this.#byNumber = slips.length === 0 ? undefined : paragraphRowsByNumber(doc);
  }

  get(n: number): number {
    if (this.#byNumber) return this.#byNumber.get(n)?.[0] ?? -1;
    return n >= 1 && n <= this.#rows.length ? this.#rows[n - 1] : -1;
  }
}

function lastNumberNote(doc: DocumentModel): string {
  const { numbers } = paragraphNumbering(doc);
  if (!numbers.length) return ': the document has no numbered paragraphs';
  let last = 0;
  for (const n of numbers) last = Math.max(last, n);
  return `: paragraphs run to ${last}`;
}
