// What stands at a position in the document: the element hover, definition and references act on.
import type {
  CrossReference,
  DocumentModel,
  DocumentSymbolReference,
  FootnoteText,
  Heading,
  Paragraph,
  ResolutionReference,
} from '../core/model';
import { containsPosition, type Position, type Range } from '../core/text';
import type { PriorReportIndex } from '../core/learn/workspace-index';
import { abbreviationAt, type AbbreviationHit } from './abbreviations';

export type DocumentElement =
  /** A footnote marker in running text, or a bare number standing for one. */
  | { kind: 'footnote-citation'; number: number; range: Range }
  /** The marker that opens a footnote text. */
  | { kind: 'footnote-text'; text: FootnoteText; range: Range }
  /** A cross-reference; `number` is the one under the cursor, or undefined between numbers. */
  | { kind: 'cross-reference'; reference: CrossReference; number?: number; range: Range }
  | { kind: 'resolution'; resolution: ResolutionReference; range: Range }
  /** A document symbol; `part` is the part of a joint symbol under the cursor. */
  | { kind: 'symbol'; symbol: DocumentSymbolReference; part: string; range: Range }
  | { kind: 'action-line-code'; heading: Heading; code: string; range: Range }
  | { kind: 'paragraph-number'; paragraph: Paragraph; range: Range }
  | ({ kind: 'abbreviation' } & AbbreviationHit);

/** The most specific element at the position, or undefined on plain text. */
export function elementAt(doc: DocumentModel, position: Position, prior?: PriorReportIndex): DocumentElement | undefined {
  const onLine = <T extends { line: number }>(items: readonly T[]) => items.filter((x) => x.line === position.line);
  const at = (r: Range | undefined) => r !== undefined && containsPosition(r, position);

  for (const m of doc.footnoteMarkerRows.onLine(position.line)) if (at(m.range)) return { kind: 'footnote-citation', number: m.number, range: m.range };
  for (const b of onLine(doc.bareFootnoteCitations)) if (at(b.range)) return { kind: 'footnote-citation', number: b.number, range: b.range };
  for (const t of doc.footnoteTextRows.onLine(position.line)) if (at(t.markerRange)) return { kind: 'footnote-text', text: t, range: t.markerRange };
  for (const ref of doc.crossReferenceRows.onLine(position.line)) {
    if (!at(ref.range)) continue;
    const index = ref.numberRanges.findIndex(at);
    const number = index === -1 ? undefined : ref.numbers[index];
    return { kind: 'cross-reference', reference: ref, number, range: index === -1 ? ref.range : ref.numberRanges[index] };
  }
  for (const r of doc.resolutionRows.onLine(position.line)) if (at(r.range)) return { kind: 'resolution', resolution: r, range: r.range };
  for (const s of onLine(doc.symbols)) if (at(s.range)) return symbolElement(s, position);
  for (const h of doc.headings) {
    if (h.line === position.line && h.code && at(h.codeRange)) return { kind: 'action-line-code', heading: h, code: h.code, range: h.codeRange! };
  }
  const paragraph = doc.paragraphAtLine(position.line);
  if (paragraph?.numberRange && at(paragraph.numberRange)) return { kind: 'paragraph-number', paragraph, range: paragraph.numberRange };
  const abbreviation = abbreviationAt(doc, position, prior);
  if (abbreviation) return { kind: 'abbreviation', ...abbreviation };
  return undefined;
}

function symbolElement(symbol: DocumentSymbolReference, position: Position): DocumentElement {
  for (const part of symbolParts(symbol)) {
    if (containsPosition(part.range, position)) return { kind: 'symbol', symbol, part: part.text, range: part.range };
  }
  return { kind: 'symbol', symbol, part: symbol.parts[0], range: symbol.range };
}

/** Each part of a symbol with its own range: one part, or two for a joint symbol. */
export function symbolParts(symbol: DocumentSymbolReference): { text: string; range: Range }[] {
  const { line, character } = symbol.range.start;
  const parts: { text: string; range: Range }[] = [];
  let offset = 0;
  for (const text of symbol.parts) {
    const start = symbol.text.indexOf(text, offset);
    const from = start === -1 ? offset : start;
    parts.push({ text, range: { start: { line, character: character + from }, end: { line, character: character + from + text.length } } });
    offset = from + text.length + 1;
  }
  return parts;
}
