import type { Language } from './model';
import type { Severity } from './rules/rule';

export type RuleSetting = Severity | 'off' | boolean;

/** What `.unreportrc.json` and the editor settings may say. */
export interface Config {
  /** Per rule: a severity, "off"/false to disable, true for the rule's default. */
  rules?: Record<string, RuleSetting>;
  /** "auto" (default) detects the language from the text. */
  language?: Language | 'auto';
  /** The date session and year checks are relative to (ISO); default: the document's own date, else today. */
  date?: string;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Merges configurations; later ones win rule by rule. */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const out: Config = { rules: {} };
  for (const c of configs) {
    if (!c) continue;
    if (c.language) out.language = c.language;
    if (c.date) out.date = c.date;
    Object.assign(out.rules!, c.rules ?? {});
  }
  return out;
}

export function effectiveSeverity(setting: RuleSetting | undefined, fallback: Severity): Severity | undefined {
  if (setting === undefined || setting === true) return fallback;
  if (setting === false || setting === 'off') return undefined;
  return setting;
}
