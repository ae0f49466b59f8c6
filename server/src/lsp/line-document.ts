// An open document held as its lines (the core's splitLines lines) and their line breaks, and
// changed line by line. vscode-languageserver-textdocument holds one string: each keystroke in a
// 10 MB draft copied the whole text (10-20 ms), and the check then split it all again. Here a
// change replaces the lines it touches and keeps the other lines' strings, so the next check
// finds them unchanged at once. A document object never changes: an update makes a new one.
//
// A document of more than HOLD_AS_TEXT_OVER_LINES lines is held as its text instead. The core's line
// cache keeps nothing for such a document (MAX_CACHED_LINES), and its check of a text
// (checkText) reads the lines out of the text, so a string per line would only cost the split at
// open (~130 ms) and memory (a 50 MB draft: 865,000 lines, 32 MB). A change splices the text.
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { MAX_CACHED_LINES } from '../core/parse/line-cache';
import { lineStarts, TextLines } from '../core/text';

const BOM = 0xfeff;
const BREAK = /\r\n|\r|\n/g;

/** Documents of more lines than this are held as their text: the core's line cache keeps nothing for them. */
export const HOLD_AS_TEXT_OVER_LINES = MAX_CACHED_LINES;

/** How a document is held: as lines, as its text, or as fits its size (the default). */
export type Holding = 'lines' | 'text' | 'auto';

export class LineDocument {
  /** Text-held: the text's lines (a BOM counts on line 0), found when first needed. */
  private textLines_: TextLines | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The lines without their breaks; a leading BOM is not part of line 0 (as splitLines reads it). Undefined when text-held. */
    private readonly held: string[] | undefined,
    /** The break after each line but the last, or one string when every line ends with it. */
    private readonly breaks: string[] | string,
    private readonly bom: boolean,
    /** A text-held document's text, a BOM included. */
    readonly text?: string,
  ) {}

  static create(uri: string, languageId: string, version: number, content: string, holding: Holding = 'auto'): LineDocument {
    if (holding === 'text' || (holding === 'auto' && hasMoreLinesThan(content, HOLD_AS_TEXT_OVER_LINES))) {
      return new LineDocument(uri, languageId, version, undefined, '\n', false, content);
    }
    const { lines, breaks, bom } = splitKeepingBreaks(content);
    return new LineDocument(uri, languageId, version, lines, breaks, bom);
  }

  static update(document: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    let d = document;
    if (d.text !== undefined && changes.length > 1) {
      // Each splice would copy the whole text: apply the changes to the lines, then hold the text again.
      const applied = LineDocument.update(LineDocument.create(d.uri, d.languageId, d.version, d.text, 'lines'), changes, version);
      return applied.text === undefined ? LineDocument.create(d.uri, d.languageId, version, applied.getText(), 'text') : applied;
    }
    for (let i = 0; i < changes.length; ) {
      const change = changes[i];
      const text = typeof change.text === 'string' ? change.text : '';
      if (!hasRange(change)) {
        d = LineDocument.create(d.uri, d.languageId, version, text);
        i++;
        continue;
      }
      // A run of changes with ranges to a document held as lines: one working copy takes them all
      // (each change's range is in the document the change before it left, as for replace()).
      let end = i + 1;
      while (d.text === undefined && end < changes.length && hasRange(changes[end])) end++;
      if (end - i === 1) d = d.replace(change.range, text, version);
      else d = d.replaceAll(changes, i, end, version);
      i = end;
    }
    return d.version === version ? d : new LineDocument(d.uri, d.languageId, version, d.held, d.breaks, d.bom, d.text);
  }

  /** The lines without their breaks, as splitLines splits the text (a text-held document splits its text for each call). */
  get lines(): string[] {
    return this.held ?? splitKeepingBreaks(this.text!).lines;
  }

  get lineCount(): number {
    return this.held ? this.held.length : this.textLines.count;
  }

  getText(range?: Range): string {
    if (this.text !== undefined) {
      if (!range) return this.text;
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.text.slice(Math.min(a, b), Math.max(a, b));
    }
    const lines = this.held!;
    if (range) return this.textBetween(...this.ordered(range));
    let text = this.bom ? '\ufeff' : '';
    if (typeof this.breaks === 'string') return text + lines.join(this.breaks);
    for (let i = 0; i < lines.length; i++) text += lines[i] + (this.breakAfter(i) ?? '');
    return text;
  }

  // ---- text-held documents ----

  private get textLines(): TextLines {
    return (this.textLines_ ??= new TextLines(this.text!, lineStarts(this.text!)));
  }

  /** A position's offset in the text, brought inside the document as clamp() brings it (a BOM counts on line 0). */
  private offsetAt(p: Position | undefined): number {
    const line = whole(p?.line);
    if (line < 0) return 0;
    const lines = this.textLines;
    if (line >= lines.count) return this.text!.length;
    return lines.start(line) + Math.max(0, Math.min(whole(p?.character), lines.lineLength(line)));
  }

  /** A text-held document with `range` replaced by `text`. */
  private splice(range: Range, text: string, version: number): LineDocument {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    const old = this.text!;
    const content = old.slice(0, Math.min(a, b)) + text + old.slice(Math.max(a, b));
    return new LineDocument(this.uri, this.languageId, version, undefined, '\n', false, content);
  }

  // ---- documents held as lines ----

  /** Line `i` as the client counts its characters (a BOM counts on line 0). */
  private line(i: number): string {
    return i === 0 && this.bom ? '\ufeff' + this.held![0] : this.held![i];
  }

  private breakAfter(i: number): string | undefined {
    if (i >= this.held!.length - 1) return undefined;
    return typeof this.breaks === 'string' ? this.breaks : this.breaks[i];
  }

  private ordered(range: Range): [Position, Position] {
    return orderedIn(range, this.held!.length, (i) => this.line(i));
  }

  private textBetween(a: Position, b: Position): string {
    if (a.line === b.line) return this.line(a.line).slice(a.character, b.character);
    let text = this.line(a.line).slice(a.character) + this.breakAfter(a.line);
    for (let i = a.line + 1; i < b.line; i++) text += this.line(i) + this.breakAfter(i);
    return text + this.line(b.line).slice(0, b.character);
  }

  /** The document with `range` replaced by `text`: the lines it spans are split again, the others kept. */
  private replace(range: Range, text: string, version: number): LineDocument {
    if (this.text !== undefined) return this.splice(range, text, version);
    const [start, end] = this.ordered(range);
    const { newLines, newBreaks, previousBreak, bom } = replacementLines({ line: (i) => this.line(i), breakAfter: (i) => this.breakAfter(i) }, start, end, text, this.bom);
    let from = start.line;
    const to = end.line;
    const lines = this.held!.slice(0, from).concat(newLines, this.held!.slice(to + 1));
    if (previousBreak !== undefined) from--;
    const breaks = this.replaceBreaks(from, to, previousBreak === undefined ? newBreaks : [previousBreak, ...newBreaks], lines.length);
    return new LineDocument(this.uri, this.languageId, version, lines, breaks, bom);
  }

  /**
   * The document with changes[from..to) (each with a range) applied in order, as replace() applies
   * them one by one: the same lines, breaks (one string while every change keeps them uniform) and
   * BOM. replace() copies every line for each change; here the lines sit in one working copy with
   * a gap at the last change, so a change costs the lines between it and the change before it.
   * The changes of a multi-cursor edit or a workspace edit (from the last in the document to the
   * first, or from the first on) cost the lines once.
   */
  private replaceAll(changes: TextDocumentContentChangeEvent[], from: number, to: number, version: number): LineDocument {
    const work = new WorkingLines(this.held!, this.breaks, this.bom, (changes[from] as { range: Range }).range);
    for (let i = from; i < to; i++) {
      const change = changes[i] as { range: Range; text?: unknown };
      work.replace(change.range, typeof change.text === 'string' ? change.text : '');
    }
    const { lines, breaks, bom } = work.result();
    return new LineDocument(this.uri, this.languageId, version, lines, breaks, bom);
  }

  /** The breaks after lines from..to replaced by `replacement` (its last one ends the region, if the region is not last). */
  private replaceBreaks(from: number, to: number, replacement: string[], lineCount: number): string[] | string {
    const uniform = typeof this.breaks === 'string' ? this.breaks : undefined;
    if (uniform !== undefined && replacement.every((b) => b === uniform)) return uniform;
    const all = expand(this.breaks, this.held!.length);
    const breaks = all.slice(0, from).concat(replacement, all.slice(to + 1));
    breaks.length = Math.max(0, lineCount - 1);
    return breaks;
  }
}

/** Whether the text has more than `max` lines (breaks: CRLF, CR or LF), without splitting it. */
function hasMoreLinesThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let lines = 1;
  if (text.indexOf('\r') === -1) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++lines > max) return true;
    return false;
  }
  BREAK.lastIndex = 0;
  while (BREAK.exec(text)) if (++lines > max) return true;
  return false;
}

function whole(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** Lines and breaks as splitLines reads them (CRLF, CR or LF; with `dropBom`, a leading BOM apart). */
function splitKeepingBreaks(text: string, dropBom = true): { lines: string[]; breaks: string[] | string; bom: boolean } {
  const bom = dropBom && text.charCodeAt(0) === BOM;
  const body = bom ? text.slice(1) : text;
  if (body.indexOf('\r') === -1) return { lines: body.split('\n'), breaks: '\n', bom };
  const lines: string[] = [];
  const breaks: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(body); m; m = BREAK.exec(body)) {
    lines.push(body.slice(start, m.index));
    breaks.push(m[0]);
    start = m.index + m[0].length;
  }
  lines.push(body.slice(start));
  const uniform = breaks.length > 0 && breaks.every((b) => b === breaks[0]);
  return { lines, breaks: uniform ? breaks[0] : breaks.length ? breaks : '\n', bom };
}

/** The breaks after the first count - 1 lines, as an array. */
function expand(breaks: string[] | string, count: number): string[] {
  return typeof breaks === 'string' ? new Array<string>(Math.max(0, count - 1)).fill(breaks) : breaks.slice();
}

/** A position inside a document of `count` lines: lines and characters out of range are brought to its edge (and a malformed one to its start). */
function clampTo(p: Position | undefined, count: number, line: (i: number) => string): Position {
  const l = whole(p?.line);
  if (l < 0) return { line: 0, character: 0 };
  if (l >= count) return { line: count - 1, character: line(count - 1).length };
  return { line: l, character: Math.max(0, Math.min(whole(p?.character), line(l).length)) };
}

/** The range's ends inside the document, the earlier first. */
function orderedIn(range: Range, count: number, line: (i: number) => string): [Position, Position] {
  const a = clampTo(range.start, count, line);
  const b = clampTo(range.end, count, line);
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}

/** What replace() reads of a document: its lines and the break after each (none after the last). */
interface LineSourceWithBreaks {
  line(i: number): string;
  breakAfter(i: number): string | undefined;
}

/**
 * The lines and breaks that take the place of lines start.line..end.line when start..end is
 * replaced by `text`, with the break after the last of them; previousBreak, when the break before
 * them changes too (a "\r" before meets a "\n" at the start: one "\r\n"); and whether a BOM leads.
 */
function replacementLines(document: LineSourceWithBreaks, start: Position, end: Position, text: string, bom: boolean) {
  const region = document.line(start.line).slice(0, start.character) + text + document.line(end.line).slice(end.character);
  const pieces = splitKeepingBreaks(region, false);
  const newLines = pieces.lines;
  const newBreaks = expand(pieces.breaks, newLines.length);
  const lastBreak = document.breakAfter(end.line);
  const before = start.line > 0 ? document.breakAfter(start.line - 1) : undefined;
  // "\r" at the region's end meets the "\n" after it, or "\n" at its start meets a "\r" before it: one break.
  if (lastBreak === '\n' && newLines.length > 1 && newLines[newLines.length - 1] === '' && newBreaks[newBreaks.length - 1] === '\r') {
    newLines.pop();
    newBreaks[newBreaks.length - 1] = '\r\n';
  } else if (lastBreak !== undefined) {
    newBreaks.push(lastBreak);
  }
  let previousBreak: string | undefined;
  if (before === '\r' && newLines[0] === '' && newBreaks[0] === '\n') {
    newLines.shift();
    newBreaks.shift();
    previousBreak = '\r\n';
  }
  if (start.line === 0) {
    bom = newLines[0].charCodeAt(0) === BOM;
    if (bom) newLines[0] = newLines[0].slice(1);
  }
  return { newLines, newBreaks, previousBreak, bom };
}

function hasRange(change: TextDocumentContentChangeEvent): change is { range: Range; text: string } {
  return 'range' in change && !!change.range;
}

/**
 * A document's lines and breaks, changed in place, as LineDocument.replace() changes them. The
 * lines sit in two stacks either side of a gap: `left` holds lines 0..gap-1, `right` the rest last
 * first. A change moves the gap to its first line (the lines in between move from one stack to
 * the other), drops the lines it replaces from the top of `right` and pushes its new lines onto
 * `left`. While every break is the same string (`uniform`) no break is held; after that each line
 * holds the break after it (the last line none) in `leftBreaks` / `rightBreaks`, beside it.
 */
class WorkingLines {
  private readonly left: string[];
  private readonly right: string[];
  private uniform: string | undefined;
  private leftBreaks: (string | undefined)[] = [];
  private rightBreaks: (string | undefined)[] = [];

  constructor(
    lines: string[],
    breaks: string[] | string,
    private bom: boolean,
    first: Range,
  ) {
    // The gap starts at the first change (the line only guides where: any place is correct).
    const gap = Math.max(0, Math.min(whole(first?.start?.line), whole(first?.end?.line), lines.length - 1));
    this.left = lines.slice(0, gap);
    this.right = lines.slice(gap).reverse();
    if (typeof breaks === 'string') {
      this.uniform = breaks;
    } else {
      this.leftBreaks = breaks.slice(0, gap);
      this.rightBreaks = (breaks.slice(gap) as (string | undefined)[]).concat([undefined]).reverse();
      this.rightBreaks.length = this.right.length;
    }
  }

  private get count(): number {
    return this.left.length + this.right.length;
  }

  private at(i: number): string {
    return i < this.left.length ? this.left[i] : this.right[this.right.length - 1 - (i - this.left.length)];
  }

  /** Line `i` as the client counts its characters (a BOM counts on line 0). */
  private line(i: number): string {
    return i === 0 && this.bom ? '\ufeff' + this.at(0) : this.at(i);
  }

  private breakAfter(i: number): string | undefined {
    if (i >= this.count - 1) return undefined;
    if (this.uniform !== undefined) return this.uniform;
    return i < this.left.length ? this.leftBreaks[i] : this.rightBreaks[this.rightBreaks.length - 1 - (i - this.left.length)];
  }

  private ordered(range: Range): [Position, Position] {
    return orderedIn(range, this.count, (i) => this.line(i));
  }

  /** Moves the gap to line `gap`: lines 0..gap-1 on the left. */
  private moveGap(gap: number): void {
    const { left, right } = this;
    const breaks = this.uniform === undefined;
    while (left.length > gap) {
      right.push(left.pop()!);
      if (breaks) this.rightBreaks.push(this.leftBreaks.pop());
    }
    while (left.length < gap) {
      left.push(right.pop()!);
      if (breaks) this.leftBreaks.push(this.rightBreaks.pop());
    }
  }

  /** From now on each line holds its break. */
  private holdBreaks(): void {
    const uniform = this.uniform!;
    this.uniform = undefined;
    this.leftBreaks = new Array<string | undefined>(this.left.length).fill(uniform);
    this.rightBreaks = new Array<string | undefined>(this.right.length).fill(uniform);
    // The last line has no break after it.
    if (this.right.length) this.rightBreaks[0] = undefined;
    else this.leftBreaks[this.left.length - 1] = undefined;
  }

  /** `range` replaced by `text`, exactly as LineDocument.replace() replaces it. */
  replace(range: Range, text: string): void {
    const [start, end] = this.ordered(range);
    const replacement = replacementLines({ line: (i) => this.line(i), breakAfter: (i) => this.breakAfter(i) }, start, end, text, this.bom);
    const { newLines, newBreaks, previousBreak } = replacement;
    this.bom = replacement.bom;
    const from = start.line;
    const to = end.line;
    // Breaks stay one string while every break a change puts in is that string (as replaceBreaks keeps them).
    const uniform = this.uniform;
    if (uniform !== undefined && !((previousBreak === undefined || previousBreak === uniform) && newBreaks.every((b) => b === uniform))) this.holdBreaks();
    this.moveGap(from);
    // Lines from..to go (with the breaks after them); the new lines come in their place.
    const gone = to - from + 1;
    this.right.length -= gone;
    const breaks = this.uniform === undefined;
    if (breaks) {
      this.rightBreaks.length -= gone;
      if (previousBreak !== undefined) this.leftBreaks[from - 1] = previousBreak;
    }
    for (let i = 0; i < newLines.length; i++) {
      this.left.push(newLines[i]);
      // The last new line has no break when the region ran to the document's end.
      if (breaks) this.leftBreaks.push(newBreaks[i]);
    }
  }

  /** The lines, the breaks after each line but the last (or their one string) and whether a BOM leads. */
  result(): { lines: string[]; breaks: string[] | string; bom: boolean } {
    const lines = this.left.concat(this.right.reverse());
    if (this.uniform !== undefined) return { lines, breaks: this.uniform, bom: this.bom };
    const breaks = this.leftBreaks.concat(this.rightBreaks.reverse()) as string[];
    breaks.length = Math.max(0, lines.length - 1);
    return { lines, breaks, bom: this.bom };
  }
}
