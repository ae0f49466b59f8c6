import type { Organ } from '../model';
import { gaSessionOpenAt, yearOf } from '../parse/dates';
import type { Rule } from './rule';

export const resolutionNumberInvalid: Rule = {
  code: 'resolution-number-invalid',
  defaultSeverity: 'error',
  description: 'A resolution number carries a General Assembly session or ECOSOC year that cannot exist at the document\'s date.',
  check(doc, { report, date }) {
    const openSession = gaSessionOpenAt(date);
    const year = yearOf(date);
    // What is wrong with a session or year, as a message for the number that carries it; undefined
    // for the sessions and years in range (most of them), which need nothing more.
    const problem = (organ: Organ, session: number): ((number: string) => string) | undefined => {
      if (organ === 'GA') {
        if (session < 31) return (n) => `resolution ${n}: General Assembly resolutions carry their session only from the 31st session (1976); earlier ones read like 3363 (XXX)`;
        if (session > openSession) return (n) => `resolution ${n}: the General Assembly's session ${session} had not opened by ${date} (latest: ${openSession})`;
      } else if (organ === 'ECOSOC') {
        if (session < 1978) return (n) => `resolution ${n}: Economic and Social Council resolutions carry their year only from 1978`;
        if (session > year) return (n) => `resolution ${n}: an Economic and Social Council resolution of ${session} cannot be cited on ${date}`;
      }
      return undefined;
    };
    const isSpecialSession = (number: string) => number.startsWith('ES-') || number.startsWith('S-');
    const resolutions = doc.resolutions;
    for (let k = 0; k < resolutions.length; k++) {
      const r = resolutions[k];
      const message = r.session === undefined ? undefined : problem(r.organ, r.session);
      if (message && !isSpecialSession(r.number)) report({ message: message(r.number), range: r.range });
    }
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      if (s.problem) continue;
      const res = s.components.indexOf('RES');
      if (res !== 1 || !/^\d+$/.test(s.components[2] ?? '')) continue;
      const organ: Organ = s.components[0] === 'A' ? 'GA' : s.components[0] === 'E' ? 'ECOSOC' : 'unknown';
      const message = problem(organ, Number(s.components[2]));
      if (message) report({ message: message(s.components.slice(2).join('/')), range: s.range });
    }
  },
};
