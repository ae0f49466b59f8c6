// Abbreviations the document defines ("联合国贸易和发展会议(贸发会议)") and those the seeds know.
import type { Abbreviation, DocumentModel } from '../core/model';
import { ABBREVIATIONS } from '../core/seeds';
import { containsPosition, type Position, type Range } from '../core/text';

export interface KnownAbbreviation {
  short: string;
  full: string;
  /** The document's own definition (its first), when it has one; otherwise the name comes from the seeds. */
  definition?: Abbreviation;
}

export interface AbbreviationHit extends KnownAbbreviation {
  range: Range;
}

const cache = new WeakMap<DocumentModel, Map<string, KnownAbbreviation>>();

/** Every abbreviation by its short form: the document's definitions first, then the seeds. */
export function knownAbbreviations(doc: DocumentModel): Map<string, KnownAbbreviation> {
  let known = cache.get(doc);
  if (known) return known;
  known = new Map();
  for (const a of doc.abbreviations) if (!known.has(a.short)) known.set(a.short, { short: a.short, full: a.full, definition: a });
  for (const a of ABBREVIATIONS) if (!known.has(a.short)) known.set(a.short, { short: a.short, full: a.full });
  cache.set(doc, known);
  return known;
}

/** The abbreviation under the cursor (the longest that covers it), or the definition the cursor is in. */
export function abbreviationAt(doc: DocumentModel, position: Position): AbbreviationHit | undefined {
  const line = doc.lines[position.line];
  if (line === undefined) return undefined;
  let best: AbbreviationHit | undefined;
  for (const known of knownAbbreviations(doc).values()) {
    for (const range of occurrencesOnLine(line, position.line, known.short)) {
      if (!containsPosition(range, position)) continue;
      if (!best || known.short.length > best.short.length) best = { ...known, range };
    }
  }
  if (best) return best;
  const definition = doc.abbreviations.find((a) => a.line === position.line && containsPosition(a.range, position));
  if (!definition) return undefined;
  return { ...knownAbbreviations(doc).get(definition.short)!, range: definition.range };
}

/** Every place the short form is written in the document. */
export function abbreviationOccurrences(doc: DocumentModel, short: string): Range[] {
  const ranges: Range[] = [];
  doc.lines.forEach((line, i) => ranges.push(...occurrencesOnLine(line, i, short)));
  return ranges;
}

function occurrencesOnLine(line: string, lineIndex: number, short: string): Range[] {
  const ranges: Range[] = [];
  const needsWordBoundary = /^[A-Za-z0-9]/.test(short);
  for (let at = line.indexOf(short); at !== -1; at = line.indexOf(short, at + short.length)) {
    if (needsWordBoundary && (isWordChar(line[at - 1]) || isWordChar(line[at + short.length]))) continue;
    ranges.push({ start: { line: lineIndex, character: at }, end: { line: lineIndex, character: at + short.length } });
  }
  return ranges;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}
