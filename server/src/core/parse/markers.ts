import type { FootnoteMarker } from '../model';
import { ParsedMarker } from './entities';
import { superscriptValue } from './numerals';

const MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^(\d{1,6})\](?!:)|<sup>(\d{1,6})<\/sup>|\$\^\{?(\d{1,6})\}?\$/g;
const MAX_DIGITS = 6;
const QUICK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^|<sup>|\$\^/;

/** Finds footnote markers in running text, from `from` onwards. */
export function scanMarkers(line: string, lineIndex: number, from: number, out: FootnoteMarker[]): void {
  if (!QUICK.test(line)) return;
  MARKER.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(line))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) {
      const digits = m[1] ?? m[2] ?? m[3];
      const digitsStart = start + m[0].indexOf(digits);
      const style = m[1] !== undefined ? 'caret' : m[2] !== undefined ? 'sup-tag' : 'latex';
      out.push(new ParsedMarker(Number(digits), style, lineIndex, start, end, digitsStart, digitsStart + digits.length));
      continue;
    }
    // Like the other styles (at most 6 digits): a longer run is no footnote, and its value could pass 2^53.
    if (m[0].length > MAX_DIGITS || isUnitExponent(line, start, m[0])) continue;
    out.push(new ParsedMarker(superscriptValue(m[0]), 'superscript', lineIndex, start, end, start, end));
  }
}

/** "km²", "m³": squares and cubes of units are not footnotes. */
function isUnitExponent(line: string, start: number, marker: string): boolean {
  if (marker !== '²' && marker !== '³') return false;
  const before = line.slice(Math.max(0, start - 3), start);
  return /(?:^|[\s\d(])(?:k|c|m)?m$/.test(before);
}
