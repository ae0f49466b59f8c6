// Entities kept as rows of numbers in one typed array, not as an object each. A long draft cites
// a resolution or a paragraph hundreds of thousands of times; as objects, every one of them is
// copied by the young-generation GC once or twice while the check runs, and the copying grows
// faster than the draft (bench/PROFILE.md, eleventh round). A typed array's contents are not
// objects: the collector never visits them. Objects are made from rows when a reader asks for one.

/**
 * How many rows of an entity to make room for at first in a document of `lineCount` lines: one
 * per four lines, more than most entities have, up to a point. A typed array of more than a few
 * bytes is costly to make, and growing by doubling from a few rows made a small draft's check pay
 * for a dozen of them.
 */
export function initialCapacity(lineCount: number): number {
  return Math.min(4096, Math.max(16, lineCount >> 2));
}

/**
 * Rows of `width` 32-bit integers in line order; column 0 of every row is its line. Subclasses
 * name the other columns and make an entity T from a row.
 */
export abstract class Rows<T> {
  #data: Int32Array;
  #length = 0;

  constructor(readonly width: number, capacity = 16) {
    this.#data = new Int32Array(capacity * width);
  }

  get length(): number {
    return this.#length;
  }

  /** Row k as an entity, made on each call. */
  abstract at(k: number): T;

  /** The entities on one line. */
  onLine(line: number): T[] {
    const found: T[] = [];
    for (let k = this.firstAtOrAfter(line); k < this.#length && this.line(k) === line; k++) found.push(this.at(k));
    return found;
  }

  /** Every row as an entity. */
  all(): T[] {
    const all = new Array<T>(this.#length);
    for (let k = 0; k < all.length; k++) all[k] = this.at(k);
    return all;
  }

  /** The line of row k. */
  line(k: number): number {
    return this.#data[k * this.width];
  }

  protected get data(): Int32Array {
    return this.#data;
  }

  /** Adds a row on `line` (its other columns 0) and returns where it starts in `data`. */
  protected addRow(line: number): number {
    const at = this.#length * this.width;
    if (at + this.width > this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2 + this.width);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[at] = line;
    this.#length++;
    return at;
  }

  /** Adds row k of `source` (rows of the same kind) as a row on `line`; returns the new row's index. */
  copyRow(source: this, k: number, line: number): number {
    const width = this.width;
    const at = this.addRow(line);
    const from = k * width;
    const data = this.#data;
    const sourceData = source.#data;
    for (let c = 1; c < width; c++) data[at + c] = sourceData[from + c];
    return this.#length - 1;
  }

  /** The first row on `line` or after it (rows are in line order). */
  firstAtOrAfter(line: number): number {
    let low = 0;
    let high = this.#length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.line(mid) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
