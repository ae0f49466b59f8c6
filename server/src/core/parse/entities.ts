// The model's entities as objects: symbols and abbreviations as the parser makes them, the others
// as their rows (parse/rows.ts) make them when asked. Each keeps the columns of its ranges and
// builds a Range object each time one is read: a Range is three objects, and most ranges are never
// read (findings and editor requests read a few, once). Everything else is plain data. The columns
// are private fields, so the entities show the fields of their model.ts interface and nothing more.
import type { Abbreviation, CitedDate, CrossReference, Direction, DocumentSymbolReference, FootnoteMarker, FootnoteText, Heading, MarkerStyle, Organ, Paragraph, ResolutionReference } from '../model';
import { range, type Range, type LineSource } from '../text';

/**
 * Where a marker's digits stand inside it, in one field: how far in from the marker's start
 * (times 256) and from its end. The markups around the digits ("<sup>", "[^", "]:") are a few
 * characters long.
 */
function digitsInsets(start: number, end: number, digitsStart: number, digitsEnd: number): number {
  return (digitsStart - start) * 256 + (end - digitsEnd);
}

function digitsStart(start: number, insets: number): number {
  return start + (insets >> 8);
}

function digitsEnd(end: number, insets: number): number {
  return end - (insets & 255);
}

export class ParsedMarker implements FootnoteMarker {
  readonly #start: number;
  readonly #end: number;
  readonly #digitsInsets: number;

  constructor(readonly number: number, readonly style: MarkerStyle, readonly line: number, start: number, end: number, digitsStart: number, digitsEnd: number) {
    this.#start = start;
    this.#end = end;
    this.#digitsInsets = digitsInsets(start, end, digitsStart, digitsEnd);
  }

  get range(): Range {
    return range(this.line, this.#start, this.#end);
  }

  get digitsRange(): Range {
    return range(this.line, digitsStart(this.#start, this.#digitsInsets), digitsEnd(this.#end, this.#digitsInsets));
  }
}

/**
 * A footnote text: its marker on its first line, and the text up to its last line. The text is
 * read from the lines when asked for (a hover, an ibid finding), not kept.
 */
export class ParsedFootnoteText implements FootnoteText {
  readonly #lines: LineSource;
  /** Where the text starts on the first line (after the marker). */
  readonly #bodyStart: number;
  readonly #markerStart: number;
  readonly #markerEnd: number;
  readonly #digitsInsets: number;
  #lastLine: number;

  constructor(
    lines: LineSource,
    readonly number: number,
    readonly style: MarkerStyle,
    readonly line: number,
    bodyStart: number,
    readonly isIbid: boolean,
    markerStart: number,
    markerEnd: number,
    digitsStart: number,
    digitsEnd: number,
  ) {
    this.#lines = lines;
    this.#bodyStart = bodyStart;
    this.#markerStart = markerStart;
    this.#markerEnd = markerEnd;
    this.#digitsInsets = digitsInsets(markerStart, markerEnd, digitsStart, digitsEnd);
    this.#lastLine = line;
  }

  /** The text runs on to line `i`. */
  extendTo(i: number): void {
    this.#lastLine = i;
  }

  /** The trimmed lines joined by spaces, from after the marker. */
  get text(): string {
    let text = this.#lines.line(this.line).slice(this.#bodyStart).trim();
    for (let l = this.line + 1; l <= this.#lastLine; l++) text += ' ' + this.#lines.line(l).trim();
    return text;
  }

  get lastLine(): number {
    return this.#lastLine;
  }

  get range(): Range {
    return range(this.line, this.#markerStart, this.#lines.lineLength(this.#lastLine), this.#lastLine);
  }

  get markerRange(): Range {
    return range(this.line, this.#markerStart, this.#markerEnd);
  }

  get digitsRange(): Range {
    return range(this.line, digitsStart(this.#markerStart, this.#digitsInsets), digitsEnd(this.#markerEnd, this.#digitsInsets));
  }
}

/**
 * A reference names one paragraph or both ends of a span: the columns of its one or two numbers
 * are fields, not an array. (No private methods here, nor on the other entities: a class with one
 * keeps a brand in a field of every instance.)
 */
export class ParsedCrossReference implements CrossReference {
  readonly direction: Direction | undefined;
  readonly #start: number;
  readonly #end: number;
  readonly #firstStart: number;
  readonly #firstEnd: number;
  /** -1 when the reference has one number. */
  readonly #secondStart: number;
  readonly #secondEnd: number;

  /** `numbers`: one or two; the second's columns are -1 when there is one. */
  constructor(
    readonly numbers: number[],
    firstStart: number,
    firstEnd: number,
    secondStart: number,
    secondEnd: number,
    direction: Direction | undefined,
    readonly line: number,
    readonly internal: boolean,
    start: number,
    end: number,
  ) {
    // One string per direction instead of one per reference.
    this.direction = direction === 'above' ? 'above' : direction === 'below' ? 'below' : undefined;
    this.#start = start;
    this.#end = end;
    this.#firstStart = firstStart;
    this.#firstEnd = firstEnd;
    this.#secondStart = secondStart;
    this.#secondEnd = secondEnd;
  }

  get numberRanges(): Range[] {
    const first = range(this.line, this.#firstStart, this.#firstEnd);
    return this.#secondStart === -1 ? [first] : [first, range(this.line, this.#secondStart, this.#secondEnd)];
  }

  get range(): Range {
    return range(this.line, this.#start, this.#end);
  }
}

export class ParsedDate implements CitedDate {
  readonly #line: number;
  readonly #start: number;
  readonly #end: number;

  constructor(readonly iso: string, line: number, start: number, end: number) {
    this.#line = line;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return range(this.#line, this.#start, this.#end);
  }
}

export class ParsedResolution implements ResolutionReference {
  organ: Organ = 'unknown';
  session?: number;
  serial?: number;
  date?: CitedDate;
  readonly #start: number;
  readonly #end: number;

  constructor(readonly number: string, readonly line: number, readonly kind: 'resolution' | 'decision', start: number, end: number) {
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return range(this.line, this.#start, this.#end);
  }
}

export class ParsedSymbol implements DocumentSymbolReference {
  problem?: string;
  readonly #start: number;

  constructor(
    readonly text: string,
    readonly components: string[],
    readonly line: number,
    readonly jointSeparator: DocumentSymbolReference['jointSeparator'],
    readonly parts: string[],
    start: number,
  ) {
    this.#start = start;
  }

  get range(): Range {
    return range(this.line, this.#start, this.#start + this.text.length);
  }
  atLine(line: number): ParsedSymbol {
    const separator = this.jointSeparator && { char: this.jointSeparator.char, range: range(line, this.jointSeparator.range.start.character, this.jointSeparator.range.end.character) };
    const moved = new ParsedSymbol(this.text, this.components, line, separator, this.parts, this.#start);
    moved.problem = this.problem;
    return moved;
  }
}

export class ParsedAbbreviation implements Abbreviation {
  readonly #start: number;
  readonly #end: number;

  constructor(readonly short: string, readonly full: string, readonly line: number, start: number, end: number) {
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return range(this.line, this.#start, this.#end);
  }
}

/**
 * A paragraph as the parser builds it. The ranges and the opening words are worked out each time
 * they are read, and not kept: most paragraphs of a long draft are never shown
 * in a hover or an outline.
 */
export class ParsedParagraph implements Paragraph {
  suffix?: string;
  lastLine: number;
  preamble = false;
  readonly #lines: LineSource;
  /** Where the paragraph's own text starts on its first line (after the number). */
  readonly #contentStart: number;
  #numberStart = -1;
  #numberEnd = -1;

  constructor(lines: LineSource, readonly number: number | null, readonly firstLine: number, contentStart: number, readonly heading: Heading | undefined) {
    this.#lines = lines;
    this.#contentStart = contentStart;
    this.lastLine = firstLine;
  }

  get range(): Range {
    return range(this.firstLine, 0, this.#lines.lineLength(this.lastLine), this.lastLine);
  }

  /** Where the number stands on the first line. */
  numberAt(start: number, end: number): void {
    this.#numberStart = start;
    this.#numberEnd = end;
  }

  get numberRange(): Range | undefined {
    if (this.#numberStart === -1) return undefined;
    return range(this.firstLine, this.#numberStart, this.#numberEnd);
  }

  get firstWords(): string {
    return firstWords(this.#lines.line(this.firstLine).slice(this.#contentStart));
  }

  get firstSentence(): string {
    return firstSentence(this.#lines.line(this.firstLine).slice(this.#contentStart));
  }
}

function firstWords(text: string): string {
  const t = text.replace(/\*\*/g, '').trim();
  if (/[\u4e00-\u9fff]/.test(t.slice(0, 4))) return t.length > 24 ? t.slice(0, 24) + '…' : t;
  const words = t.split(/\s+/);
  return words.length > 8 ? words.slice(0, 8).join(' ') + '…' : t;
}

function firstSentence(text: string): string {
  const t = text.replace(/\*\*/g, '').trim();
  const m = /^.*?(?:[。！？]|[.!?](?=\s|$))/.exec(t);
  const s = m ? m[0] : t;
  return s.length > 300 ? s.slice(0, 300) + '…' : s;
}
