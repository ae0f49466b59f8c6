import type { Organ, ResolutionReference } from '../model';
import { formatDate, isoOfDateValue, yearOfDateValue } from '../parse/dates';
import { findResolutionSeed } from '../seeds';
import type { Rule } from './rule';

export const resolutionDateMismatch: Rule = {
  code: 'resolution-date-mismatch',
  defaultSeverity: 'error',
  description: 'A resolution is cited with two different dates, or with a date that disagrees with its number or with the knowledge base.',
  check(doc, { report }) {
    // Organ -> number -> the row of its first dated citation.
    const firstDated = new Map<Organ, Map<string, number>>();
    const rows = doc.resolutionRows;
    for (let k = 0; k < rows.length; k++) {
      const date = rows.dateValue(k);
      if (date === 0) continue;
      const organ = rows.organ(k);
      const number = rows.number(k);
      let byNumber = firstDated.get(organ);
      if (!byNumber) firstDated.set(organ, (byNumber = new Map()));
      const first = byNumber.get(number);
      if (first !== undefined && rows.dateValue(first) !== date) {
        const r = rows.at(k);
        const earlier = rows.at(first);
        report({
          message: `${label(r)} is dated ${formatDate(r.date!.iso)} here but ${formatDate(earlier.date!.iso)} on line ${earlier.line + 1}`,
          range: r.date!.range,
          related: [{ range: earlier.date!.range, message: `${label(r)} of ${formatDate(earlier.date!.iso)}` }],
        });
        continue;
      }
      if (first === undefined) byNumber.set(number, k);
      const seed = findResolutionSeed(organ, number);
      const session = rows.session(k);
      if (seed?.date && seed.date !== isoOfDateValue(date)) {
        const r = rows.at(k);
        report({ message: `${label(r)} was adopted on ${formatDate(seed.date)}, not ${formatDate(r.date!.iso)}`, range: r.date!.range });
      } else if (!seed && organ === 'ECOSOC' && session !== undefined && yearOfDateValue(date) !== session) {
        const r = rows.at(k);
        report({ message: `${label(r)} carries the year ${session} but is dated ${formatDate(r.date!.iso)}`, range: r.date!.range });
      }
    }
  },
};

function label(r: ResolutionReference): string {
  return `${organName(r.organ)}resolution ${r.number}`;
}

function organName(organ: string): string {
  return organ === 'GA' ? 'General Assembly ' : organ === 'ECOSOC' ? 'Economic and Social Council ' : '';
}
