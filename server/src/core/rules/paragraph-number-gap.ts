import { paragraphNumbering } from '../analysis/paragraphs';
import { describeMissing } from '../analysis/sequence';
import type { Rule } from './rule';

export const paragraphNumberGap: Rule = {
  code: 'paragraph-number-gap',
  defaultSeverity: 'error',
  description: 'Paragraph numbers run 1, 2, 3 ... through the whole document; a number is skipped.',
  check(doc, { report }) {
    const { rows, slips } = paragraphNumbering(doc);
    for (const slip of slips) {
      if (slip.kind !== 'gap') continue;
      const p = doc.paragraphRows.at(rows[slip.index]);
      const message = slip.previous === 0
        ? `${describeMissing(slip.missing, 'paragraph')}: the first numbered paragraph is ${p.number}`
        : `${describeMissing(slip.missing, 'paragraph')}: ${slip.previous} is followed by ${p.number}`;
      report({ message, range: p.numberRange! });
    }
  },
};
