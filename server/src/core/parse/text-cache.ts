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
      // The cache outlives documents: it keeps its own copy of the text, and what is computed
      // from the copy, since a text sliced out of a line keeps the whole document alive.
      const own = detached(text);
      value = compute(own);
      if (cache.size >= limit) cache.clear();
      cache.set(own, value);
    }
    return value as T;
  };
}

/** The same characters in a string of its own: never a slice that points into a longer string. */
function detached(text: string): string {
  // A concatenation flattened by slice() is a new string; a short slice is always copied.
  return (' ' + text).slice(1);
}
