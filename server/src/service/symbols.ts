// Document symbols: the outline (chapters, sections, action lines, paragraphs), each heading's
// range stretched over its content so breadcrumbs follow the cursor.
import type { DocumentModel } from '../core/model';
import { buildOutline, type OutlineKind, type OutlineNode } from '../core/outline';
import type { Range } from '../core/text';

export interface OutlineSymbol {
  name: string;
  kind: OutlineKind;
  /** The action-line code, when there is one. */
  detail?: string;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

export function documentOutline(doc: DocumentModel): OutlineSymbol[] {
  return buildOutline(doc).map(toSymbol);
}

function toSymbol(node: OutlineNode): OutlineSymbol {
  const children = node.children.map(toSymbol);
  let end = node.range.end;
  for (const c of children) if (after(c.range.end, end)) end = c.range.end;
  const symbol: OutlineSymbol = {
    name: node.label.trim() || '(untitled)',
    kind: node.kind,
    range: { start: node.range.start, end },
    selectionRange: node.selectionRange,
    children,
  };
  if (node.code) symbol.detail = node.code;
  return symbol;
}

function after(a: Range['end'], b: Range['end']): boolean {
  return a.line > b.line || (a.line === b.line && a.character > b.character);
}
