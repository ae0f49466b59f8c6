/** Positions are 0-based; `character` counts UTF-16 code units, as LSP does by default. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** A string that is the same for equal ranges (a key for maps and sets). */
export function rangeKey(r: Range): string {
  return `${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
}

export function containsPosition(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

export interface SplitText {
  lines: string[];
  hadBom: boolean;
}

/** Splits on CRLF, LF or lone CR (as editors do) and drops a leading BOM. */
export function splitLines(text: string): SplitText {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const body = hadBom ? text.slice(1) : text;
  const lines = body.indexOf('\r') === -1 ? body.split('\n') : body.split(/\r\n|\r|\n/);
  return { lines, hadBom };
}

const LF = 0x0a;
const CR = 0x0d;

/** A document's lines as a model keeps them, read one at a time. */
export interface LineSource {
  readonly count: number;
  /** Line i without its line break; '' for a line outside the document. */
  line(i: number): string;
  lineLength(i: number): number;
  /** Every line, as splitLines gives them. */
  all(): string[];
}

/** Lines already split (the editor keeps its documents as lines). */
export class ArrayLines implements LineSource {
  readonly #lines: string[];

  constructor(lines: string[]) {
    this.#lines = lines;
  }

  get count(): number {
    return this.#lines.length;
  }

  line(i: number): string {
    return i >= 0 && i < this.#lines.length ? this.#lines[i] : '';
  }

  lineLength(i: number): number {
    return this.#lines[i].length;
  }

  all(): string[] {
    return this.#lines;
  }
}

/** Where each line of the text starts, from `from` on (breaks: CRLF, LF or lone CR), and one past the text's end: what TextLines takes. */
export function lineStarts(text: string, from = 0): Uint32Array {
  const starts: number[] = [from];
  if (text.indexOf('\r', from) === -1) {
    for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  } else {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
    }
  }
  starts.push(text.length + 1);
  return Uint32Array.from(starts);
}

/**
 * The lines of a text, found by where each starts: a line's string is made only when it is read.
 * A model of a text keeps this instead of one string per line (a 50 MB draft has 865,000 lines).
 */
export class TextLines implements LineSource {
  readonly #text: string;
  /** starts[i] is where line i starts in the text; starts[count] is one past the end of the text. */
  readonly #starts: Uint32Array;
  /** The line read last: the parser reads each line a few times in a row. */
  #lastIndex = -1;
  #last = '';

  constructor(text: string, starts: Uint32Array) {
    this.#text = text;
    this.#starts = starts;
  }

  get count(): number {
    return this.#starts.length - 1;
  }

  line(i: number): string {
    if (i === this.#lastIndex) return this.#last;
    if (i < 0 || i >= this.count) return '';
    this.#lastIndex = i;
    return (this.#last = this.#text.slice(this.#starts[i], this.#end(i)));
  }

  /** The whole text the lines are read from. */
  get text(): string {
    return this.#text;
  }

  /** Where line i starts in the text. */
  start(i: number): number {
    return this.#starts[i];
  }

  /** The length of line i, without reading it out of the text. */
  lineLength(i: number): number {
    return this.#end(i) - this.#starts[i];
  }

  all(): string[] {
    const lines = new Array<string>(this.count);
    for (let i = 0; i < lines.length; i++) lines[i] = this.line(i);
    return lines;
  }

  #end(i: number): number {
    // The last character of the line break (LF, CR, or the LF of a CRLF); past the text for the last line.
    const end = this.#starts[i + 1] - 1;
    return end > this.#starts[i] && this.#text.charCodeAt(end) === LF && this.#text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }
}
