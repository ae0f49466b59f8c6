// Links to the UN Official Document System through undocs.org, and what a symbol or resolution is.
import type { Organ, ResolutionReference } from '../core/model';
import { findResolutionSeed, RESOLUTIONS, type ResolutionSeed } from '../core/seeds';

const UNDOCS = 'https://undocs.org/';

/** https://undocs.org/A/RES/70/125; a trailing reissue asterisk is not part of the address. */
export function undocsUrl(symbol: string): string {
  return UNDOCS + encodeURI(symbol.replace(/\*+$/, ''));
}

/** The document symbol of a cited resolution: GA 70/125 -> A/RES/70/125, ECOSOC 2019/24 -> E/RES/2019/24. */
export function resolutionSymbol(resolution: Pick<ResolutionReference, 'organ' | 'number' | 'kind'>): string | undefined {
  if (resolution.kind !== 'resolution') return undefined;
  const seed = findResolutionSeed(resolution.organ, resolution.number);
  if (seed) return seed.symbol;
  switch (resolution.organ) {
    case 'GA':
      return `A/RES/${resolution.number}`;
    case 'ECOSOC':
      return `E/RES/${resolution.number}`;
    case 'SC':
      return `S/RES/${resolution.number}`;
    case 'HRC':
      return `A/HRC/RES/${resolution.number}`;
    default:
      return undefined;
  }
}

/** The seed for a resolution symbol ("A/RES/70/125"), if the knowledge base has it. */
export function resolutionSeedBySymbol(symbol: string): ResolutionSeed | undefined {
  const bare = symbol.replace(/\*+$/, '');
  return RESOLUTIONS.find((r) => r.symbol === bare);
}

export const ORGAN_NAMES: Record<Organ, string> = {
  GA: 'General Assembly',
  ECOSOC: 'Economic and Social Council',
  SC: 'Security Council',
  HRC: 'Human Rights Council',
  unknown: '',
};

const SYMBOL_ORGANS: Record<string, string> = {
  A: 'General Assembly',
  E: 'Economic and Social Council',
  S: 'Security Council',
  ST: 'Secretariat',
  TD: 'UNCTAD',
  DP: 'UNDP/UNFPA/UNOPS Executive Board',
  UNEP: 'UNEP',
};

/** "General Assembly", "Economic and Social Council": the body a symbol's first component names. */
export function symbolOrganName(symbol: string): string | undefined {
  return SYMBOL_ORGANS[symbol.split('/')[0]];
}
