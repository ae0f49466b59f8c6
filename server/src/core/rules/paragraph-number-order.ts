import { paragraphNumbering } from '../analysis/paragraphs';
import type { Rule } from './rule';

export const paragraphNumberOrder: Rule = {
  code: 'paragraph-number-order',
  defaultSeverity: 'error',
  description: 'A paragraph number is out of sequence, or the numbering restarts (it runs through the whole document).',
  check(doc, { report }) {
    const { rows, slips } = paragraphNumbering(doc);
    for (const slip of slips) {
      const p = doc.paragraphRows.at(rows[slip.index]);
      if (slip.kind === 'order') {
        report({ message: `paragraph numbered ${p.number} where ${slip.expected} was expected`, range: p.numberRange! });
      } else if (slip.kind === 'restart') {
        report({
          message: `paragraph numbering restarts at ${p.number} after ${slip.previous}: paragraphs are numbered through the whole document`,
          range: p.numberRange!,
        });
      }
    }
  },
};
