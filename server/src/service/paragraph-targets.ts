// Which paragraph a cross-reference means, and which cross-references mean a paragraph.
import { paragraphReferredTo as coreParagraphReferredTo } from '../core/analysis/paragraphs';
import type { CrossReference, CrossReferenceRows, DocumentModel, Paragraph } from '../core/model';
import type { Range } from '../core/text';

/** Of the paragraphs numbered n, the one an internal reference means. */
export function paragraphReferredTo(doc: DocumentModel, reference: CrossReference, n: number): Paragraph | undefined {
  return reference.internal ? coreParagraphReferredTo(doc, reference, n) : undefined;
}

/**
 * Where the document refers to the paragraph: the number in "para. 12 above", or the whole
 * reference when the paragraph lies inside a span ("paras. 10 to 14" for paragraph 12).
 */
export function referencesToParagraph(doc: DocumentModel, paragraph: Paragraph): Range[] {
  const ranges: Range[] = [];
  if (paragraph.number === null) return ranges;
  const rows = doc.crossReferenceRows;
  for (let k = 0; k < rows.length; k++) {
    // Most references name other paragraphs: only those that may mean this one are made.
    if (!rows.internal(k) || !mayMean(rows, k, paragraph.number)) continue;
    const ref = rows.at(k);
    const endpoint = ref.numbers.findIndex((n) => n === paragraph.number && paragraphReferredTo(doc, ref, n) === paragraph);
    if (endpoint !== -1) {
      ranges.push(ref.numberRanges[endpoint]);
    } else if (isSpan(doc, ref) && ref.numbers[0] < paragraph.number && paragraph.number < ref.numbers[1]) {
      ranges.push(ref.range);
    }
  }
  return ranges;
}

/** Whether row k names n, or a span or pair around it. */
function mayMean(rows: CrossReferenceRows, k: number, n: number): boolean {
  const first = rows.number(k, 0);
  return first === n || (rows.numberCount(k) === 2 && (rows.number(k, 1) === n || (first < n && n < rows.number(k, 1))));
}

/** "paras. 2 to 4" and "第 2 至 4 段" cover 3; "paras. 2 and 4" do not. */
function isSpan(doc: DocumentModel, ref: CrossReference): boolean {
  if (ref.numbers.length !== 2) return false;
  const between = doc.line(ref.line).slice(ref.numberRanges[0].end.character, ref.numberRanges[1].start.character);
  return /to|[-–至到]/.test(between);
}
