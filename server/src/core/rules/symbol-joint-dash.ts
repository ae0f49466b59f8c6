import type { Rule } from './rule';

export const symbolJointDash: Rule = {
  code: 'symbol-joint-dash',
  defaultSeverity: 'warning',
  description: 'A joint symbol joins its two symbols with an en dash and no spaces: A/75/62–E/2020/11.',
  check(doc, { report }) {
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      const sep = s.jointSeparator;
      if (!sep || sep.char === '–') continue;
      report({
        message: `joint symbol ${s.text} joins its parts with "${sep.char}": use an en dash (${s.parts.join('–')})`,
        range: sep.range,
      });
    }
  },
};
