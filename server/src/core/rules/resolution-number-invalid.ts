import type { Organ } from '../model';
import { gaSessionOpenAt, yearOf } from '../parse/dates';
import type { Rule } from './rule';

/** What a session or year is checked against: the document's date, the GA session open then, and its year. */
interface Today {
  date: string;
  openSession: number;
  year: number;
}

export const resolutionNumberInvalid: Rule = {
  code: 'resolution-number-invalid',
  defaultSeverity: 'error',
  description: 'A resolution number carries a General Assembly session or ECOSOC year that cannot exist at the document\'s date.',
  check(doc, { report, date }) {
    const today: Today = { date, openSession: gaSessionOpenAt(date), year: yearOf(date) };
    const rows = doc.resolutionRows;
    // One message per organ and number: a draft cites the same resolution many times, and each
    // finding is kept until the check ends (a string each cost a draft of 83,000 of them a third of its GC).
    const messages = { GA: new Map<number | string, string>(), ECOSOC: new Map<number | string, string>() };
    for (let k = 0; k < rows.length; k++) {
      const session = rows.session(k);
      if (session === undefined) continue;
      const organ = rows.organ(k);
      if (!outOfRange(organ, session, today)) continue;
      const byNumber = messages[organ as 'GA' | 'ECOSOC'];
      const key = rows.numberKey(k);
      let message = byNumber.get(key);
      if (message === undefined) {
        const number = rows.number(k);
        message = isSpecialSession(number) ? '' : problem(organ, session, number, today);
        byNumber.set(key, message);
      }
      if (message) report({ message, range: rows.range(k) });
    }
    const symbols = doc.symbols;
    for (let k = 0; k < symbols.length; k++) {
      const s = symbols[k];
      if (s.problem) continue;
      const res = s.components.indexOf('RES');
      if (res !== 1 || !/^\d+$/.test(s.components[2] ?? '')) continue;
      const organ: Organ = s.components[0] === 'A' ? 'GA' : s.components[0] === 'E' ? 'ECOSOC' : 'unknown';
      const session = Number(s.components[2]);
      if (outOfRange(organ, session, today)) report({ message: problem(organ, session, s.components.slice(2).join('/'), today), range: s.range });
    }
  },
};

// Plain functions, not closures made per check: a closure over the session cost every citation an allocation.

/** General Assembly resolutions carry their session from the 31st session (1976); ECOSOC's their year from 1978. */
const FIRST_GA_SESSION = 31;
const FIRST_ECOSOC_YEAR = 1978;

function isSpecialSession(number: string): boolean {
  return number.startsWith('ES-') || number.startsWith('S-');
}

/** Whether a General Assembly session or an ECOSOC year cannot exist (most are in range). */
function outOfRange(organ: Organ, session: number, today: Today): boolean {
  if (organ === 'GA') return session < FIRST_GA_SESSION || session > today.openSession;
  if (organ === 'ECOSOC') return session < FIRST_ECOSOC_YEAR || session > today.year;
  return false;
}

/** What is wrong with the session or year of a number outOfRange holds out of range. */
function problem(organ: Organ, session: number, number: string, today: Today): string {
  if (organ === 'GA') {
    if (session < FIRST_GA_SESSION) return `resolution ${number}: General Assembly resolutions carry their session only from the 31st session (1976); earlier ones read like 3363 (XXX)`;
    return `resolution ${number}: the General Assembly's session ${session} had not opened by ${today.date} (latest: ${today.openSession})`;
  }
  if (session < FIRST_ECOSOC_YEAR) return `resolution ${number}: Economic and Social Council resolutions carry their year only from 1978`;
  return `resolution ${number}: an Economic and Social Council resolution of ${session} cannot be cited on ${today.date}`;
}
