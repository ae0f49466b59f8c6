import { effectiveSeverity, type Config } from './config';
import type { DocumentModel } from './model';
import type { LineCache } from './parse/line-cache';
import { parseDocument, parseLines } from './parse/parser';
import { RULES } from './rules';
import type { Finding, Report, Rule, Severity } from './rules/rule';

export interface CheckOptions {
  config?: Config;
  rules?: readonly Rule[];
  /** Today's date (ISO), for documents that carry none. */
  today?: string;
  /** The document's previous parse (the editor keeps one per document): unchanged lines are not scanned again. */
  cache?: LineCache;
  /** Called once per rule that throws; the other rules still run. */
  onRuleError?: (rule: Rule, error: unknown) => void;
}

export interface CheckResult {
  model: DocumentModel;
  findings: Finding[];
  date: string;
}

export const INTERNAL_ERROR_CODE = 'internal-error';

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const model = parseDocument(text, { language: options.config?.language, cache: options.cache });
  return { model, ...checkModel(model, options) };
}

/** checkText for a text already split as splitLines splits it; the model keeps `lines`, which must not change. */
export function checkLines(lines: string[], options: CheckOptions = {}): CheckResult {
  const model = parseLines(lines, { language: options.config?.language, cache: options.cache });
  return { model, ...checkModel(model, options) };
}

export function checkModel(model: DocumentModel, options: CheckOptions = {}): { findings: Finding[]; date: string } {
  const config = options.config ?? {};
  const date = config.date ?? model.header.date?.iso ?? options.today ?? new Date().toISOString().slice(0, 10);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = effectiveSeverity(config.rules?.[rule.code], rule.defaultSeverity);
    if (!severity) continue;
    const explicit = config.rules?.[rule.code] !== undefined && config.rules?.[rule.code] !== true;
    try {
      rule.check(model, {
        date,
        report: (f) => findings.push(toFinding(f, rule.code, explicit ? severity : (f.severity ?? severity))),
      });
    } catch (error) {
      options.onRuleError?.(rule, error);
      findings.push({
        code: INTERNAL_ERROR_CODE,
        severity: 'warning',
        message: `the check ${rule.code} failed on this document (${error instanceof Error ? error.message : String(error)}); the other checks ran`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  findings.sort(compareFindings);
  return { findings, date };
}

/**
 * {...reported, code, severity}, key for key. The object spread takes the slow path here, since
 * the rules report findings of many shapes: 83,000 findings took 200 ms instead of 40.
 */
function toFinding(reported: Parameters<Report>[0], code: string, severity: Severity): Finding {
  const finding = {} as Record<string, unknown>;
  for (const key in reported) if (Object.hasOwn(reported, key)) finding[key] = reported[key as keyof typeof reported];
  finding.code = code;
  finding.severity = severity;
  return finding as unknown as Finding;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}

export function severityRank(s: Severity): number {
  return ['error', 'warning', 'information', 'hint'].indexOf(s);
}
