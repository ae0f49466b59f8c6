// The commands the server executes: whole-document renumberings, applied through the client
// (workspace/applyEdit) so they land in the editor's undo stack.
import { renumberFootnotes, renumberParagraphs } from '../core/fix/renumber';
import type { TextEdit } from '../core/fix/edits';
import type { DocumentModel } from '../core/model';

export const RENUMBER_PARAGRAPHS_COMMAND = 'unreport.renumberParagraphs';
export const RENUMBER_FOOTNOTES_COMMAND = 'unreport.renumberFootnotes';
export const SERVER_COMMANDS = [RENUMBER_PARAGRAPHS_COMMAND, RENUMBER_FOOTNOTES_COMMAND];

export interface CommandEdits {
  label: string;
  edits: TextEdit[];
}

export function commandEdits(command: string, doc: DocumentModel): CommandEdits | undefined {
  switch (command) {
    case RENUMBER_PARAGRAPHS_COMMAND:
      return { label: 'Renumber paragraphs and cross-references', edits: renumberParagraphs(doc) };
    case RENUMBER_FOOTNOTES_COMMAND:
      return { label: 'Renumber footnotes in order of first reference', edits: renumberFootnotes(doc) };
    default:
      return undefined;
  }
}

/** The document a command acts on: its first argument, a URI string or { uri }. */
export function commandTarget(args: unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}
