import type { CrossReference, DocumentModel, Paragraph } from '../model';
import { firstNotBefore } from '../sorted';
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
  if (!numberedInLineOrder(doc)) return nearestByWalking(candidates, reference);
  const after = firstStartingAfter(candidates, reference.line);
  if (reference.direction === 'below') return candidates[after] ?? candidates[0];
  if (reference.direction === 'above') {
    // The last one starting before its line.
    const before = candidates[after - 1]?.firstLine === reference.line ? after - 2 : after - 1;
    return candidates[before] ?? candidates[0];
  }
  return candidates[0];
}

/**
 * Whether the numbered paragraphs start on strictly increasing lines, as the parser makes them:
 * then each number's candidates can be searched by halving (walking them for each reference was
 * quadratic in a draft whose paragraphs all carry one number).
 */
const numberedInLineOrder = memoize((doc) => {
  const numbered = paragraphNumbering(doc).numbered;
  for (let i = 1; i < numbered.length; i++) if (numbered[i].firstLine <= numbered[i - 1].firstLine) return false;
  return true;
});

/** paragraphReferredTo for paragraphs in any order. */
function nearestByWalking(candidates: readonly Paragraph[], reference: CrossReference): Paragraph | undefined {
  if (reference.direction === 'below') return candidates.find((p) => p.firstLine > reference.line) ?? candidates[0];
  if (reference.direction === 'above') {
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].firstLine < reference.line) return candidates[i];
  }
  return candidates[0];
}

/** The index of the first of `paragraphs` (in line order) that starts after `line`; their length if none. */
function firstStartingAfter(paragraphs: readonly Paragraph[], line: number): number {
  return firstNotBefore(paragraphs.length, (k) => paragraphs[k].firstLine <= line);
}
