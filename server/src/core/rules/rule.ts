import type { DocumentModel } from '../model';
import type { Range } from '../text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
}

export type Report = (finding: Omit<Finding, 'code' | 'severity'> & { severity?: Severity }) => void;

export interface RuleContext {
  /** The document's date (ISO), or today when it has none: session and year checks are relative to it. */
  date: string;
  report: Report;
}

/** One check. Rules read the model and report; they never change it. */
export interface Rule {
  /** Stable kebab-case code, shown to users and used in configuration. */
  code: string;
  defaultSeverity: Severity;
  description: string;
  check(doc: DocumentModel, context: RuleContext): void;
}
