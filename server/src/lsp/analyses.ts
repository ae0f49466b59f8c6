// One check per document version: diagnostics and every feature share the same result. Each
// document keeps its previous parse's per-line results, so a check after an edit rescans only
// the lines the edit changed.
import type { CheckResult } from '../core/check';
import type { Config } from '../core/config';
import { LineCache } from '../core/parse/line-cache';

export interface VersionedLines {
  uri: string;
  version: number;
  /** The text split as the core's splitLines splits it. */
  lines: string[];
  /** The text, for a document held as its text (lsp/line-document.ts): checked as a text, `lines` would split it on each read. */
  text?: string;
}

interface Entry {
  version: number;
  config: Config;
  result: CheckResult;
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private readonly lastConfig = new Map<string, Config>();
  private readonly caches = new Map<string, LineCache>();

  constructor(private readonly check: (document: VersionedLines, config: Config, cache: LineCache) => CheckResult) {}

  /** The result for this version under this configuration (computed once). */
  get(document: VersionedLines, config: Config): CheckResult {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.config === config) return entry.result;
    let cache = this.caches.get(document.uri);
    if (!cache) this.caches.set(document.uri, (cache = new LineCache()));
    const result = this.check(document, config, cache);
    this.entries.set(document.uri, { version: document.version, config, result });
    this.lastConfig.set(document.uri, config);
    return result;
  }

  /** The result for this version under the configuration last used for the document. */
  current(document: VersionedLines): CheckResult {
    return this.get(document, this.lastConfig.get(document.uri) ?? this.entries.get(document.uri)?.config ?? {});
  }

  /** The configuration the document was last checked with. */
  configOf(uri: string): Config {
    return this.lastConfig.get(uri) ?? {};
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.lastConfig.delete(uri);
    this.caches.delete(uri);
  }
}
