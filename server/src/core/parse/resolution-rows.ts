import type { Organ, ResolutionReference, ResolutionRows as ResolutionRowsView } from '../model';
import { isoOfDateValue } from './dates';
import { ParsedDate, ParsedResolution } from './entities';
import { allEntities, Columns, entitiesOnLine } from './rows';
import { range, type Range } from '../text';

const ORGANS: readonly Organ[] = ['unknown', 'GA', 'ECOSOC', 'SC', 'HRC'];
const DECISION = 8;
const ORGAN_BITS = 7;

// Columns after the line.
const START = 1;
const END = 2;
/** -1 when the number has none. */
const SESSION = 3;
const SERIAL = 4;
/** The organ's index in ORGANS, and DECISION. */
const FLAGS = 5;
/** yyyymmdd, 0 when the citation has no date. */
const DATE = 6;
const DATE_START = 7;
const DATE_END = 8;
const WIDTH = 9;

/**
 * The resolutions a document cites, a row each. A number is kept as its session and serial when
 * it reads "session/serial" ("70/125", most of them); others ("ES-10/23", "2334 (2016)", "70/01")
 * are kept as strings by row.
 */
export class ResolutionRows implements ResolutionRowsView {
  readonly #columns: Columns;
  readonly #numbers = new Map<number, string>();

  /** `capacity`: how many rows to make room for at first. */
  constructor(capacity?: number) {
    this.#columns = new Columns(WIDTH, capacity);
  }

  /**
   * Adds a citation; returns its row. `number` undefined: the number is `${session}/${serial}`, as
   * written (no leading zero).
   */
  add(number: string | undefined, line: number, start: number, end: number, organ: Organ, kind: 'resolution' | 'decision', session = -1, serial = -1): number {
    const at = this.#columns.addRow(line);
    const data = this.#columns.data;
    data[at + START] = start;
    data[at + END] = end;
    data[at + SESSION] = session;
    data[at + SERIAL] = serial;
    data[at + FLAGS] = ORGANS.indexOf(organ) | (kind === 'decision' ? DECISION : 0);
    const k = this.#columns.length - 1;
    // A number that reads "session/serial" is kept as those two, whichever way it was found.
    if (number !== undefined && number !== `${session}/${serial}`) this.#numbers.set(k, number);
    return k;
  }

  /** Dates row k's citation by the day's yyyymmdd, written at [start, end) of its line. */
  setDateValue(k: number, value: number, start: number, end: number): void {
    const at = k * WIDTH;
    const data = this.#columns.data;
    data[at + DATE] = value;
    data[at + DATE_START] = start;
    data[at + DATE_END] = end;
  }

  /** Adds row k of `source` as a row on `line`; returns the new row's index. */
  copyRow(source: ResolutionRows, k: number, line: number): number {
    const copied = this.#columns.copyRow(source.#columns, k, line);
    const number = source.#numbers.get(k);
    if (number !== undefined) this.#numbers.set(copied, number);
    return copied;
  }

  organ(k: number): Organ {
    return ORGANS[this.#columns.data[k * WIDTH + FLAGS] & ORGAN_BITS];
  }

  kind(k: number): 'resolution' | 'decision' {
    return this.#columns.data[k * WIDTH + FLAGS] & DECISION ? 'decision' : 'resolution';
  }

  session(k: number): number | undefined {
    const session = this.#columns.data[k * WIDTH + SESSION];
    return session < 0 ? undefined : session;
  }

  number(k: number): string {
    return this.#numbers.get(k) ?? `${this.#columns.data[k * WIDTH + SESSION]}/${this.#columns.data[k * WIDTH + SERIAL]}`;
  }

  numberKey(k: number): number | string {
    // A serial has at most four digits, so session * 10000 + serial is one number per "session/serial".
    return this.#numbers.get(k) ?? this.#columns.data[k * WIDTH + SESSION] * 10000 + this.#columns.data[k * WIDTH + SERIAL];
  }

  dateValue(k: number): number {
    return this.#columns.data[k * WIDTH + DATE];
  }

  range(k: number): Range {
    const data = this.#columns.data;
    const at = k * WIDTH;
    return range(data[at], data[at + START], data[at + END]);
  }

  at(k: number): ResolutionReference {
    const data = this.#columns.data;
    const at = k * WIDTH;
    const line = data[at];
    const r = new ParsedResolution(this.number(k), line, this.kind(k), data[at + START], data[at + END]);
    r.organ = this.organ(k);
    if (data[at + SESSION] >= 0) r.session = data[at + SESSION];
    if (data[at + SERIAL] >= 0) r.serial = data[at + SERIAL];
    const date = data[at + DATE];
    if (date !== 0) r.date = new ParsedDate(isoOfDateValue(date), line, data[at + DATE_START], data[at + DATE_END]);
    return r;
  }

  get length(): number {
    return this.#columns.length;
  }

  line(k: number): number {
    return this.#columns.line(k);
  }

  onLine(line: number): ResolutionReference[] {
    return entitiesOnLine(this.#columns, (k) => this.at(k), line);
  }

  all(): ResolutionReference[] {
    return allEntities(this.#columns, (k) => this.at(k));
  }
}
