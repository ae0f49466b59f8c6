// Folding: the cover page, chapters and sections (to the next heading of their level or above),
// multi-line paragraphs, and blocks of footnote texts.
import type { DocumentModel } from '../core/model';

export interface FoldingRegion {
  startLine: number;
  endLine: number;
  /** Footnote blocks fold as comments, so "Fold All Block Comments" hides them. */
  kind: 'region' | 'comment';
}

export function foldingRegions(doc: DocumentModel): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const add = (startLine: number, endLine: number, kind: FoldingRegion['kind'] = 'region') => {
    const end = lastNonBlank(doc, startLine, endLine);
    if (end > startLine) regions.push({ startLine, endLine: end, kind });
  };
  if (doc.header.lines) add(doc.header.lines[0], doc.header.lines[1]);
  const ends = sectionEnds(doc);
  doc.headings.forEach((h, i) => add(h.line, ends[i]));
  const paragraphs = doc.paragraphRows;
  for (let k = 0; k < paragraphs.length; k++) add(paragraphs.line(k), paragraphs.lastLine(k));
  for (const [start, end] of footnoteBlocks(doc)) add(start, end, 'comment');
  return dropSameStart(regions);
}

/**
 * Per heading, the line before the next heading of its level or above (the last line if none), in
 * one pass: the headings whose section is still open stand on a stack, their depths increasing.
 */
function sectionEnds(doc: DocumentModel): number[] {
  const headings = doc.headings;
  const ends = new Array<number>(headings.length).fill(doc.lineCount - 1);
  const open: number[] = [];
  headings.forEach((h, j) => {
    while (open.length && headings[open[open.length - 1]].depth >= h.depth) ends[open.pop()!] = h.line - 1;
    open.push(j);
  });
  return ends;
}

/** Runs of footnote texts separated by nothing but blank lines. */
function footnoteBlocks(doc: DocumentModel): [number, number][] {
  const blocks: [number, number][] = [];
  // The rows are in line order.
  const texts = doc.footnoteTextRows;
  for (let k = 0; k < texts.length; k++) {
    const last = blocks[blocks.length - 1];
    if (last && onlyBlankBetween(doc, last[1], texts.line(k))) last[1] = Math.max(last[1], texts.lastLine(k));
    else blocks.push([texts.line(k), texts.lastLine(k)]);
  }
  return blocks;
}

function onlyBlankBetween(doc: DocumentModel, after: number, before: number): boolean {
  for (let l = after + 1; l < before; l++) if (doc.line(l).trim() !== '') return false;
  return true;
}

function lastNonBlank(doc: DocumentModel, start: number, end: number): number {
  let e = Math.min(end, doc.lineCount - 1);
  while (e > start && doc.line(e).trim() === '') e--;
  return e;
}

/** Editors keep one region per start line: keep the widest. */
function dropSameStart(regions: FoldingRegion[]): FoldingRegion[] {
  const byStart = new Map<number, FoldingRegion>();
  for (const r of regions) {
    const seen = byStart.get(r.startLine);
    if (!seen || r.endLine > seen.endLine) byStart.set(r.startLine, r);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
