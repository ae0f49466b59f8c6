// One full garbage collection before the first check of a very large document just opened.
//
// By the time a didOpen has been handled, what it took to read it is garbage: the message as read
// (the 64 KiB chunks and the joined body over stdio, or the string pieces over IPC) and the
// message as one JSON string, together two to four times the size of the text. V8 keeps it until
// its next full collection, and checking a 50 MB draft does not start one: with the draft's
// diagnostics the server held about 190 MB of it. Collected here, after the didOpen and before
// the check allocates the model, it costs 7–12 ms for a 50 MB draft (live then: little more than
// its text, which such a document is held as) against a check of 1.5–2 s, and V8 has returned the
// memory by the time the check is done. (Collected after the check instead, it costs more, the
// model being live by then, and the memory is returned only after the diagnostics are out.)
//
// Only when the process has `gc` (started with --expose-gc, as lsp/launch.ts has it), and only
// for documents of COLLECT_AFTER_OPEN_CHARS or more: below that, the check's own allocation starts
// a full collection soon enough (a 10 MB draft: one during its check; collecting first gained 4 MB).

/** Documents of at least this many characters (UTF-16 code units, line breaks included) are collected for after opening. */
export const COLLECT_AFTER_OPEN_CHARS = 20_000_000;

export class GarbageAfterOpen {
  private readonly pending = new Set<string>();

  constructor(
    private readonly gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    private readonly minChars = COLLECT_AFTER_OPEN_CHARS,
  ) {}

  /** A document was opened: remember it if it is large enough. */
  opened(uri: string, document: { readonly lines: readonly string[]; readonly text?: string }): void {
    if (!this.gc) return;
    let chars = document.text?.length ?? 0;
    if (document.text === undefined) {
      const lines = document.lines;
      for (let i = 0; i < lines.length && chars < this.minChars; i++) chars += lines[i].length + 1;
    }
    if (chars >= this.minChars) this.pending.add(uri);
    else this.pending.delete(uri);
  }

  /** Before a document is checked: collect once if it was opened large and has not been checked since. */
  beforeCheck(uri: string): void {
    if (this.pending.delete(uri)) this.gc!();
  }

  closed(uri: string): void {
    this.pending.delete(uri);
  }
}
