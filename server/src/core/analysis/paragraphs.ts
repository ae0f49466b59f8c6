import type { CrossReference, DocumentModel, Paragraph } from '../model';
import { memoize } from './memo';
import { sequenceSlips, type SequenceSlip } from './sequence';

export interface ParagraphNumbering {
  numbered: Paragraph[];
  slips: SequenceSlip[];
}

export const paragraphNumbering = memoize((doc): ParagraphNumbering => {
  const numbered = doc.paragraphs.filter((p) => p.number !== null && !p.suffix);
  return { numbered, slips: sequenceSlips(numbered.map((p) => p.number!)) };
});

/** Paragraphs by number; a number used twice maps to every paragraph that carries it. */
export const paragraphsByNumber = memoize((doc) => {
  const map = new Map<number, Paragraph[]>();
  for (const p of paragraphNumbering(doc).numbered) {
    const list = map.get(p.number!);
    if (list) list.push(p);
    else map.set(p.number!, [p]);
  }
  return map;
});

/** Of the paragraphs numbered n, the one a cross-reference means: the nearest in its direction. */
export function paragraphReferredTo(doc: DocumentModel, reference: CrossReference, n: number): Paragraph | undefined {
  const candidates = paragraphsByNumber(doc).get(n) ?? [];
  if (candidates.length <= 1) return candidates[0];
  if (reference.direction === 'below') return candidates.find((p) => p.firstLine > reference.line) ?? candidates[0];
  if (reference.direction === 'above') return [...candidates].reverse().find((p) => p.firstLine < reference.line) ?? candidates[0];
  return candidates[0];
}
