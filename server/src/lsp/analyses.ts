// One check per document version: diagnostics and every feature share the same result.
import type { CheckResult } from '../core/check';
import type { Config } from '../core/config';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

interface Entry {
  version: number;
  config: Config;
  result: CheckResult;
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private readonly lastConfig = new Map<string, Config>();

  constructor(private readonly check: (text: string, config: Config) => CheckResult) {}

  /** The result for this version under this configuration (computed once). */
  get(document: VersionedText, config: Config): CheckResult {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.config === config) return entry.result;
    const result = this.check(document.getText(), config);
    this.entries.set(document.uri, { version: document.version, config, result });
    this.lastConfig.set(document.uri, config);
    return result;
  }

  /** The result for this version under the configuration last used for the document. */
  current(document: VersionedText): CheckResult {
    return this.get(document, this.lastConfig.get(document.uri) ?? this.entries.get(document.uri)?.config ?? {});
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.lastConfig.delete(uri);
  }
}
