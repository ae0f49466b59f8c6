/**
 * Remembers a pure function of short texts (a document symbol, a resolution number, a date) across
 * lines and documents: a report cites A/RES/70/125 or "16 December 2015" again and again, and the
 * editor checks the same document on every change. The cache is emptied when it reaches `limit`
 * entries, so it stays small. Results are shared between documents: they must never be changed.
 */
export function cacheByText<T>(compute: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = compute(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}
