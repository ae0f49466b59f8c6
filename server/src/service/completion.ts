// Completion from the seeds: the next action-line heading in the list, and resolution citations.
import { actionLineHeadings, type ActionLineHeading } from '../core/analysis/action-lines';
import type { DocumentModel, Organ } from '../core/model';
import { describeProvenance, type PriorReportIndex } from '../core/learn/workspace-index';
import { findActionLine, findResolutionSeed, LEARNED, RESOLUTIONS, type ResolutionSeed } from '../core/seeds';
import paragraphsFile from '../../../seeds/paragraphs.json';
import type { Position, Range } from '../core/text';
import { toSuperscript } from '../core/parse/numerals';
import { formatDateFor } from './dates';
import { escapeMarkdown, link } from './markdown';
import { ORGAN_NAMES, undocsUrl } from './undocs';

export interface CompletionSuggestion {
  label: string;
  kind: 'heading' | 'reference';
  /** Replaces `range`: from where the typed trigger starts to the cursor. */
  insertText: string;
  range: Range;
  /** What the editor matches the typed text against. */
  filterText: string;
  sortText: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  preselect?: boolean;
  /** insertText holds ${1:placeholders}. */
  snippet?: boolean;
  /** Edits elsewhere in the document that go with the insertion (a footnote's text line). */
  additionalEdits?: { range: Range; newText: string }[];
}

/** Whether the text before the cursor could take a suggestion: lets the server skip the check otherwise. */
export function mayComplete(linePrefix: string): boolean {
  return (
    LETTERED_START.test(linePrefix) ||
    ENGLISH_TRIGGER.test(linePrefix) ||
    CHINESE_TRIGGER.test(linePrefix) ||
    PARAGRAPH_START.test(linePrefix) ||
    FOOTNOTE_TRIGGER.test(linePrefix)
  );
}

/** `prior`: the workspace's prior reports, whose citations and paragraphs come first. */
export function completionsAt(doc: DocumentModel, position: Position, prior?: PriorReportIndex): CompletionSuggestion[] {
  const line = doc.line(position.line);
  const prefix = line.slice(0, position.character);
  const resolutions = knownResolutions(prior);
  return [
    ...nextActionLine(doc, position, line),
    ...englishResolutions(position, prefix, resolutions),
    ...chineseResolutions(position, prefix, resolutions),
    ...standardParagraphs(doc, position, prefix, prior),
    ...nextFootnote(doc, position, prefix),
  ];
}

// ---- "(" at the start of a line in the action-line list ------------------------------------

const LETTERED_START = /^(\s*)[(（][a-z]?$/;

/** After a lettered line start "(" (or "(d"): the action line that follows the one above. */
function nextActionLine(doc: DocumentModel, position: Position, line: string): CompletionSuggestion[] {
  const start = LETTERED_START.exec(line.slice(0, position.character));
  if (!start) return [];
  const headings = actionLineHeadings(doc).filter((a) => a.heading.line !== position.line);
  const previous = [...headings].reverse().find((a) => a.heading.line < position.line);
  const following = headings.find((a) => a.heading.line > position.line);
  const next = previous ? { index: previous.index + 1, letter: nextLetter(previous) } : following && { index: following.index - 1, letter: previousLetter(following) };
  const seed = next && findActionLine(`C${next.index}`);
  if (!next || !seed) return [];
  const letter = next.letter ?? seed.letter;
  const zh = doc.language === 'zh';
  const text = zh ? `(${letter}) ${seed.titles.zh[0]}(${seed.code})` : `(${letter}) ${seed.titles.en[0]} (${seed.code})`;
  const facilitators = (zh ? seed.facilitators.zh : undefined) ?? seed.facilitators.en;
  return [
    {
      label: text,
      kind: 'heading',
      insertText: text,
      range: { start: { line: position.line, character: start[1].length }, end: { line: position.line, character: closingBracketEnd(line, position.character) } },
      filterText: text,
      sortText: '0',
      detail: `WSIS action line ${seed.code}`,
      documentation: `Facilitators: ${escapeMarkdown(facilitators)}`,
      preselect: true,
    },
  ];
}

/** The editor closes "(" as "()": the suggestion replaces that ")" too. */
function closingBracketEnd(line: string, cursor: number): number {
  return /^[)）]\s*$/.test(line.slice(cursor)) ? line.length : cursor;
}

function nextLetter(a: ActionLineHeading): string | undefined {
  return /^[a-y]$/.test(a.heading.label) ? String.fromCharCode(a.heading.label.charCodeAt(0) + 1) : undefined;
}

function previousLetter(a: ActionLineHeading): string | undefined {
  return /^[b-z]$/.test(a.heading.label) ? String.fromCharCode(a.heading.label.charCodeAt(0) - 1) : undefined;
}

// ---- resolution citations --------------------------------------------------------------------

const ENGLISH_TRIGGER = /\bresolution\s+[\d/]*$/i;
const ENGLISH_ORGANS: [RegExp, Organ][] = [
  [/General Assembly\s+$/i, 'GA'],
  [/Economic and Social Council\s+$/i, 'ECOSOC'],
  [/Security Council\s+$/i, 'SC'],
  [/Human Rights Council\s+$/i, 'HRC'],
];

function englishResolutions(position: Position, prefix: string, known: ResolutionSeed[]): CompletionSuggestion[] {
  const trigger = ENGLISH_TRIGGER.exec(prefix);
  if (!trigger) return [];
  const word = trigger[0].slice(0, 'resolution'.length);
  const before = prefix.slice(0, trigger.index);
  const organ = ENGLISH_ORGANS.find(([re]) => re.test(before))?.[1];
  return resolutionSeeds(known, organ).map((seed, i) => {
    const citation = `${word} ${seed.number}`;
    const text = seed.date && seed.organ !== 'SC' ? `${citation} of ${formatDateFor(seed.date, 'en')}` : citation;
    return resolutionSuggestion(seed, text, citation, i, rangeTo(position, trigger.index), 'en');
  });
}

const CHINESE_TRIGGER = /第\s*[\d/]*$/;
const CHINESE_ORGANS: [RegExp, Organ][] = [
  [/人权理事会\s*$/, 'HRC'],
  [/(安全理事会|安理会)\s*$/, 'SC'],
  [/理事会\s*$/, 'ECOSOC'],
  [/大会\s*$/, 'GA'],
];

function chineseResolutions(position: Position, prefix: string, known: ResolutionSeed[]): CompletionSuggestion[] {
  const trigger = CHINESE_TRIGGER.exec(prefix);
  if (!trigger) return [];
  const before = prefix.slice(0, trigger.index);
  const organ = CHINESE_ORGANS.find(([re]) => re.test(before))?.[1];
  const datedAlready = /日\s*$/.test(before);
  const space = /[\u4e00-\u9fff]$/.test(before) ? ' ' : '';
  return resolutionSeeds(known, organ).map((seed, i) => {
    const citation = `第 ${seed.number} 号决议`;
    const text = seed.date && !datedAlready ? `${space}${formatDateFor(seed.date, 'zh')}${citation}` : citation;
    return resolutionSuggestion(seed, text, citation, i, rangeTo(position, trigger.index), 'zh');
  });
}

/** Resolutions as the prior reports cite them, then those only the seeds know. */
function knownResolutions(prior: PriorReportIndex | undefined): ResolutionSeed[] {
  const out: ResolutionSeed[] = [];
  const seen = new Set<string>();
  for (const r of prior?.knowledge().resolutions ?? []) {
    const key = `${r.organ} ${r.number}`;
    if (seen.has(key) || r.organ === 'unknown' || !r.date) continue;
    seen.add(key);
    const seed = findResolutionSeed(r.organ, r.number);
    out.push({
      organ: r.organ as ResolutionSeed['organ'],
      number: r.number,
      symbol: seed?.symbol ?? `${r.organ === 'ECOSOC' ? 'E' : 'A'}/RES/${r.number}`,
      date: r.date,
      title: r.title ? { [r.lang]: r.title } : seed?.title,
      source: `cited in ${describeProvenance(r.from)}`,
    });
  }
  for (const r of RESOLUTIONS) if (!seen.has(`${r.organ} ${r.number}`)) out.push(r);
  return out;
}

/** Resolutions most recent first; those of one organ when the text names it. */
function resolutionSeeds(known: ResolutionSeed[], organ: Organ | undefined): ResolutionSeed[] {
  return known.filter((r) => !organ || r.organ === organ).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function resolutionSuggestion(seed: ResolutionSeed, text: string, filterText: string, index: number, range: Range, language: 'en' | 'zh'): CompletionSuggestion {
  const title = language === 'zh' ? (seed.title?.zh ?? seed.title?.en) : (seed.title?.en ?? seed.title?.zh);
  return {
    label: text.trim(),
    kind: 'reference',
    insertText: text,
    range,
    filterText,
    sortText: String(index).padStart(4, '0'),
    detail: `${ORGAN_NAMES[seed.organ]} resolution ${seed.number}${title ? `: ${title}` : ''}`,
    documentation: [
      title ? `*${escapeMarkdown(title)}*` : undefined,
      seed.source.startsWith('cited in') ? escapeMarkdown(seed.source) : undefined,
      link(seed.symbol, undocsUrl(seed.symbol)),
    ].filter(Boolean).join('\n\n'),
  };
}

function rangeTo(position: Position, fromCharacter: number): Range {
  return { start: { line: position.line, character: fromCharacter }, end: position };
}

// ---- standard paragraphs after "12. " ----------------------------------------------------------

const PARAGRAPH_START = /^(\s*(?:[-*]\s+)?\d{1,5}\.\s+)$/;

interface ParagraphSnippet {
  id: string;
  lang: string;
  label: string;
  body: string;
  source: string;
}

/** Paragraphs every report carries, from the workspace's prior reports first, then seeds/. */
function standardParagraphs(doc: DocumentModel, position: Position, prefix: string, prior: PriorReportIndex | undefined): CompletionSuggestion[] {
  if (!PARAGRAPH_START.test(prefix)) return [];
  const language = doc.language === 'zh' ? 'zh' : 'en';
  const fromKnowledge = (paragraphs: typeof LEARNED.paragraphs, origin: string): ParagraphSnippet[] =>
    paragraphs.map((p) => ({ id: p.id, lang: p.lang, label: p.label, body: p.body, source: `${origin} ${p.from.map(describeProvenance).join('; ')}` }));
  const candidates: ParagraphSnippet[] = [
    ...fromKnowledge(prior?.knowledge().paragraphs ?? [], 'as in'),
    ...fromKnowledge(LEARNED.paragraphs, 'learned from'),
    ...(paragraphsFile.paragraphs as ParagraphSnippet[]),
  ];
  const seen = new Set<string>();
  return candidates
    .filter((p) => p.lang === language && !seen.has(p.body) && (seen.add(p.body), true))
    .map((p, i) => ({
      label: p.label,
      kind: 'heading' as const,
      insertText: p.body,
      range: rangeTo(position, position.character),
      filterText: p.label,
      sortText: `p${String(i).padStart(3, '0')}`,
      detail: 'Standard paragraph',
      documentation: `${escapeMarkdown(p.body.replace(/\$\{\d+:([^}]*)\}/g, '$1'))}\n\n_${escapeMarkdown(p.source)}_`,
      snippet: true,
    }));
}

// ---- a footnote: the next marker here, its text line after the paragraph ----------------------

const FOOTNOTE_TRIGGER = /\^$/;

function nextFootnote(doc: DocumentModel, position: Position, prefix: string): CompletionSuggestion[] {
  if (!FOOTNOTE_TRIGGER.test(prefix)) return [];
  let highest = 0;
  const markers = doc.footnoteMarkerRows;
  for (let k = 0; k < markers.length; k++) {
    // Not the marker just typed, which the completion replaces.
    if (markers.line(k) !== position.line || markers.at(k).range.end.character !== position.character) highest = Math.max(highest, markers.number(k));
  }
  for (let k = 0; k < doc.footnoteTextRows.length; k++) highest = Math.max(highest, doc.footnoteTextRows.number(k));
  const n = highest + 1;
  const style = markers.length ? markers.style(0) : 'superscript';
  const marker = style === 'caret' ? `[^${n}]` : style === 'sup-tag' ? `<sup>${n}</sup>` : style === 'latex' ? `$^${n}$` : toSuperscript(n);
  const textMarker = style === 'caret' ? `[^${n}]:` : marker;
  const paragraph = doc.paragraphAtLine(position.line);
  const after = paragraph ? paragraph.lastLine : position.line;
  const end = { line: after, character: doc.line(after).length };
  return [
    {
      label: `footnote ${n}`,
      kind: 'reference',
      insertText: marker,
      range: { start: { line: position.line, character: position.character - 1 }, end: position },
      filterText: '^',
      sortText: '0',
      detail: `Footnote ${n}: the marker here, its text after the paragraph`,
      additionalEdits: [{ range: { start: end, end }, newText: `\n\n${textMarker} ${doc.language === 'zh' ? '脚注案文。' : 'Footnote text.'}` }],
    },
  ];
}
