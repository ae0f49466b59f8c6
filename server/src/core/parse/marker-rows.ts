import type { FootnoteMarker, FootnoteMarkerRows as FootnoteMarkerRowsView, MarkerStyle } from '../model';
import { ParsedMarker } from './entities';
import { allEntities, Columns, entitiesOnLine, MARKER_STYLES } from './rows';

// Columns after the line.
const NUMBER = 1;
const START = 2;
const END = 3;
const DIGITS_START = 4;
const DIGITS_END = 5;
/** The style's index in MARKER_STYLES. */
const STYLE = 6;
const WIDTH = 7;

/** The footnote markers in running text, a row each. */
export class FootnoteMarkerRows implements FootnoteMarkerRowsView {
  readonly #columns: Columns;

  /** `capacity`: how many rows to make room for at first. */
  constructor(capacity?: number) {
    this.#columns = new Columns(WIDTH, capacity);
  }

  /** Adds marker `number` at [start, end) of `line`, its digits at [digitsStart, digitsEnd). */
  add(number: number, style: MarkerStyle, line: number, start: number, end: number, digitsStart: number, digitsEnd: number): void {
    const at = this.#columns.addRow(line);
    const data = this.#columns.data;
    data[at + NUMBER] = number;
    data[at + START] = start;
    data[at + END] = end;
    data[at + DIGITS_START] = digitsStart;
    data[at + DIGITS_END] = digitsEnd;
    data[at + STYLE] = MARKER_STYLES.indexOf(style);
  }

  number(k: number): number {
    return this.#columns.data[k * WIDTH + NUMBER];
  }

  style(k: number): MarkerStyle {
    return MARKER_STYLES[this.#columns.data[k * WIDTH + STYLE]];
  }

  /** Where row k's marker starts on its line. */
  start(k: number): number {
    return this.#columns.data[k * WIDTH + START];
  }

  at(k: number): FootnoteMarker {
    const data = this.#columns.data;
    const at = k * WIDTH;
    return new ParsedMarker(data[at + NUMBER], this.style(k), data[at], data[at + START], data[at + END], data[at + DIGITS_START], data[at + DIGITS_END]);
  }

  get length(): number {
    return this.#columns.length;
  }

  line(k: number): number {
    return this.#columns.line(k);
  }

  onLine(line: number): FootnoteMarker[] {
    return entitiesOnLine(this.#columns, (k) => this.at(k), line);
  }

  all(): FootnoteMarker[] {
    return allEntities(this.#columns, (k) => this.at(k));
  }

  /** Adds row k of `source` as a row on `line`; returns the new row's index. */
  copyRow(source: FootnoteMarkerRows, k: number, line: number): number {
    return this.#columns.copyRow(source.#columns, k, line);
  }
}
