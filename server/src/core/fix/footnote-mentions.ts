// Footnotes of this document named by number in running text: "See footnote 3 above", "footnotes 4
// and 5 below", "见上文脚注 3", "见下文脚注 4 和 5". A footnote cited again is written so
// (footnote-number-duplicate asks for it), so renumbering the footnotes renumbers these too.
// Only mentions that say "above"/"below" (上文/下文) count: "Ibid., footnote 2", "footnote 2 of
// A/75/62" or "见 A/75/62，脚注 2" name another document's footnote, and "in footnote 2, 3
// countries" holds a number that is no footnote. A list with a range ("footnotes 1 to 3 above") is
// left alone: its ends alone cannot be renumbered. Found when renumbering, not by the parser.
import type { DocumentModel } from '../model';
import { range, type Range } from '../text';

export interface FootnoteMention {
  number: number;
  /** The number's digits. */
  range: Range;
}

const EN_MENTION = /\b[Ff]ootnotes?\s+(\d{1,4}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,4})*)\s+(?:above|below)\b/g;
const ZH_MENTION = /(?:上文|下文)\s*脚注\s*(\d{1,4}(?:\s*(?:、|,|，|和|及)\s*\d{1,4})*)(?!\s*(?:至|到|-|–|\d|(?:、|,|，|和|及)\s*\d))/g;
/** "A/75/62, footnote 3 above": the symbol of another document just before. */
const SYMBOL_BEFORE = /[A-Z]+\/[\w./]+[,，]?\s*$/;
const SYMBOL_BEFORE_WINDOW = 40;
const NUMBER = /\d{1,4}/g;

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
    if (SYMBOL_BEFORE.test(text.slice(Math.max(0, m.index - SYMBOL_BEFORE_WINDOW), m.index))) continue;
    const list = m[1];
    const listStart = m.index + m[0].indexOf(list);
    NUMBER.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = NUMBER.exec(list))) out.push({ number: Number(n[0]), range: range(line, listStart + n.index, listStart + n.index + n[0].length) });
  }
}

/** Lines of paragraphs and footnote texts, in order, each once (not headings, furniture or code). */
function linesWithRunningText(doc: DocumentModel): number[] {
  const lines = new Set<number>();
  const paragraphs = doc.paragraphRows;
  for (let k = 0; k < paragraphs.length; k++) for (let i = paragraphs.line(k); i <= paragraphs.lastLine(k); i++) lines.add(i);
  const texts = doc.footnoteTextRows;
  for (let k = 0; k < texts.length; k++) for (let i = texts.line(k); i <= texts.lastLine(k); i++) lines.add(i);
  return [...lines].sort((a, b) => a - b);
}
