import type { Rule } from './rule';

export const symbolMalformed: Rule = {
  code: 'symbol-malformed',
  defaultSeverity: 'error',
  description: 'A UN document symbol is not well formed (empty component, "-" where "/" belongs, "Add1" for "Add.1").',
  check(doc, { report }) {
    for (const s of doc.symbols) {
      if (s.problem) report({ message: `malformed document symbol ${s.problem}`, range: s.range });
    }
  },
};
