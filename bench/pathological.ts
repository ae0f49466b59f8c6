// Pathological inputs: each is timed against a normal synthetic draft of the same size. The
// first seven are the cases of issue #5; the others reproduce super-linear regexes found while
// writing the bench (see bench/PROFILE.md), at sizes that stay measurable.
import { generateDraft, roman } from './synthetic';

export interface PathologicalCase {
  /** What the case is, at a given scale (sizes shrink with --quick). */
  name(scale: number): string;
  /** Language of the normal draft it is compared with. */
  language: 'en' | 'zh';
  /** Builds the input; `scale` is 1 for the full bench, smaller for --quick. */
  make(scale: number): string;
  /** Found by the bench rather than asked for: reported as a finding when it fails the target. */
  extra?: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
const MB = 1_000_000;
const size = (bytes: number) => (bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${+(bytes / 1000).toFixed(1)} KB`);

/** Repeats `unit` until the result holds about `bytes` UTF-8 bytes. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));
}

const HEADER = ['A/80/64–E/2025/12', '', 'Distr.: General', '20 January 2026', ''];

function manyFootnotes(count: number): string {
  const lines = [...HEADER, 'I. Key trends', '', 'A. Access', ''];
  const texts = ['Ibid.', 'See A/RES/70/125.', 'ITU, Facts and Figures 2025.', 'Resolutions 56/183 and 57/238.'];
  let n = 0;
  let paragraph = 0;
  while (n < count) {
    const first = n + 1;
    const sentences: string[] = [];
    for (let i = 0; i < 20 && n < count; i++) sentences.push(`Access to broadband continued to grow in rural areas.${sup(++n)}`);
    lines.push(`${++paragraph}. ${sentences.join(' ')}`, '');
    for (let k = first; k <= n; k++) lines.push(`${sup(k)} ${k === 1 ? texts[1] : texts[k % texts.length]}`);
    lines.push('');
  }
  lines.push('B. Digital economy', '', `${++paragraph}. The digital economy is changing rapidly.`, '');
  return lines.join('\n');
}

function manyHeadings(count: number): string {
  const lines = [...HEADER, 'Introduction', '', '1. The present report covers the year 2025.', ''];
  let headings = 0;
  let paragraph = 1;
  for (let c = 1; headings < count && c < 400; c++) {
    lines.push(`${roman(c)}. Implementation at the regional level`, '');
    headings++;
    for (let s = 0; s < 26 && headings < count; s++) {
      lines.push(`${String.fromCharCode(65 + s)}. Economic Commission for Africa`, '', `${++paragraph}. The Commission continued its work on digital development.`, '');
      headings++;
      for (let l = 0; l < 10 && headings < count; l++) {
        lines.push(`(${String.fromCharCode(97 + l)}) Capacity development in rural areas`, '');
        headings++;
      }
    }
  }
  return lines.join('\n');
}

export const PATHOLOGICAL: PathologicalCase[] = [
  {
    name: (s) => `one ${size(5 * MB * s)} line (en draft, newlines removed)`,
    language: 'en',
    make: (scale) => generateDraft(5 * MB * scale, 11, 'en').replace(/\n/g, ' '),
  },
  {
    name: (s) => `one ${size(5 * MB * s)} line (zh draft, newlines removed)`,
    language: 'zh',
    make: (scale) => generateDraft(5 * MB * scale, 11, 'zh').replace(/\n/g, ''),
  },
  { name: (s) => `${Math.round(200_000 * s).toLocaleString('en')} footnote markers (and texts)`, language: 'en', make: (scale) => manyFootnotes(Math.round(200_000 * scale)) },
  { name: (s) => `${Math.round(100_000 * s).toLocaleString('en')} headings`, language: 'en', make: (scale) => manyHeadings(Math.round(100_000 * scale)) },
  { name: (s) => `nested brackets: ${size(MB * s)} line of "(((("`, language: 'en', make: (scale) => '1. See ' + fill('(', MB * scale) },
  {
    name: (s) => `a ${size(MB * s)} line "1.2.3.4..."`,
    language: 'en',
    make: (scale) => {
      const parts: string[] = [];
      let bytes = 0;
      for (let i = 1; bytes < MB * scale; i++) {
        const s = String(i);
        parts.push(s);
        bytes += s.length + 1;
      }
      return parts.join('.');
    },
  },
  { name: (s) => `${size(MB * s)} of "第 1/1 和 " (one line, ends 号决议)`, language: 'zh', make: (scale) => fill('第 1/1 和 ', MB * scale) + '第 1/1 号决议。' },
  { name: (s) => `${size(MB * s)} of "para. 1 to " (one line)`, language: 'en', make: (scale) => fill('para. 1 to ', MB * scale) },
  // Found by the bench: super-linear regexes (PROFILE.md). Kept at 100 KB or less so they finish.
  {
    name: (s) => `${size(MB * s)} of "第 1/1 和 " lines, 40 items each, unterminated, 号决议 first`,
    language: 'zh',
    extra: true,
    make: (scale) => fill('大会第 70/1 号决议回顾了' + '第 1/1 和 '.repeat(40) + '\n', MB * scale),
  },
  { name: (s) => `${size(100_000 * s)} line "第 1/1、1/1、..." unterminated, 号决议 first`, language: 'zh', extra: true, make: (scale) => '大会第 70/1 号决议：第 ' + fill('1/1、', 100_000 * scale) },
  {
    name: (s) => `${size(100_000 * s)} line "第 1/1、..." broken by "。", then 号决议`,
    language: 'zh',
    extra: true,
    make: (scale) => '见第 ' + fill('1/1、', 100_000 * scale) + '。大会第 70/1 号决议',
  },
  {
    name: (s) => `${size(100_000 * s)} line "第 1/1、1/1、…、号决议" (broken just before its 号决)`,
    language: 'zh',
    extra: true,
    make: (scale) => '见第 ' + fill('1/1、', 100_000 * scale) + '号决议。',
  },
  { name: (s) => `${size(100_000 * s)} line of digits (page-furniture regex)`, language: 'en', extra: true, make: (scale) => fill('1234567890', 100_000 * scale) + ' x' },
  { name: (s) => `${size(100_000 * s)} run of superscripts in a numbered line`, language: 'en', extra: true, make: (scale) => '1. Text' + fill('¹', 100_000 * scale) + ' x' },
  { name: (s) => `${size(100_000 * s)} "A/" + dots (symbol, /\\.+$/)`, language: 'en', extra: true, make: (scale) => 'See A/' + fill('.', 100_000 * scale) + '1 here.' },
  { name: (s) => `${size(100_000 * s)} of "<a://b " (URL regex)`, language: 'en', extra: true, make: (scale) => 'See www.un.org ' + fill('<a://b ', 100_000 * scale) },
  // Found by a review of every scanner and rule for super-linear work (PROFILE.md, seventh round).
  { name: (s) => `a ${size(MB * s)} run of digits before 号决议`, language: 'zh', extra: true, make: (scale) => '见 1/1。' + fill('1', MB * scale) + '号决议' },
  { name: (s) => `a ${size(MB * s)} run of "<" after a symbol and a URL`, language: 'en', extra: true, make: (scale) => '1. See A/1 www.x ' + fill('<', MB * scale) },
  {
    name: (s) => `${size(MB * s)} line of symbols, each with its URL`,
    language: 'en',
    extra: true,
    make: (scale) => '1. See ' + byteCount(MB * scale, 43, (k) => `A/75/${k + 1} (https://undocs.org/A/75/${k + 1})`).join('; ') + '.',
  },
  { name: (s) => `${size(MB * s)} of paragraphs 1…n, then 2n+2…3n and 2n+1`, language: 'en', extra: true, make: (scale) => HEADER.join('\n') + '\n' + lateSlip(MB * scale) },
  {
    name: (s) => `${size(MB * s)} of "of of … (Xooooooooo)" lines (initials with glue words)`,
    language: 'en',
    extra: true,
    make: (scale) => byteCount(MB * scale, 62, (k) => `${k + 1}. of of of of of of of of of of of of (Xooooooooo) here.\n`).join('\n'),
  },
  {
    name: (s) => `${size(MB * s)} of blanks after a full stop, then an out-of-sequence number`,
    language: 'en',
    extra: true,
    make: (scale) => [...HEADER, '1. Text.', 'More text. ' + fill(' ', MB * scale) + 'x', '5. Next.', ''].join('\n'),
  },
  {
    name: (s) => `${size(MB * s)}: footnotes cited in shuffled order, every third without its superscript`,
    language: 'en',
    extra: true,
    make: (scale) => bareCitations(Math.round(17_700 * scale)),
  },
];

/** `count` footnotes cited five to a paragraph in shuffled order; every third number is written bare ("in region 12"), its text at the end. */
function bareCitations(count: number): string {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  const lines = [...HEADER];
  for (let i = 0, p = 1; i < count; i += 5, p++) {
    const cited = numbers.slice(i, i + 5).map((k) => (k % 3 === 0 ? `in region ${k}` : `in rural areas${sup(k)}`));
    lines.push(`${p}. Access to broadband grew ${cited.join(', ')}.`, '');
  }
  for (let k = 1; k <= count; k++) lines.push(`${sup(k)} Source ${k}.`);
  return lines.join('\n') + '\n';
}

/** `make(k)` for k = 0, 1, ... until the parts hold about `bytes` (each about `each` bytes). */
function byteCount(bytes: number, each: number, make: (k: number) => string): string[] {
  return Array.from({ length: Math.max(1, Math.round(bytes / each)) }, (_, k) => make(k));
}

/** Paragraphs 1 to n, then 2n+2 to 3n and 2n+1: each number after the gap is an order slip until the last. */
function lateSlip(bytes: number): string {
  const n = Math.max(2, Math.round(bytes / 2 / 44));
  const numbers = Array.from({ length: n }, (_, i) => i + 1);
  for (let k = 2 * n + 2; k <= 3 * n; k++) numbers.push(k);
  numbers.push(2 * n + 1);
  return numbers.map((k) => `${k}. Text of the paragraph, more or less.\n`).join('\n');
}
