// Footnotes named by their number in running text: "See footnote 3 above", "footnotes 4 and 5",
// "见上文脚注 3". A footnote cited again is written so (footnote-number-duplicate asks for it), so
// renumbering the footnotes must renumber these too. Found when renumbering, not by the parser:
// nothing else reads them.
import type { DocumentModel } from '../model';
import { range, type Range } from '../text';

export interface FootnoteMention {
  number: number;
  /** The number's digits. */
  range: Range;
}

const EN_MENTION = /\b[Ff]ootnotes?\s+(\d{1,4})(?:(\s*(?:,|and|to|-|–)\s*)(\d{1,4}))?/g;
const ZH_MENTION = /脚注\s*(\d{1,4})(?:(\s*(?:至|到|-|–|和|、)\s*)(\d{1,4}))?/g;
/** "footnote 3 of A/75/62", "footnote 3 in the report of ...": another document's footnote. */
const OF_ANOTHER_DOCUMENT = /\s+(?:of|in)\b(?!\s+the\s+present\s+(?:report|note|document))/y;
/** "A/75/62, footnote 3" or "A/75/62 脚注 3": the symbol of another document just before. */
const SYMBOL_BEFORE = /[A-Z]+\/[\w./]+,?\s*$/;
const SYMBOL_BEFORE_WINDOW = 40;

/** The mentions in the document's paragraphs and footnote texts, in order. */
export function footnoteMentions(doc: DocumentModel): FootnoteMention[] {
  const mentions: FootnoteMention[] = [];
  for (const line of linesWithRunningText(doc)) {
    const text = doc.line(line);
    if (text.indexOf('ootnote') !== -1) addMentions(text, line, EN_MENTION, mentions);
    if (text.indexOf('脚注') !== -1) addMentions(text, line, ZH_MENTION, mentions);
  }
  return mentions;
}

function addMentions(text: string, line: number, pattern: RegExp, out: FootnoteMention[]): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const end = m.index + m[0].length;
    OF_ANOTHER_DOCUMENT.lastIndex = end;
    if (OF_ANOTHER_DOCUMENT.test(text) || SYMBOL_BEFORE.test(text.slice(Math.max(0, m.index - SYMBOL_BEFORE_WINDOW), m.index))) continue;
    const second = m[3] === undefined ? '' : m[2] + m[3];
    const first = end - second.length - m[1].length;
    out.push({ number: Number(m[1]), range: range(line, first, first + m[1].length) });
    if (m[3] !== undefined) out.push({ number: Number(m[3]), range: range(line, end - m[3].length, end) });
  }
}

/** Lines of paragraphs and footnote texts, in order, each once (not headings, furniture or code). */
function linesWithRunningText(doc: DocumentModel): number[] {
  const lines = new Set<number>();
  for (const p of doc.paragraphs) for (let i = p.firstLine; i <= p.lastLine; i++) lines.add(i);
  for (const t of doc.footnoteTexts) for (let i = t.line; i <= t.lastLine; i++) lines.add(i);
  return [...lines].sort((a, b) => a - b);
}
