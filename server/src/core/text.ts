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
