import type { BareFootnoteCitation, FootnoteMarker, FootnoteText } from '../model';
import { memoize } from './memo';
import { sequenceSlips, type SequenceSlip } from './sequence';

/** A footnote cited by a marker, or by a bare number that stands for one (the model's own objects). */
export type Citation = FootnoteMarker | BareFootnoteCitation;

export interface FootnoteAnalysis {
  /** Each footnote number at its first citation, in document order (bare citations included). */
  firstCitations: Citation[];
  /** Later citations of a number already cited. */
  repeats: { citation: Citation; first: Citation }[];
  slips: SequenceSlip[];
  textsByNumber: Map<number, FootnoteText[]>;
  citationsByNumber: Map<number, Citation[]>;
  /** The footnote text covering a line, for lines inside footnote texts. */
  textAtLine(line: number): FootnoteText | undefined;
}

export const footnoteAnalysis = memoize((doc): FootnoteAnalysis => {
  let citations: readonly Citation[] = doc.footnoteMarkers;
  if (doc.bareFootnoteCitations.length) {
    citations = [...doc.footnoteMarkers, ...doc.bareFootnoteCitations].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  }
  const firstCitations: Citation[] = [];
  const repeats: FootnoteAnalysis['repeats'] = [];
  const citationsByNumber = new Map<number, Citation[]>();
  for (const c of citations) {
    const list = citationsByNumber.get(c.number);
    if (list) {
      list.push(c);
      repeats.push({ citation: c, first: list[0] });
    } else {
      citationsByNumber.set(c.number, [c]);
      firstCitations.push(c);
    }
  }
  const textsByNumber = new Map<number, FootnoteText[]>();
  for (const t of doc.footnoteTexts) {
    const list = textsByNumber.get(t.number);
    if (list) list.push(t);
    else textsByNumber.set(t.number, [t]);
  }
  return { firstCitations, repeats, slips: sequenceSlips(firstCitations.map((c) => c.number)), textsByNumber, citationsByNumber, textAtLine: textFinder(doc.footnoteTexts) };
});

/**
 * The footnote text covering a line. The parser's texts stand in line order and never share a
 * line, so a binary search finds it (no index of every line). Texts in any other order are
 * indexed by line, a later text winning a shared line.
 */
function textFinder(texts: readonly FootnoteText[]): FootnoteAnalysis['textAtLine'] {
  for (let k = 1; k < texts.length; k++) if (texts[k].line <= texts[k - 1].line) return textIndex(texts);
  return (line) => {
    let lo = 0;
    let hi = texts.length - 1;
    // The last text that starts on or before the line.
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (texts[mid].line <= line) lo = mid + 1;
      else hi = mid - 1;
    }
    const t = texts[hi];
    return t !== undefined && line <= t.lastLine ? t : undefined;
  };
}

function textIndex(texts: readonly FootnoteText[]): FootnoteAnalysis['textAtLine'] {
  const byLine = new Map<number, FootnoteText>();
  for (const t of texts) for (let l = t.line; l <= t.lastLine; l++) byLine.set(l, t);
  return (line) => byLine.get(line);
}
