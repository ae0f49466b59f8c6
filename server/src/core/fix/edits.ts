import { range, splitLines, type Range } from '../text';

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * Applies non-overlapping edits to the original text, keeping its line endings and BOM.
 * Positions are those of the model (BOM excluded, any line break counted as one break).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (!edits.length) return text;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [bom];
  for (let i = bom; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  const offset = (line: number, character: number) => lineStarts[line] + character;
  const sorted = edits
    .map((e) => ({ from: offset(e.range.start.line, e.range.start.character), to: offset(e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at) throw new Error('overlapping edits');
    out += text.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + text.slice(at);
}

/**
 * Edits that turn `before` into `after`, one per changed line, each trimmed to the characters that
 * differ: what an editor applies without moving the rest of the document. When the two have
 * different numbers of lines (fixes never add or remove one), a single edit replaces every line.
 */
export function lineEdits(before: string, after: string): TextEdit[] {
  const old = splitLines(before).lines;
  const next = splitLines(after).lines;
  if (old.length !== next.length) {
    const last = old.length - 1;
    return [{ range: range(0, 0, old[last].length, last), newText: next.join('\n') }];
  }
  const edits: TextEdit[] = [];
  for (let i = 0; i < old.length; i++) {
    const a = old[i];
    const b = next[i];
    if (a === b) continue;
    let start = 0;
    while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
    let end = 0;
    while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
    // Never cut a surrogate pair in two.
    if (start > 0 && isHighSurrogate(a.charCodeAt(start - 1))) start--;
    if (end > 0 && isHighSurrogate(a.charCodeAt(a.length - 1 - end))) end--;
    edits.push({ range: range(i, start, a.length - end), newText: b.slice(start, b.length - end) });
  }
  return edits;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
