import type {
  Abbreviation,
  DocumentSymbolReference,
  Organ,
} from '../model';
import { range } from '../text';
import { dateValue, ENGLISH_DATE, monthNumber } from './dates';
import type { CrossReferenceRows } from './cross-reference-rows';
import { ParsedAbbreviation, ParsedSymbol } from './entities';
import { DUAN, HAO, LATIN_LOWER, lineFeatures, PAREN, SLASH } from './features';
import { grown } from './grown';
import { afterSpaces, isSpace, SPACE_CODES } from './lines';
import type { ResolutionRows } from './resolution-rows';
import { digitsEnd, digitsValue, isDigit } from './numerals';
import { cacheByText } from './text-cache';

// ---- cross-references ---------------------------------------------------------------

const EN_XREF = /\b(paras?|paragraphs?)\.?\s+(\d{1,5})(?:\s*(?:to|-|–|and)\s*(\d{1,5}))?(?:\s+(above|below)|(?=\s+(of|in)\b))?/gi;
/** "A/RES/70/1, para. 5": the symbol of another document just before the reference. */
const SYMBOL_BEFORE = /[A-Z]+\/[\w./]+,?\s*$/;
const SYMBOL_BEFORE_WINDOW = 40;
const PRESENT_REPORT = /\s+of the present (?:report|note|document)/y;
const PRESENT_REPORT_WINDOW = 24;
/** The lines an English reference may be on: "para" or "Para" (one search of the line, not two). */
const MENTIONS_PARA = /[pP]ara/;

/** `features`: the line's features (features.ts), when the caller has them. */
export function scanCrossReferences(line: string, lineIndex: number, out: CrossReferenceRows, features = lineFeatures(line)): void {
  if (features & LATIN_LOWER && MENTIONS_PARA.test(line)) {
    EN_XREF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EN_XREF.exec(line))) {
      const direction = m[4]?.toLowerCase() as 'above' | 'below' | undefined;
      const external = m[5] !== undefined || followsSymbol(line, m.index);
      const internal = !external && (direction !== undefined || presentReportFollows(line, m.index + m[0].length));
      addEnglishReference(line, lineIndex, m.index, m.index + m[0].length, m[1].length, m[2], m[3], direction, internal, out);
    }
  }
  if (features & DUAN) scanChineseCrossReferences(line, lineIndex, out);
}

/**
 * What /(上文|下文|本报告|本文件)?第\s*(\d{1,5})(?:\s*(?:至|到|-|–|和|、)\s*(\d{1,5}))?\s*段/g finds,
 * from each 第: a match starts at its 第 or at the prefix just before it, and a prefix holds no 段,
 * so it never reaches back into the match before.
 */
function scanChineseCrossReferences(line: string, lineIndex: number, out: CrossReferenceRows): void {
  for (let di = line.indexOf('第'); di !== -1; ) {
    const end = addChineseReference(line, di, lineIndex, out);
    di = line.indexOf('第', end === -1 ? di + 1 : end);
  }
}

/**
 * Adds the reference whose 第 is at `di` (第\s*N(\s*SEPARATOR\s*N)?\s*段, N one to five digits) and
 * returns its end; -1, adding nothing, when none is there. Each part can be read one way only: no
 * separator is 段, and a sixth digit is neither.
 */
function addChineseReference(line: string, di: number, lineIndex: number, out: CrossReferenceRows): number {
  const firstStart = afterSpaces(line, di + 1);
  const firstEnd = shortNumberEnd(line, firstStart);
  if (firstEnd === -1) return -1;
  let secondStart = -1;
  let secondEnd = -1;
  let at = afterSpaces(line, firstEnd);
  if (isRangeSeparator(line.charCodeAt(at))) {
    secondStart = afterSpaces(line, at + 1);
    secondEnd = shortNumberEnd(line, secondStart);
    if (secondEnd === -1) return -1;
    at = afterSpaces(line, secondEnd);
  }
  if (line.charCodeAt(at) !== 0x6bb5 /* 段 */) return -1;
  const prefix = chinesePrefixBefore(line, di);
  const direction = prefix === '上文' ? 'above' : prefix === '下文' ? 'below' : undefined;
  const second = secondStart === -1 ? -1 : digitsValue(line, secondStart, secondEnd);
  out.add(lineIndex, di - prefix.length, at + 1, digitsValue(line, firstStart, firstEnd), firstStart, firstEnd, second, secondStart, secondEnd, direction, prefix !== '');
  return at + 1;
}

/** The end of the one to five digits at `at`, or -1 (none, or six and more). */
function shortNumberEnd(line: string, at: number): number {
  const end = digitsEnd(line, at, at + 6);
  return end === at || end - at > 5 ? -1 : end;
}

/** 至, 到, -, –, 和, 、 */
function isRangeSeparator(c: number): boolean {
  return c === 0x81f3 || c === 0x5230 || c === 0x2d || c === 0x2013 || c === 0x548c || c === 0x3001;
}

const ZH_XREF_PREFIXES = ['上文', '下文', '本报告', '本文件'];

/** The prefix that ends at `at` (just before a 第), or "". */
function chinesePrefixBefore(line: string, at: number): string {
  for (const prefix of ZH_XREF_PREFIXES) if (at >= prefix.length && line.startsWith(prefix, at - prefix.length)) return prefix;
  return '';
}

function followsSymbol(line: string, at: number): boolean {
  const from = Math.max(0, at - SYMBOL_BEFORE_WINDOW);
  // A symbol has a "/": most references have none before them.
  return hasCharBetween(line, 0x2f /* / */, from, at) && SYMBOL_BEFORE.test(line.slice(from, at));
}

/** "paras. 2 to 4 of the present report", within a few characters of the reference. */
function presentReportFollows(line: string, end: number): boolean {
  PRESENT_REPORT.lastIndex = end;
  return PRESENT_REPORT.test(line) && PRESENT_REPORT.lastIndex <= end + PRESENT_REPORT_WINDOW;
}

/** Adds the reference at line[start..end); its numbers' digits (`second` may be undefined) are found after the first `skip` characters. */
function addEnglishReference(
  line: string,
  lineIndex: number,
  start: number,
  end: number,
  skip: number,
  first: string,
  second: string | undefined,
  direction: 'above' | 'below' | undefined,
  internal: boolean,
  out: CrossReferenceRows,
): void {
  const firstStart = line.indexOf(first, start + skip);
  const firstEnd = firstStart + first.length;
  const secondStart = second === undefined ? -1 : line.indexOf(second, firstEnd);
  const secondEnd = second === undefined ? -1 : secondStart + second.length;
  out.add(lineIndex, start, end, Number(first), firstStart, firstEnd, second === undefined ? -1 : Number(second), secondStart, secondEnd, direction, internal);
}

// ---- resolutions ----------------------------------------------------------------------

const ITEM_SOURCE = String.raw`(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: ?[A-Z](?![A-Za-z]))?|\d{1,4} ?(?:[A-Z] ?)?\([IVXL]+\)|\d{3,4} \(\d{4}\)`;
const ITEM_AT = new RegExp(ITEM_SOURCE, 'y');
/** "resolution 70/1", "Decisions ES-10/1": the keyword, found alone; the organ before it is read back from it. */
const EN_KEYWORD = /\b(?:resolutions?|decisions?)\s+(?=(?:ES-|S-)?\d)/gi;
/** What may name the organ just before the keyword, in any case; a longer name before the shorter one it ends with. */
const EN_ORGAN_PHRASES = ['economic and social council ', 'human rights council ', 'general assembly ', 'security council ', 'council ', 'assembly ', 'its '];
/** The lines that may cite one: the keyword in lower case, "Resolution" or "resolutions" (as it is written in running text). */
const EN_KEYWORD_TAIL = /esolution|ecision/;
const EN_OF_DATE = new RegExp(String.raw`\s+of\s+` + ENGLISH_DATE.source.slice(2), 'y');
const EN_SEPARATOR = /\s*(?:,\s*(?:and\s+)?|and\s+|…\s*|\.\.\.\s*|,?\s*…\s*(?:and\s+)?)/y;
/** A date belongs to the chain after it when it starts at most this many characters before the chain. */
const DATE_BEFORE_WINDOW = 24;

/** `features`: the line's features (features.ts), when the caller has them. */
export function scanResolutions(line: string, lineIndex: number, out: ResolutionRows, features = lineFeatures(line)): void {
  scanResolutionsIn(line, 0, line, lineIndex, out, features);
}

/**
 * scanResolutions for `line`, which starts at `lineStart` in `text`. The Chinese chains are
 * read from the text: a line cut out of it is a view of it (a V8 sliced string), whose characters
 * take longer to read, and the chains' reader reads each character several times.
 */
export function scanResolutionsIn(text: string, lineStart: number, line: string, lineIndex: number, out: ResolutionRows, features: number): void {
  if (!(features & (SLASH | PAREN))) return;
  if (features & LATIN_LOWER && EN_KEYWORD_TAIL.test(line)) scanEnglish(line, lineIndex, out);
  if (features & HAO) scanChinese(text, lineStart, lineStart + line.length, lineIndex, out);
}

/**
 * English citations: what /\b(General Assembly |Economic and Social Council |Security Council |Human
 * Rights Council |Council |Assembly |its )?(resolutions?|decisions?)\s+(?=(?:ES-|S-)?\d)/gi finds,
 * then the chain of numbers after it. The keyword is searched for alone (a regex that opens with an
 * optional group is tried at every position of the line), and the organ's name read back from it.
 */
function scanEnglish(line: string, lineIndex: number, out: ResolutionRows): void {
  EN_KEYWORD.lastIndex = 0;
  for (;;) {
    // A citation starts no earlier than where the previous chain ended, its organ's name included.
    const from = EN_KEYWORD.lastIndex;
    const t = EN_KEYWORD.exec(line);
    if (!t) break;
    const organ = organFromEnglish(line, englishOrganStart(line, from, t.index));
    const kind = (line.charCodeAt(t.index) | 0x20) === 0x64 /* d */ ? 'decision' : 'resolution';
    let pos = t.index + t[0].length;
    for (;;) {
      ITEM_AT.lastIndex = pos;
      if (!ITEM_AT.test(line)) break;
      const k = addResolution(line, pos, ITEM_AT.lastIndex, lineIndex, organ, kind, out);
      pos = ITEM_AT.lastIndex;
      EN_OF_DATE.lastIndex = pos;
      // " of 16 December 2015" starts with a blank; most items are followed by "," or ";".
      if (isSpaceAt(line, pos) && EN_OF_DATE.test(line)) {
        const end = EN_OF_DATE.lastIndex;
        addEnglishDate(line, pos, end, out, k);
        pos = end;
      }
      if (!separatorMayFollow(line, pos)) break;
      EN_SEPARATOR.lastIndex = pos;
      if (!EN_SEPARATOR.test(line) || EN_SEPARATOR.lastIndex === pos) break;
      const next = EN_SEPARATOR.lastIndex;
      ITEM_AT.lastIndex = next;
      if (!ITEM_AT.test(line)) break;
      pos = next;
    }
    EN_KEYWORD.lastIndex = Math.max(EN_KEYWORD.lastIndex, pos);
  }
}

/** Where the organ's name (EN_ORGAN_PHRASES, at a word's start) that ends at `end` starts, not before `from`; -1 when none. */
function englishOrganStart(line: string, from: number, end: number): number {
  for (const phrase of EN_ORGAN_PHRASES) {
    const start = end - phrase.length;
    if (start >= from && !isWordCharacter(line.charCodeAt(start - 1)) && equalsIgnoringCase(line, start, phrase)) return start;
  }
  return -1;
}

/** Whether line[at..] starts with `lower` (ASCII letters and spaces, in lower case), whatever the letters' case. */
function equalsIgnoringCase(line: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const want = lower.charCodeAt(i);
    const c = line.charCodeAt(at + i);
    // c | 0x20 folds only a letter onto a lower-case letter; a space must be one.
    if (want === 0x20 ? c !== 0x20 : (c | 0x20) !== want) return false;
  }
  return true;
}

/** \w as a regex reads it; false for NaN (before the line's start). */
function isWordCharacter(c: number): boolean {
  return isDigit(c) || c === 0x5f /* _ */ || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * Chinese chains: "第 63/202、76/189 和 57/238 号决议", "第 70/1 号和 2015 年 12 月 16 日第 70/125 号决议".
 * Every chain ends in 号决议/号决定 and holds only CHAIN_CHARACTERS, so a chain is looked for once
 * per 号决, from the start of the stretch of such characters before it (or the end of the previous
 * chain or 号决): a long list that never reaches a 号决, or is broken before one ("第 1/1、1/1、…。"),
 * is not read again from each of its items (quadratic). The chain is the one that starts first.
 * `line` may be the whole text, the line being line[lineStart, lineEnd): the chain's reader reads
 * backwards no further than lineStart, and forwards only to a 号决 found before lineEnd; the rows
 * are given columns (positions less lineStart).
 */
function scanChinese(line: string, lineStart: number, lineEnd: number, lineIndex: number, out: ResolutionRows): void {
  let chainEnd = lineStart;
  let previousTerminator = lineStart;
  for (let t = terminatorAt(line, lineStart, lineEnd); t !== -1; t = terminatorAt(line, t + 2, lineEnd)) {
    const from = chainStretchStart(line, Math.max(chainEnd, previousTerminator), t);
    previousTerminator = t + 2;
    const kind = kindOfTerminator(line.charCodeAt(t + 2));
    if (!kind) continue;
    forgetDeadItemStarts(from);
    for (let start = from; start < t; start++) {
      if (!mayStartChain(line.charCodeAt(start))) continue;
      if (addChineseChain(line, lineStart, start, t, kind, lineIndex, out)) {
        chainEnd = t + 3;
        break;
      }
      // A later start in a run of up to four digits reads the same first item, or none, and fails too ("2015 年").
      start = shortDigitRunEnd(line, start) - 1;
    }
  }
}

/** Where the first 号决 in line[from, end) is, or -1 (not indexOf, which would search on past `end`). */
function terminatorAt(line: string, from: number, end: number): number {
  for (let i = from; i + 1 < end; i++) if (line.charCodeAt(i) === 0x53f7 /* 号 */ && line.charCodeAt(i + 1) === 0x51b3 /* 决 */) return i;
  return -1;
}

/** The end of the run of one to four digits at `at`; `at` + 1 when there is no such run. */
function shortDigitRunEnd(line: string, at: number): number {
  // Reads at most five digits: every start in a long run of digits asks again.
  const end = digitsEnd(line, at, at + 5);
  return end > at && end <= at + 4 ? end : at + 1;
}

/** A chain starts with 第 or a number ("70/1", "ES-10/23", "S-2/1"). */
function mayStartChain(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x7b2c /* 第 */ || c === 0x45 /* E */ || c === 0x53 /* S */;
}

function kindOfTerminator(c: number): 'resolution' | 'decision' | undefined {
  return c === 0x8bae /* 议 */ ? 'resolution' : c === 0x5b9a /* 定 */ ? 'decision' : undefined;
}

/** Where the stretch of chain characters that ends at `end` starts, not before `from`. */
function chainStretchStart(line: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (CHAIN_CHARACTER[line.charCodeAt(i)] === 0) return i + 1;
  return from;
}

/**
 * 1 for the characters a Chinese chain may contain: items (digits, A-Z, "/", "-", brackets),
 * separators (",", "..."), any whitespace, and 第, separators, dates, 号决议/号决定.
 */
const CHAIN_CHARACTER = new Uint8Array(0x10000);
for (const ch of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ/-().,第号、，和及以…年月日决议定') CHAIN_CHARACTER[ch.charCodeAt(0)] = 1;
for (const c of SPACE_CODES) CHAIN_CHARACTER[c] = 1;

/**
 * Adds the resolutions of the chain that runs from `start` to the 号决 at `terminator`, and returns
 * true; adds nothing and returns false when no chain runs from `start` to it. A chain is
 *   (第\s*)? ITEM (\s*(号\s*)? SEPARATOR \s*(CHINESE_DATE\s*)?(第\s*)? ITEM)* \s* 号决
 * (ITEM: ITEM_SOURCE). Each part can be read one way only (what follows an item, a separator or a
 * date never starts another part), so the chain is read forwards once, with no going back. A date
 * just before the chain belongs to its first item; a date after a separator to the item after it.
 */
function addChineseChain(line: string, lineStart: number, start: number, terminator: number, kind: 'resolution' | 'decision', lineIndex: number, out: ResolutionRows): boolean {
  if (!readChain(line, start, terminator)) return false;
  const organ = organFromChinese(line, Math.max(lineStart, start - 8), start);
  for (let k = 0; k < chainLength; k += 4) {
    const itemStart = chainParts[k];
    const dateStart = chainParts[k + 2];
    const row = addResolution(line, itemStart, chainParts[k + 1], lineIndex, organ, kind, out, lineStart);
    if (k === 0) dateBefore(line, lineStart, start, out, row);
    else if (dateStart !== -1) addChineseDate(line, lineStart, dateStart, chainParts[k + 3], out, row);
  }
  return true;
}

/**
 * The chain last read by readChain: per item, its start and end, and the start and end of the date
 * before it (-1 when none), in chainParts[0, chainLength). Reused from chain to chain; a typed array
 * because a plain one cut back after a long chain grew again slowly (5 ms a check on a 16,667-item list).
 */
let chainParts = new Int32Array(256);
let chainLength = 0;

/**
 * Where an item was read by a start that failed to reach the current 号决. Whether the rest of a
 * chain reaches it depends only on where its next item starts, so a later start that reads an item
 * from one of these fails too, without reading on. This keeps a long list broken just before its
 * 号决 ("第 1/1、1/1、…、号决议") linear: otherwise every item starts a read of the whole rest.
 * Position p is dead when deadStamp[p - deadBase] === deadGeneration; a new 号决 takes a new
 * generation instead of clearing (a Set cost 370 ns an add, 6 ms a check on that list).
 */
let deadStamp = new Int32Array(0);
let deadBase = 0;
let deadGeneration = 1;
let anyDead = false;

/** No start is dead any more; the next ones recorded are at `base` or after (the chain's stretch). */
function forgetDeadItemStarts(base: number): void {
  deadBase = base;
  if (!anyDead) return;
  anyDead = false;
  if (++deadGeneration === 0x7fffffff) deadStamp.fill(0), (deadGeneration = 1);
}

function isDeadItemStart(at: number): boolean {
  const i = at - deadBase;
  return i >= 0 && i < deadStamp.length && deadStamp[i] === deadGeneration;
}

function markDeadItemStart(at: number): void {
  const i = at - deadBase;
  if (i >= deadStamp.length) deadStamp = grown(deadStamp, i + 1);
  deadStamp[i] = deadGeneration;
  anyDead = true;
}

/**
 * Reads the chain from `start` to the 号决 at `terminator` into chainParts; false when none runs
 * there. It makes no object.
 */
function readChain(line: string, start: number, terminator: number): boolean {
  chainLength = 0;
  // The array is kept from chain to chain, but not the store of a very long one.
  if (chainParts.length > 4096) chainParts = new Int32Array(256);
  let itemStart = afterDi(line, start);
  let dateStart = -1;
  let dateEnd = -1;
  for (;;) {
    if (anyDead && isDeadItemStart(itemStart)) return chainFailed();
    const itemEnd = resolutionNumberEnd(line, itemStart);
    if (itemEnd === -1) return chainFailed(itemStart);
    if (chainLength + 4 > chainParts.length) chainParts = grown(chainParts);
    chainParts[chainLength] = itemStart;
    chainParts[chainLength + 1] = itemEnd;
    chainParts[chainLength + 2] = dateStart;
    chainParts[chainLength + 3] = dateEnd;
    chainLength += 4;
    let at = afterSpaces(line, itemEnd);
    if (at === terminator) return true;
    at = afterSeparator(line, at);
    if (at === -1) return chainFailed();
    at = afterSpaces(line, at);
    dateEnd = chineseDateEnd(line, at);
    dateStart = dateEnd === -1 ? -1 : at;
    if (dateEnd !== -1) at = afterSpaces(line, dateEnd);
    itemStart = afterDi(line, at);
  }
}

/**
 * Records the item starts the failed read went through (and `itemStart`, where no item was), for
 * the dead item starts. Not after one item: a read that reaches it again fails as soon, and most failed
 * starts in prose are of that kind ("2015 年").
 */
function chainFailed(itemStart = -1): false {
  if (chainLength < 8) return false;
  for (let k = 0; k < chainLength; k += 4) markDeadItemStart(chainParts[k]);
  if (itemStart !== -1) markDeadItemStart(itemStart);
  return false;
}

/**
 * The date just before a chain, as a date of the line: what
 * /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(大会|理事会|经济及社会理事会|安全理事会|安理会|人权理事会)?\s*$/
 * finds in the DATE_BEFORE_WINDOW characters before it, read backwards from the chain (each part
 * can be read one way only, so the match is the one that ends at the chain).
 */
function dateBefore(line: string, lineStart: number, chainStart: number, out: ResolutionRows, row: number): void {
  const from = Math.max(lineStart, chainStart - DATE_BEFORE_WINDOW);
  // Every date ends in 日: most chains have none before them.
  if (!hasCharBetween(line, 0x65e5 /* 日 */, from, chainStart)) return;
  let at = spacesStartBefore(line, from, chainStart);
  at = spacesStartBefore(line, from, organNameStartBefore(line, from, at));
  if (at === from || line.charCodeAt(at - 1) !== 0x65e5 /* 日 */) return;
  const dayEnd = at;
  at = dateNumberStartBefore(line, from, at - 1, 0x6708 /* 月 */);
  if (at !== -1) at = dateNumberStartBefore(line, from, at, 0x5e74 /* 年 */);
  if (at === -1) return;
  const yearEnd = spacesStartBefore(line, from, at);
  const yearStart = yearEnd - 4;
  if (yearStart < from || digitsEnd(line, yearStart, yearEnd) !== yearEnd) return;
  addChineseDate(line, lineStart, yearStart, dayEnd, out, row);
}

/** Where the run of whitespace that ends at `end` starts, not before `from`. */
function spacesStartBefore(line: string, from: number, end: number): number {
  while (end > from && isSpaceAt(line, end - 1)) end--;
  return end;
}

/** Where the organ's name that ends at `end` starts, not before `from` (`end` when none does). */
function organNameStartBefore(line: string, from: number, end: number): number {
  for (const name of ORGAN_NAMES_BEFORE_DATE) if (nameEndsAt(line, name, from, end)) return end - name.length;
  return end;
}

/**
 * The organs' names a chain's date may have between it and the chain. A longer name comes before
 * the shorter one it ends with, though only one of them can follow a date's 日.
 */
const ORGAN_NAMES_BEFORE_DATE = ['经济及社会理事会', '安全理事会', '人权理事会', '理事会', '安理会', '大会'];

/**
 * For the unit (日, 月) before `end`: where the one or two digits before it (and the blanks around
 * them) start, when the character before those is `previous` (月, 年); then where `previous` is, or -1.
 */
function dateNumberStartBefore(line: string, from: number, end: number, previous: number): number {
  const digitsEndAt = spacesStartBefore(line, from, end);
  let digitsStart = digitsEndAt;
  while (digitsStart > from && digitsEndAt - digitsStart < 3 && isDigit(line.charCodeAt(digitsStart - 1))) digitsStart--;
  const digits = digitsEndAt - digitsStart;
  if (digits < 1 || digits > 2) return -1;
  const unit = spacesStartBefore(line, from, digitsStart) - 1;
  return unit >= from && line.charCodeAt(unit) === previous ? unit : -1;
}

/**
 * Dates the row with line[start..end) (a CHINESE_DATE: "2015 年 12 月 16 日"), unless there is no such
 * day (2015 年 2 月 30 日). Its numbers are read off the line: the date's form was checked already.
 */
function addChineseDate(line: string, lineStart: number, start: number, end: number, out: ResolutionRows, row: number): void {
  const year = digitsValue(line, start, start + 4);
  const monthStart = afterSpaces(line, afterSpaces(line, start + 4) + 1 /* 年 */);
  const monthEnd = digitsEnd(line, monthStart);
  const dayStart = afterSpaces(line, afterSpaces(line, monthEnd) + 1 /* 月 */);
  const value = dateValue(year, digitsValue(line, monthStart, monthEnd), digitsValue(line, dayStart, digitsEnd(line, dayStart)));
  if (value !== 0) out.setDateValue(row, value, start - lineStart, end - lineStart);
}

/** After "第" and the spaces after it, when `at` holds one. */
function afterDi(line: string, at: number): number {
  return line.charCodeAt(at) === 0x7b2c /* 第 */ ? afterSpaces(line, at + 1) : at;
}

/** After a separator of chain items ("、", ",", "，", "和", "及", "以及", "…", "..."), with a 号 and spaces before it; -1 when none is at `at`. */
function afterSeparator(line: string, at: number): number {
  if (line.charCodeAt(at) === 0x53f7 /* 号 */) at = afterSpaces(line, at + 1);
  switch (line.charCodeAt(at)) {
    case 0x3001 /* 、 */:
    case 0x2c /* , */:
    case 0xff0c /* ， */:
    case 0x548c /* 和 */:
    case 0x53ca /* 及 */:
    case 0x2026 /* … */:
      return at + 1;
    case 0x4ee5 /* 以 */:
      return line.charCodeAt(at + 1) === 0x53ca /* 及 */ ? at + 2 : -1;
    case 0x2e /* . */:
      return line.startsWith('...', at) ? at + 3 : -1;
    default:
      return -1;
  }
}

/** The end of the CHINESE_DATE at `at` ("2015 年 12 月 16 日"), or -1. */
function chineseDateEnd(line: string, at: number): number {
  if (digitsEnd(line, at) !== at + 4) return -1;
  const year = afterSpaces(line, at + 4);
  if (line.charCodeAt(year) !== 0x5e74 /* 年 */) return -1;
  const month = afterDateNumber(line, afterSpaces(line, year + 1), 0x6708 /* 月 */);
  return month === -1 ? -1 : afterDateNumber(line, afterSpaces(line, month), 0x65e5 /* 日 */);
}

/** After one or two digits, spaces and the `unit` (月, 日) at `at`, or -1. */
function afterDateNumber(line: string, at: number, unit: number): number {
  const end = digitsEnd(line, at);
  if (end === at || end > at + 2) return -1;
  const u = afterSpaces(line, end);
  return line.charCodeAt(u) === unit ? u + 1 : -1;
}

/**
 * False where no ITEM_SOURCE can start at `at`: it starts with "ES-", "S-" or one to four digits
 * followed by "/", "(", a capital, or a blank and then "(" or a capital. Most of the numbers a
 * chain's read is tried from are dates' ("2015 年"), which this turns away without the regex.
 */
function mayStartItem(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (!isDigit(c)) return c === 0x45 /* E */ || c === 0x53 /* S */;
  const end = digitsEnd(line, at, at + 5);
  if (end - at > 4) return false;
  let next = line.charCodeAt(end);
  if (next === 0x2f /* / */) return true;
  if (next === 0x20) next = line.charCodeAt(end + 1);
  return next === 0x28 /* ( */ || (next >= 0x41 && next <= 0x5a);
}

/** The end of the resolution number (ITEM_SOURCE) at `at`, or -1. */
function resolutionNumberEnd(line: string, at: number): number {
  if (!mayStartItem(line, at)) return -1;
  ITEM_AT.lastIndex = at;
  return ITEM_AT.test(line) ? ITEM_AT.lastIndex : -1;
}

/** The organ whose name (EN_ORGAN_PHRASES) starts at `start` (-1: none); its first letter tells which. */
function organFromEnglish(line: string, start: number): Organ | undefined {
  switch (start === -1 ? 0 : line.charCodeAt(start) | 0x20) {
    case 0x67 /* g */:
    case 0x61 /* a */:
      return 'GA';
    case 0x65 /* e */:
      return 'ECOSOC';
    case 0x73 /* s */:
      return 'SC';
    case 0x68 /* h */:
      return 'HRC';
    default:
      return undefined;
  }
}

/** Every EN_SEPARATOR starts, after blanks, with ",", "and", "…" or "...": most items are followed by none. */
function separatorMayFollow(line: string, pos: number): boolean {
  const c = line.charCodeAt(afterSpaces(line, pos));
  return c === 0x2c /* , */ || c === 0x61 /* a */ || c === 0x2026 /* … */ || c === 0x2e /* . */;
}

/**
 * The organ named in line[from..to) (the few characters before a chain). Of several, the Human Rights
 * Council (人权理事会) comes first, then the Security Council (安全理事会, 安理会), ECOSOC (理事会)
 * and the General Assembly (大会).
 */
function organFromChinese(line: string, from: number, to: number): Organ | undefined {
  let organ: Organ | undefined;
  // Every organ's name ends in 会: most chains have one or none before them.
  for (let end = to; end > from; end--) {
    if (line.charCodeAt(end - 1) !== 0x4f1a /* 会 */) continue;
    const named = organNameEndingAt(line, from, end);
    if (named && (!organ || ORGAN_PRECEDENCE.indexOf(named) < ORGAN_PRECEDENCE.indexOf(organ))) organ = named;
  }
  return organ;
}

const ORGAN_PRECEDENCE: readonly Organ[] = ['HRC', 'SC', 'ECOSOC', 'GA'];

/** The organ whose name ends at `end` (after its 会) and starts at `from` or later. */
function organNameEndingAt(line: string, from: number, end: number): Organ | undefined {
  switch (line.charCodeAt(end - 2)) {
    case 0x5927 /* 大 */:
      return end - 2 >= from ? 'GA' : undefined;
    case 0x7406 /* 理 */:
      return nameEndsAt(line, '安理会', from, end) ? 'SC' : undefined;
    case 0x4e8b /* 事 */:
      if (!nameEndsAt(line, '理事会', from, end)) return undefined;
      if (nameEndsAt(line, '人权理事会', from, end)) return 'HRC';
      return nameEndsAt(line, '安全理事会', from, end) ? 'SC' : 'ECOSOC';
    default:
      return undefined;
  }
}

function nameEndsAt(line: string, name: string, from: number, end: number): boolean {
  return end - name.length >= from && line.startsWith(name, end - name.length);
}

function hasCharBetween(line: string, c: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (line.charCodeAt(i) === c) return true;
  return false;
}

const SECURITY_COUNCIL_NUMBER = /^(\d{3,4}) \((\d{4})\)$/;
const SPACE_OR_BRACKET = /[\s(]/;

/**
 * Adds the resolution whose number (ITEM_SOURCE) is line[start..end), cited by `context` (the organ
 * named before it); returns its row. `lineStart`: where the line starts in `line`, when that is the whole text.
 */
function addResolution(line: string, start: number, end: number, lineIndex: number, context: Organ | undefined, kind: 'resolution' | 'decision', out: ResolutionRows, lineStart = 0): number {
  const column = start - lineStart;
  const columnEnd = end - lineStart;
  // Most numbers are a session and a serial ("70/125"): read from the line without the cache's lookup.
  const slashAt = plainNumberSlash(line, start, end);
  if (slashAt !== -1) {
    // Written with a leading zero ("70/01"), the number is kept as written.
    const asWritten = hasLeadingZero(line, start, slashAt) || hasLeadingZero(line, slashAt + 1, end) ? line.slice(start, end) : undefined;
    const organ = sessionOrgan(slashAt - start === 4, context);
    return out.add(asWritten, lineIndex, column, columnEnd, organ, kind, digitsValue(line, start, slashAt), digitsValue(line, slashAt + 1, end));
  }
  const { number, securityCouncil, slash } = resolutionNumber(line.slice(start, end));
  if (securityCouncil) return out.add(number, lineIndex, column, columnEnd, 'SC', kind, securityCouncil.year, securityCouncil.serial);
  if (slash) return out.add(number, lineIndex, column, columnEnd, sessionOrgan(!slash.special && slash.sessionDigits === 4, context), kind, slash.session, slash.serial);
  return out.add(number, lineIndex, column, columnEnd, context ?? 'GA', kind);
}

/** Whether the digits at line[start..end) (one or more) start with a 0 and have more after it. */
function hasLeadingZero(line: string, start: number, end: number): boolean {
  return end - start > 1 && line.charCodeAt(start) === 0x30 /* 0 */;
}

/** Where the "/" is when line[start..end) is exactly a session and a serial of one to four digits each ("70/125"), or -1. */
function plainNumberSlash(line: string, start: number, end: number): number {
  const slashAt = digitsEnd(line, start, end);
  if (slashAt === start || slashAt - start > 4 || line.charCodeAt(slashAt) !== 0x2f /* / */) return -1;
  const serialDigits = end - slashAt - 1;
  return serialDigits >= 1 && serialDigits <= 4 && digitsEnd(line, slashAt + 1, end) === end ? slashAt : -1;
}

/** The organ of a session/serial number: a four-digit session is a year (ECOSOC's, or the Security Council's when it is named). */
function sessionOrgan(yearLike: boolean, context: Organ | undefined): Organ {
  if (context === 'HRC') return 'HRC';
  if (!yearLike) return 'GA';
  return context === 'SC' ? 'SC' : 'ECOSOC';
}

interface ResolutionNumber {
  /** Tidied: "217 A (III)". */
  number: string;
  /** "2334 (2016)". */
  securityCouncil?: { year: number; serial: number };
  /** "70/125", "2006/46", "ES-10/23". */
  slash?: ReturnType<typeof sessionNumber>;
}

/** What a resolution number says, whatever organ cites it, for each distinct number as written. */
const resolutionNumber = cacheByText((text): ResolutionNumber => {
  // Most numbers ("70/125") have no space or bracket: nothing to tidy, and not "2334 (2016)".
  const plain = !SPACE_OR_BRACKET.test(text);
  const sc = plain ? null : SECURITY_COUNCIL_NUMBER.exec(text);
  return {
    number: plain ? text : normaliseNumber(text),
    securityCouncil: sc ? { year: Number(sc[2]), serial: Number(sc[1]) } : undefined,
    slash: sessionNumber(text),
  };
});

/**
 * Dates the row with " of 16 December 2015" at line[from..end) (what EN_OF_DATE matched), from
 * its day on, unless there is no such day (31 February). Its numbers are read off the line.
 */
function addEnglishDate(line: string, from: number, end: number, out: ResolutionRows, row: number): void {
  // " of " holds no digit: the first is the day's.
  let dayStart = from;
  while (!isDigit(line.charCodeAt(dayStart))) dayStart++;
  const dayEnd = digitsEnd(line, dayStart);
  // One space, then the month's name, which its first three letters tell apart.
  const month = monthNumber(line, dayEnd + 1);
  const value = dateValue(digitsValue(line, end - 4, end), month, digitsValue(line, dayStart, dayEnd));
  if (value !== 0) out.setDateValue(row, value, dayStart, end);
}

/** "217 A  (III)" -> "217 A (III)". */
function normaliseNumber(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*\(/, ' (');
}

/**
 * What /^(?:(ES|S)-)?(\d{1,4})\/(\d{1,4})/ reads at the start of a resolution number: a special
 * session ("ES-10/23"), the session or year, and the first four digits of the serial.
 */
function sessionNumber(text: string): { special: boolean; session: number; sessionDigits: number; serial: number } | undefined {
  const from = text.startsWith('ES-') ? 3 : text.startsWith('S-') ? 2 : 0;
  const sessionEnd = digitsEnd(text, from);
  const sessionDigits = sessionEnd - from;
  if (sessionDigits < 1 || sessionDigits > 4 || text.charCodeAt(sessionEnd) !== 0x2f /* / */) return undefined;
  const serialEnd = Math.min(digitsEnd(text, sessionEnd + 1), sessionEnd + 5);
  if (serialEnd === sessionEnd + 1) return undefined;
  return { special: from > 0, session: Number(text.slice(from, sessionEnd)), sessionDigits, serial: Number(text.slice(sessionEnd + 1, serialEnd)) };
}

/** Whether the character at `at` is whitespace (as \s reads it). */
function isSpaceAt(line: string, at: number): boolean {
  return isSpace(line.charCodeAt(at));
}

// ---- document symbols -----------------------------------------------------------------

const ORGANS = 'A|E|S|ST|TD|DP|UNEP|CRC|CEDAW|CCPR|CERD|CAT|ECE|FCCC|ICCD|UNW|UNITAR';
const SYMBOL = new RegExp(String.raw`(?<![\w/.\-])(?:${ORGANS})\/[A-Za-z0-9.\-\/–—]*[A-Za-z0-9*]`, 'g');
const JOINT = new RegExp(String.raw`[-–—](?=(?:${ORGANS})\/)`);
const DASH = /[-–—]/;
const ADD_WITHOUT_DOT = /^(Add|Corr|Rev|Amend)\d+$/;
const SESSION_OR_SPECIAL_SESSION = /^(ES|S)-\d+$/;
const RESOLUTION_SERIAL = /^(?:(ES|S)-)?\d+$/;

export function scanSymbols(line: string, lineIndex: number, out: DocumentSymbolReference[]): void {
  if (line.indexOf('/') === -1) return;
  // URLs are looked for once the line has a symbol: most lines with one have none.
  let urls: [number, number][] | undefined;
  let nextUrl = 0;
  SYMBOL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SYMBOL.exec(line))) {
    const start = m.index;
    urls ??= line.indexOf('://') !== -1 || line.indexOf('www.') !== -1 ? urlSpans(line) : [];
    // The spans and the matches are both in order: the first span not ending before this match is the only one that may hold it.
    while (nextUrl < urls.length && urls[nextUrl][1] <= start) nextUrl++;
    if (nextUrl < urls.length && urls[nextUrl][0] <= start) continue;
    // The match ends in a letter, digit or "*", never in a full stop.
    const text = m[0];
    const { shared, parts, components, problem } = symbolShape(text);
    let jointSeparator: DocumentSymbolReference['jointSeparator'];
    if (parts.length > 1) {
      const at = parts[0].length;
      jointSeparator = { char: text[at], range: range(lineIndex, start + at, start + at + 1) };
    }
    const ref = new ParsedSymbol(shared, components, lineIndex, jointSeparator, parts, start);
    ref.problem = problem;
    out.push(ref);
  }
}

interface SymbolShape {
  /** The text, one string for every symbol with it (instead of a string per symbol). */
  shared: string;
  parts: string[];
  components: string[];
  problem: string | undefined;
}

/** The parts of a joint symbol, its components and what is wrong with it, for each distinct symbol text. */
const symbolShape = cacheByText((text): SymbolShape => {
  const parts = DASH.test(text) ? text.split(JOINT) : [text];
  // Frozen: every symbol with this text shares the arrays.
  return { shared: text, parts: Object.freeze(parts) as string[], components: Object.freeze(text.split('/')) as string[], problem: symbolProblem(parts) };
});

/**
 * Where the line's URLs are, as /https?:\/\/\S+|www\.\S+|<[^>\s]*:\/\/[^>\s]*>/g finds them. That
 * regex tried each "<" of a run of them to the run's end ("<<<<…": quadratic); here the run after
 * a "<" and the "://" in it are found once for all the "<" of the run.
 */
function urlSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  // The end of the run of characters other than ">" and blanks after the last "<" looked at, and
  // the first "://" at or after `colonFrom` (-1: none).
  let runEnd = -1;
  let colonFrom = -1;
  let colon = -1;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    let end = -1;
    if (c === 0x68 /* h */) {
      const after = line.startsWith('http://', i) ? i + 7 : line.startsWith('https://', i) ? i + 8 : -1;
      if (after !== -1) end = nonEmptyRunEnd(after, nonBlankRunEnd(line, after));
    } else if (c === 0x77 /* w */ && line.startsWith('www.', i)) {
      end = nonEmptyRunEnd(i + 4, nonBlankRunEnd(line, i + 4));
    } else if (c === 0x3c /* < */) {
      if (runEnd <= i) runEnd = angleRunEnd(line, i + 1);
      if (colonFrom === -1 || colonFrom > i + 1 || (colon !== -1 && colon < i + 1)) {
        colonFrom = i + 1;
        colon = line.indexOf('://', colonFrom);
      }
      if (line.charCodeAt(runEnd) === 0x3e /* > */ && colon !== -1 && colon + 3 <= runEnd) end = runEnd + 1;
    }
    if (end === -1) {
      i++;
    } else {
      spans.push([i, end]);
      i = end;
    }
  }
  return spans;
}

/** `end`, unless the run from `from` to it is empty (\S+ needs a character): -1 then. */
function nonEmptyRunEnd(from: number, end: number): number {
  return end > from ? end : -1;
}

/** The end of the run of non-blank characters at `at`. */
function nonBlankRunEnd(line: string, at: number): number {
  while (at < line.length && !isSpaceAt(line, at)) at++;
  return at;
}

/** The end of the run of characters other than ">" and blanks at `at`. */
function angleRunEnd(line: string, at: number): number {
  while (at < line.length && line.charCodeAt(at) !== 0x3e && !isSpaceAt(line, at)) at++;
  return at;
}

function symbolProblem(parts: string[]): string | undefined {
  for (const part of parts) {
    const comps = (part.endsWith('*') ? part.slice(0, -1) : part).split('/');
    if (comps.includes('')) return `"${part}" has an empty component ("//")`;
    for (let i = 1; i < comps.length; i++) {
      const problem = componentProblem(part, comps[i]);
      if (problem) return problem;
    }
    const res = comps.indexOf('RES');
    // S/RES/2334 (2016) and A/RES/217 (III) carry one number; the year or session follows in brackets.
    if (res !== -1 && (res + 1 === comps.length || !RESOLUTION_SERIAL.test(comps[res + 1]))) {
      return `"${part}": a resolution symbol needs a session or year and a number after "RES"`;
    }
  }
  return undefined;
}

function componentProblem(part: string, c: string): string | undefined {
  const dash = firstDash(c);
  if (dash !== -1) return SESSION_OR_SPECIAL_SESSION.test(c) ? undefined : `"${part}": components are separated by "/", not "${c[dash]}" ("${c}")`;
  if (mayLackDot(c) && ADD_WITHOUT_DOT.test(c)) return `"${part}": write "${c.replace(/\d+$/, '')}.${c.match(/\d+$/)![0]}"`;
  return undefined;
}

/** The index of the first "-", "–" or "—" in a component, or -1. */
function firstDash(c: string): number {
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (code === 0x2d || code === 0x2013 || code === 0x2014) return i;
  }
  return -1;
}

/** "Add1", "Corr2", "Rev3", "Amend4" start with A, C or R and end in a digit. */
function mayLackDot(c: string): boolean {
  const first = c.charCodeAt(0);
  const last = c.charCodeAt(c.length - 1);
  return (first === 0x41 || first === 0x43 || first === 0x52) && last >= 0x30 && last <= 0x39;
}

/** The session (GA) or year (ECOSOC) a symbol carries, when it has one; for each distinct symbol (shared: never change it). */
export const symbolSession = cacheByText(sessionOfSymbol);

function sessionOfSymbol(part: string): { organ: 'GA' | 'ECOSOC'; session: number } | undefined {
  const organ = part.startsWith('A/') ? 'GA' : part.startsWith('E/') ? 'ECOSOC' : undefined;
  if (!organ) return undefined;
  // The first component after the organ that is all digits.
  for (let start = 2; start <= part.length; ) {
    let end = part.indexOf('/', start);
    if (end === -1) end = part.length;
    if (end > start && digitsEnd(part, start) === end) {
      const digits = end - start;
      const session = Number(part.slice(start, end));
      if (organ === 'GA' && digits <= 3 && session >= 31) return { organ, session };
      if (organ === 'ECOSOC' && digits === 4 && session >= 1978) return { organ, session };
      return undefined;
    }
    start = end + 1;
  }
  return undefined;
}

// ---- abbreviations --------------------------------------------------------------------

const ZH_SHORT = /^[\u4e00-\u9fff]{2,10}$/;
const EN_SHORT = /^[A-Z][A-Za-z]{1,9}$/;
const EN_WORDS_BEFORE = /(?:[A-Za-z][\w-]*,?\s+){1,12}$/;
const ZH_PREFIXES = ['联合国', '世界', '国际'];
const EN_GLUE = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'to', 'de', 'des', 'et']);

/** A short form stands in brackets right after the full name: at most this many characters from bracket to bracket. */
const SHORT_SPAN = 12;

export function scanAbbreviations(line: string, lineIndex: number, out: Abbreviation[]): void {
  const brackets = new BracketCursor(line);
  for (let open = brackets.nextOpen(); open !== -1; open = brackets.nextOpen()) {
    const close = brackets.closeAfter(open);
    if (close === -1 || close - open > SHORT_SPAN) continue;
    const short = line.slice(open + 1, close);
    if (ZH_SHORT.test(short)) {
      let start = open;
      while (start > 0 && open - start < 30 && isCjk(line.charCodeAt(start - 1))) start--;
      const full = open - start >= 3 ? chineseFullName(line.slice(start, open), short) : undefined;
      if (full) out.push(new ParsedAbbreviation(short, full, lineIndex, open - full.length, close + 1));
    } else if (EN_SHORT.test(short)) {
      const before = line.slice(Math.max(0, open - 160), open);
      const words = EN_WORDS_BEFORE.exec(before);
      const full = words ? englishFullName(words[0], short) : undefined;
      if (full) {
        const end = open - (before.length - before.trimEnd().length);
        out.push(new ParsedAbbreviation(short, full, lineIndex, end - full.length - (before.trimEnd().endsWith(',') ? 1 : 0), close + 1));
      }
    }
  }
}

/**
 * Walks the opening brackets of a line, "(" and "（", in order, and finds the closing bracket of
 * the same kind after each. Each kind's next position is remembered, so a line of many brackets
 * is searched once, not once per bracket.
 */
class BracketCursor {
  private nextParen: number;
  private nextFullwidth: number;
  private closeParen = NOT_SEARCHED;
  private closeFullwidth = NOT_SEARCHED;

  constructor(private readonly line: string) {
    this.nextParen = line.indexOf('(');
    this.nextFullwidth = line.indexOf('（');
  }

  nextOpen(): number {
    const paren = this.nextParen;
    const fullwidth = this.nextFullwidth;
    if (paren !== -1 && (fullwidth === -1 || paren < fullwidth)) {
      this.nextParen = this.line.indexOf('(', paren + 1);
      return paren;
    }
    if (fullwidth !== -1) this.nextFullwidth = this.line.indexOf('（', fullwidth + 1);
    return fullwidth;
  }

  /** The first closing bracket of the kind opened at `open`, after it; -1 when there is none. */
  closeAfter(open: number): number {
    if (this.line.charCodeAt(open) === 0x28 /* ( */) {
      if (isStale(this.closeParen, open)) this.closeParen = this.line.indexOf(')', open + 1);
      return this.closeParen;
    }
    if (isStale(this.closeFullwidth, open)) this.closeFullwidth = this.line.indexOf('）', open + 1);
    return this.closeFullwidth;
  }
}

const NOT_SEARCHED = -2;

/** A remembered closing bracket still answers for `open` unless it stands before it (-1: none further on). */
function isStale(close: number, open: number): boolean {
  return close === NOT_SEARCHED || (close !== -1 && close <= open);
}

function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function chineseFullName(candidate: string, short: string): string | undefined {
  if (candidate.endsWith(short)) return undefined;
  let start = candidate.lastIndexOf(short[0]);
  while (start > 0 && !isSubsequence(short, candidate, start)) start = candidate.lastIndexOf(short[0], start - 1);
  if (start < 0 || !isSubsequence(short, candidate, start)) return undefined;
  // "联合国促进性别平等和增强妇女权能署(妇女署)": a run that opens with an organisation prefix is the whole name.
  if (ZH_PREFIXES.some((p) => candidate.startsWith(p)) && candidate.length <= 24) return candidate;
  for (const prefix of ZH_PREFIXES) {
    if (candidate.slice(0, start).endsWith(prefix)) {
      start -= prefix.length;
      break;
    }
  }
  const full = candidate.slice(start);
  return full.length > short.length ? full : undefined;
}

/** Whether `short` is a subsequence of `text` from `from` on (both are runs of CJK characters, no surrogates). */
function isSubsequence(short: string, text: string, from: number): boolean {
  let i = 0;
  for (let k = from; k < text.length; k++) if (text.charCodeAt(k) === short.charCodeAt(i)) i++;
  return i === short.length;
}

function englishFullName(words: string, short: string): string | undefined {
  const letters = short.replace(/s$/, '').toLowerCase();
  const tokens = words.trim().split(/\s+/);
  const first = new InitialsMatch(tokens, letters).from(tokens.length - 1, letters.length - 1);
  if (first === undefined || first >= tokens.length) return undefined;
  const full = tokens.slice(first).join(' ').replace(/,$/, '');
  return full.length > short.length ? full : undefined;
}

/**
 * Matches the short form's letters `letters[0..li]` right to left against the initials of
 * `tokens[0..ti]`: every word supplies a letter (or one per hyphenated part), except glue words
 * ("and", "of"), which may ("UNCTAD"). `from` returns the index of the first word used, or undefined.
 */
class InitialsMatch {
  /** The plain words, worked out only for the words the match reaches. */
  private readonly plain: (string | undefined)[];
  /**
   * 1 where from(ti, li) was found to fail. A glue word branches two ways, so without it twelve
   * glue words before a bracket ("of of ... (Xooo)") try every subset of them.
   */
  private readonly failed: Uint8Array;

  constructor(
    private readonly tokens: string[],
    private readonly letters: string,
  ) {
    this.plain = new Array(tokens.length);
    this.failed = new Uint8Array(tokens.length * letters.length);
  }

  from(ti: number, li: number): number | undefined {
    if (li < 0) return ti + 1;
    if (ti < 0) return undefined;
    const key = ti * this.letters.length + li;
    if (this.failed[key] === 1) return undefined;
    const used = this.match(ti, li);
    if (used === undefined) this.failed[key] = 1;
    return used;
  }

  private match(ti: number, li: number): number | undefined {
    const letters = this.letters;
    const word = (this.plain[ti] ??= plainWord(this.tokens[ti]));
    if (EN_GLUE.has(word)) {
      if (word.charCodeAt(0) === letters.charCodeAt(li)) {
        const used = this.from(ti - 1, li - 1);
        if (used !== undefined) return used;
      }
      return this.from(ti - 1, li);
    }
    let l = li;
    // The initials of the hyphenated parts, last first ("multi-stakeholder": s, m).
    for (let i = word.length - 1; i >= 0 && l >= 0; i--) {
      const c = word.charCodeAt(i);
      if (c !== 0x2d && (i === 0 || word.charCodeAt(i - 1) === 0x2d) && c === letters.charCodeAt(l)) l--;
    }
    return l === li ? undefined : this.from(ti - 1, l);
  }
}

const NOT_WORD_CHARACTER = /[^a-z-]/;

/** The word in lower case, letters and hyphens only ("Multi-stakeholder," -> "multi-stakeholder"). */
function plainWord(token: string): string {
  const lower = token.toLowerCase();
  return NOT_WORD_CHARACTER.test(lower) ? lower.replace(/[^a-z-]/g, '') : lower;
}
