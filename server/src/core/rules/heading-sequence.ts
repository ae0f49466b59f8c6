import type { DocumentModel, Heading, HeadingKind } from '../model';
import { toChinese, toRoman } from '../parse/numerals';
import type { Report, Rule } from './rule';

const NOUN: Partial<Record<HeadingKind, string>> = {
  chapter: 'chapter',
  section: 'section',
  subsection: 'subsection',
  lettered: 'sub-section',
  'action-line': 'sub-section',
};

export const headingSequence: Rule = {
  code: 'heading-sequence',
  defaultSeverity: 'warning',
  description: 'Headings of one level run I, II, III / A, B, C / 1, 2, 3 / (a), (b), (c), and a level never has a single heading.',
  check(doc, { report }) {
    checkLevel(doc, report, doc.headingRoots, undefined);
  },
};

/**
 * One level of headings, then the levels below. A function of its own, not a closure made per
 * check: a closure that calls itself stays referenced from V8's call feedback (parse/document.ts).
 */
function checkLevel(doc: DocumentModel, report: Report, siblings: Heading[], parent: Heading | undefined): void {
  const groups = new Map<string, Heading[]>();
  for (const h of siblings) {
    if (h.kind === 'topic') continue;
    const key = h.kind === 'action-line' ? 'lettered' : h.kind;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  for (const list of groups.values()) {
    let expected = 1;
    for (const h of list) {
      if (h.ordinal !== expected) {
        const noun = NOUN[h.kind] ?? 'heading';
        const message = h.ordinal > expected
          ? `${noun} ${label(h, expected)} is missing: ${expected > 1 ? label(h, expected - 1) : 'the level starts with'} ${expected > 1 ? 'is followed by' : ''} ${label(h, h.ordinal)}`.replace(/\s+/g, ' ')
          : `${noun} ${label(h, h.ordinal)} is out of order: ${label(h, expected)} was expected`;
        report({ message, range: h.labelRange });
      }
      expected = h.ordinal + 1;
    }
    if (list.length === 1 && parent && doc.kind === 'report') {
      const h = list[0];
      const noun = NOUN[h.kind] ?? 'heading';
      const owner = `${NOUN[parent.kind] ?? 'heading'} ${label(parent, parent.ordinal)}`;
      report({ message: `${owner} has a single ${noun} (${label(h, h.ordinal)}): a level with one heading should be merged into its parent`, range: h.labelRange });
    }
  }
  for (const h of siblings) if (h.children.length) checkLevel(doc, report, h.children, h);
}

function label(h: Heading, ordinal: number): string {
  switch (h.kind) {
    case 'chapter':
      return /^[IVXLC]+$/.test(h.label) ? toRoman(ordinal) : toChinese(ordinal);
    case 'section':
      return String.fromCharCode(64 + ordinal);
    case 'lettered':
    case 'action-line':
      return `(${String.fromCharCode(96 + ordinal)})`;
    default:
      return String(ordinal);
  }
}
