import { firstNotBefore } from '../sorted';

/**
 * Finds the slips in a sequence that should run 1, 2, 3 ... (paragraph numbers, footnotes in
 * order of first reference). Reports one finding per slip and resynchronises after each, so a
 * missing number does not make every later number look wrong.
 */
export type SequenceSlip =
  | { kind: 'gap'; index: number; missing: [number, number]; previous: number }
  | { kind: 'duplicate'; index: number; firstIndex: number }
  | { kind: 'order'; index: number; expected: number }
  | { kind: 'restart'; index: number; previous: number };

export function sequenceSlips(numbers: ArrayLike<number> & Iterable<number>): SequenceSlip[] {
  if (runsFromOne(numbers)) return [];
  const slips: SequenceSlip[] = [];
  const all = new Set(numbers);
  /** The distinct numbers in ascending order, once a long range needs them. */
  let sorted: number[] | undefined;
  let seen = new Map<number, number>();
  let prev = 0;
  const advance = () => {
    // prev + 1 is prev itself from 2^53 on.
    while (prev + 1 !== prev && seen.has(prev + 1)) prev++;
  };
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    const next = numbers[i + 1];
    const firstIndex = seen.get(n);
    if (firstIndex === undefined) seen.set(n, i);
    if (n === prev + 1) {
      prev = n;
      advance();
      continue;
    }
    if (n < prev && next === n + 1 && next !== prev + 1) {
      // 1, 2, 1, 2, 3: numbering started again rather than one stray number.
      slips.push({ kind: 'restart', index: i, previous: prev });
      seen = new Map([[n, i]]);
      prev = n;
      continue;
    }
    if (firstIndex !== undefined && (n <= prev || next !== n + 1)) {
      slips.push({ kind: 'duplicate', index: i, firstIndex });
      continue;
    }
    if (n > prev + 1) {
      if (next === prev + 2 && !all.has(prev + 1)) {
        // 3, 50, 5: the 50 stands where 4 should be.
        slips.push({ kind: 'order', index: i, expected: prev + 1 });
        prev++;
        continue;
      }
      // Whether any number between prev and n occurs later. A short range is walked; otherwise the
      // least number above prev is looked up (an order slip leaves prev where it was, and walking
      // the range again for each later number was quadratic).
      let missingHere = true;
      // Not beyond 2^53, where k++ stops counting.
      if (n - prev - 1 <= SHORT_RANGE && n <= Number.MAX_SAFE_INTEGER) {
        for (let k = prev + 1; k < n && missingHere; k++) if (all.has(k)) missingHere = false;
      } else {
        sorted ??= [...all].filter((k) => k === k).sort((a, b) => a - b);
        missingHere = !(leastAbove(sorted, prev) < n);
      }
      if (missingHere) {
        slips.push({ kind: 'gap', index: i, missing: [prev + 1, n - 1], previous: prev });
        prev = n;
        advance();
      } else {
        slips.push({ kind: 'order', index: i, expected: prev + 1 });
      }
      continue;
    }
    slips.push({ kind: 'order', index: i, expected: prev + 1 });
  }
  return slips;
}

/** 1, 2, 3 ... n: the usual case, which has no slips (no need for the sets below). */
function runsFromOne(numbers: ArrayLike<number>): boolean {
  for (let i = 0; i < numbers.length; i++) if (numbers[i] !== i + 1) return false;
  return true;
}

export function describeMissing([from, to]: [number, number], noun: string): string {
  return from === to ? `${noun} ${from} is missing` : `${noun}s ${from} to ${to} are missing`;
}

const SHORT_RANGE = 32;

/** The least of the ascending `sorted` above `x`; Infinity when there is none. */
function leastAbove(sorted: readonly number[], x: number): number {
  const i = firstNotBefore(sorted.length, (k) => sorted[k] <= x);
  return i < sorted.length ? sorted[i] : Infinity;
}
