import type { DocumentModel, Heading } from './model';
import type { Range } from './text';

export type OutlineKind = 'chapter' | 'section' | 'subsection' | 'action-line' | 'topic' | 'paragraph' | 'preamble';

export interface OutlineNode {
  kind: OutlineKind;
  label: string;
  line: number;
  range: Range;
  selectionRange: Range;
  code?: string;
  children: OutlineNode[];
}

/** The heading tree down to paragraphs, as the editor's outline and `unreport outline` show it. */
export function buildOutline(doc: DocumentModel): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const nodeOf = new Map<Heading, OutlineNode>();
  for (const h of doc.headings) {
    const node: OutlineNode = {
      kind: h.kind === 'lettered' ? 'subsection' : h.kind,
      label: headingLabel(h),
      line: h.line,
      range: h.range,
      selectionRange: h.titleRange,
      children: [],
    };
    if (h.code) node.code = h.code;
    nodeOf.set(h, node);
    (h.parent ? nodeOf.get(h.parent)!.children : roots).push(node);
  }
  for (const p of doc.paragraphs) {
    if (p.number === null && !p.preamble) continue;
    const node: OutlineNode = {
      kind: p.preamble ? 'preamble' : 'paragraph',
      label: p.number === null ? p.firstWords : `${p.number}${p.suffix ? ' ' + p.suffix : ''}. ${p.firstWords}`,
      line: p.firstLine,
      range: p.range,
      selectionRange: p.numberRange ?? { start: p.range.start, end: { line: p.firstLine, character: doc.line(p.firstLine).length } },
      children: [],
    };
    (p.heading ? nodeOf.get(p.heading)!.children : roots).push(node);
  }
  const byLine = (a: OutlineNode, b: OutlineNode) => a.line - b.line;
  const sort = (nodes: OutlineNode[]) => {
    nodes.sort(byLine);
    for (const n of nodes) if (n.children.length) sort(n.children);
  };
  sort(roots);
  return roots;
}

function headingLabel(h: Heading): string {
  switch (h.kind) {
    case 'topic':
      return h.title;
    case 'lettered':
      return `(${h.label}) ${h.title}`;
    case 'action-line':
      return `(${h.label}) ${h.title} (${h.code})`;
    default:
      return `${h.label}. ${h.title}`;
  }
}
