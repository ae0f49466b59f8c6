// The language service: pure functions from a document model (and a position) to editor features.
// No editor or LSP imports; server.ts adapts these to the protocol.
export { hoverAt, type HoverResult } from './hover';
export { definitionAt, type DefinitionTarget } from './definition';
export { referencesAt } from './references';
export { foldingRegions, type FoldingRegion } from './folding';
export { documentLinks, type DocumentLinkTarget } from './links';
export { completionsAt, mayComplete, type CompletionSuggestion } from './completion';
export {
  codeActions,
  quickFixes,
  RENUMBER_FOOTNOTES_TITLE,
  RENUMBER_PARAGRAPHS_TITLE,
  SOURCE_RENUMBER_FOOTNOTES,
  SOURCE_RENUMBER_PARAGRAPHS,
  type CodeActionSuggestion,
  type FindingRef,
} from './code-actions';
export { asksForFixAll, fixAll, fixAllAction, FIX_ALL_TITLE, SOURCE_FIX_ALL } from './fix-all';
export { documentOutline, type OutlineSymbol } from './symbols';
export { documentStats, WORD_LIMIT, type DocumentStats } from './stats';
