import { actionLineHeadings, isKnownActionLine } from '../analysis/action-lines';
import type { Rule } from './rule';

/** Below this many action-line headings a document discusses a few lines rather than listing them all. */
const LIST_THRESHOLD = 3;

export const actionLineMissing: Rule = {
  code: 'action-line-missing',
  defaultSeverity: 'information',
  description: 'A document that lists the action lines lists all eleven.',
  check(doc, { report }) {
    const headings = actionLineHeadings(doc).filter((a) => isKnownActionLine(a.index));
    const present = new Set(headings.map((a) => a.index));
    if (present.size < LIST_THRESHOLD) return;
    // One finding per run of missing lines: C4 to C11 missing is one omission, not eight.
    for (let i = 1; i <= 11; i++) {
      if (present.has(i)) continue;
      let last = i;
      while (last < 11 && !present.has(last + 1)) last++;
      const after = headings.find((a) => a.index > last) ?? headings[headings.length - 1];
      const where = after.index > last ? `before ${after.code}` : `after ${after.code}`;
      const what = i === last ? `action line C${i} has no heading` : `action lines C${i} to C${last} have no heading`;
      report({ message: `${what} (expected ${where})`, range: after.heading.labelRange });
      i = last;
    }
  },
};
