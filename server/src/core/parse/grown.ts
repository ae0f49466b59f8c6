type TypedArray = Uint8Array | Uint32Array | Int32Array;

/** A copy of `array` in a new one of twice its length, or of `minLength` when that is more. */
export function grown<T extends TypedArray>(array: T, minLength = 0): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, minLength));
  bigger.set(array);
  return bigger;
}
