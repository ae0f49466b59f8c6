import { parseDocument } from '../parse/parser';
import { ABBREVIATIONS, findResolutionSeed } from '../seeds';
import { extractKnowledge } from './extract';
import type { Knowledge, Provenance } from './knowledge';
import { mergeKnowledge } from './merge';

export interface KnownFact<T> {
  value: T;
  /** "defined in A/75/62, para. 1" or "seeds/". */
  source: string;
  /** When the workspace and seeds/ disagree: what seeds/ says. */
  seedsSay?: T;
}

export function describeProvenance(p: Provenance): string {
  return `${p.document}${p.paragraph ? `, para. ${p.paragraph}` : `, line ${p.line + 1}`}`;
}

/**
 * What the user's own prior reports teach, kept per file so a change re-reads one file only.
 * Workspace knowledge wins over seeds/; a disagreement is reported with the answer.
 */
export class PriorReportIndex {
  private readonly byFile = new Map<string, Knowledge>();
  private merged: Knowledge | undefined;
  /** Bumped on every change, so caches built on the index know when to refresh. */
  version = 0;

  get size(): number {
    return this.byFile.size;
  }

  update(file: string, text: string): void {
    this.byFile.set(file, extractKnowledge(parseDocument(text), file.split(/[\\/]/).pop() ?? file));
    this.merged = undefined;
    this.version++;
  }

  remove(file: string): void {
    if (this.byFile.delete(file)) {
      this.merged = undefined;
      this.version++;
    }
  }

  knowledge(): Knowledge {
    this.merged ??= mergeKnowledge([...this.byFile.keys()].sort().map((f) => this.byFile.get(f)!));
    return this.merged;
  }

  has(file: string): boolean {
    return this.byFile.has(file);
  }

  abbreviation(short: string): KnownFact<string> | undefined {
    const seed = ABBREVIATIONS.find((a) => a.short === short);
    const learned = this.knowledge().abbreviations.find((a) => a.short === short);
    if (learned) {
      const fact: KnownFact<string> = { value: learned.full, source: `defined in ${describeProvenance(learned.from)}` };
      if (seed && seed.full !== learned.full) fact.seedsSay = seed.full;
      return fact;
    }
    return seed ? { value: seed.full, source: 'seeds/' } : undefined;
  }

  resolution(organ: string, number: string): KnownFact<{ date?: string; title?: string }> | undefined {
    const seed = findResolutionSeed(organ, number);
    const seedValue = seed ? { date: seed.date, title: seed.title?.en ?? seed.title?.zh } : undefined;
    const learned = this.knowledge().resolutions.filter((r) => r.organ === organ && r.number === number);
    const dated = learned.find((r) => r.date) ?? learned[0];
    if (dated && (dated.date || dated.title)) {
      const fact: KnownFact<{ date?: string; title?: string }> = {
        value: { date: dated.date ?? seedValue?.date, title: learned.find((r) => r.title)?.title ?? seedValue?.title },
        source: `cited in ${describeProvenance(dated.from)}`,
      };
      if (seedValue?.date && dated.date && seedValue.date !== dated.date) fact.seedsSay = seedValue;
      return fact;
    }
    return seedValue ? { value: seedValue, source: 'seeds/' } : undefined;
  }
}
