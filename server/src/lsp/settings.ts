// The settings under "unreport" and how they combine with .unreportrc.json into one Config.
import type { Config, RuleSetting } from '../core/config';
import { RULES } from '../core/rules';

export interface UnreportSettings {
  rules: Record<string, unknown>;
  /** "auto" leaves the language to .unreportrc.json, else to detection. */
  language: 'auto' | 'en' | 'zh';
  debounceMs: number;
  /** Glob of prior reports to index (declared now; the index comes later). */
  priorReports: string;
}

export const DEFAULT_SETTINGS: UnreportSettings = { rules: {}, language: 'auto', debounceMs: 150, priorReports: '**/prior/**' };

const RULE_SETTINGS = new Set<unknown>(['error', 'warning', 'information', 'hint', 'off', true, false]);
const KNOWN_RULES = new Set(RULES.map((r) => r.code));

/** Settings as the client sent them, with anything malformed replaced by the default. */
export function normalizeSettings(raw: unknown): UnreportSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof UnreportSettings, unknown>>;
  const rules = value.rules && typeof value.rules === 'object' ? (value.rules as Record<string, unknown>) : {};
  const debounce = Number(value.debounceMs);
  return {
    rules,
    language: value.language === 'en' || value.language === 'zh' ? value.language : 'auto',
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? Math.min(debounce, 10000) : DEFAULT_SETTINGS.debounceMs,
    priorReports: typeof value.priorReports === 'string' ? value.priorReports : DEFAULT_SETTINGS.priorReports,
  };
}

/** The settings' share of the configuration: known rules with valid values, and a language unless "auto". */
export function settingsConfig(settings: UnreportSettings): Config {
  const rules: Record<string, RuleSetting> = {};
  for (const [code, setting] of Object.entries(settings.rules)) {
    if (KNOWN_RULES.has(code) && RULE_SETTINGS.has(setting)) rules[code] = setting as RuleSetting;
  }
  return settings.language === 'auto' ? { rules } : { rules, language: settings.language };
}
