import { gaSessionOpenAt, yearOf } from '../parse/dates';
import { symbolSession } from '../parse/references';
import type { Rule } from './rule';

export const symbolSessionInvalid: Rule = {
  code: 'symbol-session-invalid',
  defaultSeverity: 'error',
  description: 'A document symbol carries a General Assembly session or ECOSOC year that cannot exist at the document\'s date.',
  check(doc, { report, date }) {
    const openSession = gaSessionOpenAt(date);
    const year = yearOf(date);
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      if (s.problem || s.components.includes('RES')) continue;
      for (let p = 0; p < s.parts.length; p++) {
        const part = s.parts[p];
        const found = symbolSession(part);
        if (!found) continue;
        // Documents for a session are issued from the start of its year (A/75/62 in January 2020).
        const max = found.organ === 'GA' ? Math.max(openSession, year - 1945) : year + 1;
        if (found.session <= max) continue;
        const what = found.organ === 'GA' ? `General Assembly session ${found.session}` : `ECOSOC year ${found.session}`;
        report({ message: `${part} carries ${what}, which cannot exist on ${date} (latest: ${max})`, range: s.range });
      }
    }
  },
};
