// Code actions: edits the user chooses. Quick fixes for the findings they repair, and the two
// renumberings as source actions as well.
import { actionLineNamedBy } from '../core/analysis/action-lines';
import type { TextEdit } from '../core/fix/edits';
import { renumberFootnotes, renumberParagraphs } from '../core/fix/renumber';
import type { DocumentModel, DocumentSymbolReference, Heading } from '../core/model';
import { rangeKey, type Range } from '../core/text';

export const RENUMBER_PARAGRAPHS_TITLE = 'Renumber paragraphs and cross-references';
export const RENUMBER_FOOTNOTES_TITLE = 'Renumber footnotes in order of first reference';
export const SOURCE_RENUMBER_PARAGRAPHS = 'source.unreport.renumberParagraphs';
export const SOURCE_RENUMBER_FOOTNOTES = 'source.unreport.renumberFootnotes';

/** A finding as the editor hands it back: its code and where it is. */
export interface FindingRef {
  code: string;
  range: Range;
}

export interface CodeActionSuggestion {
  title: string;
  /** "quickfix", or a "source.unreport.*" kind. */
  kind: string;
  edits: TextEdit[];
  /** Of the findings passed in, those the edits repair. */
  fixes: FindingRef[];
  isPreferred?: boolean;
}

export const PARAGRAPH_NUMBERING: ReadonlySet<string> = new Set(['paragraph-number-gap', 'paragraph-number-duplicate', 'paragraph-number-order']);
export const FOOTNOTE_NUMBERING: ReadonlySet<string> = new Set(['footnote-number-gap', 'footnote-order']);
const ACTION_LINE_CODE = new Set(['action-line-title-mismatch', 'action-line-unknown']);

/**
 * The actions for the findings in range, then the source actions; `only` (LSP kinds such as
 * "quickfix" or "source") keeps those of a kind or below it.
 */
export function codeActions(doc: DocumentModel, findings: readonly FindingRef[], only?: readonly string[]): CodeActionSuggestion[] {
  const wanted = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeActionSuggestion[] = [];
  if (wanted('quickfix')) actions.push(...quickFixes(doc, findings));
  if (wanted(SOURCE_RENUMBER_PARAGRAPHS)) actions.push(...renumberAction(RENUMBER_PARAGRAPHS_TITLE, SOURCE_RENUMBER_PARAGRAPHS, renumberParagraphs(doc), []));
  if (wanted(SOURCE_RENUMBER_FOOTNOTES)) actions.push(...renumberAction(RENUMBER_FOOTNOTES_TITLE, SOURCE_RENUMBER_FOOTNOTES, renumberFootnotes(doc), []));
  return actions;
}

export function quickFixes(doc: DocumentModel, findings: readonly FindingRef[]): CodeActionSuggestion[] {
  const actions: CodeActionSuggestion[] = [];
  const paragraphFindings = findings.filter((f) => PARAGRAPH_NUMBERING.has(f.code));
  if (paragraphFindings.length) actions.push(...renumberAction(RENUMBER_PARAGRAPHS_TITLE, 'quickfix', renumberParagraphs(doc), paragraphFindings));
  const footnoteFindings = findings.filter((f) => FOOTNOTE_NUMBERING.has(f.code));
  if (footnoteFindings.length) actions.push(...renumberAction(RENUMBER_FOOTNOTES_TITLE, 'quickfix', renumberFootnotes(doc), footnoteFindings));
  actions.push(...findingFixes(doc, findings));
  return actions;
}

/** The fixes that each repair one finding where it stands (an action-line code, a joint symbol's dash). */
export function findingFixes(doc: DocumentModel, findings: readonly FindingRef[]): CodeActionSuggestion[] {
  const actions: CodeActionSuggestion[] = [];
  // Looked up by range: "Fix all" passes every finding of a draft, which may have thousands.
  let headings: Map<string, Heading> | undefined;
  let symbols: Map<string, DocumentSymbolReference> | undefined;
  for (const f of findings) {
    if (ACTION_LINE_CODE.has(f.code)) {
      headings ??= byRange(doc.headings, (h) => h.codeRange);
      actions.push(...actionLineCodeFix(headings.get(rangeKey(f.range)), f));
    } else if (f.code === 'symbol-joint-dash') {
      symbols ??= byRange(doc.symbols, (s) => s.jointSeparator?.range);
      actions.push(...jointDashFix(symbols.get(rangeKey(f.range)), f));
    }
  }
  return actions;
}

/** The first item at each range. */
function byRange<T>(items: readonly T[], rangeOf: (item: T) => Range | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const r = rangeOf(item);
    if (r && !map.has(rangeKey(r))) map.set(rangeKey(r), item);
  }
  return map;
}

function renumberAction(title: string, kind: string, edits: TextEdit[], fixes: FindingRef[]): CodeActionSuggestion[] {
  return edits.length ? [{ title, kind, edits, fixes, isPreferred: kind === 'quickfix' }] : [];
}

/** "(e) Capacity building (C5)": the title names C4, so the code becomes C4. */
function actionLineCodeFix(heading: Heading | undefined, finding: FindingRef): CodeActionSuggestion[] {
  const named = heading && actionLineNamedBy(heading.title);
  if (!heading || !named || named.seed.code === heading.code) return [];
  return [{
    title: `Change the action-line code to ${named.seed.code} to match the title`,
    kind: 'quickfix',
    edits: [{ range: heading.codeRange!, newText: named.seed.code }],
    fixes: [finding],
    isPreferred: true,
  }];
}

/** "A/75/62-E/2020/11" -> "A/75/62–E/2020/11". */
function jointDashFix(symbol: DocumentSymbolReference | undefined, finding: FindingRef): CodeActionSuggestion[] {
  if (!symbol || symbol.jointSeparator!.char === '–') return [];
  return [{
    title: `Replace "${symbol.jointSeparator!.char}" with an en dash in ${symbol.parts.join('–')}`,
    kind: 'quickfix',
    edits: [{ range: symbol.jointSeparator!.range, newText: '–' }],
    fixes: [finding],
    isPreferred: true,
  }];
}
