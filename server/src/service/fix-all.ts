// "Fix all": every fix the findings offer, applied one after the other to the text. The command
// line's `check --fix` writes it; the editor offers it as a source.fixAll action (and on save, for
// those who ask for it in editor.codeActionsOnSave).
import type { CheckResult } from '../core/check';
import { applyEdits, lineEdits, type TextEdit } from '../core/fix/edits';
import { renumberFootnotes, renumberParagraphs } from '../core/fix/renumber';
import { rangeKey } from '../core/text';
import { findingFixes, FOOTNOTE_NUMBERING, PARAGRAPH_NUMBERING, type CodeActionSuggestion } from './code-actions';

export const SOURCE_FIX_ALL = 'source.fixAll.unreport';
export const FIX_ALL_TITLE = 'Fix all unreport findings that have a fix';

/**
 * The text with paragraphs renumbered, then footnotes, then the one-finding fixes (action-line
 * codes, joint-symbol dashes) made: each step only when a finding of its rules is reported (a
 * rule turned off is not fixed), and each on the text the step before left. `check` is the
 * check of the diagnostics, with their configuration; `checked`, its result for `text` when the
 * caller has it already (the server does).
 */
export function fixAll(text: string, check: (text: string) => CheckResult, checked?: CheckResult): string {
  let result = checked ?? check(text);
  if (result.findings.some((f) => PARAGRAPH_NUMBERING.has(f.code))) {
    text = applyEdits(text, renumberParagraphs(result.model));
    result = check(text);
  }
  if (result.findings.some((f) => FOOTNOTE_NUMBERING.has(f.code))) {
    text = applyEdits(text, renumberFootnotes(result.model));
    result = check(text);
  }
  const edits: TextEdit[] = [];
  for (const action of findingFixes(result.model, result.findings)) edits.push(...action.edits);
  return applyEdits(text, withoutRepeats(edits));
}

/** The fix-all as a code action: the changed lines' edits against the text as it is. */
export function fixAllAction(text: string, check: (text: string) => CheckResult, checked?: CheckResult): CodeActionSuggestion[] {
  const edits = lineEdits(text, fixAll(text, check, checked));
  return edits.length ? [{ title: FIX_ALL_TITLE, kind: SOURCE_FIX_ALL, edits, fixes: [] }] : [];
}

/** Whether a code-action request names the fix-all kind (or a kind above it): it costs up to four checks, so it is never offered unasked. */
export function asksForFixAll(only: readonly string[] | undefined): boolean {
  return only !== undefined && only.some((kind) => SOURCE_FIX_ALL === kind || SOURCE_FIX_ALL.startsWith(kind + '.'));
}

/** One edit per range: two findings at the same place would otherwise be fixed twice. */
function withoutRepeats(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = rangeKey(e.range);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
