import type { CrossReference, DocumentModel, Paragraph } from '../model';
import { firstNotBefore } from '../sorted';
import { memoize } from './memo';
import { sequenceSlips, type SequenceSlip } from './sequence';

export interface ParagraphNumbering {
  /** The rows (in paragraphRows) of the paragraphs in the sequence: numbered, and not "5 bis". */
  rows: Int32Array;
  /** Their numbers, in the same order. */
  numbers: Int32Array;
  slips: SequenceSlip[];
}

export const paragraphNumbering = memoize((doc): ParagraphNumbering => {
  const paragraphs = doc.paragraphRows;
  const rows = new Int32Array(paragraphs.length);
  const numbers = new Int32Array(paragraphs.length);
  let count = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const n = paragraphs.number(k);
    if (n === null || paragraphs.hasSuffix(k)) continue;
    rows[count] = k;
    numbers[count++] = n;
  }
  return { rows: rows.subarray(0, count), numbers: numbers.subarray(0, count), slips: sequenceSlips(numbers.subarray(0, count)) };
});

/** The rows of the paragraphs by number; a number used twice maps to every paragraph that carries it. */
export const paragraphRowsByNumber = memoize((doc) => {
  const map = new Map<number, number[]>();
  const { rows, numbers } = paragraphNumbering(doc);
  for (let i = 0; i < rows.length; i++) {
    const list = map.get(numbers[i]);
    if (list) list.push(rows[i]);
    else map.set(numbers[i], [rows[i]]);
  }
  return map;
});

/** Of the paragraphs numbered n, the one a cross-reference means (the model's object). */
export function paragraphReferredTo(doc: DocumentModel, reference: Pick<CrossReference, 'line' | 'direction'>, n: number): Paragraph | undefined {
  const k = paragraphRowReferredTo(doc, reference, n);
  return k === -1 ? undefined : doc.paragraphs[k];
}

/**
 * The row of the paragraph numbered n that a cross-reference means: the nearest in its direction;
 * -1 when no paragraph is numbered n. The rows are in line order, so each number's candidates are
 * searched by halving.
 */
function paragraphRowReferredTo(doc: DocumentModel, reference: Pick<CrossReference, 'line' | 'direction'>, n: number): number {
  const candidates = paragraphRowsByNumber(doc).get(n);
  if (!candidates) return -1;
  if (candidates.length === 1) return candidates[0];
  const paragraphs = doc.paragraphRows;
  // The index of the first candidate that starts after the reference's line.
  const after = firstNotBefore(candidates.length, (k) => paragraphs.line(candidates[k]) <= reference.line);
  if (reference.direction === 'below') return candidates[after] ?? candidates[0];
  if (reference.direction === 'above') {
    // The last one starting before its line.
    const before = after > 0 && paragraphs.line(candidates[after - 1]) === reference.line ? after - 2 : after - 1;
    return candidates[before] ?? candidates[0];
  }
  return candidates[0];
}
