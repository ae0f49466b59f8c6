// The figures the status bar shows: numbered paragraphs, footnotes, words against the limit.
import { paragraphNumbering } from '../core/analysis/paragraphs';
import type { DocumentModel } from '../core/model';

/** Secretariat reports may not exceed 8,500 words, footnotes and headings included. */
export const WORD_LIMIT = 8500;

export interface DocumentStats {
  paragraphs: number;
  footnotes: number;
  words: number;
  wordLimit: number;
}

export function documentStats(doc: DocumentModel): DocumentStats {
  const footnotes = new Set<number>();
  for (let k = 0; k < doc.footnoteMarkerRows.length; k++) footnotes.add(doc.footnoteMarkerRows.number(k));
  for (let k = 0; k < doc.footnoteTextRows.length; k++) footnotes.add(doc.footnoteTextRows.number(k));
  return {
    paragraphs: paragraphNumbering(doc).rows.length,
    footnotes: footnotes.size,
    words: doc.wordCount,
    wordLimit: WORD_LIMIT,
  };
}
