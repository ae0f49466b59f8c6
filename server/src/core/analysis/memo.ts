import type { DocumentModel } from '../model';
import { ParsedDocument } from '../parse/document';

/**
 * Caches an analysis per document model, so rules that share it compute it once. The parser's
 * models keep their analyses themselves (parse/document.ts says why: not in a WeakMap); any other
 * model is analysed afresh on each call.
 */
export function memoize<T>(compute: (doc: DocumentModel) => T): (doc: DocumentModel) => T {
  const key = Symbol(compute.name);
  return (doc) => (doc instanceof ParsedDocument ? doc.analysis(key, compute) : compute(doc));
}
