import type { Organ, ResolutionReference } from '../model';
import { formatDate, yearOf } from '../parse/dates';
import { findResolutionSeed } from '../seeds';
import type { Rule } from './rule';

export const resolutionDateMismatch: Rule = {
  code: 'resolution-date-mismatch',
  defaultSeverity: 'error',
  description: 'A resolution is cited with two different dates, or with a date that disagrees with its number or with the knowledge base.',
  check(doc, { report }) {
    // Organ -> number -> the first dated citation.
    const firstDated = new Map<Organ, Map<string, ResolutionReference>>();
    const resolutions = doc.resolutions;
    for (let k = 0; k < resolutions.length; k++) {
      const r = resolutions[k];
      if (!r.date) continue;
      let byNumber = firstDated.get(r.organ);
      if (!byNumber) firstDated.set(r.organ, (byNumber = new Map()));
      const first = byNumber.get(r.number);
      if (first && first.date!.iso !== r.date.iso) {
        report({
          message: `${label(r)} is dated ${formatDate(r.date.iso)} here but ${formatDate(first.date!.iso)} on line ${first.line + 1}`,
          range: r.date.range,
          related: [{ range: first.date!.range, message: `${label(r)} of ${formatDate(first.date!.iso)}` }],
        });
        continue;
      }
      if (!first) byNumber.set(r.number, r);
      const seed = findResolutionSeed(r.organ, r.number);
      if (seed?.date && seed.date !== r.date.iso) {
        report({ message: `${label(r)} was adopted on ${formatDate(seed.date)}, not ${formatDate(r.date.iso)}`, range: r.date.range });
      } else if (!seed && r.organ === 'ECOSOC' && r.session !== undefined && yearOf(r.date.iso) !== r.session) {
        report({ message: `${label(r)} carries the year ${r.session} but is dated ${formatDate(r.date.iso)}`, range: r.date.range });
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
