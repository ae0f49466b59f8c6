import type { ResolutionReference } from '../model';
import { formatDate, yearOf } from '../parse/dates';
import { findResolutionSeed } from '../seeds';
import type { Rule } from './rule';

export const resolutionDateMismatch: Rule = {
  code: 'resolution-date-mismatch',
  defaultSeverity: 'error',
  description: 'A resolution is cited with two different dates, or with a date that disagrees with its number or with the knowledge base.',
  check(doc, { report }) {
    const firstDated = new Map<string, ResolutionReference>();
    for (const r of doc.resolutions) {
      if (!r.date) continue;
      const key = `${r.organ} ${r.number}`;
      const seed = findResolutionSeed(r.organ, r.number);
      const first = firstDated.get(key);
      // Built only for a finding.
      const label = () => `${organName(r.organ)}resolution ${r.number}`;
      if (first && first.date!.iso !== r.date.iso) {
        report({
          message: `${label()} is dated ${formatDate(r.date.iso)} here but ${formatDate(first.date!.iso)} on line ${first.line + 1}`,
          range: r.date.range,
          related: [{ range: first.date!.range, message: `${label()} of ${formatDate(first.date!.iso)}` }],
        });
        continue;
      }
      if (!first) firstDated.set(key, r);
      if (seed?.date && seed.date !== r.date.iso) {
        report({ message: `${label()} was adopted on ${formatDate(seed.date)}, not ${formatDate(r.date.iso)}`, range: r.date.range });
      } else if (!seed && r.organ === 'ECOSOC' && r.session !== undefined && yearOf(r.date.iso) !== r.session) {
        report({ message: `${label()} carries the year ${r.session} but is dated ${formatDate(r.date.iso)}`, range: r.date.range });
      }
    }
  },
};

function organName(organ: string): string {
  return organ === 'GA' ? 'General Assembly ' : organ === 'ECOSOC' ? 'Economic and Social Council ' : '';
}
