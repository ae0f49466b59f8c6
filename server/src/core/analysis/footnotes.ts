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
  let textIndexByLine: Int32Array | undefined;
  const textAtLine = (line: number) => {
    textIndexByLine ??= indexTextsByLine(doc.lineCount, doc.footnoteTexts);
    const index = line >= 0 && line < textIndexByLine.length ? textIndexByLine[line] : -1;
    return index === -1 ? undefined : doc.footnoteTexts[index];
  };
  return { firstCitations, repeats, slips: sequenceSlips(firstCitations.map((c) => c.number)), textsByNumber, citationsByNumber, textAtLine };
});

/** Line -> index of the footnote text covering it (-1 for none); a later text wins a shared line. */
function indexTextsByLine(lineCount: number, texts: readonly FootnoteText[]): Int32Array {
  const byLine = new Int32Array(lineCount).fill(-1);
  texts.forEach((t, index) => {
    for (let l = t.line; l <= t.lastLine && l < lineCount; l++) byLine[l] = index;
  });
  return byLine;
}
