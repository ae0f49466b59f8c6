import type { Organ, ResolutionReference, ResolutionRows } from '../model';
import { dateValueOfIso, formatDate, isoOfDateValue, yearOfDateValue } from '../parse/dates';
import { findResolutionSeed } from '../seeds';
import type { Rule } from './rule';

export const resolutionDateMismatch: Rule = {
  code: 'resolution-date-mismatch',
  defaultSeverity: 'error',
  description: 'A resolution is cited with two different dates, or with a date that disagrees with its number or with the knowledge base.',
  check(doc, { report }) {
    // Organ -> number -> its first dated citation.
    const firstDated = new Map<Organ, Map<number | string, FirstDated>>();
    const rows = doc.resolutionRows;
    for (let k = 0; k < rows.length; k++) {
      const date = rows.dateValue(k);
      if (date === 0) continue;
      const organ = rows.organ(k);
      const key = rows.numberKey(k);
      let byNumber = firstDated.get(organ);
      if (!byNumber) firstDated.set(organ, (byNumber = new Map()));
      let first = byNumber.get(key);
      if (first === undefined) {
        byNumber.set(key, (first = firstDatedAt(rows, k)));
      } else if (rows.dateValue(first.row) !== date) {
        const r = rows.at(k);
        const earlier = rows.at(first.row);
        report({
          message: `${label(r)} is dated ${formatDate(r.date!.iso)} here but ${formatDate(earlier.date!.iso)} on line ${earlier.line + 1}`,
          range: r.date!.range,
          related: [{ range: earlier.date!.range, message: `${label(r)} of ${formatDate(earlier.date!.iso)}` }],
        });
        continue;
      }
      const session = rows.session(k);
      if (first.seedDate !== 0 && first.seedDate !== date) {
        const r = rows.at(k);
        report({ message: `${label(r)} was adopted on ${formatDate(isoOfDateValue(first.seedDate))}, not ${formatDate(r.date!.iso)}`, range: r.date!.range });
      } else if (!first.seeded && organ === 'ECOSOC' && session !== undefined && yearOfDateValue(date) !== session) {
        const r = rows.at(k);
        report({ message: `${label(r)} carries the year ${session} but is dated ${formatDate(r.date!.iso)}`, range: r.date!.range });
      }
    }
  },
};

/** A number's first dated citation, and what the knowledge base knows of it: looked up once per number, not per citation. */
interface FirstDated {
  row: number;
  seeded: boolean;
  /** The seed's date as yyyymmdd, 0 when the seed has none. */
  seedDate: number;
}

function firstDatedAt(rows: ResolutionRows, k: number): FirstDated {
  const seed = findResolutionSeed(rows.organ(k), rows.number(k));
  return { row: k, seeded: seed !== undefined, seedDate: seed?.date ? dateValueOfIso(seed.date) : 0 };
}

function label(r: ResolutionReference): string {
  return `${organName(r.organ)}resolution ${r.number}`;
}

function organName(organ: string): string {
  return organ === 'GA' ? 'General Assembly ' : organ === 'ECOSOC' ? 'Economic and Social Council ' : '';
}
