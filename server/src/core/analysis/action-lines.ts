import type { Heading } from '../model';
import { ACTION_LINES, type ActionLineSeed } from '../seeds';
import { cacheByText } from '../parse/text-cache';
import { memoize } from './memo';

const STOPWORDS = new Set(['the', 'and', 'of', 'in', 'for', 'all', 'to', 'an', 'a', 'its', 'use', 'their', 'on', 'ict', 'icts']);

export function titleTokens(title: string): Set<string> {
  const tokens = new Set<string>();
  const cjk = title.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 1 < cjk.length; i++) tokens.add(cjk.slice(i, i + 2));
  for (const w of title.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    tokens.add(w.length > 5 ? w.slice(0, 6) : w);
  }
  return tokens;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const seedTokens = ACTION_LINES.map((seed) => ({
  seed,
  titles: [...seed.titles.en, ...seed.titles.zh].map(titleTokens),
  keywords: [...seed.keywords.en, ...seed.keywords.zh].map((k) => k.toLowerCase()),
}));

export interface TitleMatch {
  seed: ActionLineSeed;
  score: number;
}

/** How well a heading title fits each action line: title similarity, plus distinctive keywords. */
export function scoreTitle(title: string): TitleMatch[] {
  const tokens = titleTokens(title);
  const lower = title.toLowerCase();
  return seedTokens.map(({ seed, titles, keywords }) => {
    let best = 0;
    for (const t of titles) best = Math.max(best, dice(tokens, t));
    const hits = keywords.filter((k) => k && lower.includes(k)).length;
    return { seed, score: best + Math.min(0.3, hits * 0.1) };
  });
}

/** The action line a title names, when one stands out clearly from the others. */
export const actionLineNamedBy: (title: string) => TitleMatch | undefined = cacheByText((title) => {
  const scores = scoreTitle(title).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < 0.35) return undefined;
  if (second && best.score - second.score < 0.1) return undefined;
  return best;
});

export interface ActionLineHeading {
  heading: Heading;
  code: string;
  index: number;
}

export const actionLineHeadings = memoize((doc) =>
  doc.headings
    .filter((h) => h.kind === 'action-line')
    .map((heading) => {
      const m = /^C(\d+)$/.exec(heading.code!);
      return { heading, code: heading.code!, index: m ? Number(m[1]) : 0 } as ActionLineHeading;
    }),
);

export function isKnownActionLine(index: number): boolean {
  return index >= 1 && index <= 11;
}
