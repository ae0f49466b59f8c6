import type { Heading, Paragraph, ParagraphRows as ParagraphRowsView } from '../model';
import type { LineSource } from '../text';
import { ParsedParagraph } from './entities';
import { NUMBER_SUFFIXES } from './lines';
import { allEntities, Columns, entitiesOnLine } from './rows';

// Columns after the first line.
const LAST_LINE = 1;
/** -1 for unnumbered paragraphs. */
const NUMBER = 2;
/** 1 + the suffix's index in NUMBER_SUFFIXES ("bis" 1, "ter" 2 ...), 0 for none. */
const SUFFIX = 3;
/** -1 when the paragraph has no number. */
const NUMBER_START = 4;
const NUMBER_END = 5;
/** Where the paragraph's own text starts on its first line (after the number). */
const CONTENT_START = 6;
/** The index of its heading in the model's headings, -1 for none. */
const HEADING = 7;
const PREAMBLE = 8;
const WIDTH = 9;

/** The paragraphs, a row each, in line order. */
export class ParagraphRows implements ParagraphRowsView {
  readonly #columns: Columns;
  readonly #lines: LineSource;
  readonly #headings: readonly Heading[];

  /** `headings`: the model's headings, which the rows' heading indices point into. */
  constructor(lines: LineSource, headings: readonly Heading[], capacity?: number) {
    this.#columns = new Columns(WIDTH, capacity);
    this.#lines = lines;
    this.#headings = headings;
  }

  /** Adds the paragraph that starts on `firstLine`; returns its row. */
  add(number: number | null, firstLine: number, contentStart: number, heading: number): number {
    const at = this.#columns.addRow(firstLine);
    const data = this.#columns.data;
    data[at + LAST_LINE] = firstLine;
    data[at + NUMBER] = number ?? -1;
    data[at + NUMBER_START] = -1;
    data[at + NUMBER_END] = -1;
    data[at + CONTENT_START] = contentStart;
    data[at + HEADING] = heading;
    return this.#columns.length - 1;
  }

  extendTo(k: number, line: number): void {
    this.#columns.data[k * WIDTH + LAST_LINE] = line;
  }

  setSuffix(k: number, suffix: string | undefined): void {
    this.#columns.data[k * WIDTH + SUFFIX] = suffix === undefined ? 0 : NUMBER_SUFFIXES.indexOf(suffix) + 1;
  }

  /** Where the number stands on the first line. */
  numberAt(k: number, start: number, end: number): void {
    this.#columns.data[k * WIDTH + NUMBER_START] = start;
    this.#columns.data[k * WIDTH + NUMBER_END] = end;
  }

  setPreamble(k: number): void {
    this.#columns.data[k * WIDTH + PREAMBLE] = 1;
  }

  lastLine(k: number): number {
    return this.#columns.data[k * WIDTH + LAST_LINE];
  }

  number(k: number): number | null {
    const n = this.#columns.data[k * WIDTH + NUMBER];
    return n === -1 ? null : n;
  }

  hasSuffix(k: number): boolean {
    return this.#columns.data[k * WIDTH + SUFFIX] !== 0;
  }

  /** The rows less those in `dropped`, as new rows (and each old row's new index, -1 if dropped). */
  without(dropped: Set<number>): { rows: ParagraphRows; newIndex: Int32Array } {
    const rows = new ParagraphRows(this.#lines, this.#headings, this.#columns.length);
    const newIndex = new Int32Array(this.#columns.length);
    for (let k = 0; k < this.#columns.length; k++) newIndex[k] = dropped.has(k) ? -1 : rows.copyRow(this, k, this.#columns.line(k));
    return { rows, newIndex };
  }

  at(k: number): Paragraph {
    const data = this.#columns.data;
    const at = k * WIDTH;
    const heading = data[at + HEADING];
    const p = new ParsedParagraph(this.#lines, this.number(k), data[at], data[at + CONTENT_START], heading === -1 ? undefined : this.#headings[heading]);
    p.lastLine = data[at + LAST_LINE];
    if (data[at + SUFFIX] !== 0) p.suffix = NUMBER_SUFFIXES[data[at + SUFFIX] - 1];
    if (data[at + NUMBER_START] !== -1) p.numberAt(data[at + NUMBER_START], data[at + NUMBER_END]);
    if (data[at + PREAMBLE] === 1) p.preamble = true;
    return p;
  }

  get length(): number {
    return this.#columns.length;
  }

  line(k: number): number {
    return this.#columns.line(k);
  }

  onLine(line: number): Paragraph[] {
    return entitiesOnLine(this.#columns, (k) => this.at(k), line);
  }

  all(): Paragraph[] {
    return allEntities(this.#columns, (k) => this.at(k));
  }

  /** Adds row k of `source` as a row on `line`; returns the new row's index. */
  copyRow(source: ParagraphRows, k: number, line: number): number {
    return this.#columns.copyRow(source.#columns, k, line);
  }
}
