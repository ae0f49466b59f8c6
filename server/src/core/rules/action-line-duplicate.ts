import { actionLineHeadings, isKnownActionLine } from '../analysis/action-lines';
import type { Rule } from './rule';

export const actionLineDuplicate: Rule = {
  code: 'action-line-duplicate',
  defaultSeverity: 'error',
  description: 'An action line has two headings.',
  check(doc, { report }) {
    const first = new Map<string, number>();
    for (const a of actionLineHeadings(doc)) {
      if (!isKnownActionLine(a.index)) continue;
      const line = first.get(a.code);
      if (line === undefined) {
        first.set(a.code, a.heading.line);
        continue;
      }
      report({ message: `action line ${a.code} already has a heading on line ${line + 1}`, range: a.heading.codeRange! });
    }
  },
};
