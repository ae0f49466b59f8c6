import type { DocumentModel } from '../model';

/** Caches an analysis per document model, so rules that share it compute it once. */
export function memoize<T>(compute: (doc: DocumentModel) => T): (doc: DocumentModel) => T {
  const cache = new WeakMap<DocumentModel, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = compute(doc);
      cache.set(doc, value);
    }
    return value;
  };
}
