// classifyLine's answers for a document's lines, kept as numbers in typed arrays rather than as an
// object per line. The parser reads them until its end, so as objects they lived through every
// young-generation GC of a long check and were copied and promoted: a 50 MB draft has 190,000
// numbered lines and footnote texts (bench/PROFILE.md, fourteenth round). An info is made again
// when the parser asks for a line's, and dies young. The few headings stay objects.
import { Columns, initialCapacity, MARKER_STYLES } from './rows';
import type { MarkerStyle } from '../model';
import type { LineSource } from '../text';
import { NUMBER_SUFFIXES, plainLine, trimBold, type LineInfo, type LineKind } from './lines';

const KINDS: readonly LineKind[] = [
  'blank',
  'text',
  'fence',
  'furniture',
  'footnote-text',
  'note',
  'chapter',
  'section',
  'numbered',
  'lettered',
  'subparagraph',
  'resolution-opening',
];
const BLANK = KINDS.indexOf('blank');
const TEXT = KINDS.indexOf('text');
const FENCE = KINDS.indexOf('fence');
const FURNITURE = KINDS.indexOf('furniture');
const FOOTNOTE_TEXT = KINDS.indexOf('footnote-text');
const NUMBERED = KINDS.indexOf('numbered');
/** The kinds whose info is its kind and where its content starts, and nothing else: 1 at their index. */
const BARE = Uint8Array.from(KINDS, (kind) => (['blank', 'text', 'fence', 'furniture', 'note', 'subparagraph', 'resolution-opening'].includes(kind) ? 1 : 0));

/** KINDS.indexOf(kind), by comparisons, most common kind first: the kinds are a few constant strings. */
function codeOf(kind: LineKind): number {
  switch (kind) {
    case 'text': return TEXT;
    case 'blank': return BLANK;
    case 'numbered': return NUMBERED;
    case 'footnote-text': return FOOTNOTE_TEXT;
    default: return KINDS.indexOf(kind);
  }
}

/** A numbered line's or footnote text's numbers, in a row of `details`: its line (as in every Columns), then where its content starts... */
const WIDTH = 7;
const CONTENT_START = 1;
// ...then, for a numbered line, its number, where its label ends and its text starts, 1 if it may be a heading, its suffix (index + 1, or 0)...
const ORDINAL = 2;
const LABEL_END = 3;
const TITLE_START = 4;
const HEADING_LIKE = 5;
const SUFFIX = 6;
// ...or, for a footnote text, its number, its marker's style (index), where the marker ends and where its digits are.
const NUMBER = 2;
const STYLE = 3;
const MARKER_END = 4;
const DIGITS_START = 5;
const DIGITS_END = 6;

export class LineTable {
  /** Per line, its kind's index in KINDS. */
  #kinds: Uint8Array;
  /** Per line: where its content starts (a bare kind), its row in `details` (numbered, footnote text) or its index in `labelled`. */
  #values: Int32Array;
  #details: Columns;
  #labelled: LineInfo[];

  constructor(count: number) {
    this.#kinds = new Uint8Array(count);
    this.#values = new Int32Array(count);
    this.#details = new Columns(WIDTH, initialCapacity(count));
    this.#labelled = [];
  }

  get count(): number {
    return this.#kinds.length;
  }

  kind(i: number): LineKind {
    return KINDS[this.#kinds[i]];
  }

  /** A numbered line's number. */
  ordinal(i: number): number {
    return this.#detail(i, ORDINAL);
  }

  /** Whether a numbered line may be a heading (no final punctuation, short). */
  headingLike(i: number): boolean {
    return this.#detail(i, HEADING_LIKE) === 1;
  }


  /** Where line i's content starts. */
  contentStart(i: number): number {
    const code = this.#kinds[i];
    const value = this.#values[i];
    if (code === NUMBERED || code === FOOTNOTE_TEXT) return this.#detail(i, CONTENT_START);
    return BARE[code] === 1 ? value : this.#labelled[value].contentStart;
  }

  /** A numbered line's "bis", "ter"... */
  suffix(i: number): string | undefined {
    const suffix = this.#detail(i, SUFFIX);
    return suffix === 0 ? undefined : NUMBER_SUFFIXES[suffix - 1];
  }

  /** Where a numbered line's label ends. */
  labelEnd(i: number): number {
    return this.#detail(i, LABEL_END);
  }

  /** Where a numbered line's text after its label starts. */
  titleStart(i: number): number {
    return this.#detail(i, TITLE_START);
  }

  /** A footnote text's number... */
  footnoteNumber(i: number): number {
    return this.#detail(i, NUMBER);
  }

  /** ...the style of its marker... */
  markerStyle(i: number): MarkerStyle {
    return MARKER_STYLES[this.#detail(i, STYLE)];
  }

  /** ...where its marker ends (it starts where the content does)... */
  markerEnd(i: number): number {
    return this.#detail(i, MARKER_END);
  }

  /** ...and where the marker's digits are. */
  digitsStart(i: number): number {
    return this.#detail(i, DIGITS_START);
  }

  digitsEnd(i: number): number {
    return this.#detail(i, DIGITS_END);
  }

  /** Line i's info as classifyLine gave it (its text is read from `lines` only for a numbered line). */
  info(i: number, lines: LineSource): LineInfo {
    const code = this.#kinds[i];
    const value = this.#values[i];
    if (code === NUMBERED) return this.#numbered(i, lines.line(i));
    if (code === FOOTNOTE_TEXT) return this.#footnoteText(i);
    if (code === TEXT) return plainLine('text', value);
    if (code === BLANK) return plainLine('blank', value);
    if (BARE[code] === 1) return { kind: KINDS[code], contentStart: value };
    return this.#labelled[value];
  }

  set(i: number, info: LineInfo): void {
    const code = codeOf(info.kind);
    this.#kinds[i] = code;
    if (code === TEXT || code === BLANK) {
      this.#values[i] = info.contentStart;
    } else if (code === NUMBERED) {
      const at = this.#details.addRow(i);
      const d = this.#details.data;
      d[at + CONTENT_START] = info.contentStart;
      d[at + ORDINAL] = info.ordinal!;
      d[at + LABEL_END] = info.labelEnd!;
      d[at + TITLE_START] = info.titleStart!;
      d[at + HEADING_LIKE] = info.headingLike ? 1 : 0;
      d[at + SUFFIX] = info.suffix === undefined ? 0 : NUMBER_SUFFIXES.indexOf(info.suffix) + 1;
      this.#values[i] = this.#details.length - 1;
    } else if (code === FOOTNOTE_TEXT) {
      const at = this.#details.addRow(i);
      const d = this.#details.data;
      d[at + CONTENT_START] = info.contentStart;
      d[at + NUMBER] = info.footnoteNumber!;
      d[at + STYLE] = MARKER_STYLES.indexOf(info.markerStyle!);
      d[at + MARKER_END] = info.markerEnd!;
      d[at + DIGITS_START] = info.digitsStart!;
      d[at + DIGITS_END] = info.digitsEnd!;
      this.#values[i] = this.#details.length - 1;
    } else if (BARE[code] === 1) {
      this.#values[i] = info.contentStart;
    } else {
      this.#values[i] = this.#labelled.push(info) - 1;
    }
  }

  /**
   * This table, where lines inside code fences (and the fences) read as page furniture: they hold
   * nothing. The table itself when there is no fence (most documents).
   */
  withFences(): LineTable {
    if (this.#kinds.indexOf(FENCE) === -1) return this;
    const fenced = new LineTable(0);
    fenced.#kinds = this.#kinds.slice();
    fenced.#values = this.#values.slice();
    fenced.#details = this.#details;
    fenced.#labelled = this.#labelled;
    let inFence = false;
    for (let i = 0; i < fenced.#kinds.length; i++) {
      const isFence = fenced.#kinds[i] === FENCE;
      if (isFence) inFence = !inFence;
      if (inFence || isFence) {
        fenced.#kinds[i] = FURNITURE;
        fenced.#values[i] = 0;
      }
    }
    return fenced;
  }

  /** Line j of `source` as line i of this table. */
  copyLine(source: LineTable, j: number, i: number): void {
    const code = source.#kinds[j];
    const value = source.#values[j];
    this.#kinds[i] = code;
    if (code === NUMBERED || code === FOOTNOTE_TEXT) {
      this.#values[i] = this.#details.copyRow(source.#details, value, i);
    } else if (BARE[code] === 1) {
      this.#values[i] = value;
    } else {
      this.#values[i] = this.#labelled.push(source.#labelled[value]) - 1;
    }
  }

  /** Column `column` of line i's row of details. */
  #detail(i: number, column: number): number {
    return this.#details.data[this.#values[i] * WIDTH + column];
  }

  #numbered(i: number, line: string): LineInfo {
    const start = this.#detail(i, CONTENT_START);
    const labelEnd = this.labelEnd(i);
    const titleStart = this.titleStart(i);
    return {
      kind: 'numbered',
      contentStart: start,
      label: line.slice(start, labelEnd),
      ordinal: this.ordinal(i),
      suffix: this.suffix(i),
      labelStart: start,
      labelEnd,
      titleStart,
      title: trimBold(line.slice(titleStart)),
      headingLike: this.headingLike(i),
      code: undefined,
      codeStart: undefined,
    };
  }

  #footnoteText(i: number): LineInfo {
    const start = this.#detail(i, CONTENT_START);
    return {
      kind: 'footnote-text',
      contentStart: start,
      footnoteNumber: this.footnoteNumber(i),
      markerStyle: this.markerStyle(i),
      markerStart: start,
      markerEnd: this.markerEnd(i),
      digitsStart: this.digitsStart(i),
      digitsEnd: this.digitsEnd(i),
    };
  }
}
