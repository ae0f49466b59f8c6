import type { BareFootnoteCitation, DocumentModel, FootnoteMarker, FootnoteMarkerRows, FootnoteText } from '../model';
import { memoize } from './memo';
import { sequenceSlips, type SequenceSlip } from './sequence';

/** A footnote cited by a marker, or by a bare number that stands for one (the model's own objects). */
export type Citation = FootnoteMarker | BareFootnoteCitation;

export interface FootnoteAnalysis {
  /** The number of each footnote at its first citation, in document order (bare citations included). */
  firstCitationNumbers: readonly number[];
  /** The ith of the first citations, made on each call. */
  firstCitation(i: number): Citation;
  /** Later citations of a number already cited. */
  repeats: { citation: Citation; first: Citation }[];
  slips: SequenceSlip[];
  isCited(n: number): boolean;
  /** The line of number n's first citation; -1 when n is not cited. */
  firstCitationLine(n: number): number;
  /** Number -> its first footnote text. */
  firstTextOf: FirstOfNumber<FootnoteText>;
  /** Texts whose number an earlier text already has, in document order. */
  textRepeats: { text: FootnoteText; first: FootnoteText }[];
  /** Every text of each number: built when first read (the editor's requests read it, the rules do not). */
  readonly textsByNumber: Map<number, FootnoteText[]>;
  /** Every citation of number n, in document order. */
  citationsOf(n: number): Citation[];
  /** The footnote text covering a line, for lines inside footnote texts. */
  textAtLine(line: number): FootnoteText | undefined;
}

export const footnoteAnalysis = memoize((doc): FootnoteAnalysis => new FootnoteNumbering(citationsOf(doc), doc.footnoteTexts));

/** The citations in document order, read by index: the markers' rows, or objects when bare citations are merged in. */
interface Citations {
  readonly length: number;
  number(k: number): number;
  line(k: number): number;
  at(k: number): Citation;
}

class CitationList implements Citations {
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

function citationsOf(doc: DocumentModel): Citations {
  if (doc.bareFootnoteCitations.length) return new CitationList(inDocumentOrder(doc.footnoteMarkers, doc.bareFootnoteCitations));
  return doc.footnoteMarkerRows;
}

/** A class, not an object of closures: see parse/document.ts. */
class FootnoteNumbering implements FootnoteAnalysis {
  readonly firstCitationNumbers: number[] = [];
  readonly repeats: FootnoteAnalysis['repeats'] = [];
  readonly slips: SequenceSlip[];
  readonly firstTextOf: FirstOfNumber<FootnoteText>;
  readonly textRepeats: FootnoteAnalysis['textRepeats'] = [];
  readonly #citations: Citations;
  /** Number -> the index in #citations of its first citation. */
  readonly #firstCitationOf: FirstIndexOfNumber;
  /** Per first citation, its index in #citations. */
  readonly #firstCitationIndex: number[] = [];
  readonly #texts: readonly FootnoteText[];
  readonly #textsInLineOrder: boolean;
  #textsByNumber?: Map<number, FootnoteText[]>;
  #textByLine?: Map<number, FootnoteText>;
  #lastAsked = -1;

  constructor(citations: Citations, texts: readonly FootnoteText[]) {
    this.#citations = citations;
    this.#texts = texts;
    this.#firstCitationOf = new FirstIndexOfNumber(citations);
    for (let k = 0; k < citations.length; k++) {
      const first = this.#firstCitationOf.add(citations.number(k), k);
      if (first === k) {
        this.firstCitationNumbers.push(citations.number(k));
        this.#firstCitationIndex.push(k);
      } else {
        this.repeats.push({ citation: citations.at(k), first: citations.at(first) });
      }
    }
    this.firstTextOf = new FirstOfNumber(texts);
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      const first = this.firstTextOf.add(t);
      if (first !== t) this.textRepeats.push({ text: t, first });
    }
    this.slips = sequenceSlips(this.firstCitationNumbers);
    this.#textsInLineOrder = inLineOrder(texts);
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

  get textsByNumber(): Map<number, FootnoteText[]> {
    return (this.#textsByNumber ??= groupByNumber(this.#texts));
  }

  citationsOf(n: number): Citation[] {
    const citations = this.#citations;
    const found: Citation[] = [];
    const first = this.#firstCitationOf.get(n);
    if (first === -1) return found;
    for (let k = first; k < citations.length; k++) if (citations.number(k) === n) found.push(citations.at(k));
    return found;
  }

  /**
   * The parser's texts stand in line order and never share a line, so a binary search finds the
   * text covering a line (no index of every line). Texts in any other order are indexed by line,
   * a later text winning a shared line.
   */
  textAtLine(line: number): FootnoteText | undefined {
    if (!this.#textsInLineOrder) return (this.#textByLine ??= indexByLine(this.#texts)).get(line);
    const texts = this.#texts;
    const k = this.#lastStartingBy(line);
    this.#lastAsked = k;
    const t = texts[k];
    return t !== undefined && line <= t.lastLine ? t : undefined;
  }

  /**
   * The index of the last text that starts on or before `line`, or -1. Rules ask in line order,
   * so a few steps on from the last answer usually find it; a search by halving from the whole
   * list would touch texts scattered over a large draft's heap for every question.
   */
  #lastStartingBy(line: number): number {
    const texts = this.#texts;
    let i = this.#lastAsked;
    if (i >= 0 && texts[i].line <= line) {
      for (let steps = 0; steps < 8; steps++, i++) if (i + 1 === texts.length || texts[i + 1].line > line) return i;
    }
    let lo = 0;
    let hi = texts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (texts[mid].line <= line) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }
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
 * The first item of each number. Footnote numbers run 1, 2, 3 ...: an array indexed by number
 * holds them, unless the numbers are far larger than their count (a stray ¹⁹⁹⁹⁹⁹), then a Map.
 */
export class FirstOfNumber<T extends { number: number }> {
  readonly #byIndex: (T | undefined)[] | undefined;
  readonly #byNumber: Map<number, T> | undefined;

  constructor(items: readonly T[]) {
    let max = 0;
    for (let k = 0; k < items.length; k++) max = Math.max(max, items[k].number);
    if (max <= 2 * items.length + 64) this.#byIndex = new Array(max + 1);
    else this.#byNumber = new Map();
  }

  /** Records the item unless its number has one already; returns the first item of the number. */
  add(item: T): T {
    const first = this.get(item.number);
    if (first !== undefined) return first;
    if (this.#byIndex) this.#byIndex[item.number] = item;
    else this.#byNumber!.set(item.number, item);
    return item;
  }

  get(n: number): T | undefined {
    if (!this.#byIndex) return this.#byNumber!.get(n);
    return Number.isInteger(n) && n >= 0 && n < this.#byIndex.length ? this.#byIndex[n] : undefined;
  }

  has(n: number): boolean {
    return this.get(n) !== undefined;
  }
}

/** FirstOfNumber for citations read by index: the index of each number's first citation, -1 for none. */
class FirstIndexOfNumber {
  readonly #byNumber: Int32Array | Map<number, number>;

  constructor(citations: Citations) {
    let max = 0;
    for (let k = 0; k < citations.length; k++) max = Math.max(max, citations.number(k));
    this.#byNumber = max <= 2 * citations.length + 64 ? new Int32Array(max + 1).fill(-1) : new Map();
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

function groupByNumber<T extends { number: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.number);
    if (list) list.push(item);
    else groups.set(item.number, [item]);
  }
  return groups;
}

function inLineOrder(texts: readonly FootnoteText[]): boolean {
  for (let k = 1; k < texts.length; k++) if (texts[k].line <= texts[k - 1].line) return false;
  return true;
}

function indexByLine(texts: readonly FootnoteText[]): Map<number, FootnoteText> {
  const byLine = new Map<number, FootnoteText>();
  for (const t of texts) for (let l = t.line; l <= t.lastLine; l++) byLine.set(l, t);
  return byLine;
}
