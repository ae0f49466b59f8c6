import type {
  Abbreviation,
  CitedDate,
  CrossReference,
  DocumentSymbolReference,
  Organ,
  ResolutionReference,
} from '../model';
import { range } from '../text';
import { CHINESE_DATE, ENGLISH_DATE, isoFromChinese, isoFromEnglish } from './dates';
import { ParsedAbbreviation, ParsedCrossReference, ParsedDate, ParsedResolution, ParsedSymbol } from './entities';
import { DUAN, HAO, LATIN_LOWER, lineFeatures, PAREN, SLASH } from './features';
import { isSpace, SPACE_CODES } from './lines';
import { cacheByText } from './text-cache';

// ---- cross-references ---------------------------------------------------------------

const EN_XREF = /\b(paras?|paragraphs?)\.?\s+(\d{1,5})(?:\s*(?:to|-|–|and)\s*(\d{1,5}))?(?:\s+(above|below)|(?=\s+(of|in)\b))?/gi;
const ZH_XREF = /(上文|下文|本报告|本文件)?第\s*(\d{1,5})(?:\s*(?:至|到|-|–|和|、)\s*(\d{1,5}))?\s*段/g;
/** "A/RES/70/1, para. 5": the symbol of another document just before the reference. */
const SYMBOL_BEFORE = /[A-Z]+\/[\w./]+,?\s*$/;
const SYMBOL_BEFORE_WINDOW = 40;
const PRESENT_REPORT = /\s+of the present (?:report|note|document)/y;
const PRESENT_REPORT_WINDOW = 24;

/** `features`: the line's features (features.ts), when the caller has them. */
export function scanCrossReferences(line: string, lineIndex: number, out: CrossReference[], features = lineFeatures(line)): void {
  if (features & LATIN_LOWER && (line.indexOf('para') !== -1 || line.indexOf('Para') !== -1)) {
    EN_XREF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EN_XREF.exec(line))) {
      const direction = m[4]?.toLowerCase() as 'above' | 'below' | undefined;
      const external = m[5] !== undefined || followsSymbol(line, m.index);
      const internal = !external && (direction !== undefined || presentReportFollows(line, m.index + m[0].length));
      out.push(xref(m, lineIndex, direction, internal));
    }
  }
  if (features & DUAN) {
    ZH_XREF.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ZH_XREF.exec(line))) {
      const direction = m[1] === '上文' ? 'above' : m[1] === '下文' ? 'below' : undefined;
      out.push(xref(m, lineIndex, direction, m[1] !== undefined));
    }
  }
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

function xref(m: RegExpExecArray, lineIndex: number, direction: 'above' | 'below' | undefined, internal: boolean): CrossReference {
  const numbers: number[] = [];
  const columns: number[] = [];
  let searchFrom = m[1] ? m[1].length : 0;
  searchFrom = addNumber(m, m[2], searchFrom, numbers, columns);
  addNumber(m, m[3], searchFrom, numbers, columns);
  return new ParsedCrossReference(numbers, columns, direction, lineIndex, internal, m.index, m.index + m[0].length);
}

/** Adds one number of a reference (group `digits` of match `m`, found from `searchFrom`) and its columns; returns where to search next. */
function addNumber(m: RegExpExecArray, digits: string | undefined, searchFrom: number, numbers: number[], columns: number[]): number {
  if (digits === undefined) return searchFrom;
  const at = m[0].indexOf(digits, searchFrom);
  numbers.push(Number(digits));
  columns.push(m.index + at, m.index + at + digits.length);
  return at + digits.length;
}

// ---- resolutions ----------------------------------------------------------------------

const ITEM_SOURCE = String.raw`(?:ES-|S-)?\d{1,4}\/\d{1,4}(?: ?[A-Z](?![A-Za-z]))?|\d{1,4} ?(?:[A-Z] ?)?\([IVXL]+\)|\d{3,4} \(\d{4}\)`;
const ITEM = new RegExp(ITEM_SOURCE, 'g');
const ITEM_AT = new RegExp(ITEM_SOURCE, 'y');
const EN_TRIGGER = /\b(General Assembly |Economic and Social Council |Security Council |Human Rights Council |Council |Assembly |its )?(resolutions?|decisions?)\s+(?=(?:ES-|S-)?\d)/gi;
const EN_OF_DATE = new RegExp(String.raw`\s+of\s+` + ENGLISH_DATE.source.slice(2), 'y');
const EN_SEPARATOR = /\s*(?:,\s*(?:and\s+)?|and\s+|…\s*|\.\.\.\s*|,?\s*…\s*(?:and\s+)?)/y;
const ZH_CHAIN = new RegExp(
  // "\s*(?:号\s*)?" reads the spaces around an optional 号 one way only; "\s*号?\s*" could split them
  // many ways per item, which made an unfinished list ("第 1/1 和 1/1 和 …") exponential.
  // No capturing groups: the chain's dates and items are read again from the match.
  String.raw`(?:第\s*)?(?:${ITEM_SOURCE})(?:\s*(?:号\s*)?(?:、|,|，|和|及|以及|…|\.\.\.)\s*(?:` +
    withoutCaptures(CHINESE_DATE.source) +
    String.raw`\s*)?(?:第\s*)?(?:${ITEM_SOURCE}))*\s*号决[议定]`,
  'g',
);
const ZH_DATE_BEFORE = new RegExp(CHINESE_DATE.source + String.raw`\s*(大会|理事会|经济及社会理事会|安全理事会|安理会|人权理事会)?\s*$`);
const ZH_DATE_G = new RegExp(CHINESE_DATE.source, 'g');

/** `features`: the line's features (features.ts), when the caller has them. */
export function scanResolutions(line: string, lineIndex: number, out: ResolutionReference[], features = lineFeatures(line)): void {
  if (!(features & (SLASH | PAREN))) return;
  if (features & LATIN_LOWER && (line.indexOf('esolution') !== -1 || line.indexOf('ecision') !== -1)) scanEnglish(line, lineIndex, out);
  if (features & HAO) scanChinese(line, lineIndex, out);
}

function scanEnglish(line: string, lineIndex: number, out: ResolutionReference[]): void {
  EN_TRIGGER.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = EN_TRIGGER.exec(line))) {
    const organ = organFromEnglish(t[1]);
    const kind = (t[2].charCodeAt(0) | 0x20) === 0x64 /* d */ ? 'decision' : 'resolution';
    let pos = t.index + t[0].length;
    for (;;) {
      ITEM_AT.lastIndex = pos;
      if (!ITEM_AT.test(line)) break;
      const ref = makeResolution(line.slice(pos, ITEM_AT.lastIndex), lineIndex, pos, organ, kind);
      pos = ITEM_AT.lastIndex;
      EN_OF_DATE.lastIndex = pos;
      // " of 16 December 2015" starts with a blank; most items are followed by "," or ";".
      if (isSpaceAt(line, pos) && EN_OF_DATE.test(line)) {
        const end = EN_OF_DATE.lastIndex;
        const date = englishDate(line.slice(pos, end));
        if (date.iso) ref.date = new ParsedDate(date.iso, lineIndex, pos + date.dayOffset, end);
        pos = end;
      }
      out.push(ref);
      if (!separatorMayFollow(line, pos)) break;
      EN_SEPARATOR.lastIndex = pos;
      if (!EN_SEPARATOR.test(line) || EN_SEPARATOR.lastIndex === pos) break;
      const next = EN_SEPARATOR.lastIndex;
      ITEM_AT.lastIndex = next;
      if (!ITEM_AT.test(line)) break;
      pos = next;
    }
    EN_TRIGGER.lastIndex = Math.max(EN_TRIGGER.lastIndex, pos);
  }
}

/**
 * Chinese chains: every chain ends in 号决议/号决定 and holds only CHAIN_CHARACTERS, so the chain
 * regex runs once per 号决, from the start of the stretch of such characters before it (or the
 * end of the previous chain or 号决) and on the line cut after that 号决. The matches are those of
 * a global search of the whole line, but a long list that never reaches a 号决, or is broken
 * before one ("第 1/1、1/1、…。"), is no longer read again from each of its items (quadratic).
 */
function scanChinese(line: string, lineIndex: number, out: ResolutionReference[]): void {
  let chainEnd = 0;
  let previousTerminator = 0;
  for (let t = line.indexOf('号决'); t !== -1; t = line.indexOf('号决', t + 2)) {
    const from = chainStretchStart(line, Math.max(chainEnd, previousTerminator), t);
    previousTerminator = t + 2;
    ZH_CHAIN.lastIndex = from;
    const c = ZH_CHAIN.exec(line.slice(0, t + 3));
    if (!c) continue;
    chainEnd = ZH_CHAIN.lastIndex;
    addChineseChain(c, line, lineIndex, out);
  }
}

/** The same pattern with its groups made non-capturing (it has no backreferences or classes holding "("). */
function withoutCaptures(source: string): string {
  return source.replace(/(?<!\\)\((?!\?)/g, '(?:');
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

function addChineseChain(c: RegExpExecArray, line: string, lineIndex: number, out: ResolutionReference[]): void {
  const chain = c[0];
  const kind = chain.charCodeAt(chain.length - 1) === 0x5b9a /* 定 */ ? 'decision' : 'resolution';
  const beforeStart = Math.max(0, c.index - 24);
  const contextOrgan = organFromChinese(line, Math.max(0, c.index - 8), c.index);
  // A date just before the chain belongs to its first item; dates inside it to the next item.
  const dates: { at: number; date: CitedDate }[] = [];
  // Every date ends in 日 and has a 年: most chains and the text before them have none.
  const before = hasCharBetween(line, 0x65e5 /* 日 */, beforeStart, c.index) ? line.slice(beforeStart, c.index) : '';
  const lead = before ? ZH_DATE_BEFORE.exec(before) : null;
  if (lead) {
    const iso = isoFromChinese(lead);
    const s = c.index - before.length + lead.index;
    if (iso) dates.push({ at: -1, date: new ParsedDate(iso, lineIndex, s, s + lead[0].length - (lead[0].length - lead[0].indexOf('日') - 1)) });
  }
  const hasYear = chain.indexOf('年') !== -1;
  ZH_DATE_G.lastIndex = 0;
  let d: RegExpExecArray | null;
  while (hasYear && (d = ZH_DATE_G.exec(chain))) {
    const iso = isoFromChinese(d);
    if (iso) dates.push({ at: d.index, date: new ParsedDate(iso, lineIndex, c.index + d.index, c.index + d.index + d[0].length) });
  }
  ITEM.lastIndex = 0;
  let item: RegExpExecArray | null;
  const mayHoldDates = hasYear || chain.indexOf('月') !== -1;
  let previousEnd = -1;
  // The first date after the previous item: dates are in order, and items move forward.
  let nextDate = 0;
  while ((item = ITEM.exec(chain))) {
    if (mayHoldDates && isInsideDate(chain, item.index)) continue;
    const ref = makeResolution(item[0], lineIndex, c.index + item.index, contextOrgan, kind);
    while (nextDate < dates.length && dates[nextDate].at < previousEnd) nextDate++;
    if (nextDate < dates.length && dates[nextDate].at < item.index) ref.date = dates[nextDate].date;
    previousEnd = item.index + item[0].length;
    out.push(ref);
  }
}

const YEAR_AT = /\d{4}\s*年/y;

/** Whether an item at `at` is the year of a date ("2015 年"), or its month or day ("年 12"). */
function isInsideDate(chain: string, at: number): boolean {
  YEAR_AT.lastIndex = at;
  if (YEAR_AT.test(chain)) return true;
  // /[年月]\s*$/ on the two characters before the item.
  const before = chain.charCodeAt(at - 1);
  return isYearOrMonth(before) || (at >= 2 && isSpaceAt(chain, at - 1) && isYearOrMonth(chain.charCodeAt(at - 2)));
}

function isYearOrMonth(c: number): boolean {
  return c === 0x5e74 /* 年 */ || c === 0x6708 /* 月 */;
}

/** The organ a trigger names; its first letter tells which (EN_TRIGGER matches ASCII letters in any case only). */
function organFromEnglish(context: string | undefined): Organ | undefined {
  switch (context === undefined ? 0 : context.charCodeAt(0) | 0x20) {
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
  while (isSpaceAt(line, pos)) pos++;
  const c = line.charCodeAt(pos);
  return c === 0x2c /* , */ || c === 0x61 /* a */ || c === 0x2026 /* … */ || c === 0x2e /* . */;
}

/** The organ named in line[from..to) (the few characters before a chain). */
function organFromChinese(line: string, from: number, to: number): Organ | undefined {
  // Every organ's name ends in 会: most chains have none before them.
  if (!hasCharBetween(line, 0x4f1a /* 会 */, from, to)) return undefined;
  const context = line.slice(from, to);
  if (context.includes('人权理事会')) return 'HRC';
  if (context.includes('安全理事会') || context.includes('安理会')) return 'SC';
  if (context.includes('理事会')) return 'ECOSOC';
  if (context.includes('大会')) return 'GA';
  return undefined;
}

function hasCharBetween(line: string, c: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (line.charCodeAt(i) === c) return true;
  return false;
}

const SECURITY_COUNCIL_NUMBER = /^(\d{3,4}) \((\d{4})\)$/;
const SPACE_OR_BRACKET = /[\s(]/;

function makeResolution(text: string, lineIndex: number, start: number, context: Organ | undefined, kind: 'resolution' | 'decision'): ResolutionReference {
  const { number, securityCouncil, slash } = resolutionNumber(text);
  const ref = new ParsedResolution(number, lineIndex, kind, start, start + text.length);
  if (securityCouncil) {
    ref.organ = 'SC';
    ref.session = securityCouncil.year;
    ref.serial = securityCouncil.serial;
  } else if (slash) {
    ref.session = slash.session;
    ref.serial = slash.serial;
    const yearLike = !slash.special && slash.sessionDigits === 4;
    ref.organ = context === 'HRC' ? 'HRC' : yearLike ? (context === 'SC' ? 'SC' : 'ECOSOC') : 'GA';
    if (context === 'ECOSOC' && !yearLike) ref.organ = 'GA';
  } else {
    ref.organ = context ?? 'GA';
  }
  return ref;
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

const EN_OF_DATE_TEXT = new RegExp('^' + EN_OF_DATE.source);

/** " of 16 December 2015": the ISO date (undefined for 31 February) and where the day starts, for each distinct text. */
const englishDate = cacheByText((text) => {
  const m = EN_OF_DATE_TEXT.exec(text)!;
  return { iso: isoFromEnglish(m), dayOffset: m[0].indexOf(m[1]) };
});

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

/** The end of the run of ASCII digits that starts at `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i;
}

/** Whether the character at `at` is whitespace (as \s reads it). */
function isSpaceAt(line: string, at: number): boolean {
  return isSpace(line.charCodeAt(at));
}

// ---- document symbols -----------------------------------------------------------------

const ORGANS = 'A|E|S|ST|TD|DP|UNEP|CRC|CEDAW|CCPR|CERD|CAT|ECE|FCCC|ICCD|UNW|UNITAR';
const SYMBOL = new RegExp(String.raw`(?<![\w/.\-])(?:${ORGANS})\/[A-Za-z0-9.\-\/–—]*[A-Za-z0-9*]`, 'g');
const JOINT = new RegExp(String.raw`[-–—](?=(?:${ORGANS})\/)`);
const URL = /https?:\/\/\S+|www\.\S+|<[^>\s]*:\/\/[^>\s]*>/g;
const DASH = /[-–—]/;
const ADD_WITHOUT_DOT = /^(Add|Corr|Rev|Amend)\d+$/;
const SESSION_OR_SPECIAL_SESSION = /^(ES|S)-\d+$/;
const RESOLUTION_SERIAL = /^(?:(ES|S)-)?\d+$/;

export function scanSymbols(line: string, lineIndex: number, out: DocumentSymbolReference[]): void {
  if (line.indexOf('/') === -1) return;
  // URLs are looked for once the line has a symbol: most lines with one have none.
  let urls: [number, number][] | undefined;
  SYMBOL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SYMBOL.exec(line))) {
    const start = m.index;
    urls ??= line.indexOf('://') !== -1 || line.indexOf('www.') !== -1 ? urlSpans(line) : [];
    if (urls.some(([a, b]) => start >= a && start < b)) continue;
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

function urlSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  URL.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = URL.exec(line))) spans.push([u.index, u.index + u[0].length]);
  return spans;
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
  const first = matchInitials(tokens, new Array(tokens.length), letters, tokens.length - 1, letters.length - 1);
  if (first === undefined || first >= tokens.length) return undefined;
  const full = tokens.slice(first).join(' ').replace(/,$/, '');
  return full.length > short.length ? full : undefined;
}

/**
 * Matches the short form's letters `letters[0..li]` right to left against the initials of
 * `tokens[0..ti]`: every word supplies a letter (or one per hyphenated part), except glue words
 * ("and", "of"), which may ("UNCTAD"). Returns the index of the first word used, or undefined.
 * `plain` holds the plain words, worked out only for the words the match reaches.
 */
function matchInitials(tokens: string[], plain: (string | undefined)[], letters: string, ti: number, li: number): number | undefined {
  if (li < 0) return ti + 1;
  if (ti < 0) return undefined;
  const word = (plain[ti] ??= plainWord(tokens[ti]));
  if (EN_GLUE.has(word)) {
    if (word.charCodeAt(0) === letters.charCodeAt(li)) {
      const used = matchInitials(tokens, plain, letters, ti - 1, li - 1);
      if (used !== undefined) return used;
    }
    return matchInitials(tokens, plain, letters, ti - 1, li);
  }
  let l = li;
  // The initials of the hyphenated parts, last first ("multi-stakeholder": s, m).
  for (let i = word.length - 1; i >= 0 && l >= 0; i--) {
    const c = word.charCodeAt(i);
    if (c !== 0x2d && (i === 0 || word.charCodeAt(i - 1) === 0x2d) && c === letters.charCodeAt(l)) l--;
  }
  return l === li ? undefined : matchInitials(tokens, plain, letters, ti - 1, l);
}

const NOT_WORD_CHARACTER = /[^a-z-]/;

/** The word in lower case, letters and hyphens only ("Multi-stakeholder," -> "multi-stakeholder"). */
function plainWord(token: string): string {
  const lower = token.toLowerCase();
  return NOT_WORD_CHARACTER.test(lower) ? lower.replace(/[^a-z-]/g, '') : lower;
}
