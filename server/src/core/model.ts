import type { Range } from './text';

export type Language = 'en' | 'zh' | 'other';
export type DocumentKind = 'report' | 'resolution';

export type HeadingKind = 'chapter' | 'section' | 'subsection' | 'lettered' | 'action-line' | 'topic';

export interface Heading {
  kind: HeadingKind;
  /** The label as written: "I", "一", "A", "1", "a"; empty for topics. */
  label: string;
  /** The label's position in its sequence (I = 1, 一 = 1, A = 1, a = 1); 0 for topics. */
  ordinal: number;
  title: string;
  line: number;
  range: Range;
  labelRange: Range;
  titleRange: Range;
  /** For action-line headings: "C5" as written, and its range. */
  code?: string;
  codeRange?: Range;
  /** Nesting depth: chapter 1, section 2, subsection 3, lettered/action-line 4, topic below its parent. */
  depth: number;
  parent?: Heading;
  children: Heading[];
}

export interface Paragraph {
  /** Null for unnumbered blocks (preambular paragraphs, notes, captions). */
  number: number | null;
  /** "5 bis" style insertions in negotiation drafts are numbered but outside the sequence. */
  suffix?: string;
  numberRange?: Range;
  /** From the first line to the last line of the paragraph. */
  range: Range;
  firstLine: number;
  lastLine: number;
  firstWords: string;
  /** The first sentence, for hovers. */
  firstSentence: string;
  heading?: Heading;
  preamble: boolean;
}

/** The paragraphs, in columns (see ResolutionRows), in line order. */
export interface ParagraphRows {
  readonly length: number;
  /** The paragraph's first line. */
  line(k: number): number;
  lastLine(k: number): number;
  number(k: number): number | null;
  /** Numbered "5 bis" and the like, outside the sequence. */
  hasSuffix(k: number): boolean;
  at(k: number): Paragraph;
  onLine(line: number): Paragraph[];
}

export type MarkerStyle = 'superscript' | 'caret' | 'sup-tag' | 'latex' | 'bare';

export interface FootnoteMarker {
  number: number;
  style: MarkerStyle;
  /** Range of the whole marker ("<sup>3</sup>"). */
  range: Range;
  /** Range of the digits only (what renumbering replaces). */
  digitsRange: Range;
  line: number;
}

/** The footnote markers, in columns (see ResolutionRows). */
export interface FootnoteMarkerRows {
  readonly length: number;
  line(k: number): number;
  number(k: number): number;
  style(k: number): MarkerStyle;
  /** Where the marker starts on its line. */
  start(k: number): number;
  at(k: number): FootnoteMarker;
  onLine(line: number): FootnoteMarker[];
}

export interface FootnoteText {
  number: number;
  style: MarkerStyle;
  markerRange: Range;
  digitsRange: Range;
  /** From the marker to the end of the last line of the text. */
  range: Range;
  text: string;
  line: number;
  /** The text's last line (range.end.line). */
  lastLine: number;
  isIbid: boolean;
}

/** The footnote texts, in columns (see ResolutionRows), in line order; no two share a line. */
export interface FootnoteTextRows {
  readonly length: number;
  /** The text's first line, where its marker is. */
  line(k: number): number;
  lastLine(k: number): number;
  number(k: number): number;
  isIbid(k: number): boolean;
  at(k: number): FootnoteText;
  onLine(line: number): FootnoteText[];
}

export type Direction = 'above' | 'below';

export interface CrossReference {
  /** The paragraphs referred to: one number, or both ends of a span ("paras. 2 to 4"). */
  numbers: number[];
  numberRanges: Range[];
  direction?: Direction;
  range: Range;
  line: number;
  /** Internal references point into this document; "para. 111 of the Tunis Agenda" does not. */
  internal: boolean;
}

/** The cross-references, in columns (see ResolutionRows). */
export interface CrossReferenceRows {
  readonly length: number;
  line(k: number): number;
  internal(k: number): boolean;
  direction(k: number): Direction | undefined;
  /** 1, or 2 for a span or a pair ("paras. 2 to 4"). */
  numberCount(k: number): number;
  /** Its ith paragraph number (i < numberCount(k)). */
  number(k: number, i: number): number;
  at(k: number): CrossReference;
  onLine(line: number): CrossReference[];
}

export type Organ = 'GA' | 'ECOSOC' | 'SC' | 'HRC' | 'unknown';

export interface CitedDate {
  iso: string;
  range: Range;
}

export interface ResolutionReference {
  organ: Organ;
  /** Normalised number: "70/125", "2006/46", "ES-10/23", "217 A (III)", "2334 (2016)". */
  number: string;
  /** Session (GA) or year (ECOSOC, SC) when the number has one. */
  session?: number;
  serial?: number;
  range: Range;
  line: number;
  date?: CitedDate;
  kind: 'resolution' | 'decision';
}

/**
 * The resolutions cited, in columns: what a pass over all of them reads, with no object made per
 * citation (parse/rows.ts says why). Row k is the kth citation in reading order.
 */
export interface ResolutionRows {
  readonly length: number;
  line(k: number): number;
  organ(k: number): Organ;
  kind(k: number): 'resolution' | 'decision';
  number(k: number): string;
  /** Equal for equal numbers, and made without a string for most ("70/125"). */
  numberKey(k: number): number | string;
  session(k: number): number | undefined;
  /** The date cited with it as yyyymmdd (20151216), 0 when none. */
  dateValue(k: number): number;
  /** Where row k's number is written (at(k).range, without the rest of the object). */
  range(k: number): Range;
  /** Row k as an object, made on each call. */
  at(k: number): ResolutionReference;
  /** The citations on one line, as objects. */
  onLine(line: number): ResolutionReference[];
}

export interface DocumentSymbolReference {
  text: string;
  components: string[];
  range: Range;
  line: number;
  /** For joint symbols ("A/75/62–E/2020/11"): the separator as written and its range. */
  jointSeparator?: { char: string; range: Range };
  parts: string[];
  problem?: string;
}

export interface Abbreviation {
  short: string;
  full: string;
  range: Range;
  line: number;
}

export interface Header {
  lines: [number, number] | null;
  symbol?: DocumentSymbolReference;
  date?: CitedDate;
}

export interface BareFootnoteCitation {
  number: number;
  range: Range;
  line: number;
}

/**
 * A parsed document. The most numerous entities (paragraphs, footnote markers and texts,
 * cross-references, resolutions) are rows in columns, in line order, which the checks and analyses
 * read; their arrays of objects are made from the rows when first read, for callers that want
 * objects. A model made by other means must give both, with the same entities in the same order.
 */
export interface DocumentModel {
  /** Every line; made when first read, so prefer line(i) and lineCount, which read the text. */
  lines: string[];
  lineCount: number;
  /** Line i without its line break ('' outside the document). */
  line(i: number): string;
  language: Language;
  kind: DocumentKind;
  header: Header;
  headings: Heading[];
  /** Top-level headings (chapters, or whatever comes first). */
  headingRoots: Heading[];
  /** Every paragraph as an object, made when first read: passes over all of them read paragraphRows. */
  paragraphs: Paragraph[];
  paragraphRows: ParagraphRows;
  /** Every marker as an object, made when first read: passes over all of them read footnoteMarkerRows. */
  footnoteMarkers: FootnoteMarker[];
  footnoteMarkerRows: FootnoteMarkerRows;
  /** Every text as an object, made when first read: passes over all of them read footnoteTextRows. */
  footnoteTexts: FootnoteText[];
  footnoteTextRows: FootnoteTextRows;
  /** Numbers in running text that stand where a footnote marker should be. */
  bareFootnoteCitations: BareFootnoteCitation[];
  /** Every reference as an object, made when first read: passes over all of them read crossReferenceRows. */
  crossReferences: CrossReference[];
  crossReferenceRows: CrossReferenceRows;
  /** Every citation as an object, made when first read: passes over all of them read resolutionRows. */
  resolutions: ResolutionReference[];
  resolutionRows: ResolutionRows;
  symbols: DocumentSymbolReference[];
  /** The definitions ("国际电信联盟(国际电联)"), found when first read: no rule reads them. */
  readonly abbreviations: Abbreviation[];
  /** Line index -> paragraph covering it (only for lines inside paragraphs). */
  paragraphAtLine(line: number): Paragraph | undefined;
  /** Line index -> the row (in paragraphRows) of the paragraph covering it; -1 for lines in none. */
  paragraphRowAtLine(line: number): number;
  wordCount: number;
}
