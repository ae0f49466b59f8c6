// Document links: each UN document symbol opens on undocs.org; a joint symbol links each part.
import type { DocumentModel } from '../core/model';
import type { Range } from '../core/text';
import { symbolParts } from './lookup';
import { undocsUrl } from './undocs';

export interface DocumentLinkTarget {
  range: Range;
  target: string;
  tooltip: string;
}

export function documentLinks(doc: DocumentModel): DocumentLinkTarget[] {
  const links: DocumentLinkTarget[] = [];
  for (const symbol of doc.symbols) {
    if (symbol.problem) continue;
    for (const part of symbolParts(symbol)) {
      links.push({ range: part.range, target: undocsUrl(part.text), tooltip: `Open ${part.text} on undocs.org` });
    }
  }
  return links;
}
