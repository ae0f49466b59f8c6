import type { Rule } from './rule';

export const symbolMalformed: Rule = {
  code: 'symbol-malformed',
  defaultSeverity: 'error',
  description: 'A UN document symbol is not well formed (empty component, "-" where "/" belongs, "Add1" for "Add.1").',
  check(doc, { report }) {
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      if (s.problem) report({ message: `malformed document symbol ${s.problem}`, range: s.range });
    }
  },
};
