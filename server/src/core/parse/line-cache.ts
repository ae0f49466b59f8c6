// What the parser learns from each line alone (its classification, its character features, the
// references and footnote markers in it), kept from one parse of a document to the next. The
// editor checks the same document after every change, and a change touches a few lines: the next
// parse takes the unchanged lines' results from here instead of scanning them again. Results never
// depend on the cache: a cached parse gives the model a fresh parse gives.
import type { DocumentSymbolReference } from '../model';
import { TextLines, type LineSource } from '../text';
import type { CrossReferenceRows } from './cross-reference-rows';
import type { ParsedSymbol } from './entities';
import { DIGIT, FULLWIDTH_PAREN, lineFeatures, PAREN, SLASH } from './features';
import { classifyContentLine, classifyLine, classifyPlainLine, stripDecoration } from './lines';
import { LineTable } from './line-table';
import type { FootnoteMarkerRows } from './marker-rows';
import { scanMarkers } from './markers';
import { scanCrossReferences, scanResolutionsIn, scanSymbols } from './references';
import type { ResolutionRows } from './resolution-rows';

/**
 * The model's arrays that per-line scans fill, in line order, and the lines that may define an
 * abbreviation. No rule reads abbreviations: the model scans those lines when a hover asks.
 */
export interface LineOutputs {
  crossReferences: CrossReferenceRows;
  resolutions: ResolutionRows;
  symbols: DocumentSymbolReference[];
  markers: FootnoteMarkerRows;
  abbreviationLines: number[];
}

/** Bits of `scanned`: which scans ran on a line (a line in a code fence, say, is not scanned)... */
const REFERENCES = 1;
const MARKERS = 2;
/** ...and which outputs got items from it (bit HAS << output): most lines have none to copy. */
const HAS = 4;

interface Snapshot {
  lines: string[];
  /** classifyLine's results, before code fences are taken into account. */
  classified: LineTable;
  features: Uint8Array;
  scanned: Uint8Array;
  outputs: LineOutputs;
}

/** How many lines a document may have for LineCache to keep its per-line results (by default). */
export const MAX_CACHED_LINES = 400_000;

/**
 * One per open document. Documents of more than `maxLines` lines are not cached: the per-line
 * results of a 50 MB draft (about 900,000 lines) would cost more memory than rescanning costs time.
 */
export class LineCache {
  last: Snapshot | undefined;

  constructor(readonly maxLines = MAX_CACHED_LINES) {}

  clear(): void {
    this.last = undefined;
  }
}

/** The items of one output, in line order: rows, or the symbols (the one output of objects). */
type Lined = DocumentSymbolReference[] | LinedRows;

/** The outputs kept as rows (cross-references, resolutions, markers). */
interface LinedRows {
  readonly length: number;
  line(k: number): number;
  copyRow(source: LinedRows, k: number, line: number): number;
}

/**
 * The per-line work of one parse: taken from the previous snapshot for lines that did not change
 * (the common prefix and suffix of the old and new lines), done afresh for the others.
 */
export class LineScans {
  /** classifyLine's results, before code fences are taken into account. */
  readonly classified: LineTable;
  readonly features: Uint8Array;
  private readonly scanned: Uint8Array;
  /** Lines [0, prefix) are the old lines [0, prefix); lines [suffixFrom, n) are the old lines shifted by -shift. */
  private readonly prefix: number;
  private readonly suffixFrom: number;
  private readonly shift: number;
  /** Per output (cross-references, resolutions, symbols, markers): the old and new arrays, and how far the old one is read. */
  private readonly olds: Lined[];
  private readonly news: Lined[];
  private readonly cursors = new Int32Array(4);

  constructor(
    private readonly lines: LineSource,
    private readonly previous: Snapshot | undefined,
    private readonly out: LineOutputs,
    /** The lines' features, when the caller already has them. */
    features?: Uint8Array,
  ) {
    const n = lines.count;
    // Only the editor's parses have a previous snapshot, and their lines are an array already.
    const [prefix, suffix] = previous ? commonEnds(lines.all(), previous.lines) : [0, 0];
    this.prefix = prefix;
    this.suffixFrom = n - suffix;
    this.shift = n - (previous?.lines.length ?? 0);
    this.scanned = new Uint8Array(n);
    this.classified = new LineTable(n);
    if (previous) {
      this.features = new Uint8Array(n);
      this.features.set(previous.features.subarray(0, prefix));
      this.features.set(previous.features.subarray(this.suffixFrom - this.shift), this.suffixFrom);
    } else {
      this.features = features ?? new Uint8Array(n);
    }
    // In line order: the unchanged lines before the change take the old results, the changed ones are worked out, and then the unchanged lines after.
    for (let i = 0; i < prefix; i++) this.classified.copyLine(previous!.classified, i, i);
    classifyBetween(lines, prefix, this.suffixFrom, this.classified, features ? undefined : this.features);
    for (let i = this.suffixFrom; i < n; i++) this.classified.copyLine(previous!.classified, i - this.shift, i);
    this.news = outputList(out);
    this.olds = previous ? outputList(previous.outputs) : [];
  }

  /** The line's index in the previous snapshot, or -1 if it changed. */
  private oldIndex(i: number): number {
    if (i < this.prefix) return i;
    if (i >= this.suffixFrom) return i - this.shift;
    return -1;
  }

  /** Line `i`'s references, added to the outputs; `wanted` false for lines that hold none (blank, furniture). */
  references(i: number, wanted: boolean): void {
    if (!wanted) return;
    const j = this.oldIndex(i);
    const news = this.news;
    const before0 = news[0].length;
    const before1 = news[1].length;
    const before2 = news[2].length;
    const old = j === -1 ? 0 : this.previous!.scanned[j];
    const features = this.features[i];
    if (old & REFERENCES) {
      for (let kind = 0; kind < 3; kind++) if (old & (HAS << kind)) this.copy(kind, j, i);
    } else if (features & REFERENCE_FEATURES) {
      // Most lines have none of the characters a reference needs: their text is not even read out.
      scanReferences(this.lines, i, features, this.out);
    }
    if (features & (PAREN | FULLWIDTH_PAREN)) this.out.abbreviationLines.push(i);
    this.scanned[i] |= REFERENCES | (news[0].length > before0 ? HAS : 0) | (news[1].length > before1 ? HAS << 1 : 0) | (news[2].length > before2 ? HAS << 2 : 0);
  }

  /** Line `i`'s footnote markers from column `from`, added to the outputs. */
  markers(i: number, from: number): void {
    const j = this.oldIndex(i);
    const old = j === -1 ? 0 : this.previous!.scanned[j];
    const before = this.out.markers.length;
    if (old & MARKERS) {
      if (old & (HAS << MARKER_OUTPUT)) this.copy(MARKER_OUTPUT, j, i);
    } else {
      scanMarkers(this.lines.line(i), i, from, this.out.markers);
    }
    this.scanned[i] |= MARKERS | (this.out.markers.length > before ? HAS << MARKER_OUTPUT : 0);
  }

  /** Copies old line j's items of one output as line i's (moved to line i if the line moved). */
  private copy(kind: number, j: number, i: number): void {
    const source = this.olds[kind];
    const target = this.news[kind];
    let k = this.cursors[kind];
    // Old lines are visited in order, so the cursor only moves forward.
    if (!Array.isArray(source)) {
      while (k < source.length && source.line(k) < j) k++;
      for (; k < source.length && source.line(k) === j; k++) (target as LinedRows).copyRow(source, k, i);
    } else {
      while (k < source.length && source[k].line < j) k++;
      for (; k < source.length && source[k].line === j; k++) (target as DocumentSymbolReference[]).push(i === j ? source[k] : (source[k] as ParsedSymbol).atLine(i));
    }
    this.cursors[kind] = k;
  }

  snapshot(): Snapshot {
    return { lines: this.lines.all(), classified: this.classified, features: this.features, scanned: this.scanned, outputs: this.out };
  }
}

const MARKER_OUTPUT = 3;

/** The features scanReferences needs one of to find anything. */
const REFERENCE_FEATURES = DIGIT | SLASH;

/** Every reference scanner, on one line (each runs only where the line has the characters it needs: features.ts). */
function scanReferences(lines: LineSource, i: number, features: number, out: LineOutputs): void {
  const line = lines.line(i);
  if (features & DIGIT) {
    scanCrossReferences(line, i, out.crossReferences, features);
    if (features & (SLASH | PAREN)) {
      // Read from the whole text when there is one (scanResolutionsIn says why).
      const inText = lines instanceof TextLines;
      const lineStart = inText ? lines.start(i) : 0;
      scanResolutionsIn(inText ? lines.text : line, lineStart, line, i, out.resolutions, features);
    }
  }
  if (features & SLASH) scanSymbols(line, i, out.symbols);
}

/** How many lines the two arrays share at their start, and then at their end. */
function commonEnds(lines: string[], old: string[]): [number, number] {
  const n = lines.length;
  const common = Math.min(n, old.length);
  let prefix = 0;
  while (prefix < common && lines[prefix] === old[prefix]) prefix++;
  let suffix = 0;
  while (suffix < common - prefix && lines[n - 1 - suffix] === old[old.length - 1 - suffix]) suffix++;
  return [prefix, suffix];
}

/** Classifies lines [from, to) into `table`, and notes their features in `featuresToFill` unless the caller has them already. */
function classifyBetween(lines: LineSource, from: number, to: number, table: LineTable, featuresToFill: Uint8Array | undefined): void {
  if (lines instanceof TextLines && !featuresToFill) {
    // Blank lines and running text are told from the text itself: no string is made for them here.
    const text = lines.text;
    for (let i = from; i < to; i++) {
      const start = lines.start(i);
      const end = start + lines.lineLength(i);
      const at = stripDecoration(text, start, end);
      table.set(i, classifyPlainLine(text, start, end, at) ?? classifyContentLine(lines.line(i), at - start));
    }
    return;
  }
  for (let i = from; i < to; i++) {
    const line = lines.line(i);
    table.set(i, classifyLine(line));
    if (featuresToFill) featuresToFill[i] = lineFeatures(line);
  }
}

function outputList(o: LineOutputs): Lined[] {
  return [o.crossReferences, o.resolutions, o.symbols, o.markers];
}
