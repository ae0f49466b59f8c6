// The model's most numerous entities, as the parser makes them. Each keeps the columns of its
// ranges and builds the Range objects when they are first read: a Range is three objects, a long
// draft has tens of thousands of them, and most are never read (findings and editor requests read
// a few). Everything else is plain data. The columns are private fields, so the entities show the
// fields of their model.ts interface and nothing more.
import type { CitedDate, CrossReference, Direction, DocumentSymbolReference, FootnoteMarker, FootnoteText, MarkerStyle, Organ, ResolutionReference } from '../model';
import { range, type Range, type LineSource } from '../text';

export class ParsedMarker implements FootnoteMarker {
  readonly #start: number;
  readonly #end: number;
  readonly #digitsStart: number;
  readonly #digitsEnd: number;
  #range?: Range;
  #digitsRange?: Range;

  constructor(readonly number: number, readonly style: MarkerStyle, readonly line: number, start: number, end: number, digitsStart: number, digitsEnd: number) {
    this.#start = start;
    this.#end = end;
    this.#digitsStart = digitsStart;
    this.#digitsEnd = digitsEnd;
  }

  get range(): Range {
    return (this.#range ??= range(this.line, this.#start, this.#end));
  }

  get digitsRange(): Range {
    return (this.#digitsRange ??= range(this.line, this.#digitsStart, this.#digitsEnd));
  }

  /** The same marker on another line (the incremental parse moves unchanged lines). */
  atLine(line: number): ParsedMarker {
    return new ParsedMarker(this.number, this.style, line, this.#start, this.#end, this.#digitsStart, this.#digitsEnd);
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
  readonly #digitsStart: number;
  readonly #digitsEnd: number;
  #lastLine: number;
  #range?: Range;
  #markerRange?: Range;
  #digitsRange?: Range;

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
    this.#digitsStart = digitsStart;
    this.#digitsEnd = digitsEnd;
    this.#lastLine = line;
  }

  /** The text runs on to line `i`. */
  extendTo(i: number): void {
    this.#lastLine = i;
    this.#range = undefined;
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
    return (this.#range ??= range(this.line, this.#markerStart, this.#lines.lineLength(this.#lastLine), this.#lastLine));
  }

  get markerRange(): Range {
    return (this.#markerRange ??= range(this.line, this.#markerStart, this.#markerEnd));
  }

  get digitsRange(): Range {
    return (this.#digitsRange ??= range(this.line, this.#digitsStart, this.#digitsEnd));
  }
}

export class ParsedCrossReference implements CrossReference {
  readonly numbers: number[];
  readonly direction: Direction | undefined;
  readonly #start: number;
  readonly #end: number;
  /** Start and end column of each number, in order. */
  readonly #numberColumns: number[];
  #range?: Range;
  #numberRanges?: Range[];

  constructor(
    numbers: number[],
    numberColumns: number[],
    direction: Direction | undefined,
    readonly line: number,
    readonly internal: boolean,
    start: number,
    end: number,
  ) {
    // Copies hold just their elements: an array filled by push keeps room for 16 more. And one
    // string per direction instead of one per reference.
    this.numbers = numbers.slice();
    this.#numberColumns = numberColumns.slice();
    this.direction = direction === 'above' ? 'above' : direction === 'below' ? 'below' : undefined;
    this.#start = start;
    this.#end = end;
  }

  get numberRanges(): Range[] {
    if (!this.#numberRanges) {
      const columns = this.#numberColumns;
      this.#numberRanges = [];
      for (let k = 0; k < columns.length; k += 2) this.#numberRanges.push(range(this.line, columns[k], columns[k + 1]));
    }
    return this.#numberRanges;
  }

  get range(): Range {
    return (this.#range ??= range(this.line, this.#start, this.#end));
  }

  atLine(line: number): ParsedCrossReference {
    return new ParsedCrossReference(this.numbers, this.#numberColumns, this.direction, line, this.internal, this.#start, this.#end);
  }
}

export class ParsedDate implements CitedDate {
  readonly #line: number;
  readonly #start: number;
  readonly #end: number;
  #range?: Range;

  constructor(readonly iso: string, line: number, start: number, end: number) {
    this.#line = line;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return (this.#range ??= range(this.#line, this.#start, this.#end));
  }

  atLine(line: number): ParsedDate {
    return new ParsedDate(this.iso, line, this.#start, this.#end);
  }
}

export class ParsedResolution implements ResolutionReference {
  organ: Organ = 'unknown';
  session?: number;
  serial?: number;
  date?: CitedDate;
  readonly #start: number;
  readonly #end: number;
  #range?: Range;

  constructor(readonly number: string, readonly line: number, readonly kind: 'resolution' | 'decision', start: number, end: number) {
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return (this.#range ??= range(this.line, this.#start, this.#end));
  }

  atLine(line: number): ParsedResolution {
    const moved = new ParsedResolution(this.number, line, this.kind, this.#start, this.#end);
    moved.organ = this.organ;
    moved.session = this.session;
    moved.serial = this.serial;
    moved.date = this.date && (this.date as ParsedDate).atLine(line);
    return moved;
  }
}

export class ParsedSymbol implements DocumentSymbolReference {
  problem?: string;
  readonly #start: number;
  #range?: Range;

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
    return (this.#range ??= range(this.line, this.#start, this.#start + this.text.length));
  }
  atLine(line: number): ParsedSymbol {
    const separator = this.jointSeparator && { char: this.jointSeparator.char, range: range(line, this.jointSeparator.range.start.character, this.jointSeparator.range.end.character) };
    const moved = new ParsedSymbol(this.text, this.components, line, separator, this.parts, this.#start);
    moved.problem = this.problem;
    return moved;
  }
}
