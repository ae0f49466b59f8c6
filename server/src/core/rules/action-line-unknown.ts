import { actionLineHeadings, isKnownActionLine } from '../analysis/action-lines';
import type { Rule } from './rule';

export const actionLineUnknown: Rule = {
  code: 'action-line-unknown',
  defaultSeverity: 'error',
  description: 'The WSIS action lines are C1 to C11; any other code is unknown.',
  check(doc, { report }) {
    for (const a of actionLineHeadings(doc)) {
      if (isKnownActionLine(a.index)) continue;
      report({ message: `unknown action line ${a.code}: the WSIS action lines are C1 to C11`, range: a.heading.codeRange! });
    }
  },
};
