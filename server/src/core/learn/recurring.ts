import type { DocumentModel } from '../model';
import { paragraphText, toSnippetBody } from './extract';
import type { StandardParagraph } from './knowledge';
import { similarity } from './merge';

const RECURS = 0.7;
const MAX_PARAGRAPHS = 600;

/** Numbered paragraphs that say nearly the same thing in two or more reports: snippet candidates. */
export function recurringParagraphs(docs: { doc: DocumentModel; name: string }[]): StandardParagraph[] {
  const texts = docs.map(({ doc, name }) =>
    doc.paragraphs
      .filter((p) => p.number !== null)
      .slice(0, MAX_PARAGRAPHS)
      .map((p) => ({ name, lang: doc.language, number: p.number!, line: p.firstLine, text: paragraphText(doc, p) })),
  );
  const out: StandardParagraph[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (const p of texts[i]) {
      if (out.some((o) => o.from.some((f) => f.document === p.name && f.paragraph === p.number))) continue;
      const matches = [];
      for (let j = i + 1; j < texts.length; j++) {
        const q = texts[j].find((x) => x.lang === p.lang && Math.abs(x.text.length - p.text.length) < p.text.length / 2 && similarity(x.text, p.text) >= RECURS);
        if (q) matches.push(q);
      }
      if (!matches.length) continue;
      const latest = matches[matches.length - 1];
      out.push({
        id: `recurring-${p.lang}-${out.length + 1}`,
        lang: p.lang,
        label: `Recurring paragraph: ${latest.text.slice(0, 60)}${latest.text.length > 60 ? '…' : ''}`,
        body: toSnippetBody(latest.text),
        from: [p, ...matches].map((x) => ({ document: x.name, paragraph: x.number, line: x.line })),
      });
    }
  }
  return out;
}
