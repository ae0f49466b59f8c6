// The lines of each open document (as the core's splitLines splits them), kept up to date change
// by change. A keystroke replaces the lines it touched and keeps the other lines' strings: the
// next check neither splits the whole text again nor compares unchanged lines character by
// character (the same string object compares equal at once).
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines } from '../core/text';
import type { VersionedText } from './analyses';

const CR = 0x0d;
const LF = 0x0a;

interface Entry {
  version: number;
  lines: string[];
}

export class DocumentLines {
  private readonly entries = new Map<string, Entry>();
  /**
   * Documents that received a change outside their lines: TextDocument then keeps wrong line
   * offsets for them, so their lines are always split from the whole text until they reopen.
   */
  private readonly untrusted = new Set<string>();

  /** The lines of this version of the document. */
  of(document: VersionedText): string[] {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry.lines;
    const lines = splitLines(document.getText()).lines;
    if (!this.untrusted.has(document.uri)) this.entries.set(document.uri, { version: document.version, lines });
    return lines;
  }

  /** TextDocument.update, keeping this document's lines in step (for TextDocuments' configuration). */
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const uri = document.uri;
    const entry = this.entries.get(uri);
    this.entries.delete(uri);
    let lines = entry && entry.version === document.version ? entry.lines : undefined;
    for (const change of changes) {
      if ('range' in change && !(inside(document, change.range.start) && inside(document, change.range.end))) this.untrusted.add(uri);
      lines = lines && 'range' in change && !this.untrusted.has(uri) ? replaceLines(document, lines, change) : undefined;
      document = TextDocument.update(document, [change], version);
    }
    if (lines) this.entries.set(uri, { version, lines });
    return document;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.untrusted.delete(uri);
  }
}

function inside(document: TextDocument, p: Position): boolean {
  return p.line >= 0 && p.line < document.lineCount && p.character >= 0;
}

/**
 * The lines after `change`, read from the document before it: the lines the change's range touches
 * are split again, the others are kept. Undefined where the change could join a line break to its
 * neighbour ("\r" typed before a "\n"): the caller then splits the whole text.
 */
export function replaceLines(before: TextDocument, lines: string[], change: { range: { start: Position; end: Position }; text: string }): string[] | undefined {
  if (before.lineCount !== lines.length) return undefined;
  const text = before.getText();
  let startOffset = before.offsetAt(change.range.start);
  let endOffset = before.offsetAt(change.range.end);
  if (startOffset > endOffset) [startOffset, endOffset] = [endOffset, startOffset];
  const startLine = before.positionAt(startOffset).line;
  const endLine = before.positionAt(endOffset).line;
  const regionStart = before.offsetAt({ line: startLine, character: 0 });
  const regionEnd = lineContentEnd(text, before, endLine);
  const region = text.slice(regionStart, startOffset) + change.text + text.slice(endOffset, regionEnd);
  if (region.charCodeAt(region.length - 1) === CR && text.charCodeAt(regionEnd) === LF) return undefined;
  if (region.charCodeAt(0) === LF && regionStart > 0 && text.charCodeAt(regionStart - 1) === CR) return undefined;
  const replaced = splitLines(region).lines;
  // A BOM is dropped only at the start of the whole text (splitLines dropped it there).
  if (regionStart !== 0 && region.charCodeAt(0) === 0xfeff) replaced[0] = '\ufeff' + replaced[0];
  return lines.slice(0, startLine).concat(replaced, lines.slice(endLine + 1));
}

interface Position {
  line: number;
  character: number;
}

/** Where line `line`'s text ends, before its line break. */
function lineContentEnd(text: string, document: TextDocument, line: number): number {
  if (line + 1 >= document.lineCount) return text.length;
  let end = document.offsetAt({ line: line + 1, character: 0 });
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  return end;
}
