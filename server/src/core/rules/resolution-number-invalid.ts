import type { Organ } from '../model';
import { gaSessionOpenAt, yearOf } from '../parse/dates';
import type { Range } from '../text';
import type { Rule } from './rule';

export const resolutionNumberInvalid: Rule = {
  code: 'resolution-number-invalid',
  defaultSeverity: 'error',
  description: 'A resolution number carries a General Assembly session or ECOSOC year that cannot exist at the document\'s date.',
  check(doc, { report, date }) {
    const openSession = gaSessionOpenAt(date);
    const year = yearOf(date);
    // `at` is the resolution or symbol: its range is read only for a finding.
    const check = (organ: Organ, session: number | undefined, number: string, at: { range: Range }) => {
      if (session === undefined || number.startsWith('ES-') || number.startsWith('S-')) return;
      if (organ === 'GA') {
        if (session < 31) {
          report({ message: `resolution ${number}: General Assembly resolutions carry their session only from the 31st session (1976); earlier ones read like 3363 (XXX)`, range: at.range });
        } else if (session > openSession) {
          report({ message: `resolution ${number}: the General Assembly's session ${session} had not opened by ${date} (latest: ${openSession})`, range: at.range });
        }
      } else if (organ === 'ECOSOC') {
        if (session < 1978) {
          report({ message: `resolution ${number}: Economic and Social Council resolutions carry their year only from 1978`, range: at.range });
        } else if (session > year) {
          report({ message: `resolution ${number}: an Economic and Social Council resolution of ${session} cannot be cited on ${date}`, range: at.range });
        }
      }
    };
    // Most sessions and years are in range: only those out of it go through `check`.
    const outOfRange = (organ: Organ, session: number) =>
      organ === 'GA' ? session < 31 || session > openSession : organ === 'ECOSOC' && (session < 1978 || session > year);
    const resolutions = doc.resolutions;
    for (let k = 0; k < resolutions.length; k++) {
      const r = resolutions[k];
      if (r.session !== undefined && outOfRange(r.organ, r.session)) check(r.organ, r.session, r.number, r);
    }
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      if (s.problem) continue;
      const res = s.components.indexOf('RES');
      if (res !== 1 || !/^\d+$/.test(s.components[2] ?? '')) continue;
      const organ: Organ = s.components[0] === 'A' ? 'GA' : s.components[0] === 'E' ? 'ECOSOC' : 'unknown';
      const session = Number(s.components[2]);
      if (outOfRange(organ, session)) check(organ, session, s.components.slice(2).join('/'), s);
    }
  },
};
