// The knowledge base shipped in seeds/: data files, bundled into the core at build time.
import actionLinesFile from '../../../seeds/action-lines.json';
import resolutionsFile from '../../../seeds/resolutions.json';
import abbreviationsFile from '../../../seeds/abbreviations.json';
import learnedFile from '../../../seeds/learned.json';
import type { Knowledge } from './learn/knowledge';

export interface ActionLineSeed {
  code: string;
  letter: string;
  titles: { en: string[]; zh: string[] };
  keywords: { en: string[]; zh: string[] };
  facilitators: { en: string; zh?: string };
  applications?: { en: string; zh: string; facilitator?: string }[];
  source: string;
}

export interface ResolutionSeed {
  organ: 'GA' | 'ECOSOC' | 'SC' | 'HRC';
  number: string;
  symbol: string;
  date?: string;
  title?: { en?: string; zh?: string };
  series?: string | null;
  source: string;
}

export interface AbbreviationSeed {
  short: string;
  full: string;
  lang: string;
  source: string;
}

export const ACTION_LINES: readonly ActionLineSeed[] = actionLinesFile.actionLines as ActionLineSeed[];
export const RESOLUTIONS: readonly ResolutionSeed[] = resolutionsFile.resolutions as ResolutionSeed[];
/** What `unreport learn` extracted from the spec and the prior reports (npm run seeds). */
export const LEARNED: Knowledge = learnedFile as unknown as Knowledge;

const curatedAbbreviations = abbreviationsFile.abbreviations as AbbreviationSeed[];
const curatedKeys = new Set(curatedAbbreviations.map((a) => `${a.lang} ${a.short}`));

export const ABBREVIATIONS: readonly AbbreviationSeed[] = [
  ...curatedAbbreviations,
  ...LEARNED.abbreviations
    .filter((a) => !curatedKeys.has(`${a.lang} ${a.short}`))
    .map((a) => ({ short: a.short, full: a.full, lang: a.lang, source: `learned from ${a.from.document}${a.from.paragraph ? `, para. ${a.from.paragraph}` : ''}` })),
];

const resolutionIndex = new Map(RESOLUTIONS.map((r) => [`${r.organ} ${r.number}`, r]));
for (const r of LEARNED.resolutions) {
  const key = `${r.organ} ${r.number}`;
  const known = resolutionIndex.get(key);
  const source = `learned from ${r.from.document}${r.from.paragraph ? `, para. ${r.from.paragraph}` : ''}`;
  if (!known && (r.organ === 'GA' || r.organ === 'ECOSOC' || r.organ === 'SC' || r.organ === 'HRC')) {
    const symbol = r.organ === 'GA' ? `A/RES/${r.number}` : r.organ === 'ECOSOC' ? `E/RES/${r.number}` : `S/RES/${r.number}`;
    resolutionIndex.set(key, { organ: r.organ, number: r.number, symbol, date: r.date, title: r.title ? { [r.lang]: r.title } : undefined, source });
  } else if (known && r.title && !known.title?.[r.lang as 'en' | 'zh']) {
    resolutionIndex.set(key, { ...known, title: { ...known.title, [r.lang]: r.title } });
  }
}

/** Organ -> number -> seed: the index without a key string built per lookup. */
const seedsByOrgan = new Map<string, Map<string, ResolutionSeed>>();
for (const seed of resolutionIndex.values()) {
  let byNumber = seedsByOrgan.get(seed.organ);
  if (!byNumber) seedsByOrgan.set(seed.organ, (byNumber = new Map()));
  byNumber.set(seed.number, seed);
}

/** Curated seeds first; what was learned fills in what they lack. */
export function findResolutionSeed(organ: string, number: string): ResolutionSeed | undefined {
  return seedsByOrgan.get(organ)?.get(number);
}

export function findActionLine(code: string): ActionLineSeed | undefined {
  return ACTION_LINES.find((a) => a.code === code);
}
