import { footnoteAnalysis } from '../analysis/footnotes';
import { paragraphNumbering, paragraphReferredTo } from '../analysis/paragraphs';
import type { DocumentModel, Paragraph } from '../model';
import { toSuperscript } from '../parse/numerals';
import { rangeKey } from '../text';
import type { TextEdit } from './edits';
import { footnoteMentions } from './footnote-mentions';

/** Numbers paragraphs 1, 2, 3 ... in document order and updates every internal cross-reference. */
export function renumberParagraphs(doc: DocumentModel): TextEdit[] {
  const { rows } = paragraphNumbering(doc);
  const edits: TextEdit[] = [];
  const newNumber = new Map<Paragraph, number>();
  rows.forEach((k, i) => {
    const p = doc.paragraphs[k];
    newNumber.set(p, i + 1);
    if (p.number !== i + 1) edits.push({ range: p.numberRange!, newText: String(i + 1) });
  });
  for (const ref of doc.crossReferences) {
    if (!ref.internal) continue;
    ref.numbers.forEach((n, i) => {
      const target = paragraphReferredTo(doc, ref, n);
      if (!target) return;
      const updated = newNumber.get(target)!;
      if (updated !== n) edits.push({ range: ref.numberRanges[i], newText: String(updated) });
    });
  }
  return edits;
}

/** Numbers footnotes in order of first reference: markers, texts and mentions ("see footnote 3 above") together. */
export function renumberFootnotes(doc: DocumentModel): TextEdit[] {
  const { firstCitationNumbers } = footnoteAnalysis(doc);
  const map = new Map<number, number>();
  for (const n of firstCitationNumbers) map.set(n, map.size + 1);
  // Texts nobody cites keep their place after the cited ones.
  for (const t of doc.footnoteTexts) if (!map.has(t.number)) map.set(t.number, map.size + 1);
  const edits: TextEdit[] = [];
  const renumber = (old: number, range: TextEdit['range'], superscript: boolean) => {
    const n = map.get(old)!;
    if (n !== old) edits.push({ range, newText: superscript ? toSuperscript(n) : String(n) });
  };
  for (const m of doc.footnoteMarkers) renumber(m.number, m.digitsRange, m.style === 'superscript');
  for (const b of doc.bareFootnoteCitations) renumber(b.number, b.range, false);
  for (const t of doc.footnoteTexts) renumber(t.number, t.digitsRange, t.style === 'superscript');
  // "See footnote 3 above": only numbers that are footnotes here, and not digits edited already.
  const edited = new Set(edits.map((e) => rangeKey(e.range)));
  for (const mention of footnoteMentions(doc)) {
    if (map.has(mention.number) && !edited.has(rangeKey(mention.range))) renumber(mention.number, mention.range, false);
  }
  return edits;
}
