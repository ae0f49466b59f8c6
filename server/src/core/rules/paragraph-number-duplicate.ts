import { paragraphNumbering } from '../analysis/paragraphs';
import type { Rule } from './rule';

export const paragraphNumberDuplicate: Rule = {
  code: 'paragraph-number-duplicate',
  defaultSeverity: 'error',
  description: 'Two paragraphs carry the same number.',
  check(doc, { report }) {
    const { rows, slips } = paragraphNumbering(doc);
    for (const slip of slips) {
      if (slip.kind !== 'duplicate') continue;
      const p = doc.paragraphRows.at(rows[slip.index]);
      const first = doc.paragraphRows.at(rows[slip.firstIndex]);
      report({
        message: `paragraph ${p.number} is numbered twice: it was already used on line ${first.firstLine + 1}`,
        range: p.numberRange!,
        related: [{ range: first.numberRange!, message: `first paragraph ${first.number}` }],
      });
    }
  },
};
