// Splitting the text into lines, noting on the way which characters each line contains, so the
// parser runs a scanner only on the lines where it can find something: one pass over the text
// instead of a dozen searches of every line.

/** A digit: cross-references and resolution numbers contain one. */
export const DIGIT = 1;
/** "/": document symbols and resolution numbers. */
export const SLASH = 2;
/** "(": abbreviations, and resolution numbers such as "217 A (III)". */
export const PAREN = 4;
/** "（": Chinese abbreviations. */
export const FULLWIDTH_PAREN = 8;
/** A superscript digit, or "[", "<", "$", which open the other footnote marker styles. */
export const MARKER_START = 16;

const FEATURE_OF = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) FEATURE_OF[c] = DIGIT;
FEATURE_OF[0x2f] = SLASH;
FEATURE_OF[0x28] = PAREN;
FEATURE_OF[0xff08] = FULLWIDTH_PAREN;
for (const c of '⁰¹²³⁴⁵⁶⁷⁸⁹[<$') FEATURE_OF[c.charCodeAt(0)] = MARKER_START;
/** Line ends are looked up in the same table, with a value no feature uses. */
const LINE_END = 0x80;
FEATURE_OF[0x0a] = LINE_END;
FEATURE_OF[0x0d] = LINE_END;

export interface FeaturedLines {
  lines: string[];
  /** Per line, the features (bits above) of its characters. */
  features: Uint8Array;
}

/** Splits like splitLines (CRLF, LF or lone CR; a leading BOM dropped) and notes each line's features. */
export function splitWithFeatures(text: string): FeaturedLines {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines: string[] = [];
  let features: Uint8Array = new Uint8Array(1024);
  let start = from;
  let mask = 0;
  for (let i = from; i < text.length; i++) {
    const f = FEATURE_OF[text.charCodeAt(i)];
    if (f === 0) continue;
    if (f !== LINE_END) {
      mask |= f;
      continue;
    }
    if (lines.length === features.length) features = grow(features);
    features[lines.length] = mask;
    lines.push(text.slice(start, i));
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
    mask = 0;
  }
  if (lines.length === features.length) features = grow(features);
  features[lines.length] = mask;
  lines.push(text.slice(start));
  return { lines, features };
}

function grow(features: Uint8Array): Uint8Array {
  const bigger = new Uint8Array(features.length * 2);
  bigger.set(features);
  return bigger;
}
