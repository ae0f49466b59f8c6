import type { Range } from '../text';

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
