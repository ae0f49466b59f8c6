// The knowledge base shipped in seeds/: data files, bundled into the core at build time.
import actionLinesFile from '../../../seeds/action-lines.json';
import resolutionsFile from '../../../seeds/resolutions.json';
import abbreviationsFile from '../../../seeds/abbreviations.json';

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
export const ABBREVIATIONS: readonly AbbreviationSeed[] = abbreviationsFile.abbreviations as AbbreviationSeed[];

const resolutionIndex = new Map(RESOLUTIONS.map((r) => [`${r.organ} ${r.number}`, r]));

export function findResolutionSeed(organ: string, number: string): ResolutionSeed | undefined {
  return resolutionIndex.get(`${organ} ${number}`);
}

export function findActionLine(code: string): ActionLineSeed | undefined {
  return ACTION_LINES.find((a) => a.code === code);
}
