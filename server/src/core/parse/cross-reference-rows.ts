import type { CrossReference, CrossReferenceRows as CrossReferenceRowsView, Direction } from '../model';
import { ParsedCrossReference } from './entities';
import { allEntities, Columns, entitiesOnLine } from './rows';

// Columns after the line.
const START = 1;
const END = 2;
const FIRST = 3;
const FIRST_START = 4;
const FIRST_END = 5;
/** -1 when the reference names one paragraph. */
const SECOND = 6;
const SECOND_START = 7;
const SECOND_END = 8;
/** ABOVE or BELOW, and INTERNAL. */
const FLAGS = 9;
const WIDTH = 10;

const ABOVE = 1;
const BELOW = 2;
const INTERNAL = 4;

/** The cross-references of a document, a row each. */
export class CrossReferenceRows implements CrossReferenceRowsView {
  readonly #columns: Columns;

  /** `capacity`: how many rows to make room for at first. */
  constructor(capacity?: number) {
    this.#columns = new Columns(WIDTH, capacity);
  }

  /**
   * Adds the reference at [start, end) of `line` to paragraph `first` (its digits at
   * [firstStart, firstEnd)) and, for a span or pair, `second` (-1 and its columns -1 when none).
   */
  add(line: number, start: number, end: number, first: number, firstStart: number, firstEnd: number, second: number, secondStart: number, secondEnd: number, direction: Direction | undefined, internal: boolean): void {
    const at = this.#columns.addRow(line);
    const data = this.#columns.data;
    data[at + START] = start;
    data[at + END] = end;
    data[at + FIRST] = first;
    data[at + FIRST_START] = firstStart;
    data[at + FIRST_END] = firstEnd;
    data[at + SECOND] = second;
    data[at + SECOND_START] = secondStart;
    data[at + SECOND_END] = secondEnd;
    data[at + FLAGS] = (direction === 'above' ? ABOVE : direction === 'below' ? BELOW : 0) | (internal ? INTERNAL : 0);
  }

  internal(k: number): boolean {
    return (this.#columns.data[k * WIDTH + FLAGS] & INTERNAL) !== 0;
  }

  direction(k: number): Direction | undefined {
    const flags = this.#columns.data[k * WIDTH + FLAGS];
    return flags & ABOVE ? 'above' : flags & BELOW ? 'below' : undefined;
  }

  numberCount(k: number): number {
    return this.#columns.data[k * WIDTH + SECOND] === -1 ? 1 : 2;
  }

  /** The paragraph number at `i` (0 or 1) of row k. */
  number(k: number, i: number): number {
    return this.#columns.data[k * WIDTH + (i === 0 ? FIRST : SECOND)];
  }

  at(k: number): CrossReference {
    const data = this.#columns.data;
    const at = k * WIDTH;
    const second = data[at + SECOND];
    const numbers = second === -1 ? [data[at + FIRST]] : [data[at + FIRST], second];
    return new ParsedCrossReference(
      numbers,
      data[at + FIRST_START],
      data[at + FIRST_END],
      data[at + SECOND_START],
      data[at + SECOND_END],
      this.direction(k),
      data[at],
      this.internal(k),
      data[at + START],
      data[at + END],
    );
  }

  get length(): number {
    return this.#columns.length;
  }

  line(k: number): number {
    return this.#columns.line(k);
  }

  onLine(line: number): CrossReference[] {
    return entitiesOnLine(this.#columns, (k) => this.at(k), line);
  }

  all(): CrossReference[] {
    return allEntities(this.#columns, (k) => this.at(k));
  }

  /** Adds row k of `source` as a row on `line`; returns the new row's index. */
  copyRow(source: CrossReferenceRows, k: number, line: number): number {
    return this.#columns.copyRow(source.#columns, k, line);
  }
}
