import type { FootnoteText, FootnoteTextRows as FootnoteTextRowsView, MarkerStyle } from '../model';
import type { LineSource } from '../text';
import { ParsedFootnoteText } from './entities';
import { allEntities, Columns, entitiesOnLine, MARKER_STYLES } from './rows';
const IBID = 8;
const STYLE_BITS = 7;

// Columns after the (first) line.
const LAST_LINE = 1;
const NUMBER = 2;
/** Where the text starts on the first line, after the marker. */
const BODY_START = 3;
const MARKER_START = 4;
const MARKER_END = 5;
const DIGITS_START = 6;
const DIGITS_END = 7;
/** The style's index in MARKER_STYLES, and IBID. */
const FLAGS = 8;
const WIDTH = 9;

/** The footnote texts, a row each; their words are read from the lines when an object is made. */
export class FootnoteTextRows implements FootnoteTextRowsView {
  readonly #columns: Columns;
  readonly #lines: LineSource;

  /** `capacity`: how many rows to make room for at first. */
  constructor(lines: LineSource, capacity?: number) {
    this.#columns = new Columns(WIDTH, capacity);
    this.#lines = lines;
  }

  /** Adds the text of footnote `number` that starts on `line`; returns its row. */
  add(number: number, style: MarkerStyle, line: number, bodyStart: number, isIbid: boolean, markerStart: number, markerEnd: number, digitsStart: number, digitsEnd: number): number {
    const at = this.#columns.addRow(line);
    const data = this.#columns.data;
    data[at + LAST_LINE] = line;
    data[at + NUMBER] = number;
    data[at + BODY_START] = bodyStart;
    data[at + MARKER_START] = markerStart;
    data[at + MARKER_END] = markerEnd;
    data[at + DIGITS_START] = digitsStart;
    data[at + DIGITS_END] = digitsEnd;
    data[at + FLAGS] = MARKER_STYLES.indexOf(style) | (isIbid ? IBID : 0);
    return this.#columns.length - 1;
  }

  /** Row k's text runs on to line `i`. */
  extendTo(k: number, i: number): void {
    this.#columns.data[k * WIDTH + LAST_LINE] = i;
  }

  /** These rows and `others`, in line order (both are). */
  mergedWith(others: FootnoteTextRows): FootnoteTextRows {
    const merged = new FootnoteTextRows(this.#lines);
    let j = 0;
    for (let k = 0; k < this.#columns.length; k++) {
      for (; j < others.length && others.line(j) < this.#columns.line(k); j++) merged.copyRow(others, j, others.line(j));
      merged.copyRow(this, k, this.#columns.line(k));
    }
    for (; j < others.length; j++) merged.copyRow(others, j, others.line(j));
    return merged;
  }

  lastLine(k: number): number {
    return this.#columns.data[k * WIDTH + LAST_LINE];
  }

  number(k: number): number {
    return this.#columns.data[k * WIDTH + NUMBER];
  }

  isIbid(k: number): boolean {
    return (this.#columns.data[k * WIDTH + FLAGS] & IBID) !== 0;
  }

  at(k: number): FootnoteText {
    const data = this.#columns.data;
    const at = k * WIDTH;
    const flags = data[at + FLAGS];
    const text = new ParsedFootnoteText(
      this.#lines,
      data[at + NUMBER],
      MARKER_STYLES[flags & STYLE_BITS],
      data[at],
      data[at + BODY_START],
      (flags & IBID) !== 0,
      data[at + MARKER_START],
      data[at + MARKER_END],
      data[at + DIGITS_START],
      data[at + DIGITS_END],
    );
    text.extendTo(data[at + LAST_LINE]);
    return text;
  }

  get length(): number {
    return this.#columns.length;
  }

  line(k: number): number {
    return this.#columns.line(k);
  }

  onLine(line: number): FootnoteText[] {
    return entitiesOnLine(this.#columns, (k) => this.at(k), line);
  }

  all(): FootnoteText[] {
    return allEntities(this.#columns, (k) => this.at(k));
  }

  /** Adds row k of `source` as a row on `line`; returns the new row's index. */
  copyRow(source: FootnoteTextRows, k: number, line: number): number {
    return this.#columns.copyRow(source.#columns, k, line);
  }
}
