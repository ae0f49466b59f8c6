// Abbreviations the document defines ("联合国贸易和发展会议(贸发会议)") and those the seeds know.
import type { Abbreviation, DocumentModel } from '../core/model';
import { describeProvenance, type PriorReportIndex } from '../core/learn/workspace-index';
import { ABBREVIATIONS } from '../core/seeds';
import { containsPosition, type Position, type Range } from '../core/text';

export interface KnownAbbreviation {
  short: string;
  full: string;
  /** The document's own definition (its first), when it has one; otherwise the name comes from prior reports or the seeds. */
  definition?: Abbreviation;
  /** Where a name not defined in the document comes from: "A/75/62, para. 1" or "seeds". */
  source?: string;
  /** What seeds/ says when a prior report defines the short form differently. */
  seedsSay?: string;
}

export interface AbbreviationHit extends KnownAbbreviation {
  range: Range;
}

const cache = new WeakMap<DocumentModel, { priorVersion: number; known: Map<string, KnownAbbreviation> }>();

/** Every abbreviation by its short form: the document's definitions first, then prior reports, then the seeds. */
export function knownAbbreviations(doc: DocumentModel, prior?: PriorReportIndex): Map<string, KnownAbbreviation> {
  const priorVersion = prior ? prior.version : -1;
  const cached = cache.get(doc);
  if (cached && cached.priorVersion === priorVersion) return cached.known;
  const known = new Map<string, KnownAbbreviation>();
  for (const a of doc.abbreviations) if (!known.has(a.short)) known.set(a.short, { short: a.short, full: a.full, definition: a });
  for (const a of prior?.knowledge().abbreviations ?? []) {
    if (known.has(a.short)) continue;
    const seed = ABBREVIATIONS.find((s) => s.short === a.short);
    known.set(a.short, { short: a.short, full: a.full, source: describeProvenance(a.from), seedsSay: seed && seed.full !== a.full ? seed.full : undefined });
  }
  for (const a of ABBREVIATIONS) if (!known.has(a.short)) known.set(a.short, { short: a.short, full: a.full, source: 'seeds' });
  cache.set(doc, { priorVersion, known });
  return known;
}

/** The abbreviation under the cursor (the longest that covers it), or the definition the cursor is in. */
export function abbreviationAt(doc: DocumentModel, position: Position, prior?: PriorReportIndex): AbbreviationHit | undefined {
  if (position.line < 0 || position.line >= doc.lineCount) return undefined;
  const line = doc.line(position.line);
  let best: AbbreviationHit | undefined;
  for (const known of knownAbbreviations(doc, prior).values()) {
    for (const range of occurrencesNear(line, position.line, known.short, position.character)) {
      if (!containsPosition(range, position)) continue;
      if (!best || known.short.length > best.short.length) best = { ...known, range };
    }
  }
  if (best) return best;
  const definition = doc.abbreviations.find((a) => a.line === position.line && containsPosition(a.range, position));
  if (!definition) return undefined;
  return { ...knownAbbreviations(doc, prior).get(definition.short)!, range: definition.range };
}

/** Every place the short form is written in the document. */
export function abbreviationOccurrences(doc: DocumentModel, short: string): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i < doc.lineCount; i++) ranges.push(...occurrencesOnLine(doc.line(i), i, short));
  return ranges;
}

function occurrencesOnLine(line: string, lineIndex: number, short: string): Range[] {
  const ranges: Range[] = [];
  for (let at = line.indexOf(short); at !== -1; at = line.indexOf(short, at + short.length)) addIfWord(ranges, line, lineIndex, short, at);
  return ranges;
}

/** Adds the occurrence of `short` at `at`, unless a short form that starts with a letter or digit stands inside a longer word there. */
function addIfWord(ranges: Range[], line: string, lineIndex: number, short: string, at: number): void {
  if (isWordChar(short[0]) && (isWordChar(line[at - 1]) || isWordChar(line[at + short.length]))) return;
  ranges.push({ start: { line: lineIndex, character: at }, end: { line: lineIndex, character: at + short.length } });
}

/**
 * The occurrences occurrencesOnLine finds that may cover `character`, found near it: a line can
 * hold thousands of abbreviations, and a hover tries every known short form (searching the whole
 * line for each was quadratic). occurrencesOnLine skips an occurrence that overlaps the one before
 * ("UNUNU" holds one "UNU"), so that is checked too (inChain).
 */
function occurrencesNear(line: string, lineIndex: number, short: string, character: number): Range[] {
  const ranges: Range[] = [];
  for (let at = Math.max(0, character - short.length); at <= character; at++) {
    if (line.startsWith(short, at) && inChain(line, short, at)) addIfWord(ranges, line, lineIndex, short, at);
  }
  return ranges;
}

/**
 * Whether the occurrence of `short` at `at` is one occurrencesOnLine finds (each search starts
 * where the last occurrence found ends). An occurrence that no earlier one overlaps is always
 * found; so go back through the overlapping occurrences to the first of their run, and search
 * forwards from it as occurrencesOnLine does.
 */
function inChain(line: string, short: string, at: number): boolean {
  let first = at;
  for (let earlier = overlappingBefore(line, short, first); earlier !== -1; earlier = overlappingBefore(line, short, first)) first = earlier;
  let found = first;
  while (found !== -1 && found < at) found = line.indexOf(short, found + short.length);
  return found === at;
}

/** The first occurrence of `short` that starts before `at` and overlaps the one at `at`; -1 if none. */
function overlappingBefore(line: string, short: string, at: number): number {
  for (let k = Math.max(0, at - short.length + 1); k < at; k++) if (line.startsWith(short, k)) return k;
  return -1;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}
