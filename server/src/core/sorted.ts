/**
 * Where a sorted sequence of `length` items stops being `before` a sought place: the index of the
 * first item for which `before` is false (`length` when none is), by halving. `before` must hold
 * for a prefix of the items and for none after it.
 */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
