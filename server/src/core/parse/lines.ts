import { chineseValue, digitsEnd, digitsValue, isChineseNumeral, isDigit, isSuperscriptDigit, romanValue, superscriptValue } from './numerals';
import type { MarkerStyle } from '../model';

export type LineKind =
  | 'blank'
  | 'fence'
  | 'furniture'
  | 'footnote-text'
  | 'note'
  | 'chapter'
  | 'section'
  | 'numbered'
  | 'lettered'
  | 'subparagraph'
  | 'resolution-opening'
  | 'text';

export interface LineInfo {
  kind: LineKind;
  /** Where the meaningful content starts (after indentation, list bullets, "#", "**"). */
  contentStart: number;
  label?: string;
  ordinal?: number;
  /** Label range within the line (for headings and numbered lines). */
  labelStart?: number;
  labelEnd?: number;
  titleStart?: number;
  title?: string;
  /** Numbered lines: "bis", "ter"... */
  suffix?: string;
  /** Numbered and lettered lines: has no final punctuation and is short, so it may be a heading. */
  headingLike?: boolean;
  /** Action-line code in a lettered heading. */
  code?: string;
  codeStart?: number;
  /** Footnote texts. */
  footnoteNumber?: number;
  markerStyle?: MarkerStyle;
  markerStart?: number;
  markerEnd?: number;
  digitsStart?: number;
  digitsEnd?: number;
}

/** Final punctuation, as /[.。;；:：,，!！?？]$/ finds it: the last character only. */
function endsWithFinalPunctuation(text: string): boolean {
  switch (text.charCodeAt(text.length - 1)) {
    case 0x2e: case 0x3002: case 0x3b: case 0xff1b: case 0x3a: case 0xff1a: case 0x2c: case 0xff0c: case 0x21: case 0xff01: case 0x3f: case 0xff1f:
      return true;
    default:
      return false;
  }
}
const HEADING_MAX = 120;

const CHAPTER_ROMAN = /^([IVXLC]{1,7})\.\s+(\S.*)$/;
const CHAPTER_CHINESE = /^([一二三四五六七八九十]{1,3})\s*[.、．]\s*(\S.*)$/;
const SECTION = /^([A-Z])\.\s+(\S.*)$/;
const LETTERED = /^\(([a-z])\)\s*(\S.*)$/;
const SUBPARAGRAPH = /^\((?:[a-z]{1,2}|[ivxlc]+)\)\s*\S/;
const ACTION_CODE = /[(（]\s*(C\s*\d{1,3})\s*[)）]\s*$/;
const FURNITURE = [
  /^\**\d{1,4}\s*\/\s*\d{1,4}\**$/, // 3/15
  /^\d{2}-\d{5}(?:\s*\(\w\))?(?:\s+\**\d{1,4}\s*\/\s*\d{1,4}\**)?$/, // 24-19490 3/15
  /^\d{1,4}\s*\/\s*\d{1,4}\s+\d{2}-\d{5}(?:\s*\(\w\))?$/,
  /^\d{1,4}\s+GE\.\d{2}-\d{5}/,
  /^\d{1,4}$/, // lone page numbers
  /^\S*\d{3}\.$/, // the tail of a wrapped URL: "390781." (\S* takes further digits; \d{3,} made it quadratic)
];
const SEPARATOR = /^(?:\\?[_*=\-]){1,}$|^\\?_$/;
/** The organs whose name, and a comma, open a Chinese resolution ("大会，"). */
const CHINESE_OPENING_ORGANS = ['大会', '经济及社会理事会', '安全理事会', '人权理事会'];
const RESOLUTION_OPENING = new RegExp(
  String.raw`^(?:The )?(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|${CHINESE_OPENING_ORGANS.join('|')})\s*[,，]$`,
);
/** Their first characters: a Chinese line that starts with none of them opens no resolution. */
const CHINESE_ORGAN_FIRSTS: readonly number[] = CHINESE_OPENING_ORGANS.map((name) => name.charCodeAt(0));

const FOOTNOTE_CARET = /^\[\^(\d+)\]:/;
const FOOTNOTE_SUP = /^<sup>(?:&<\/sup>lt;sup>)?(\d+)<\/sup>/;
const FOOTNOTE_LATEX = /^\$\^\{?(\d+)\}?\$/;
const NOTE = /^(?:\\?\*{1,3}|<sup>\\?\*{1,3}<\/sup>|<sup>&<\/sup>lt;sup>\\?\*{1,3}<\/sup>)\s*\S/;

// Character codes, not line[i]: indexing a Chinese line makes a new one-character string each time.
const SPACE = 0x20;
const TAB = 0x09;
const IDEOGRAPHIC_SPACE = 0x3000;
const HASH = 0x23;
const HYPHEN = 0x2d;
const PLUS = 0x2b;
const STAR = 0x2a;

/**
 * Where the content of text[from..end) starts, as an index into `text`. Past `end` it reads at most
 * the line break, which acts as the end of the line does (nothing below matches it).
 */
export function stripDecoration(line: string, from = 0, end = line.length): number {
  let i = from;
  let c = line.charCodeAt(i);
  while (i < end && (c === SPACE || c === TAB || c === IDEOGRAPHIC_SPACE)) c = line.charCodeAt(++i);
  if (c === HASH) {
    let j = i;
    while (line.charCodeAt(j) === HASH) j++;
    if (line.charCodeAt(j) === SPACE) i = j + 1;
  } else if ((c === HYPHEN || c === PLUS || c === STAR) && line.charCodeAt(i + 1) === SPACE) {
    i += 2;
  }
  while (line.charCodeAt(i) === STAR && line.charCodeAt(i + 1) === STAR && line.charCodeAt(i + 2) !== SPACE) i += 2;
  return i;
}

function isHeadingLike(title: string): boolean {
  let bare = title.includes('**') ? title.replace(/\*\*/g, '') : title;
  const marker = trailingMarkerStart(bare);
  bare = (marker === -1 ? bare : bare.slice(0, marker)).trimEnd();
  return bare.length > 0 && bare.length <= HEADING_MAX && !endsWithFinalPunctuation(bare);
}

/**
 * Where the footnote marker or run of stars that ends the text (blanks aside) starts, or -1: what
 * /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]|<sup>\d+<\/sup>|\$\^\{?\d+\}?\$|\*+)\s*$/ would remove, read from
 * the end (a regex would try every position of the title).
 */
function trailingMarkerStart(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 0x2a /* * */) return runStart(text, end, isStar);
  return markerStartBefore(text, end);
}

/**
 * Where the footnote marker that ends just before `end` starts, or -1: the start of the match of
 * /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]|<sup>\d+<\/sup>|\$\^\{?\d+\}?\$)/ that ends at `end` and starts furthest
 * back (a run of superscripts is taken whole; the other styles can end there in one way only).
 */
export function markerStartBefore(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (isSuperscriptDigit(last)) return runStart(text, end, isSuperscriptDigit);
  if (last === 0x5d /* ] */) {
    // [^12]
    const digits = runStart(text, end - 1, isDigit);
    return digits < end - 1 && digits >= 2 && text.startsWith('[^', digits - 2) ? digits - 2 : -1;
  }
  if (last === 0x3e /* > */) {
    // <sup>12</sup>
    if (end < 6 || !text.startsWith('</sup>', end - 6)) return -1;
    const digits = runStart(text, end - 6, isDigit);
    return digits < end - 6 && digits >= 5 && text.startsWith('<sup>', digits - 5) ? digits - 5 : -1;
  }
  if (last === 0x24 /* $ */) {
    // $^12$, $^{12}$
    const close = text.charCodeAt(end - 2) === 0x7d /* } */ ? end - 2 : end - 1;
    let digits = runStart(text, close, isDigit);
    if (digits === close) return -1;
    if (text.charCodeAt(digits - 1) === 0x7b /* { */) digits--;
    return digits >= 2 && text.startsWith('$^', digits - 2) ? digits - 2 : -1;
  }
  return -1;
}

/** The start of the run of characters passing `test` that ends before `end`. */
function runStart(text: string, end: number, test: (c: number) => boolean): number {
  let i = end;
  while (i > 0 && test(text.charCodeAt(i - 1))) i--;
  return i;
}

function isStar(c: number): boolean {
  return c === 0x2a;
}

/** Every code unit isSpace accepts (for lookup tables; a test holds the two together). */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Whitespace as regular expressions and trim() see it (the line terminators and the Zs category). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first index from `at` on that holds no whitespace (isSpace); the end of the text stops it too. */
export function afterSpaces(text: string, at: number): number {
  while (isSpace(text.charCodeAt(at))) at++;
  return at;
}

export function trimBold(s: string): string {
  return (s.includes('**') ? s.replace(/\*\*\s*$/, '') : s).trimEnd();
}

const NON_SPACE = /\S/;

/**
 * classifyLine's answer for the line text[from..end) when it is blank or plain running text (most
 * lines are), read from the whole text without a string for the line; undefined for the others.
 * `at` is where its content starts (stripDecoration), when the caller has it.
 */
export function classifyPlainLine(text: string, from: number, end: number, at = stripDecoration(text, from, end)): LineInfo | undefined {
  if (at >= end) return plainLine('blank', at - from);
  const first = text.charCodeAt(at);
  // Running text mostly starts with a lower-case letter, which opens nothing; Chinese text with a
  // character that is no numeral opens nothing either, unless it ends in a comma after an organ's
  // name ("大会，": RESOLUTION_OPENING).
  if (first >= 0x61 /* a */ && first <= 0x7a /* z */) return plainLine('text', at - from);
  // U+FEFF is past U+4E00 but blank.
  if (first >= 0x4e00 && first !== 0xfeff && !isChineseNumeral(first) && (!CHINESE_ORGAN_FIRSTS.includes(first) || !endsWithComma(text, from, end))) {
    return plainLine('text', at - from);
  }
  return undefined;
}

export function classifyLine(line: string): LineInfo {
  const start = stripDecoration(line);
  return classifyPlainLine(line, 0, line.length, start) ?? classifyContentLine(line, start);
}

/**
 * classifyLine for a line classifyPlainLine leaves: one with content that is not plain running
 * text, which starts at `start` (stripDecoration).
 */
export function classifyContentLine(line: string, start: number): LineInfo {
  const firstOfLine = line.charCodeAt(start);
  // The content almost always starts with a non-blank character: no need to search the line for one.
  if (isSpace(firstOfLine) && !NON_SPACE.test(line)) return plainLine('blank', start);
  // A capital that opens no chapter ("I.") or section ("A.") opens nothing below either.
  if (firstOfLine >= 65 && firstOfLine <= 90 && line.charCodeAt(start + 1) !== 0x2e /* . */ && !mayBeRomanLabel(line, start) && !endsWithComma(line)) {
    return startsWithGenevaJobNumber(line, start) ? { kind: 'furniture', contentStart: start } : plainLine('text', start);
  }
  const text = line.slice(start).trimEnd();
  const first = text.charCodeAt(0);

  if ((first === 0x60 /* ` */ || first === 0x7e) /* ~ */ && (text.startsWith('```') || text.startsWith('~~~'))) return { kind: 'fence', contentStart: start };
  if (mayBeSeparator(first) && SEPARATOR.test(text)) return { kind: 'furniture', contentStart: start };

  // Digits: numbered paragraph or subsection, page furniture, or a footnote text written without a marker.
  if (first >= 48 && first <= 57) {
    if (mayBeFurniture(text)) for (const re of FURNITURE) if (re.test(text)) return { kind: 'furniture', contentStart: start };
    return numberedLine(text, start) ?? { kind: 'text', contentStart: start };
  }

  if (isSuperscriptDigit(first)) {
    // As /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?=\s|\S)/ reads it: the run, less its last digit when nothing follows.
    let digits = 1;
    while (isSuperscriptDigit(text.charCodeAt(digits))) digits++;
    if (digits === text.length) digits--;
    // At most 6 digits, as for the other marker styles (a longer run's value could pass 2^53).
    if (digits > 0 && digits <= 6) return footnoteText(start, digits, 0, superscriptValue(text, 0, digits), 'superscript', digits);
  }
  if (first === 0x5b /* [ */) {
    const m = FOOTNOTE_CARET.exec(text);
    if (m) return footnoteText(start, m[1].length, 2, Number(m[1]), 'caret', m[0].length);
  }
  if (first === 0x3c /* < */) {
    const m = FOOTNOTE_SUP.exec(text);
    if (m) return footnoteText(start, m[1].length, m[0].length - 6 - m[1].length, Number(m[1]), 'sup-tag', m[0].length);
    if (NOTE.test(text)) return { kind: 'note', contentStart: start };
  }
  if (first === 0x24 /* $ */) {
    const m = FOOTNOTE_LATEX.exec(text);
    if (m) return footnoteText(start, m[1].length, m[0].indexOf(m[1]), Number(m[1]), 'latex', m[0].length);
  }
  if (first === 0x2a /* * */ || first === 0x5c /* \ */) {
    if (NOTE.test(text)) return { kind: 'note', contentStart: start };
  }
  if (first === 0x28 /* ( */) {
    const m = LETTERED.exec(text);
    if (m) {
      const title = trimBold(m[2]);
      if (isHeadingLike(title)) {
        const titleStart = start + indexOfTail(text, m[2], 3);
        const code = ACTION_CODE.exec(title);
        if (!code) return labelledLine('lettered', start, m[1], m[1].charCodeAt(0) - 96, 3, titleStart, title, true);
        const codeStart = titleStart + code.index + code[0].indexOf(code[1]);
        return labelledLine('lettered', start, m[1], m[1].charCodeAt(0) - 96, 3, titleStart, title.slice(0, code.index).trimEnd(), true, undefined, code[1].replace(/\s+/g, ''), codeStart);
      }
    }
    if (SUBPARAGRAPH.test(text)) return { kind: 'subparagraph', contentStart: start };
  }
  if (first >= 65 && first <= 90) {
    const chapter = isRomanDigit(first) ? CHAPTER_ROMAN.exec(text) : null;
    if (chapter && romanValue(chapter[1]) && isHeadingLike(chapter[2])) {
      return heading('chapter', start, text, chapter[1], romanValue(chapter[1]), chapter[2]);
    }
    const section = text.charCodeAt(1) === 0x2e /* . */ ? SECTION.exec(text) : null;
    if (section && isHeadingLike(section[2])) {
      return heading('section', start, text, section[1], first - 64, section[2]);
    }
  }
  if (first >= 0x4e00) {
    const chapter = CHAPTER_CHINESE.exec(text);
    if (chapter && chineseValue(chapter[1]) && isHeadingLike(chapter[2])) {
      return heading('chapter', start, text, chapter[1], chineseValue(chapter[1]), chapter[2]);
    }
  }
  if (endsWithComma(text) && RESOLUTION_OPENING.test(text)) return { kind: 'resolution-opening', contentStart: start };
  return plainLine('text', start);
}

export const NUMBER_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies'];

/**
 * A numbered paragraph's first line, when the content `text` (trimmed at its end; it starts at
 * column `start`) is one: what /^(\d{1,6})(?:\s+(bis|ter|quater|quinquies|sexies))?\.(?!\d)\s*(\S.*)$/
 * matches, read by hand (a match array and its strings cost more than reading the few characters).
 * Unlike the regex's ".", the rest may hold U+2028 and U+2029: LSP does not break lines there.
 */
function numberedLine(text: string, start: number): LineInfo | undefined {
  const digits = digitsEnd(text, 0, 7);
  if (digits === 0 || digits > 6) return undefined;
  let at = digits;
  let suffix: string | undefined;
  if (isSpace(text.charCodeAt(at))) {
    at = afterSpaces(text, at);
    suffix = NUMBER_SUFFIXES.find((s) => text.startsWith(s, at));
    if (suffix === undefined) return undefined;
    at += suffix.length;
  }
  if (text.charCodeAt(at) !== 0x2e /* . */ || isDigit(text.charCodeAt(at + 1))) return undefined;
  at = afterSpaces(text, at + 1);
  if (at >= text.length) return undefined;
  const title = trimBold(text.slice(at));
  return labelledLine('numbered', start, text.slice(0, digits), digitsValue(text, 0, digits), digits, start + at, title, isHeadingLike(title), suffix);
}

/**
 * The info of a line with a label and a title (numbered, lettered, chapter, section): one object
 * literal with every field, so that all of them share one shape. With a shape per kind, the
 * parser's reads of `kind` saw five shapes, one more than V8 optimizes a property read for.
 */
function labelledLine(
  kind: LineKind,
  start: number,
  label: string,
  ordinal: number,
  labelLength: number,
  titleStart: number,
  title: string,
  headingLike: boolean,
  suffix?: string,
  code?: string,
  codeStart?: number,
): LineInfo {
  return { kind, contentStart: start, label, ordinal, suffix, labelStart: start, labelEnd: start + labelLength, titleStart, title, headingLike, code, codeStart };
}

/** Blank and text lines carry nothing but where their content starts: those with a small indent are shared (never changed). */
const SHARED_INDENTS = 16;
const SHARED_BLANK: LineInfo[] = Array.from({ length: SHARED_INDENTS }, (_, start) => ({ kind: 'blank', contentStart: start }));
const SHARED_TEXT: LineInfo[] = Array.from({ length: SHARED_INDENTS }, (_, start) => ({ kind: 'text', contentStart: start }));

/** The job number of a document issued in Geneva, alone or with a page number: "GE.25-00925 11", "GE.25-00925(C)". */
const GENEVA_JOB_NUMBER = /^GE\.\d{2}-\d{5}(?:\s*\(\w\))?(?:\s+\d{1,4})?\s*$/;

function startsWithGenevaJobNumber(line: string, start: number): boolean {
  return line.charCodeAt(start) === 0x47 /* G */ && line.startsWith('GE.', start) && GENEVA_JOB_NUMBER.test(line.slice(start));
}

export function plainLine(kind: 'blank' | 'text', start: number): LineInfo {
  if (start < SHARED_INDENTS) return kind === 'blank' ? SHARED_BLANK[start] : SHARED_TEXT[start];
  return { kind, contentStart: start };
}

/**
 * What every FURNITURE pattern needs on a line that starts with a digit: a "/" ("3/15"), "-" third
 * ("24-19490"), "GE.", at most four characters (a page number), or a final "." (a URL's tail).
 * A numbered paragraph's first line usually has none of them, and skips the seven regexes.
 */
function mayBeFurniture(text: string): boolean {
  if (text.length <= 4 || text.charCodeAt(2) === 0x2d || text.charCodeAt(text.length - 1) === 0x2e) return true;
  // "3/15", "3 / 15 24-19490", "11 GE.25-00925": "/" or "GE." after at most four digits and blanks.
  const digits = digitsEnd(text, 0, 5);
  if (digits > 4) return false;
  const i = afterSpaces(text, digits);
  return text.charCodeAt(i) === 0x2f || text.startsWith('GE.', i);
}

/** Whether a run of at most seven roman digits at `start` is followed by ".", as in CHAPTER_ROMAN. */
function mayBeRomanLabel(line: string, start: number): boolean {
  let i = start;
  while (i < start + 7 && isRomanDigit(line.charCodeAt(i))) i++;
  return i > start && line.charCodeAt(i) === 0x2e;
}

/** The first characters SEPARATOR can start with: \ _ * = - */
function mayBeSeparator(first: number): boolean {
  return first === 0x5c || first === 0x5f || first === 0x2a || first === 0x3d || first === 0x2d;
}

function isRomanDigit(c: number): boolean {
  return c === 0x49 /* I */ || c === 0x56 /* V */ || c === 0x58 /* X */ || c === 0x4c /* L */ || c === 0x43 /* C */;
}

/** Whether the last character of text[from..end), trailing whitespace aside, is a comma. */
function endsWithComma(text: string, from = 0, end = text.length): boolean {
  let last = end - 1;
  while (last >= from && isSpace(text.charCodeAt(last))) last--;
  const c = last >= from ? text.charCodeAt(last) : NaN;
  return c === 0x2c /* , */ || c === 0xff0c /* ， */;
}

/**
 * text.indexOf(tail, from), for a tail that ends the text: it occurs at the latest where it ends
 * the text, so only the few positions before that are tried (indexOf prepares a search table
 * for a long pattern).
 */
function indexOfTail(text: string, tail: string, from: number): number {
  const last = text.length - tail.length;
  for (let i = from; i < last; i++) if (text.startsWith(tail, i)) return i;
  return last;
}

function heading(kind: 'chapter' | 'section', start: number, text: string, label: string, ordinal: number, title: string): LineInfo {
  return labelledLine(kind, start, label, ordinal, label.length, start + indexOfTail(text, title, label.length), trimBold(title), true);
}

function footnoteText(start: number, digits: number, digitsOffset: number, n: number, style: MarkerStyle, markerLength: number): LineInfo {
  return {
    kind: 'footnote-text',
    contentStart: start,
    footnoteNumber: n,
    markerStyle: style,
    markerStart: start,
    markerEnd: start + markerLength,
    digitsStart: start + digitsOffset,
    digitsEnd: start + digitsOffset + digits,
  };
}


/** A short unnumbered line standing alone may be a topic heading ("E-government", "电子政务"). */
export function isTopicCandidate(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (endsWithFinalPunctuation(t) || /[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>|\[\^|https?:|www\./.test(t)) return false;
  if (/^(Source|Sources|Note|Notes|资料来源|注|来源)\s*[:：]/.test(t)) return false;
  const cjk = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk > 0 ? t.length <= 30 : t.split(/\s+/).length <= 10;
}
