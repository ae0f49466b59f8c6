// Entities kept as rows of numbers in one typed array, not as an object each. A long draft cites
// a resolution or a paragraph hundreds of thousands of times; as objects, every one of them is
// copied by the young-generation GC once or twice while the check runs, and the copying grows
// faster than the draft (bench/PROFILE.md, eleventh round). A typed array's contents are not
// objects: the collector never visits them. Objects are made from rows when a reader asks for one.

import type { MarkerStyle } from '../model';
import { grown } from './grown';

/** A footnote marker's or text's style, kept in a column as its index here. */
export const MARKER_STYLES: readonly MarkerStyle[] = ['superscript', 'caret', 'sup-tag', 'latex', 'bare'];

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
 * Rows of `width` 32-bit integers in line order; column 0 of every row is its line. Each kind of
 * entity keeps its rows in one of these and names the other columns. The kinds hold a Columns
 * rather than extend a base class: code shared by five classes sees five shapes, and V8 gives up
 * optimizing an access that sees more than four (the base class's getters then took 6 % of a check).
 */
export class Columns {
  data: Int32Array;
  length = 0;

  constructor(readonly width: number, capacity = 16) {
    this.data = new Int32Array(capacity * width);
  }

  /** The line of row k. */
  line(k: number): number {
    return this.data[k * this.width];
  }

  /** Adds a row on `line` (its other columns 0) and returns where it starts in `data`. */
  addRow(line: number): number {
    const width = this.width;
    const at = this.length * width;
    if (at + width > this.data.length) {
      this.data = grown(this.data, at + width);
    }
    this.data[at] = line;
    this.length++;
    return at;
  }

  /** Adds row k of `source` (of the same width) as a row on `line`; returns the new row's index. */
  copyRow(source: Columns, k: number, line: number): number {
    const width = this.width;
    const at = this.addRow(line);
    const from = k * width;
    const data = this.data;
    const sourceData = source.data;
    for (let c = 1; c < width; c++) data[at + c] = sourceData[from + c];
    return this.length - 1;
  }

  /** The first row on `line` or after it (rows are in line order). */
  firstAtOrAfter(line: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.line(mid) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The entities made from the rows on one line. */
export function entitiesOnLine<T>(columns: Columns, at: (k: number) => T, line: number): T[] {
  const found: T[] = [];
  for (let k = columns.firstAtOrAfter(line); k < columns.length && columns.line(k) === line; k++) found.push(at(k));
  return found;
}

/** The entities made from every row. */
export function allEntities<T>(columns: Columns, at: (k: number) => T): T[] {
  const all = new Array<T>(columns.length);
  for (let k = 0; k < all.length; k++) all[k] = at(k);
  return all;
}
