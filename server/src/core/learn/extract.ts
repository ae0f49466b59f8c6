import { footnoteAnalysis } from '../analysis/footnotes';
import type { DocumentModel, Paragraph } from '../model';
import { classifyLine } from '../parse/lines';
import { buildOutline, type OutlineNode } from '../outline';
import type { Knowledge, LearnedResolution, Provenance, SkeletonNode, StandardParagraph } from './knowledge';

const EN_ENTITLED = /^,?\s*entitled\s*["“]([^"”]{3,300})["”]/;
const ZH_ENTITLED = /题为\s*["“「《]([^"”」》]{2,120})["”」》]\s*的\s*$/;

/** What one prior report teaches: abbreviations, dated and titled resolutions, its skeleton, its action-line titles. */
export function extractKnowledge(doc: DocumentModel, documentName: string): Knowledge {
  const name = doc.header.symbol?.text ?? documentName;
  const lang: 'zh' | 'en' = doc.language === 'zh' ? 'zh' : 'en';
  const from = (line: number): Provenance => {
    const p = doc.paragraphAtLine(line);
    return p?.number != null ? { document: name, paragraph: p.number, line } : { document: name, line };
  };
  const abbreviations = doc.abbreviations.map((a) => ({
    short: a.short,
    full: a.full,
    lang: (/[\u4e00-\u9fff]/.test(a.short) ? 'zh' : 'en') as 'zh' | 'en',
    from: from(a.line),
  }));
  const resolutions: LearnedResolution[] = doc.resolutions.map((r) => {
    const learned: LearnedResolution = { organ: r.organ, number: r.number, lang, from: from(r.line) };
    if (r.date) learned.date = r.date.iso;
    const title = resolutionTitle(doc.line(r.line), r.range.start.character, (r.date ?? r).range.end.character, r.date?.range.start.character);
    if (title) learned.title = title;
    return learned;
  });
  const actionLineTitles = doc.headings
    .filter((h) => h.kind === 'action-line')
    .map((h) => ({ code: h.code!, letter: h.label, title: h.title, lang, from: from(h.line) }));
  const skeleton = {
    document: name,
    kind: doc.kind === 'resolution' ? ('ga-resolution' as const) : ('sg-report' as const),
    lang: doc.language,
    outline: toSkeleton(buildOutline(doc)),
  };
  return {
    documents: [name],
    abbreviations,
    resolutions,
    actionLineTitles,
    skeletons: skeleton.outline.length ? [skeleton] : [],
    paragraphs: standardParagraphs(doc, name),
  };
}

function resolutionTitle(line: string, start: number, end: number, dateStart: number | undefined): string | undefined {
  const en = EN_ENTITLED.exec(line.slice(end));
  if (en) return en[1].trim().replace(/[,.]$/, '');
  const zh = ZH_ENTITLED.exec(line.slice(Math.max(0, (dateStart ?? start) - 140), dateStart ?? start));
  return zh ? zh[1].trim() : undefined;
}

function toSkeleton(nodes: OutlineNode[]): SkeletonNode[] {
  const out: SkeletonNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'paragraph' || n.kind === 'preamble') continue;
    const m = /^(?:\(([a-z])\)|([^.\s]+)\.)\s+(.*?)(?:\s*\((C\d+)\))?$/.exec(n.label);
    const node: SkeletonNode = n.kind === 'topic' || !m
      ? { kind: n.kind, label: null, title: n.label }
      : { kind: n.kind, label: m[1] ?? m[2], title: m[3] };
    if (n.code) node.code = n.code;
    const children = toSkeleton(n.children);
    if (children.length) node.children = children;
    out.push(node);
  }
  return out;
}

/** Paragraphs every annual report carries, recognised by what they say. */
const STANDARD: { id: string; label: string; test: (text: string, p: Paragraph, first: boolean) => boolean }[] = [
  {
    id: 'introduction',
    label: 'Introduction: the mandate and the contributions received',
    test: (text, _p, first) => first && /2006\/46/.test(text),
  },
  {
    id: 'facilitators-meeting',
    label: "The action-line facilitators' annual meeting",
    test: (text) => /(行动方针协调方|action line facilitators)/i.test(text) && /(年会|会议|meeting)/i.test(text),
  },
];

function standardParagraphs(doc: DocumentModel, name: string): StandardParagraph[] {
  const numbered = doc.paragraphs.filter((p) => p.number !== null);
  const out: StandardParagraph[] = [];
  for (const s of STANDARD) {
    const index = numbered.findIndex((p, i) => s.test(paragraphText(doc, p), p, i === 0));
    if (index === -1) continue;
    const p = numbered[index];
    out.push({
      id: `${s.id}-${doc.language}`,
      lang: doc.language,
      label: s.label,
      body: toSnippetBody(paragraphText(doc, p)),
      from: [{ document: name, paragraph: p.number!, line: p.firstLine }],
    });
  }
  return out;
}

/** A paragraph's own words: no number, no footnote markers, no page furniture ("24-19490 3/15") where a page broke it, lines joined. */
export function paragraphText(doc: DocumentModel, p: Paragraph): string {
  const parts: string[] = [];
  const footnotes = footnoteAnalysis(doc);
  for (let l = p.firstLine; l <= p.lastLine; l++) {
    if (footnotes.textRowAtLine(l) === -1 && classifyLine(doc.line(l)).kind !== 'furniture') parts.push(doc.line(l));
  }
  const zh = doc.language === 'zh';
  return parts
    .join(zh ? '' : ' ')
    .replace(/^\s*(?:[-*]\s+)?\d+\.\s*/, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]|<sup>\d+<\/sup>|\$\^\{?\d+\}?\$/g, '')
    .replace(/\s+/g, ' ')
    .replace(zh ? /([。，；：])\s+/g : /$^/, '$1')
    .trim();
}

/** Years and counts vary from one report to the next: make them snippet placeholders. */
export function toSnippetBody(text: string): string {
  let n = 0;
  const escaped = text.replace(/[$}\\]/g, (c) => '\\' + c);
  return escaped.replace(/(?<![\d/.])\d{1,4}(?![\d/]|\.\d)(?!\s*号)/g, (m) => `\${${++n}:${m}}`);
}
