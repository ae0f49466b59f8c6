import type { DocumentModel } from '../model';
import { paragraphText, toSnippetBody } from './extract';
import type { StandardParagraph } from './knowledge';
import { bigramCounts, diceOfBigrams } from './merge';

const RECURS = 0.7;
const MAX_PARAGRAPHS = 600;

interface Numbered {
  name: string;
  lang: DocumentModel['language'];
  number: number;
  line: number;
  text: string;
}

/** Numbered paragraphs that say nearly the same thing in two or more reports: snippet candidates. */
export function recurringParagraphs(docs: { doc: DocumentModel; name: string }[]): StandardParagraph[] {
  const texts: Numbered[][] = docs.map(({ doc, name }) =>
    doc.paragraphs
      .filter((p) => p.number !== null)
      .slice(0, MAX_PARAGRAPHS)
      .map((p) => ({ name, lang: doc.language, number: p.number!, line: p.firstLine, text: paragraphText(doc, p) })),
  );
  // Each paragraph is compared with many: its bigrams are counted once.
  const counts = texts.map((paragraphs) => paragraphs.map((p) => bigramCounts(p.text)));
  const filter = new SimilarityFilter(counts);
  const out: StandardParagraph[] = [];
  const used = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    texts[i].forEach((p, a) => {
      if (used.has(paragraphKey(p.name, p.number))) return;
      const matches: Numbered[] = [];
      for (let j = i + 1; j < texts.length; j++) {
        // The first paragraph of report j that is similar enough: only those the filter lets through can be.
        const b = filter.candidates(i, a, j).find((b) => {
          const x = texts[j][b];
          return x.lang === p.lang && Math.abs(x.text.length - p.text.length) < p.text.length / 2 && diceOfBigrams(counts[j][b], counts[i][a]) >= RECURS;
        });
        if (b !== undefined) matches.push(texts[j][b]);
      }
      if (!matches.length) return;
      const latest = matches[matches.length - 1];
      const from = [p, ...matches].map((x) => ({ document: x.name, paragraph: x.number, line: x.line }));
      for (const f of from) used.add(paragraphKey(f.document, f.paragraph));
      out.push({
        id: `recurring-${p.lang}-${out.length + 1}`,
        lang: p.lang,
        label: `Recurring paragraph: ${latest.text.slice(0, 60)}${latest.text.length > 60 ? '…' : ''}`,
        body: toSnippetBody(latest.text),
        from,
      });
    });
  }
  return out;
}

function paragraphKey(document: string, paragraph: number): string {
  return `${paragraph} ${document}`;
}

/**
 * Which paragraphs of one report can be similar enough (similarity >= RECURS) to one of another,
 * without comparing every pair (reports × paragraphs², each a comparison of bigrams): a prefix
 * filter, exact by construction. Each paragraph is its bigrams, the k-th occurrence of a bigram a
 * token of its own, so that two paragraphs share min(m, n) tokens of a bigram they hold m and n
 * times: the `shared` of the Dice coefficient. Dice >= t needs shared >= t × size / (2 - t) of
 * either paragraph's tokens (size: its number of tokens), so of the tokens of each, sorted rarest
 * first in one order for all, any two such paragraphs share one among the first
 * size - ceil(t × size / (2 - t)) + 1. Only paragraphs sharing a token of those prefixes are compared.
 */
class SimilarityFilter {
  /** Per report, per token of a paragraph's prefix: the paragraphs whose prefix holds it, in order. */
  private readonly index: Map<string, number[]>[];
  private readonly prefixes: string[][][];

  constructor(counts: Map<string, number>[][]) {
    const tokens = counts.map((report) => report.map(bigramTokens));
    const frequency = new Map<string, number>();
    for (const report of tokens) for (const paragraph of report) for (const t of paragraph) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    this.prefixes = tokens.map((report) => report.map((paragraph) => paragraph.sort(rarestFirst).slice(0, prefixLength(paragraph.length))));
    this.index = this.prefixes.map((report) => {
      const index = new Map<string, number[]>();
      report.forEach((prefix, b) => {
        for (const t of prefix) {
          const list = index.get(t);
          if (list) list.push(b);
          else index.set(t, [b]);
        }
      });
      return index;
    });
  }

  /** The paragraphs of report j that may be similar enough to paragraph a of report i, in their order. */
  candidates(i: number, a: number, j: number): number[] {
    const found = new Set<number>();
    for (const t of this.prefixes[i][a]) for (const b of this.index[j].get(t) ?? []) found.add(b);
    return [...found].sort((x, y) => x - y);
  }
}

/** How many of a paragraph's tokens, rarest first, any paragraph similar enough to it shares one of (one more than needed, against rounding). */
function prefixLength(size: number): number {
  const shared = Math.ceil((RECURS * size) / (2 - RECURS));
  return Math.min(size, size - shared + 2);
}

/** A paragraph's bigram counts as tokens, the k-th occurrence of each bigram a token of its own ("ab 0", "ab 1"). */
function bigramTokens(counts: Map<string, number>): string[] {
  const tokens: string[] = [];
  for (const [g, n] of counts) for (let k = 0; k < n; k++) tokens.push(`${g} ${k}`);
  return tokens;
}
