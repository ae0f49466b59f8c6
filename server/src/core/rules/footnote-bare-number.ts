import type { Rule } from './rule';

export const footnoteBareNumber: Rule = {
  code: 'footnote-bare-number',
  defaultSeverity: 'error',
  description: 'A footnote is cited as a plain number in the text instead of a marker (often a superscript lost in extraction).',
  check(doc, { report }) {
    for (const b of doc.bareFootnoteCitations) {
      report({
        message: `footnote ${b.number} is cited as the plain number "${b.number}" instead of a footnote marker`,
        range: b.range,
      });
    }
  },
};
