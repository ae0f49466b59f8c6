// Finding the text's lines (where each starts; no string per line) and noting which characters
// each line contains, so the parser runs a scanner only on the lines where it can find something:
// one pass over the text instead of a dozen searches of every line.
import { TextLines } from '../text';
import { grown } from './grown';

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
/** A lower-case Latin letter: every English keyword ("para", "resolution") has one; most Chinese lines have none. */
export const LATIN_LOWER = 32;
/** "号": Chinese resolution numbers end in 号决议/号决定. */
export const HAO = 64;
/** "段": Chinese cross-references end in 段. */
export const DUAN = 128;

const FEATURE_OF = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) FEATURE_OF[c] = DIGIT;
FEATURE_OF[0x2f] = SLASH;
FEATURE_OF[0x28] = PAREN;
FEATURE_OF[0xff08] = FULLWIDTH_PAREN;
for (const c of '⁰¹²³⁴⁵⁶⁷⁸⁹[<$') FEATURE_OF[c.charCodeAt(0)] = MARKER_START;
for (let c = 0x61; c <= 0x7a; c++) FEATURE_OF[c] = LATIN_LOWER;
FEATURE_OF[0x53f7] = HAO;
FEATURE_OF[0x6bb5] = DUAN;

export interface FeaturedLines {
  /** The lines, kept by their offsets in the text: no string per line is made until one is read. */
  textLines: TextLines;
  /** Per line, the features (bits above) of its characters. */
  features: Uint8Array;
}

/** Finds the lines as splitLines does (CRLF, LF or lone CR; a leading BOM dropped) and notes each line's features. */
export function splitWithFeatures(text: string): FeaturedLines {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const hasCr = text.indexOf('\r', bom) !== -1;
  // Sized for lines of 40 characters, and doubled when a text has shorter ones.
  let starts = new Uint32Array(Math.max(64, text.length >> 5));
  let features = new Uint8Array(starts.length);
  let count = 0;
  let start = bom;
  for (;;) {
    const end = hasCr ? nextBreak(text, start) : text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    if (count + 1 >= starts.length) {
      starts = grown(starts);
      features = grown(features);
    }
    starts[count] = start;
    features[count++] = featuresBetween(text, start, lineEnd);
    if (end === -1) break;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  // One past the end, as if a break followed the last line.
  starts[count] = text.length + 1;
  return { features: features.slice(0, count), textLines: new TextLines(text, starts.slice(0, count + 1)) };
}

/** Where the next line break (CR or LF) at or after `from` is, or -1. */
function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return -1;
}

/** The features of one line. */
export function lineFeatures(line: string): number {
  return featuresBetween(line, 0, line.length);
}

/** The features of text[start..end), read from the whole text (quicker than from a line sliced out of it). */
function featuresBetween(text: string, start: number, end: number): number {
  let mask = 0;
  let i = start;
  // Four characters a step and no branch per character: most characters have no feature.
  for (; i + 3 < end; i += 4) {
    mask |= FEATURE_OF[text.charCodeAt(i)] | FEATURE_OF[text.charCodeAt(i + 1)] | FEATURE_OF[text.charCodeAt(i + 2)] | FEATURE_OF[text.charCodeAt(i + 3)];
  }
  for (; i < end; i++) mask |= FEATURE_OF[text.charCodeAt(i)];
  return mask;
}
