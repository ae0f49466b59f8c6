import { parseDocument } from '../parse/parser';
import { extractKnowledge } from './extract';
import type { Knowledge } from './knowledge';
import { mergeKnowledge } from './merge';
import { recurringParagraphs } from './recurring';
import { extractFromTables } from './spec-tables';

export * from './knowledge';
export { extractKnowledge } from './extract';
export { mergeKnowledge, similarity } from './merge';

export interface SourceText {
  name: string;
  text: string;
}

/**
 * Learns from prior reports (and conventions documents, whose Markdown tables state facts):
 * everything in order of the sources, so the same sources always give the same result.
 */
export function learn(sources: SourceText[]): Knowledge {
  const parts: Knowledge[] = [];
  const reports: { doc: ReturnType<typeof parseDocument>; name: string }[] = [];
  for (const s of sources) {
    const tables = extractFromTables(s.text, s.name);
    if (tables.actionLineTitles.length || tables.resolutions.length) {
      parts.push(tables);
      continue;
    }
    const doc = parseDocument(s.text);
    reports.push({ doc, name: doc.header.symbol?.text ?? s.name });
    parts.push(extractKnowledge(doc, s.name));
  }
  const merged = mergeKnowledge(parts);
  for (const p of recurringParagraphs(reports)) {
    if (!merged.paragraphs.some((q) => q.from.some((f) => p.from.some((g) => g.document === f.document && g.paragraph === f.paragraph)))) {
      merged.paragraphs.push(p);
    }
  }
  return merged;
}
