import { actionLineHeadings, isKnownActionLine } from '../analysis/action-lines';
import type { Rule } from './rule';

export const actionLineOrder: Rule = {
  code: 'action-line-order',
  defaultSeverity: 'warning',
  description: 'The action lines appear in order C1 to C11.',
  check(doc, { report }) {
    let highest = 0;
    let highestCode = '';
    const seen = new Set<number>();
    for (const a of actionLineHeadings(doc)) {
      if (!isKnownActionLine(a.index)) continue;
      if (a.index < highest && !seen.has(a.index)) {
        report({ message: `action line ${a.code} comes after ${highestCode}: the action lines run C1 to C11 in order`, range: a.heading.codeRange! });
      }
      seen.add(a.index);
      if (a.index > highest) {
        highest = a.index;
        highestCode = a.code;
      }
    }
  },
};
