import { actionLineHeadings, isKnownActionLine } from '../analysis/action-lines';
import type { Rule } from './rule';

export const actionLineDuplicate: Rule = {
  code: 'action-line-duplicate',
  defaultSeverity: 'error',
  description: 'An action line has two headings ((C9) and (C09) count as the same one).',
  check(doc, { report }) {
    // By number: (C9) and (C09) name the same action line.
    const first = new Map<number, number>();
    for (const a of actionLineHeadings(doc)) {
      if (!isKnownActionLine(a.index)) continue;
      const line = first.get(a.index);
      if (line === undefined) {
        first.set(a.index, a.heading.line);
        continue;
      }
      report({ message: `action line ${a.code} already has a heading on line ${line + 1}`, range: a.heading.codeRange! });
    }
  },
};
