// Findings -> LSP diagnostics, published per document: at once on open, debounced on change, and
// never an older version's result over a newer one's.
import type { Diagnostic, DiagnosticSeverity, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import type { Analyses, VersionedLines } from './analyses';
import type { ConfigProblem, DocumentConfigs } from './document-config';
import type { Guard } from './guard';

export const DIAGNOSTIC_SOURCE = 'unreport';
const RULE_DOCS = 'https://github.com/unreport/unreport#';
const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: RULE_DOCS + finding.code },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}

export function configProblemDiagnostic(problem: ConfigProblem, configUri: string): Diagnostic {
  const start = { line: 0, character: 0 };
  return {
    range: { start, end: start },
    severity: SEVERITY.warning,
    code: 'config-invalid',
    codeDescription: { href: RULE_DOCS + 'configuration' },
    source: DIAGNOSTIC_SOURCE,
    message: `${problem.message}; the document is checked without it`,
    relatedInformation: [{ location: { uri: configUri, range: { start, end: start } }, message: 'configuration file' }],
  };
}

export interface PublisherDeps {
  document(uri: string): VersionedLines | undefined;
  configs: DocumentConfigs;
  analyses: Analyses;
  send(params: PublishDiagnosticsParams): void;
  guard: Guard;
  fileUri(path: string): string;
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, number>();
  private readonly debounceMs = new Map<string, number>();

  constructor(private readonly deps: PublisherDeps, private readonly defaultDebounceMs: number) {}

  /** Check now (a document just opened, or the configuration changed). */
  now(uri: string): void {
    this.schedule(uri, 0);
  }

  /** Check after the user pauses typing. */
  changed(uri: string): void {
    this.schedule(uri, this.debounceMs.get(uri) ?? this.defaultDebounceMs);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.debounceMs.delete(uri);
    this.deps.send({ uri, diagnostics: [] });
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.deps.guard.wrap('diagnostics', undefined, () => this.publish(uri))();
    }, delay));
  }

  private async publish(uri: string): Promise<void> {
    const requested = this.deps.document(uri);
    if (!requested) return;
    const version = requested.version;
    const resolved = await this.deps.configs.get(uri);
    this.debounceMs.set(uri, resolved.debounceMs);
    const document = this.deps.document(uri);
    // The document moved on while the configuration loaded: the run for the newer version publishes.
    if (!document || document.version !== version) return;
    if ((this.published.get(uri) ?? -Infinity) > version) return;
    const { findings } = this.deps.analyses.get(document, resolved.config);
    const diagnostics = findings.map((f) => toDiagnostic(f, uri));
    if (resolved.problem) diagnostics.unshift(configProblemDiagnostic(resolved.problem, this.deps.fileUri(resolved.problem.file)));
    this.published.set(uri, version);
    this.deps.send({ uri, version, diagnostics });
  }
}
