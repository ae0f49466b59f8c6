import type { FootnoteMarkerRows } from './marker-rows';
import { isSuperscriptDigit, superscriptValue } from './numerals';

/** Where a marker can start: a superscript digit, "[^", "<sup>" or "$^". */
const MARKER_OPENING = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^|<sup>|\$\^/g;
/** The marker styles other than superscripts, tried where their opening was found. */
const TAGGED = /\[\^(\d{1,6})\](?!:)|<sup>(\d{1,6})<\/sup>|\$\^\{?(\d{1,6})\}?\$/y;
const MAX_DIGITS = 6;

/**
 * Finds footnote markers in running text, from `from` onwards: the matches of a global search for
 * /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^(\d{1,6})\](?!:)|<sup>(\d{1,6})<\/sup>|\$\^\{?(\d{1,6})\}?\$/, but a run of
 * superscripts (the usual marker) is read without a regex or a match array.
 */
export function scanMarkers(line: string, lineIndex: number, from: number, out: FootnoteMarkerRows): void {
  MARKER_OPENING.lastIndex = from;
  while (MARKER_OPENING.test(line)) {
    const opened = MARKER_OPENING.lastIndex;
    const last = line.charCodeAt(opened - 1);
    if (isSuperscriptDigit(last)) {
      const start = opened - 1;
      let end = opened;
      while (isSuperscriptDigit(line.charCodeAt(end))) end++;
      MARKER_OPENING.lastIndex = end;
      // Like the other styles (at most 6 digits): a longer run is no footnote, and its value could pass 2^53.
      if (end - start > MAX_DIGITS || (end - start === 1 && isUnitExponent(line, start, last))) continue;
      out.add(superscriptValue(line, start, end), 'superscript', lineIndex, start, end, start, end);
      continue;
    }
    // "[^" and "$^" are two characters long, "<sup>" five.
    const start = opened - (last === 0x3e /* > */ ? 5 : 2);
    TAGGED.lastIndex = start;
    const m = TAGGED.exec(line);
    if (!m) {
      MARKER_OPENING.lastIndex = start + 1;
      continue;
    }
    const end = start + m[0].length;
    MARKER_OPENING.lastIndex = end;
    const digits = m[1] ?? m[2] ?? m[3];
    const digitsStart = start + m[0].indexOf(digits);
    const style = m[1] !== undefined ? 'caret' : m[2] !== undefined ? 'sup-tag' : 'latex';
    out.add(Number(digits), style, lineIndex, start, end, digitsStart, digitsStart + digits.length);
  }
}

/** "km²", "m³": squares and cubes of units are not footnotes. */
function isUnitExponent(line: string, start: number, marker: number): boolean {
  if (marker !== 0xb2 /* ² */ && marker !== 0xb3 /* ³ */) return false;
  const before = line.slice(Math.max(0, start - 3), start);
  return /(?:^|[\s\d(])(?:k|c|m)?m$/.test(before);
}
