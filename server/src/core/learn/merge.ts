import type { Knowledge, StandardParagraph } from './knowledge';

const SIMILAR = 0.6;

/** Combines what several reports teach; the first document to state a fact wins, later ones add provenance. */
export function mergeKnowledge(parts: Knowledge[]): Knowledge {
  const out: Knowledge = { documents: [], abbreviations: [], resolutions: [], actionLineTitles: [], skeletons: [], paragraphs: [] };
  const seen = new Set<string>();
  const resolutionAt = new Map<string, Knowledge['resolutions'][number]>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  for (const k of parts) {
    out.documents.push(...k.documents);
    for (const a of k.abbreviations) if (once(`abbr ${a.lang} ${a.short} ${a.full}`)) out.abbreviations.push(a);
    for (const r of k.resolutions) {
      const key = `${r.organ} ${r.number} ${r.lang}`;
      const existing = resolutionAt.get(key);
      if (!existing) {
        const copy = { ...r };
        out.resolutions.push(copy);
        resolutionAt.set(key, copy);
      } else {
        existing.date ??= r.date;
        existing.title ??= r.title;
      }
    }
    for (const t of k.actionLineTitles) if (once(`al ${t.lang} ${t.code} ${t.title}`)) out.actionLineTitles.push(t);
    out.skeletons.push(...k.skeletons);
    for (const p of k.paragraphs) mergeParagraph(out.paragraphs, p);
  }
  return out;
}

function mergeParagraph(list: StandardParagraph[], p: StandardParagraph): void {
  const same = list.find((x) => x.id === p.id || (x.lang === p.lang && similarity(x.body, p.body) >= SIMILAR));
  if (same) same.from.push(...p.from);
  else list.push({ ...p, from: [...p.from] });
}

/** The text whose character bigrams similarity() compares: snippet placeholders read as their defaults, blanks as one space. */
function bigramText(s: string): string {
  return s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\s+/g, ' ');
}

/** Dice coefficient over character bigrams (works for Chinese and English alike). */
export function similarity(a: string, b: string): number {
  return diceOfBigrams(bigramCounts(a), bigramCounts(b));
}

/** How many times each character bigram of bigramText(s) occurs in it. */
export function bigramCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = bigramText(s);
  for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** The Dice coefficient of two texts' bigram counts (similarity, for counts made once and compared often). */
export function diceOfBigrams(ga: Map<string, number>, gb: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total ? (2 * shared) / total : 0;
}
