import type {
  BareFootnoteCitation,
  DocumentKind,
  DocumentModel,
  DocumentSymbolReference,
  FootnoteMarker,
  Heading,
  HeadingKind,
  Language,
} from '../model';
import { firstNotBefore } from '../sorted';
import { ArrayLines, range, splitLines, type LineSource } from '../text';
import { CHINESE_DATE, ENGLISH_DATE, isoFromChinese, isoFromEnglish } from './dates';
import { ParsedDocument } from './document';
import { MARKER_START, splitWithFeatures } from './features';
import { LineScans, type LineCache, type LineOutputs } from './line-cache';
import { afterSpaces, isSpace, isTopicCandidate, markerStartBefore, type LineInfo } from './lines';
import type { LineTable } from './line-table';
import { isDigit } from './numerals';
import { CrossReferenceRows } from './cross-reference-rows';
import { FootnoteMarkerRows } from './marker-rows';
import { FootnoteTextRows } from './footnote-text-rows';
import { ParagraphRows } from './paragraph-rows';
import { ResolutionRows } from './resolution-rows';
import { initialCapacity } from './rows';

export interface ParseOptions {
  language?: Language | 'auto';
  /** The same document's previous parse, to reuse the work on unchanged lines (the editor passes one per document). */
  cache?: LineCache;
}

const DEPTH: Record<HeadingKind, number> = { chapter: 1, section: 2, subsection: 3, lettered: 4, 'action-line': 4, topic: 5 };
const IBID = /^(?:ibid\b|idem\b|同上|同前)/i;
const BARE_FOOTNOTE_TEXT = /^(\d{1,3})\s+(?=\S)(?!\d)/;

export function parseDocument(text: string, options: ParseOptions = {}): DocumentModel {
  if (options.cache) return parseLines(splitLines(text).lines, options);
  // Without a cache, one pass over the whole text finds the lines' features (quicker than line by line),
  // and the model reads its lines from the text: it keeps no string per line.
  const { features, textLines } = splitWithFeatures(text);
  return parse(textLines, features, named(options.language) ?? languageOf(text, text.charCodeAt(0) === 0xfeff ? 1 : 0), undefined);
}

/**
 * Parses a document already split into lines as splitLines splits them (the editor keeps its
 * documents' lines edit by edit). The model keeps `lines`: the caller must not change the array.
 */
export function parseLines(lines: string[], options: ParseOptions = {}): DocumentModel {
  const cache = options.cache && lines.length <= options.cache.maxLines ? options.cache : undefined;
  if (!cache) options.cache?.clear();
  return parse(new ArrayLines(lines), undefined, named(options.language) ?? languageOf(head(lines), 0), cache);
}

/** `lines`: the text's lines, or the editor's; the model keeps them. */
function parse(lines: LineSource, features: Uint8Array | undefined, language: Language, cache: LineCache | undefined): DocumentModel {
  const capacity = initialCapacity(lines.count);
  const outputs: LineOutputs = {
    crossReferences: new CrossReferenceRows(capacity),
    resolutions: new ResolutionRows(capacity),
    symbols: [],
    markers: new FootnoteMarkerRows(capacity),
    abbreviationLines: [],
  };
  const scans = new LineScans(lines, cache?.last, outputs, features);
  const table = scans.classified.withFences();

  const headerEnd = findHeaderEnd(table, lines);
  const kind: DocumentKind = opensResolution(table, headerEnd) ? 'resolution' : 'report';
  const builder = new ModelBuilder(lines, scans, table, kind, outputs, capacity);
  builder.build(headerEnd);

  const model = builder.model(language, headerEnd);
  if (cache) cache.last = scans.snapshot();
  return model;
}

function opensResolution(table: LineTable, headerEnd: number): boolean {
  for (let i = 0; i <= headerEnd && i < table.count; i++) if (table.kind(i) === 'resolution-opening') return true;
  return false;
}

/** The header runs to the first chapter, section, numbered paragraph or "The General Assembly,". */
function findHeaderEnd(table: LineTable, lines: LineSource): number {
  for (let i = 0; i < table.count; i++) {
    const k = table.kind(i);
    if (k === 'chapter' || k === 'section' || k === 'resolution-opening') return i;
    if (k === 'numbered' && !table.suffix(i)) return i;
    if (k === 'lettered' && table.info(i, lines).code) return i;
  }
  return table.count;
}

class ModelBuilder {
  readonly headings: Heading[] = [];
  readonly headingRoots: Heading[] = [];
  paragraphs: ParagraphRows;
  /** Each heading's index in `headings`, for the paragraphs' rows. */
  private readonly headingIndex = new Map<Heading, number>();
  readonly texts: FootnoteTextRows;
  readonly bareTextCandidates: number[] = [];
  private readonly stack: Heading[] = [];
  /** The row of the paragraph the lines now extend, or -1. */
  private open = -1;
  /** The row of the footnote text the lines now extend, or -1. */
  private openFootnote = -1;
  private lastNumbered = -1;
  private lastNumber = 0;
  private sawOperative = false;
  private footnoteSinceParagraph = false;
  private paragraphByLine: Int32Array;
  private readonly markers: FootnoteMarkerRows;

  constructor(
    /** The lines as the model keeps them (the text and where each line starts, or the editor's lines). */
    private readonly textLines: LineSource,
    private readonly scans: LineScans,
    /** The lines' classes, code fences taken into account. */
    private readonly table: LineTable,
    private readonly kind: DocumentKind,
    private readonly outputs: LineOutputs,
    /** How many rows of each kind to make room for at first (initialCapacity). */
    capacity: number,
  ) {
    this.markers = outputs.markers;
    this.texts = new FootnoteTextRows(textLines, capacity);
    this.paragraphs = new ParagraphRows(textLines, this.headings, capacity);
    this.paragraphByLine = new Int32Array(textLines.count).fill(-1);
  }

  build(headerEnd: number): void {
    // "Introduction" / "导言" just before the first paragraph heads the body, though it sits in the
    // header: a line with only blank lines after it in the header may be that heading.
    const lastHeaderContent = this.lastContentBefore(headerEnd);
    // The header's few lines are read apart from the body's: they run before V8 collects type
    // feedback, and code compiled for the body without it was thrown away at the first line of the
    // next check (the first edits after opening a document paid for compiling it again).
    this.header(headerEnd, lastHeaderContent);
    // A call per line rather than one long loop body: the call is optimized during the first
    // check, instead of by on-stack replacement in the middle of each of the first few checks.
    for (let i = headerEnd; i < this.textLines.count; i++) this.line(i);
    this.close();
  }

  private header(headerEnd: number, lastHeaderContent: number): void {
    for (let i = 0; i < headerEnd; i++) {
      this.references(i);
      if (i === headerEnd - 1 || i >= lastHeaderContent) this.maybeTopic(i, headerEnd);
    }
  }

  private references(i: number): void {
    const kind = this.table.kind(i);
    this.scans.references(i, kind !== 'blank' && kind !== 'furniture');
  }

  private line(i: number): void {
    const table = this.table;
    const kind = table.kind(i);
    this.references(i);
    switch (kind) {
      case 'blank':
      case 'furniture':
      case 'fence':
      case 'resolution-opening':
      case 'note':
        this.close();
        break;
      case 'footnote-text':
        this.close();
        this.startFootnote(i);
        break;
      case 'chapter':
      case 'section': {
        this.close();
        const info = table.info(i, this.textLines);
        this.addHeading(this.isSectionLetter(info) ? 'section' : kind, i, info);
        break;
      }
      case 'lettered': {
        this.close();
        const info = table.info(i, this.textLines);
        this.addHeading(info.code ? 'action-line' : 'lettered', i, info);
        break;
      }
      case 'numbered':
        this.numbered(i);
        break;
      case 'subparagraph':
        this.continueOrAttach(i);
        break;
      case 'text':
        this.textLine(i);
        break;
    }
    // Lines inside code fences (and page furniture) hold no footnote markers.
    if (this.scans.features[i] & MARKER_START && kind !== 'footnote-text' && kind !== 'note' && kind !== 'furniture' && this.openFootnote === -1) {
      this.scans.markers(i, table.contentStart(i));
    }
  }

  /** The last line before `end` that is not blank, or -1. */
  private lastContentBefore(end: number): number {
    let j = end - 1;
    while (j >= 0 && this.table.kind(j) === 'blank') j--;
    return j;
  }

  private maybeTopic(i: number, headerEnd: number): void {
    if (this.table.kind(i) !== 'text' || !isTopicCandidate(this.textLines.line(i))) return;
    if (i > 0 && this.table.kind(i - 1) !== 'blank') return;
    if (i + 1 < headerEnd && this.table.kind(i + 1) !== 'blank') return;
    this.addTopic(i, this.table.info(i, this.textLines));
  }

  /**
   * "C." and "I." read as roman chapters, but a chapter label continues the chapters before it
   * (I after nothing, V after IV); otherwise, inside a chapter, the letter is a section.
   */
  private isSectionLetter(info: LineInfo): boolean {
    if (info.kind !== 'chapter' || info.label!.length !== 1 || !/[IVXLC]/.test(info.label!)) return false;
    const letterOrdinal = info.label!.charCodeAt(0) - 64;
    const section = [...this.stack].reverse().find((h) => h.kind === 'section');
    if (section && section.ordinal === letterOrdinal - 1) return true;
    const chapter = this.stack.find((h) => h.kind === 'chapter');
    if (!chapter) return info.ordinal! > 2 && this.stack.length > 0;
    if (!/^[IVXLC]+$/.test(chapter.label)) return true;
    return !(info.ordinal! > chapter.ordinal && info.ordinal! <= chapter.ordinal + 2);
  }

  private numbered(i: number): void {
    const table = this.table;
    const n = table.ordinal(i);
    const suffix = table.suffix(i);
    const expected = this.lastNumber + 1;
    const prevBlankOrStart = i === 0 || table.kind(i - 1) === 'blank' || table.kind(i - 1) === 'furniture';
    // A number far beyond the sequence in the middle of a block is wrapped text ("... in\n2020. The ...").
    if (!prevBlankOrStart && this.open !== -1 && n !== expected && !endsSentence(this.textLines.line(i - 1))) {
      this.continueOrAttach(i);
      return;
    }
    // A subsection heading stands on a line of its own; a hard-wrapped paragraph runs on.
    if (table.headingLike(i) && !suffix && this.endsBlock(i) && (n !== expected || this.nextNumberedIs(i, n))) {
      this.close();
      this.addHeading('subsection', i, table.info(i, this.textLines));
      return;
    }
    if (!suffix && n > Math.max(expected * 3, expected + 200)) {
      this.textLine(i);
      return;
    }
    this.close();
    const p = this.newParagraph(i, n, table.titleStart(i));
    this.paragraphs.setSuffix(p, suffix);
    this.paragraphs.numberAt(p, table.contentStart(i), table.labelEnd(i));
    if (!suffix) this.lastNumber = n;
    this.lastNumbered = p;
    this.sawOperative = true;
  }

  private endsBlock(i: number): boolean {
    if (i + 1 >= this.table.count) return true;
    const next = this.table.kind(i + 1);
    return next === 'blank' || next === 'furniture';
  }

  private nextNumberedIs(i: number, n: number): boolean {
    for (let j = i + 1; j < Math.min(this.table.count, i + 60); j++) {
      const kind = this.table.kind(j);
      if (kind === 'numbered') return this.table.ordinal(j) === n && !this.table.headingLike(j);
      if (kind === 'chapter' || kind === 'section') return false;
    }
    return false;
  }

  private textLine(i: number): void {
    if (this.openFootnote !== -1) {
      this.extendFootnote(i);
      return;
    }
    if (this.open !== -1) {
      this.extend(this.open, i);
      return;
    }
    const line = this.textLines.line(i);
    const standsAlone = (i === 0 || this.table.kind(i - 1) === 'blank') && (i + 1 >= this.textLines.count || this.table.kind(i + 1) === 'blank');
    if (this.kind === 'report' && standsAlone && isTopicCandidate(line)) {
      this.addTopic(i, this.table.info(i, this.textLines));
      return;
    }
    const contentStart = this.table.contentStart(i);
    const bare = BARE_FOOTNOTE_TEXT.exec(line.slice(contentStart));
    if (bare) this.bareTextCandidates.push(i);
    // In a report, text after a page foot's footnotes continues the paragraph the page broke.
    if (this.kind === 'report' && this.lastNumbered !== -1 && this.footnoteSinceParagraph && !bare) {
      this.open = this.lastNumbered;
      this.extend(this.lastNumbered, i);
      return;
    }
    const p = this.newParagraph(i, null, contentStart);
    if (this.kind === 'resolution' && !this.sawOperative) this.paragraphs.setPreamble(p);
  }

  private continueOrAttach(i: number): void {
    if (this.openFootnote !== -1) return this.extendFootnote(i);
    const target = this.open !== -1 ? this.open : this.lastNumbered;
    if (target !== -1) {
      this.open = target;
      this.extend(target, i);
    } else {
      this.newParagraph(i, null, this.table.contentStart(i));
    }
  }

  /** Starts a paragraph on line i, its text from `contentStart`; returns its row. */
  private newParagraph(i: number, n: number | null, contentStart: number): number {
    const heading = this.stack[this.stack.length - 1];
    const p = this.paragraphs.add(n, i, contentStart, heading ? this.headingIndex.get(heading)! : -1);
    this.paragraphByLine[i] = p;
    this.open = p;
    this.footnoteSinceParagraph = false;
    return p;
  }

  private extend(p: number, i: number): void {
    this.paragraphs.extendTo(p, i);
    this.paragraphByLine[i] = p;
  }

  private startFootnote(i: number): void {
    const t = this.table;
    const markerEnd = t.markerEnd(i);
    const isIbid = isIbidFrom(this.textLines.line(i), markerEnd);
    this.openFootnote = this.texts.add(t.footnoteNumber(i), t.markerStyle(i), i, markerEnd, isIbid, t.contentStart(i), markerEnd, t.digitsStart(i), t.digitsEnd(i));
    this.footnoteSinceParagraph = true;
  }

  private extendFootnote(i: number): void {
    this.texts.extendTo(this.openFootnote, i);
  }

  private close(): void {
    this.open = -1;
    this.openFootnote = -1;
  }

  private addTopic(i: number, info: LineInfo): void {
    const line = this.textLines.line(i);
    const start = info.contentStart;
    const title = line.slice(start).trim().replace(/\*\*/g, '');
    const h = this.makeHeading('topic', i, '', 0, title, range(i, start, start), range(i, start, line.trimEnd().length));
    const parent = this.stack[this.stack.length - 1];
    // A topic is a leaf: it does not stay on the stack, but paragraphs after it belong to it.
    this.attach(h, parent && parent.kind === 'topic' ? parent.parent : parent);
    if (parent && parent.kind === 'topic') this.stack.pop();
    this.stack.push(h);
  }

  private addHeading(kind: HeadingKind, i: number, info: LineInfo): void {
    const line = this.textLines.line(i);
    const titleEnd = info.code ? info.codeStart! - 1 : line.trimEnd().length;
    const h = this.makeHeading(
      kind,
      i,
      info.label!,
      kind === 'section' && info.kind === 'chapter' ? info.label!.charCodeAt(0) - 64 : info.ordinal!,
      info.title!,
      range(i, info.labelStart!, info.labelEnd!),
      range(i, info.titleStart!, Math.max(info.titleStart!, titleEnd)),
    );
    if (info.code) {
      h.code = info.code;
      h.codeRange = range(i, info.codeStart!, info.codeStart! + line.slice(info.codeStart!).search(/\s*[)）]/));
    }
    while (this.stack.length && this.stack[this.stack.length - 1].depth >= h.depth) this.stack.pop();
    this.attach(h, this.stack[this.stack.length - 1]);
    this.stack.push(h);
  }

  private makeHeading(kind: HeadingKind, i: number, label: string, ordinal: number, title: string, labelRange: Heading['labelRange'], titleRange: Heading['titleRange']): Heading {
    return { kind, label, ordinal, title, line: i, range: range(i, 0, this.textLines.lineLength(i)), labelRange, titleRange, depth: DEPTH[kind], children: [] };
  }

  private attach(h: Heading, parent: Heading | undefined): void {
    h.parent = parent;
    if (parent) parent.children.push(h);
    else this.headingRoots.push(h);
    this.headingIndex.set(h, this.headings.length);
    this.headings.push(h);
  }

  model(language: Language, headerEnd: number): DocumentModel {
    const cited = citedNumbers(this.markers);
    const bareTexts = this.adoptBareFootnoteTexts(cited);
    const texts = bareTexts.length ? this.texts.mergedWith(bareTexts) : this.texts;
    const bareCitations = findBareCitations(this.textLines, this.markers, cited, texts, this.table);
    const header = { lines: headerEnd > 0 ? ([0, headerEnd - 1] as [number, number]) : null } as DocumentModel['header'];
    header.symbol = headerSymbol(this.outputs.symbols, this.table, headerEnd);
    header.date = findHeaderDate(this.textLines, Math.min(headerEnd, 60));
    return new ParsedDocument(this.textLines, this.paragraphByLine, {
      language,
      kind: this.kind,
      header,
      headings: this.headings,
      headingRoots: this.headingRoots,
      paragraphRows: this.paragraphs,
      footnoteMarkerRows: this.markers,
      footnoteTextRows: texts,
      bareFootnoteCitations: bareCitations,
      crossReferenceRows: this.outputs.crossReferences,
      resolutionRows: this.outputs.resolutions,
      symbols: this.outputs.symbols,
      abbreviationLines: this.outputs.abbreviationLines,
    });
  }

  /** "19 第 69/313 号决议,附件。": a footnote text whose marker was lost, for a number cited by a marker that has no text. */
  /** `cited`: citedNumbers of the markers. */
  private adoptBareFootnoteTexts(cited: Uint8Array): FootnoteTextRows {
    const adopted = new FootnoteTextRows(this.textLines);
    if (!this.bareTextCandidates.length) return adopted;
    const withText = new Set<number>();
    for (let k = 0; k < this.texts.length; k++) withText.add(this.texts.number(k));
    const dropped = new Set<number>();
    for (const i of this.bareTextCandidates) {
      const start = this.table.contentStart(i);
      const line = this.textLines.line(i);
      const m = BARE_FOOTNOTE_TEXT.exec(line.slice(start))!;
      const n = Number(m[1]);
      if (cited[n] !== 1 || withText.has(n)) continue;
      withText.add(n);
      // The unnumbered paragraph the line started is a footnote text after all.
      const index = this.paragraphByLine[i];
      if (index !== -1 && this.paragraphs.line(index) === i && this.paragraphs.number(index) === null) dropped.add(index);
      const bodyStart = start + m[0].length;
      const digitsEnd = start + m[1].length;
      adopted.add(n, 'bare', i, bodyStart, IBID.test(line.slice(bodyStart).trim()), start, digitsEnd, start, digitsEnd);
    }
    if (dropped.size) this.dropParagraphs(dropped);
    return adopted;
  }

  /** Removes paragraphs by index, in one pass over the paragraphs and one over the lines. */
  private dropParagraphs(dropped: Set<number>): void {
    const { rows, newIndex } = this.paragraphs.without(dropped);
    this.paragraphs = rows;
    const byLine = this.paragraphByLine;
    for (let l = 0; l < byLine.length; l++) if (byLine[l] >= 0) byLine[l] = newIndex[byLine[l]];
  }
}

/**
 * A line that ends a sentence, perhaps followed by a footnote marker ("... barrier.²"): a match of
 * /[.。;；:：]\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]|<sup>\d+<\/sup>|\$\^\{?\d+\}?\$)?\s*$/, read from the end (the
 * regex split a long run of blanks between its two \s* in every way before it failed: quadratic).
 * Every marker ends in a character that is neither a blank nor such punctuation, so the line ends,
 * blanks aside, either in the punctuation, or in a marker with only blanks between it and the
 * punctuation; a marker can end there in one way only, a run of superscripts aside, and a run can
 * follow blanks or punctuation only from its first superscript.
 */
function endsSentence(line: string): boolean {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (isSentencePunctuation(line.charCodeAt(end - 1))) return true;
  let start = markerStartBefore(line, end);
  if (start === -1) return false;
  while (start > 0 && isSpace(line.charCodeAt(start - 1))) start--;
  return start > 0 && isSentencePunctuation(line.charCodeAt(start - 1));
}

/** [.。;；:：] */
function isSentencePunctuation(c: number): boolean {
  return c === 0x2e || c === 0x3002 || c === 0x3b || c === 0xff1b || c === 0x3a || c === 0xff1a;
}

/** Where a footnote without a marker may have been cited: between the first markers of its neighbours. */
interface BareSpan {
  number: number;
  /** The number as it would be written: its digits (see findBareCitations). */
  digits: string;
  before: FootnoteMarker;
  after: FootnoteMarker;
}

/**
 * Extracted documents sometimes lose a marker's superscript: "号决议 52 与" stands for "号决议⁵² 与".
 * For each footnote that has a text but no marker, look for its number standing alone between
 * the markers of its neighbours: the first such number, in reading order, that starts at or after
 * the end of the first marker of n - 1 and before the start of the first marker of the nearest of
 * n + 1 to n + 3, on a line that is neither a footnote text nor page furniture.
 *
 * The spans of different numbers overlap (markers cited out of order, or many on one line), so a
 * search per number through its span took time quadratic in the document: one pass over the
 * lines the spans cover finds every standalone number with the digits of some missing footnote,
 * and each missing footnote looks up the first of its own in its span.
 */
function findBareCitations(lines: LineSource, markers: FootnoteMarkerRows, cited: Uint8Array, texts: FootnoteTextRows, table: LineTable): BareFootnoteCitation[] {
  if (!texts.length) return [];
  // Once per number: two texts with the same uncited number must not yield the same citation twice.
  const uncited = new Set<number>();
  for (let k = 0; k < texts.length; k++) if (cited[texts.number(k)] !== 1) uncited.add(texts.number(k));
  const missing = [...uncited];
  if (!missing.length) return [];
  // Number -> the row of its first marker.
  const firstAt = new Map<number, number>();
  for (let k = 0; k < markers.length; k++) if (!firstAt.has(markers.number(k))) firstAt.set(markers.number(k), k);
  const firstMarker = (n: number) => {
    const k = firstAt.get(n);
    return k === undefined ? undefined : markers.at(k);
  };
  const spans: BareSpan[] = [];
  for (const n of missing) {
    const before = firstMarker(n - 1);
    let after: FootnoteMarker | undefined;
    for (let k = n + 1; k <= n + 3 && !after; k++) after = firstMarker(k);
    // n - 1 is a marker's number, six digits at most: n is a whole number and String(n) its digits.
    if (before && after && before.line <= after.line) spans.push({ number: n, digits: String(n), before, after });
  }
  if (!spans.length) return [];
  const standalone = standaloneNumbers(lines, table, spans);
  const found: BareFootnoteCitation[] = [];
  for (const { number, digits, before, after } of spans) {
    const at = standalone.get(digits)!;
    const i = firstAtOrAfter(at, before.line, before.range.end.character);
    if (i === at.length) continue;
    const l = at[i];
    const c = at[i + 1];
    if (l < after.line || (l === after.line && c < after.range.start.character)) found.push({ number, range: range(l, c, c + digits.length), line: l });
  }
  return found;
}

/** 1 at each number a marker cites (a marker's number has at most six digits): a Set of them cost a long draft a large hash table. */
function citedNumbers(markers: FootnoteMarkerRows): Uint8Array {
  let max = 0;
  for (let k = 0; k < markers.length; k++) max = Math.max(max, markers.number(k));
  const cited = new Uint8Array(max + 1);
  for (let k = 0; k < markers.length; k++) cited[markers.number(k)] = 1;
  return cited;
}

const DIGIT = /\d/g;

/**
 * Where the numbers the spans look for stand alone, on the lines the spans cover (each read once):
 * for each span's digits, its places as line, column, line, column... in reading order. A number
 * stands alone where /(?<=[\s,，、。)）》"”])N(?=[\s,，、。]|$)(?!\s*(?:年|月|日|%|个|项|段|号|次|名|亿|万|千|年度|\d))/
 * finds it: a whole run of digits after a blank, a comma, a full stop or a closing bracket or
 * quote, before a blank, a comma, a full stop or the end of the line, and, blanks aside, before no
 * year, date, count or paragraph (年 月 日 % 个 项 段 号 次 名 亿 万 千) and no further digits.
 * Footnote texts and page furniture hold no citations.
 */
function standaloneNumbers(lines: LineSource, table: LineTable, spans: BareSpan[]): Map<string, number[]> {
  const places = new Map<string, number[]>();
  let longest = 0;
  for (const s of spans) {
    places.set(s.digits, []);
    longest = Math.max(longest, s.digits.length);
  }
  const covered = spans.map((s) => [s.before.line, s.after.line]).sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const [first, last] of covered) {
    for (let l = Math.max(first, next); l <= last; l++) {
      const kind = table.kind(l);
      if (kind === 'footnote-text' || kind === 'furniture') continue;
      const line = lines.line(l);
      const length = line.length;
      DIGIT.lastIndex = 0;
      while (DIGIT.test(line)) {
        const start = DIGIT.lastIndex - 1;
        let end = start + 1;
        while (end < length && isDigit(line.charCodeAt(end))) end++;
        DIGIT.lastIndex = end;
        if (end - start > longest || start === 0 || !mayPrecedeNumber(line.charCodeAt(start - 1))) continue;
        if (end < length && !mayFollowNumber(line.charCodeAt(end))) continue;
        const j = afterSpaces(line, end);
        if (j < length && countsSomething(line.charCodeAt(j))) continue;
        places.get(line.slice(start, end))?.push(l, start);
      }
    }
    next = Math.max(next, last + 1);
  }
  return places;
}

/** The first place (an even index into `places`) at or after line `line`, column `column`; `places.length` if none. */
function firstAtOrAfter(places: number[], line: number, column: number): number {
  return 2 * firstNotBefore(places.length / 2, (k) => places[2 * k] < line || (places[2 * k] === line && places[2 * k + 1] < column));
}

/** [\s,，、。)）》"”] */
function mayPrecedeNumber(c: number): boolean {
  return mayFollowNumber(c) || c === 0x29 || c === 0xff09 || c === 0x300b || c === 0x22 || c === 0x201d;
}

/** [\s,，、。] */
function mayFollowNumber(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3002;
}

/** A digit, or what makes a number a year, a date, a count or a paragraph: 年 月 日 % 个 项 段 号 次 名 亿 万 千. */
function countsSomething(c: number): boolean {
  switch (c) {
    case 0x5e74: case 0x6708: case 0x65e5: case 0x25: case 0x4e2a: case 0x9879: case 0x6bb5: case 0x53f7: case 0x6b21: case 0x540d: case 0x4ebf: case 0x4e07: case 0x5343:
      return true;
    default:
      return isDigit(c);
  }
}

// A top-level function: a closure over the builder in model() would keep the builder (the lines'
// classes) alive as long as the model, through the context it shares with paragraphAtLine.
function headerSymbol(symbols: DocumentSymbolReference[], table: LineTable, headerEnd: number): DocumentSymbolReference | undefined {
  return symbols.find((s) => s.line < Math.min(headerEnd, 12) && table.kind(s.line) !== 'note');
}

/** Whether the footnote text that starts at `from` is "Ibid." or "同上" (after a run of stars or a colon, if any). */
function isIbidFrom(line: string, from: number): boolean {
  const at = afterSpaces(line, from);
  // Most footnote texts open with none of the characters IBID or a star or colon can start with: no copy of the text.
  const c = line.charCodeAt(at);
  if (c !== 0x69 /* i */ && c !== 0x49 /* I */ && c !== 0x540c /* 同 */ && !isStarOrColon(c)) return false;
  const body = line.slice(at).trimEnd();
  return IBID.test(isStarOrColon(c) ? body.replace(/^\*+|^[:：]\s*/g, '') : body);
}

function isStarOrColon(c: number): boolean {
  return c === 0x2a /* * */ || c === 0x3a /* : */ || c === 0xff1a /* ： */;
}

function findHeaderDate(lines: LineSource, until: number): DocumentModel['header']['date'] {
  for (let i = 0; i < until; i++) {
    const line = lines.line(i);
    const en = ENGLISH_DATE.exec(line);
    if (en) {
      const iso = isoFromEnglish(en);
      if (iso) return { iso, range: range(i, en.index, en.index + en[0].length) };
    }
    const zh = CHINESE_DATE.exec(line);
    if (zh && !/至/.test(line)) {
      const iso = isoFromChinese(zh);
      if (iso) return { iso, range: range(i, zh.index, zh.index + zh[0].length) };
    }
  }
  return undefined;
}

/** How many characters of the document (line breaks and a BOM aside) tell its language. */
const LANGUAGE_SAMPLE = 20000;

/** The first lines, joined, up to LANGUAGE_SAMPLE characters: one flat string reads faster than slices of the text. */
function head(lines: string[]): string {
  let chars = 0;
  let k = 0;
  while (k < lines.length && chars < LANGUAGE_SAMPLE) chars += lines[k++].length;
  return lines.slice(0, k).join('\n');
}

/** The language the caller names, if it names one. */
function named(requested: ParseOptions['language']): Language | undefined {
  return requested && requested !== 'auto' ? requested : undefined;
}

/** The language the script of the first LANGUAGE_SAMPLE characters from `from` says (line breaks not counted). */
function languageOf(text: string, from: number): Language {
  // Counted a block at a time with no branch per character: line breaks count in a slot of their own.
  const counts = new Int32Array(5);
  let i = from;
  for (;;) {
    const left = LANGUAGE_SAMPLE - (i - from - counts[LINE_BREAK]);
    if (left <= 0 || i >= text.length) break;
    // Stop once the characters left could not change the verdict.
    if (i > from && decided(counts, left)) break;
    // A block of at most `left` positions counts at most `left` characters.
    const end = Math.min(text.length, i + Math.min(left, 1024));
    for (; i < end; i++) counts[SCRIPT_OF[text.charCodeAt(i)]]++;
  }
  return verdict(counts);
}

function verdict(counts: Int32Array): Language {
  const cjk = counts[CJK];
  const latin = counts[LATIN];
  if (cjk * 2 > latin && cjk > 0) return 'zh';
  if (counts[CYRILLIC_OR_ARABIC] > latin) return 'other';
  return 'en';
}

/** Whether `left` more characters, whatever their script, would leave the verdict as it is. */
function decided(counts: Int32Array, left: number): boolean {
  const cjk = counts[CJK];
  const latin = counts[LATIN];
  const other = counts[CYRILLIC_OR_ARABIC];
  if (cjk > 0 && cjk * 2 > latin + left) return true;
  if ((cjk + left) * 2 > latin) return false;
  return other > latin + left || other + left <= latin;
}

const CJK = 1;
const LATIN = 2;
const CYRILLIC_OR_ARABIC = 3;
const LINE_BREAK = 4;
/** The script each character counts for in languageOf (0: none); a lookup instead of branches. */
const SCRIPT_OF = new Uint8Array(0x10000);
SCRIPT_OF.fill(CJK, 0x4e00, 0xa000);
SCRIPT_OF.fill(LATIN, 65, 91);
SCRIPT_OF.fill(LATIN, 97, 123);
SCRIPT_OF.fill(CYRILLIC_OR_ARABIC, 0x400, 0x500);
SCRIPT_OF.fill(CYRILLIC_OR_ARABIC, 0x600, 0x700);
SCRIPT_OF[0x0a] = LINE_BREAK;
SCRIPT_OF[0x0d] = LINE_BREAK;
