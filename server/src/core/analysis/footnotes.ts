import type { BareFootnoteCitation, DocumentModel, FootnoteMarker, FootnoteText, FootnoteTextRows } from '../model';
import { memoize } from './memo';
import { sequenceSlips, type SequenceSlip } from './sequence';

/** A footnote cited by a marker, or by a bare number that stands for one (the model's own objects). */
export type Citation = FootnoteMarker | BareFootnoteCitation;

/**
 * How a document's footnotes are numbered and cited. It reads the model's rows and keeps numbers
 * and indices; the objects it hands out (citations, texts) are made when asked for.
 */
export interface FootnoteAnalysis {
  /** The number of each footnote at its first citation, in document order (bare citations included). */
  firstCitationNumbers: Int32Array;
  /** The ith of the first citations. */
  firstCitation(i: number): Citation;
  /** Later citations of a number already cited. */
  repeats: { citation: Citation; first: Citation }[];
  slips: SequenceSlip[];
  isCited(n: number): boolean;
  /** The line of number n's first citation; -1 when n is not cited. */
  firstCitationLine(n: number): number;
  /** Whether some footnote text has number n. */
  hasText(n: number): boolean;
  /** Texts whose number an earlier text already has, in document order. */
  textRepeats: { text: FootnoteText; first: FootnoteText }[];
  /** Every citation of number n, in document order. */
  citationsOf(n: number): Citation[];
  /** Every text of number n, in document order. */
  textsOf(n: number): FootnoteText[];
  /** The row (in footnoteTextRows) of the text covering a line; -1 for lines in no footnote text. */
  textRowAtLine(line: number): number;
  /** The footnote text covering a line, for lines inside footnote texts. */
  textAtLine(line: number): FootnoteText | undefined;
}

export const footnoteAnalysis = memoize((doc): FootnoteAnalysis => new FootnoteNumbering(citationsIn(doc), doc.footnoteTextRows));

/** Citations or texts read by index, in document order. */
interface Numbered<T> {
  readonly length: number;
  number(k: number): number;
  line(k: number): number;
  at(k: number): T;
}

/** The markers' rows, unless bare citations are to be merged in: then objects. */
function citationsIn(doc: DocumentModel): Numbered<Citation> {
  if (doc.bareFootnoteCitations.length) return new CitationList(inDocumentOrder(doc.footnoteMarkers, doc.bareFootnoteCitations));
  return doc.footnoteMarkerRows;
}

class CitationList implements Numbered<Citation> {
  constructor(readonly items: readonly Citation[]) {}

  get length(): number {
    return this.items.length;
  }

  number(k: number): number {
    return this.items[k].number;
  }

  line(k: number): number {
    return this.items[k].line;
  }

  at(k: number): Citation {
    return this.items[k];
  }
}

/** A class, not an object of closures: see parse/document.ts. */
class FootnoteNumbering implements FootnoteAnalysis {
  readonly firstCitationNumbers: Int32Array;
  readonly repeats: FootnoteAnalysis['repeats'] = [];
  readonly slips: SequenceSlip[];
  readonly textRepeats: FootnoteAnalysis['textRepeats'] = [];
  readonly #citations: Numbered<Citation>;
  readonly #firstCitationOf: FirstOfNumber;
  /** Per first citation, its index in #citations. */
  readonly #firstCitationIndex: Int32Array;
  readonly #texts: FootnoteTextRows;
  readonly #firstTextOf: FirstOfNumber;
  #lastAsked = -1;

  constructor(citations: Numbered<Citation>, texts: FootnoteTextRows) {
    this.#citations = citations;
    this.#texts = texts;
    this.#firstCitationOf = new FirstOfNumber(citations);
    const numbers = new Int32Array(citations.length);
    const indices = new Int32Array(citations.length);
    let count = 0;
    for (let k = 0; k < citations.length; k++) {
      const first = this.#firstCitationOf.add(citations.number(k), k);
      if (first === k) {
        numbers[count] = citations.number(k);
        indices[count++] = k;
      } else {
        this.repeats.push({ citation: citations.at(k), first: citations.at(first) });
      }
    }
    this.firstCitationNumbers = numbers.subarray(0, count);
    this.#firstCitationIndex = indices.subarray(0, count);
    this.#firstTextOf = new FirstOfNumber(texts);
    for (let k = 0; k < texts.length; k++) {
      const first = this.#firstTextOf.add(texts.number(k), k);
      if (first !== k) this.textRepeats.push({ text: texts.at(k), first: texts.at(first) });
    }
    this.slips = sequenceSlips(this.firstCitationNumbers);
  }

  firstCitation(i: number): Citation {
    return this.#citations.at(this.#firstCitationIndex[i]);
  }

  isCited(n: number): boolean {
    return this.#firstCitationOf.get(n) !== -1;
  }

  firstCitationLine(n: number): number {
    const k = this.#firstCitationOf.get(n);
    return k === -1 ? -1 : this.#citations.line(k);
  }

  hasText(n: number): boolean {
    return this.#firstTextOf.get(n) !== -1;
  }

  citationsOf(n: number): Citation[] {
    return allOf(this.#citations, this.#firstCitationOf.get(n), n);
  }

  textsOf(n: number): FootnoteText[] {
    return allOf(this.#texts, this.#firstTextOf.get(n), n);
  }

  textAtLine(line: number): FootnoteText | undefined {
    const k = this.textRowAtLine(line);
    return k === -1 ? undefined : this.#texts.at(k);
  }

  /**
   * The texts stand in line order and never share a line, so the last one starting on or before
   * the line is the only one that can cover it (no index of every line).
   */
  textRowAtLine(line: number): number {
    const k = this.#lastStartingBy(line);
    this.#lastAsked = k;
    return k !== -1 && line <= this.#texts.lastLine(k) ? k : -1;
  }

  /**
   * The index of the last text that starts on or before `line`, or -1. Rules ask in line order,
   * so a few steps on from the last answer usually find it before a search by halving.
   */
  #lastStartingBy(line: number): number {
    const texts = this.#texts;
    let i = this.#lastAsked;
    if (i >= 0 && texts.line(i) <= line) {
      for (let steps = 0; steps < 8; steps++, i++) if (i + 1 === texts.length || texts.line(i + 1) > line) return i;
    }
    let lo = 0;
    let hi = texts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (texts.line(mid) <= line) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }
}

/** The items numbered n, from the first of them (at index `first`, -1 when none). */
function allOf<T>(items: Numbered<T>, first: number, n: number): T[] {
  const found: T[] = [];
  if (first === -1) return found;
  for (let k = first; k < items.length; k++) if (items.number(k) === n) found.push(items.at(k));
  return found;
}

const byPosition = (a: Citation, b: Citation) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/**
 * Markers and bare citations sorted by position. The parser's markers are in order already, so
 * the few bare citations are merged in, and only the markers on their lines build a range.
 */
function inDocumentOrder(markers: readonly FootnoteMarker[], bare: readonly BareFootnoteCitation[]): Citation[] {
  for (let k = 1; k < markers.length; k++) if (markers[k].line < markers[k - 1].line) return [...markers, ...bare].sort(byPosition);
  const merged: Citation[] = [];
  let k = 0;
  for (const b of [...bare].sort(byPosition)) {
    while (k < markers.length && (markers[k].line < b.line || (markers[k].line === b.line && byPosition(markers[k], b) < 0))) merged.push(markers[k++]);
    merged.push(b);
  }
  while (k < markers.length) merged.push(markers[k++]);
  return merged;
}

/**
 * The index of the first item of each number, -1 for none. Footnote numbers run 1, 2, 3 ...: an
 * array indexed by number holds them, unless the numbers are far larger than their count (a stray
 * ¹⁹⁹⁹⁹⁹), then a Map.
 */
class FirstOfNumber {
  readonly #byNumber: Int32Array | Map<number, number>;

  constructor(items: Numbered<unknown>) {
    let max = 0;
    for (let k = 0; k < items.length; k++) max = Math.max(max, items.number(k));
    this.#byNumber = max <= 2 * items.length + 64 ? new Int32Array(max + 1).fill(-1) : new Map();
  }

  /** Records index k for n unless n has a first index already; returns n's first index. */
  add(n: number, k: number): number {
    const first = this.get(n);
    if (first !== -1) return first;
    if (this.#byNumber instanceof Int32Array) this.#byNumber[n] = k;
    else this.#byNumber.set(n, k);
    return k;
  }

  get(n: number): number {
    const byNumber = this.#byNumber;
    if (!(byNumber instanceof Int32Array)) return byNumber.get(n) ?? -1;
    return Number.isInteger(n) && n >= 0 && n < byNumber.length ? byNumber[n] : -1;
  }
}
