import { footnoteAnalysis } from '../analysis/footnotes';
import type { Rule } from './rule';

export const footnoteNumberDuplicate: Rule = {
  code: 'footnote-number-duplicate',
  defaultSeverity: 'error',
  description: 'A footnote number is used for two footnote texts, or one marker is cited twice (a later mention takes a new footnote).',
  check(doc, { report }) {
    const { textRepeats, repeats } = footnoteAnalysis(doc);
    for (const { text, first } of textRepeats) {
      const n = text.number;
      report({
        message: `footnote ${n} has two texts: the first is on line ${first.line + 1}`,
        range: text.markerRange,
        related: [{ range: first.markerRange, message: `first text of footnote ${n}` }],
      });
    }
    for (const { citation, first } of repeats) {
      report({
        severity: 'warning',
        message: `footnote ${citation.number} is cited again (first on line ${first.line + 1}): a later mention takes a new footnote, such as "See footnote ${citation.number} above."`,
        range: citation.range,
        related: [{ range: first.range, message: `first citation of footnote ${citation.number}` }],
      });
    }
  },
};
