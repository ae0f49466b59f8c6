import { actionLineDuplicate } from './action-line-duplicate';
import { actionLineMissing } from './action-line-missing';
import { actionLineOrder } from './action-line-order';
import { actionLineTitleMismatch } from './action-line-title-mismatch';
import { actionLineUnknown } from './action-line-unknown';
import { crossReferenceTarget } from './cross-reference-target';
import { footnoteBareNumber } from './footnote-bare-number';
import { footnoteIbidAntecedent } from './footnote-ibid-antecedent';
import { footnoteMissingText } from './footnote-missing-text';
import { footnoteNumberDuplicate } from './footnote-number-duplicate';
import { footnoteNumberGap } from './footnote-number-gap';
import { footnoteOrder } from './footnote-order';
import { footnoteUnreferencedText } from './footnote-unreferenced-text';
import { headingSequence } from './heading-sequence';
import { paragraphNumberDuplicate } from './paragraph-number-duplicate';
import { paragraphNumberGap } from './paragraph-number-gap';
import { paragraphNumberOrder } from './paragraph-number-order';
import { resolutionDateMismatch } from './resolution-date-mismatch';
import { resolutionNumberInvalid } from './resolution-number-invalid';
import type { Rule } from './rule';
import { symbolJointDash } from './symbol-joint-dash';
import { symbolMalformed } from './symbol-malformed';
import { symbolSessionInvalid } from './symbol-session-invalid';

export const RULES: readonly Rule[] = [
  paragraphNumberGap,
  paragraphNumberDuplicate,
  paragraphNumberOrder,
  crossReferenceTarget,
  headingSequence,
  footnoteNumberGap,
  footnoteNumberDuplicate,
  footnoteOrder,
  footnoteMissingText,
  footnoteUnreferencedText,
  footnoteBareNumber,
  footnoteIbidAntecedent,
  actionLineUnknown,
  actionLineTitleMismatch,
  actionLineOrder,
  actionLineDuplicate,
  actionLineMissing,
  symbolMalformed,
  symbolJointDash,
  symbolSessionInvalid,
  resolutionNumberInvalid,
  resolutionDateMismatch,
];
