// The editor-agnostic core: text -> document model -> checks -> findings. No editor or LSP imports.
export * from './text';
export * from './model';
export * from './config';
export * from './check';
export { parseDocument, parseLines } from './parse/parser';
export { LineCache } from './parse/line-cache';
export { RULES } from './rules';
export type { Finding, Rule, RuleContext, Severity, RelatedLocation } from './rules/rule';
