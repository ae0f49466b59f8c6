// The model the parser returns. Its methods and lazy fields live on the class, not in closures
// made for each parse: a closure that a rule calls stays referenced from V8's call feedback after
// the check, and the young-generation GC then keeps everything the closure can reach (the whole
// model) alive until the next check has replaced it, copying it once more and promoting it. The
// analyses that rules share (analysis/memo.ts) are kept here too, for the same reason: a WeakMap
// entry outlives its key until the next full GC.
import type {
  Abbreviation,
  BareFootnoteCitation,
  CrossReference,
  DocumentKind,
  DocumentModel,
  DocumentSymbolReference,
  FootnoteMarker,
  FootnoteText,
  Header,
  Heading,
  Language,
  Paragraph,
  ResolutionReference,
} from '../model';
import type { LineSource } from '../text';
import type { CrossReferenceRows } from './cross-reference-rows';
import type { FootnoteTextRows } from './footnote-text-rows';
import type { FootnoteMarkerRows } from './marker-rows';
import type { ParagraphRows } from './paragraph-rows';
import { scanAbbreviations } from './references';
import type { ResolutionRows } from './resolution-rows';

/** What the parser found: the model's entities, the most numerous as rows. */
export interface ParsedParts extends Pick<DocumentModel, 'language' | 'kind' | 'header' | 'headings' | 'headingRoots' | 'bareFootnoteCitations' | 'symbols'> {
  paragraphRows: ParagraphRows;
  footnoteMarkerRows: FootnoteMarkerRows;
  footnoteTextRows: FootnoteTextRows;
  crossReferenceRows: CrossReferenceRows;
  resolutionRows: ResolutionRows;
  /** The lines, in order, that may define an abbreviation (outside code fences, with a bracket). */
  abbreviationLines: number[];
}

export class ParsedDocument implements DocumentModel {
  readonly lineCount: number;
  readonly language: Language;
  readonly kind: DocumentKind;
  readonly header: Header;
  readonly headings: Heading[];
  readonly headingRoots: Heading[];
  readonly paragraphRows: ParagraphRows;
  readonly footnoteMarkerRows: FootnoteMarkerRows;
  readonly footnoteTextRows: FootnoteTextRows;
  readonly bareFootnoteCitations: BareFootnoteCitation[];
  readonly crossReferenceRows: CrossReferenceRows;
  readonly resolutionRows: ResolutionRows;
  readonly symbols: DocumentSymbolReference[];
  readonly #lines: LineSource;
  readonly #abbreviationLines: number[];
  #abbreviations?: Abbreviation[];
  /** Line -> the row in paragraphRows of the paragraph covering it, or -1. */
  readonly #paragraphByLine: Int32Array;
  #allLines?: string[];
  #resolutions?: ResolutionReference[];
  #crossReferences?: CrossReference[];
  #footnoteMarkers?: FootnoteMarker[];
  #footnoteTexts?: FootnoteText[];
  #paragraphs?: Paragraph[];
  #wordCount?: number;
  readonly #analyses = new Map<symbol, unknown>();

  constructor(lines: LineSource, paragraphByLine: Int32Array, parts: ParsedParts) {
    this.#lines = lines;
    this.#paragraphByLine = paragraphByLine;
    this.lineCount = lines.count;
    this.language = parts.language;
    this.kind = parts.kind;
    this.header = parts.header;
    this.headings = parts.headings;
    this.headingRoots = parts.headingRoots;
    this.paragraphRows = parts.paragraphRows;
    this.footnoteMarkerRows = parts.footnoteMarkerRows;
    this.footnoteTextRows = parts.footnoteTextRows;
    this.bareFootnoteCitations = parts.bareFootnoteCitations;
    this.crossReferenceRows = parts.crossReferenceRows;
    this.resolutionRows = parts.resolutionRows;
    this.symbols = parts.symbols;
    this.#abbreviationLines = parts.abbreviationLines;
  }

  get lines(): string[] {
    return (this.#allLines ??= this.#lines.all());
  }

  get paragraphs(): Paragraph[] {
    return (this.#paragraphs ??= this.paragraphRows.all());
  }

  get footnoteTexts(): FootnoteText[] {
    return (this.#footnoteTexts ??= this.footnoteTextRows.all());
  }

  get footnoteMarkers(): FootnoteMarker[] {
    return (this.#footnoteMarkers ??= this.footnoteMarkerRows.all());
  }

  get crossReferences(): CrossReference[] {
    return (this.#crossReferences ??= this.crossReferenceRows.all());
  }

  get resolutions(): ResolutionReference[] {
    return (this.#resolutions ??= this.resolutionRows.all());
  }

  /** Found when first read (hovers and the learner read them; no rule does). */
  get abbreviations(): Abbreviation[] {
    if (!this.#abbreviations) {
      const found: Abbreviation[] = [];
      for (const i of this.#abbreviationLines) scanAbbreviations(this.#lines.line(i), i, found);
      this.#abbreviations = found;
    }
    return this.#abbreviations;
  }

  line(i: number): string {
    return this.#lines.line(i);
  }

  paragraphAtLine(line: number): Paragraph | undefined {
    const k = this.paragraphRowAtLine(line);
    return k === -1 ? undefined : this.paragraphs[k];
  }

  paragraphRowAtLine(line: number): number {
    const byLine = this.#paragraphByLine;
    return line >= 0 && line < byLine.length ? byLine[line] : -1;
  }

  /** Only the statistics read it. */
  get wordCount(): number {
    return (this.#wordCount ??= countWords(this.#lines));
  }

  /** The analysis kept under `key`, computed on first use. */
  analysis<T>(key: symbol, compute: (doc: DocumentModel) => T): T {
    if (this.#analyses.has(key)) return this.#analyses.get(key) as T;
    const value = compute(this);
    this.#analyses.set(key, value);
    return value;
  }
}

/** Latin words plus CJK characters (each counts as a word, as UN word counts do for Chinese). */
function countWords(lines: LineSource): number {
  let words = 0;
  for (let l = 0; l < lines.count; l++) {
    const line = lines.line(l);
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        words++;
        inWord = false;
      } else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (inWord && (c === 39 || c === 45 || c === 0x2019))) {
        if (!inWord) words++;
        inWord = true;
      } else {
        inWord = false;
      }
    }
  }
  return words;
}
