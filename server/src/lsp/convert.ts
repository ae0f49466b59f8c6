// Service results -> LSP types. Ranges and positions already have the LSP shape.
import {
  CodeActionKind,
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type LocationLink,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { OutlineKind } from '../core/outline';
import { rangeKey } from '../core/text';
import type { CodeActionSuggestion, CompletionSuggestion, DefinitionTarget, FindingRef, FoldingRegion, HoverResult, OutlineSymbol } from '../service';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export interface EditTarget {
  uri: string;
  version: number;
  /** Whether the client takes versioned document changes (so stale edits are refused). */
  documentChanges: boolean;
}

export function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit {
  return target.documentChanges
    ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] }
    : { changes: { [target.uri]: edits } };
}

export function toHover(result: HoverResult | undefined): Hover | null {
  return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
}

export function toDefinition(targets: DefinitionTarget[], uri: string, linkSupport: boolean): Location[] | LocationLink[] {
  if (linkSupport) {
    return targets.map((t) => ({ originSelectionRange: t.originRange, targetUri: uri, targetRange: t.targetRange, targetSelectionRange: t.targetSelectionRange }));
  }
  return targets.map((t) => ({ uri, range: t.targetSelectionRange }));
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  chapter: SymbolKind.Module,
  section: SymbolKind.Namespace,
  subsection: SymbolKind.Package,
  'action-line': SymbolKind.Event,
  topic: SymbolKind.Key,
  paragraph: SymbolKind.Number,
  preamble: SymbolKind.String,
};

export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  const result: DocumentSymbol = {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
  if (symbol.detail) result.detail = symbol.detail;
  return result;
}

export function toFoldingRange(region: FoldingRegion): FoldingRange {
  return { startLine: region.startLine, endLine: region.endLine, kind: region.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

export function toCompletionItem(s: CompletionSuggestion): CompletionItem {
  const item: CompletionItem = {
    label: s.label,
    kind: s.kind === 'heading' ? CompletionItemKind.Snippet : CompletionItemKind.Reference,
    textEdit: { range: s.range, newText: s.insertText },
    filterText: s.filterText,
    sortText: s.sortText,
  };
  if (s.detail) item.detail = s.detail;
  if (s.documentation) item.documentation = { kind: MarkupKind.Markdown, value: s.documentation };
  if (s.preselect) item.preselect = true;
  if (s.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  if (s.additionalEdits?.length) item.additionalTextEdits = s.additionalEdits;
  return item;
}

/** The unreport diagnostics the client sent back, as the service reads them. */
export function findingRefs(diagnostics: Diagnostic[]): FindingRef[] {
  return diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== undefined).map((d) => ({ code: String(d.code), range: d.range }));
}

export function toCodeAction(action: CodeActionSuggestion, target: EditTarget, diagnostics: Diagnostic[]): CodeAction {
  // A renumbering fixes every paragraph finding: look them up rather than compare each diagnostic with each.
  const fixes = new Set(action.fixes.map((f) => `${f.code} ${rangeKey(f.range)}`));
  const fixed = diagnostics.filter((d) => fixes.has(`${String(d.code)} ${rangeKey(d.range)}`));
  const result: CodeAction = {
    title: action.title,
    kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : action.kind,
    edit: workspaceEdit(target, action.edits),
  };
  if (fixed.length) result.diagnostics = fixed;
  if (action.isPreferred) result.isPreferred = true;
  return result;
}

