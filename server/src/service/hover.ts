// Hover: what the element under the cursor refers to, as markdown.
import { footnoteAnalysis } from '../core/analysis/footnotes';
import type { DocumentModel, FootnoteText, Paragraph, ResolutionReference } from '../core/model';
import type { PriorReportIndex } from '../core/learn/workspace-index';
import { findActionLine, findResolutionSeed, type ActionLineSeed, type ResolutionSeed } from '../core/seeds';
import type { Position, Range } from '../core/text';
import type { AbbreviationHit } from './abbreviations';
import { formatDateFor } from './dates';
import { elementAt, type DocumentElement } from './lookup';
import { escapeMarkdown, lineList, link } from './markdown';
import { paragraphReferredTo, referencesToParagraph } from './paragraph-targets';
import { ORGAN_NAMES, resolutionSeedBySymbol, resolutionSymbol, symbolOrganName, undocsUrl } from './undocs';

export interface HoverResult {
  markdown: string;
  range: Range;
}

/** `prior`: the index of the workspace's prior reports, which wins over seeds/ where both know a fact. */
export function hoverAt(doc: DocumentModel, position: Position, prior?: PriorReportIndex): HoverResult | undefined {
  const element = elementAt(doc, position, prior);
  if (!element) return undefined;
  const markdown = describe(doc, element, prior);
  return markdown ? { markdown, range: element.range } : undefined;
}

function describe(doc: DocumentModel, element: DocumentElement, prior: PriorReportIndex | undefined): string | undefined {
  switch (element.kind) {
    case 'footnote-citation':
      return describeFootnoteText(element.number, footnoteAnalysis(doc).textsOf(element.number));
    case 'footnote-text':
      return describeFootnoteCitations(doc, element.text);
    case 'cross-reference': {
      if (!element.reference.internal) return undefined;
      const numbers = element.number === undefined ? element.reference.numbers : [element.number];
      return numbers.map((n) => describeParagraph(n, paragraphReferredTo(doc, element.reference, n))).join('\n\n---\n\n');
    }
    case 'resolution':
      return describeResolution(element.resolution, doc.language, prior);
    case 'symbol':
      return describeSymbol(element.part, element.symbol.problem, doc.language);
    case 'action-line-code':
      return describeActionLine(element.code, findActionLine(element.code), doc.language);
    case 'paragraph-number':
      return describeParagraphReferences(doc, element.paragraph);
    case 'abbreviation':
      return describeAbbreviation(element);
  }
}

function describeFootnoteText(n: number, texts: FootnoteText[]): string {
  if (!texts.length) return `**Footnote ${n}** has no footnote text.`;
  if (texts.length === 1) return `**Footnote ${n}**\n\n${escapeMarkdown(texts[0].text)}`;
  return [`**Footnote ${n}** has ${texts.length} texts:`, ...texts.map((t) => `- line ${t.line + 1}: ${escapeMarkdown(t.text)}`)].join('\n\n');
}

function describeFootnoteCitations(doc: DocumentModel, text: FootnoteText): string {
  const citations = footnoteAnalysis(doc).citationsOf(text.number);
  if (!citations.length) return `**Footnote ${text.number}** is not cited in the text.`;
  const where = citations.map((c) => {
    const paragraph = doc.paragraphAtLine(c.line);
    return paragraph?.number != null ? `line ${c.line + 1} (paragraph ${paragraph.number})` : `line ${c.line + 1}`;
  });
  return `**Footnote ${text.number}** is cited on ${where.join(', ')}.`;
}

function describeParagraph(n: number, paragraph: Paragraph | undefined): string {
  if (!paragraph) return `**Paragraph ${n}** does not exist in this document.`;
  return `**Paragraph ${n}** (line ${paragraph.firstLine + 1})\n\n> ${escapeMarkdown(paragraph.firstSentence)}`;
}

function describeParagraphReferences(doc: DocumentModel, paragraph: Paragraph): string | undefined {
  const refs = referencesToParagraph(doc, paragraph);
  if (!refs.length) return undefined;
  return `**Paragraph ${paragraph.number}** is referred to on ${lineList(refs.map((r) => r.start.line))}.`;
}

function describeResolution(resolution: ResolutionReference, language: string, prior: PriorReportIndex | undefined): string {
  const seed = findResolutionSeed(resolution.organ, resolution.number);
  const organ = ORGAN_NAMES[resolution.organ];
  const heading = `**${organ ? organ + ' ' : ''}${resolution.kind} ${escapeMarkdown(resolution.number)}**`;
  const symbol = resolutionSymbol(resolution);
  const known = prior?.resolution(resolution.organ, resolution.number);
  // Prior reports in the workspace win over seeds/; a disagreement is shown.
  const fromPrior = known && known.source !== 'seeds/' ? known : undefined;
  const date = fromPrior?.value.date ?? seed?.date ?? resolution.date?.iso;
  const title = fromPrior?.value.title ? `*${escapeMarkdown(fromPrior.value.title)}*` : seed ? seedTitle(seed, language) : undefined;
  return [
    date ? `${heading} of ${formatDateFor(date, 'en')}` : heading,
    title ?? (fromPrior ? undefined : '_Not in the unreport seeds._'),
    fromPrior ? `Source: ${escapeMarkdown(fromPrior.source)}` : undefined,
    fromPrior?.seedsSay?.date ? `⚠ seeds/ says ${formatDateFor(fromPrior.seedsSay.date, 'en')}` : undefined,
    symbol ? link(symbol, undocsUrl(symbol)) : undefined,
  ].filter(Boolean).join('\n\n');
}

function describeSymbol(symbol: string, problem: string | undefined, language: string): string {
  const seed = resolutionSeedBySymbol(symbol);
  const lines: (string | undefined)[] = [];
  if (seed) {
    const organ = ORGAN_NAMES[seed.organ];
    lines.push(`**${escapeMarkdown(symbol)}**: ${organ} resolution ${escapeMarkdown(seed.number)}${seed.date ? ` of ${formatDateFor(seed.date, 'en')}` : ''}`);
    lines.push(seedTitle(seed, language));
  } else {
    const organ = symbolOrganName(symbol);
    lines.push(`**${escapeMarkdown(symbol)}**${organ ? `: ${organ} document` : ''}`);
  }
  if (problem) lines.push(`Malformed: ${escapeMarkdown(problem)}`);
  else lines.push(link(symbol, undocsUrl(symbol)));
  return lines.filter(Boolean).join('\n\n');
}

function seedTitle(seed: ResolutionSeed, language: string): string | undefined {
  const title = language === 'zh' ? (seed.title?.zh ?? seed.title?.en) : (seed.title?.en ?? seed.title?.zh);
  return title ? `*${escapeMarkdown(title)}*` : undefined;
}

function describeActionLine(code: string, seed: ActionLineSeed | undefined, language: string): string {
  if (!seed) return `**${code}** is not a WSIS action line: they run C1 to C11.`;
  const zh = language === 'zh';
  const title = (zh ? seed.titles.zh[0] : undefined) ?? seed.titles.en[0];
  const lines = [`**${code}: ${escapeMarkdown(title)}**`, `Facilitators: ${escapeMarkdown((zh ? seed.facilitators.zh : undefined) ?? seed.facilitators.en)}`];
  if (seed.applications?.length) {
    lines.push(
      'Applications:\n' +
        seed.applications.map((a) => `- ${escapeMarkdown(zh ? a.zh : a.en)}${a.facilitator ? ` (${escapeMarkdown(a.facilitator)})` : ''}`).join('\n'),
    );
  }
  return lines.join('\n\n');
}

function describeAbbreviation(hit: AbbreviationHit): string {
  const source = hit.definition ? `defined on line ${hit.definition.line + 1}` : hit.source && hit.source !== 'seeds' ? `defined in ${hit.source}` : 'from seeds';
  const conflict = hit.seedsSay ? `\n\n⚠ seeds/ says: ${escapeMarkdown(hit.seedsSay)}` : '';
  return `**${escapeMarkdown(hit.short)}**: ${escapeMarkdown(hit.full)} (${source})${conflict}`;
}
