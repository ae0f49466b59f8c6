// Shared pieces of the robustness tests: the fast-check settings (seed, run counts), a
// generator of drafts from a small grammar of the constructs real UN documents contain,
// mutations of existing drafts, and the invariants every check result must satisfy.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { checkText, parseDocument, type DocumentModel, type Finding } from '../../../server/src/core';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { renumberFootnotes, renumberParagraphs } from '../../../server/src/core/fix/renumber';
import { CORPUS, FIXTURES, listFiles, TEST_TODAY } from '../../support/paths';
import { readFixture } from '../../support/fixture';

// ---- settings -----------------------------------------------------------------------------

/** Fixed by default so a run is reproducible; FC_SEED=<integer> explores other cases. */
export const SEED = process.env.FC_SEED !== undefined && process.env.FC_SEED !== '' ? Number(process.env.FC_SEED) : 20260601;
if (!Number.isSafeInteger(SEED)) throw new Error(`FC_SEED must be an integer, not "${process.env.FC_SEED}"`);

/** FC_RUNS_FACTOR=10 runs ten times as many cases (for a long exploration; the default keeps the suite fast). */
const FACTOR = Number(process.env.FC_RUNS_FACTOR ?? '1') || 1;
export function runs(n: number): number {
  return Math.max(1, Math.round(n * FACTOR));
}

export function fcParams<T>(numRuns: number): fc.Parameters<T> {
  return { seed: SEED, numRuns, endOnFailure: false, verbose: 1 };
}

/** Counts for the closing note, printed after each suite. */
export const counts = { generated: 0, mutations: 0, mutatedDocuments: 0, checks: 0 };

// ---- vocabulary ---------------------------------------------------------------------------

const EN_WORDS = [
  'the', 'Assembly', 'report', 'information', 'and', 'communications', 'technology', 'of', 'in', 'for', 'development',
  'access', 'continued', 'to', 'grow', 'States', 'Member', 'entities', 'United', 'Nations', 'system', 'progress',
  'implementation', 'follow-up', 'outcomes', 'World', 'Summit', 'Information', 'Society', '(WSIS)', 'broadband',
  'e-government', 'km²', 'm³', '5', '2025', '30 per cent', 'Ibid.', 'et al.', 'No.', 'p.', 'vol. 2', 'para', 'paragraphs',
  'Council', 'resolution', 'decision', 'C7', '(C5)', '(a)', 'I.', 'A.', '1.', '—', '…', '"quoted"', '‘single’',
];
const ZH_WORDS = [
  '本报告', '信息和通信技术', '信息社会世界峰会', '发展', '大会', '经济及社会理事会', '秘书长', '会员国', '联合国系统', '实体',
  '宽带', '电子政务', '进展', '落实', '后续工作', '贸发会议', '国际电联', '同上', '见', '第', '段', '号决议', '年', '月', '日',
  '，', '。', '；', '：', '、', '（', '）', '《', '》', '“', '”', '——', '……', '·', '　', '2025 年', '30%',
];
const AR_WORDS = ['الجمعية', 'العامة', 'تكنولوجيا', 'المعلومات', 'والاتصالات', 'التنمية', 'القرار', '٧٠/١٢٥', '،', '؛', '۱۲۳'];
const RU_WORDS = ['Генеральная', 'Ассамблея', 'резолюция', 'информационно-коммуникационных', 'технологий', 'развития', 'пункт', 'см.', 'выше', 'ниже'];

const EN_TITLES = [
  'Introduction', 'Key trends', 'Implementation and follow-up at the regional level', 'Conclusions and recommendations',
  'Access', 'E-commerce', 'Broadband connectivity', 'Measuring the information society', 'Financing',
];
const ZH_TITLES = ['导言', '主要趋势', '区域一级的落实和后续工作', '国际一级的落实和后续工作', '结果和建议', '接入增加', '数字经济', '主题'];
const ACTION_TITLES_EN = [
  'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
  'Information and communication infrastructure', 'Access to information and knowledge', 'Capacity-building',
  'Building confidence and security in the use of ICTs', 'Enabling environment', 'ICT applications', 'Cultural diversity and identity, linguistic diversity and local content',
  'Media', 'Ethical dimensions of the information society', 'International and regional cooperation', 'Space exploration',
];
const ACTION_TITLES_ZH = ['公共治理当局和所有利益攸关方在推动信息和通信技术促进发展方面的作用', '信息和通信基础设施', '获取信息和知识', '能力建设', '媒体', '国际和区域合作'];

const SYMBOLS = [
  'A/RES/70/125', 'A/75/62–E/2020/11', 'A/75/62-E/2020/11', 'A/75/62—E/2020/11', 'E/2020/11', 'A/C.2/79/L.33', 'A/79/62/Add1', 'A/79//62',
  'A/79-62', 'E/CN.16/2024/2', 'A/RES/', 'A/RES/x', 'S/RES/2334 (2016)', 'A/999/1', 'E/2099/3', 'A/', 'TD/B/C.II/MEM.2/3', 'UNEP/EA.5/Res.1', 'A/RES/ES-10/23',
  'A/75/62–', 'A/75/62–E/', 'A/75/62/Corr.1', 'ST/SGB/2019/8*', 'A/81/64–E/2026/12.',
];
const EN_DATES = ['20 January 2026', '16 December 2015', '28 July 2006', '31 February 2020', '1 March 1999', '19 December 2023'];
const ZH_DATES = ['2015 年 12 月 16 日', '2006 年 7 月 28 日', '2026 年 1 月 20 日', '2020 年 2 月 31 日', '2023年12月19日'];
const RESOLUTION_NUMBERS = ['70/125', '70/1', '2006/46', '78/132', '2024/13', '99/1', '20/5', '1975/2', 'ES-10/23', '217 A (III)', '2334 (2016)', '3363 (XXX)', '2099/1'];
const FURNITURE = ['24-19490 3/15', '3/15', '20-00123', 'GE.25-00925 11', '12', '___', '* * *', '---', '390781.', '15/15 24-19490 (C)'];
const RANDOM_UNITS = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 4 }), weight: 1 },
  // lone surrogates, zero-width and direction marks, unusual spaces and line separators
  { arbitrary: fc.constantFrom('\ud800', '\udfff', '\u200b', '\u200f', '\u202e', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u0301', '\t', '\r', '\f'), weight: 2 },
);

// ---- the draft grammar ----------------------------------------------------------------------

export type Lang = 'en' | 'zh' | 'ar' | 'ru';

export type Piece =
  | { t: 'word'; i: number }
  | { t: 'marker'; style: number; delta: number }
  | { t: 'symbol'; i: number }
  | { t: 'resolution'; zh: boolean; organ: number; items: number[]; date: number | null }
  | { t: 'xref'; zh: boolean; n: number; span: number | null; dir: number }
  | { t: 'ibid' }
  | { t: 'date'; zh: boolean; i: number }
  | { t: 'number'; n: number }
  | { t: 'random'; s: string }
  | { t: 'foreign'; ar: boolean; i: number };

export type Block =
  | { t: 'header'; symbol: number; date: number; zhDate: boolean; title: number }
  | { t: 'chapter'; zh: boolean; delta: number; title: number }
  | { t: 'section'; delta: number; title: number }
  | { t: 'subsection'; delta: number; title: number }
  | { t: 'action'; delta: number; code: number; title: number; zh: boolean; bold: boolean }
  | { t: 'para'; delta: number; pieces: Piece[]; width: number; notes: number; fnDelta: number; list: boolean; bis: boolean }
  | { t: 'text'; pieces: Piece[]; width: number }
  | { t: 'furniture'; i: number }
  | { t: 'opening'; zh: boolean }
  | { t: 'fence'; pieces: Piece[] }
  | { t: 'topic'; zh: boolean; title: number }
  | { t: 'random'; s: string };

export interface DraftSpec {
  lang: Lang;
  blocks: Block[];
  crlf: boolean;
  blankLines: boolean;
}

const small = (max: number) => fc.nat({ max });
const numberDelta = fc.oneof(
  { arbitrary: fc.constant(0), weight: 12 },
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 3 },
  { arbitrary: fc.integer({ min: 4, max: 400 }), weight: 1 },
);

const pieceArb: fc.Arbitrary<Piece> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('word' as const), i: fc.nat() }), weight: 30 },
  { arbitrary: fc.record({ t: fc.constant('marker' as const), style: small(4), delta: numberDelta }), weight: 6 },
  { arbitrary: fc.record({ t: fc.constant('symbol' as const), i: small(SYMBOLS.length - 1) }), weight: 2 },
  {
    arbitrary: fc.record({
      t: fc.constant('resolution' as const),
      zh: fc.boolean(),
      organ: small(4),
      items: fc.array(small(RESOLUTION_NUMBERS.length - 1), { minLength: 1, maxLength: 3 }),
      date: fc.option(small(9), { nil: null }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('xref' as const),
      zh: fc.boolean(),
      n: fc.integer({ min: 0, max: 14 }),
      span: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
      dir: small(3),
    }),
    weight: 3,
  },
  { arbitrary: fc.constant({ t: 'ibid' as const }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('date' as const), zh: fc.boolean(), i: small(9) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('number' as const), n: fc.oneof(small(30), fc.integer({ min: 1900, max: 2100 }), fc.nat()) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('random' as const), s: RANDOM_UNITS }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('foreign' as const), ar: fc.boolean(), i: fc.nat() }), weight: 2 },
);

const piecesArb = fc.array(pieceArb, { minLength: 1, maxLength: 40 });
const width = fc.oneof(fc.constant(0), fc.integer({ min: 12, max: 100 }));

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('header' as const), symbol: small(SYMBOLS.length - 1), date: small(9), zhDate: fc.boolean(), title: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('chapter' as const), zh: fc.boolean(), delta: numberDelta, title: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('section' as const), delta: numberDelta, title: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('subsection' as const), delta: numberDelta, title: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({ t: fc.constant('action' as const), delta: numberDelta, code: fc.integer({ min: 0, max: 13 }), title: fc.nat(), zh: fc.boolean(), bold: fc.boolean() }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('para' as const),
      delta: numberDelta,
      pieces: piecesArb,
      width,
      notes: small(3),
      fnDelta: numberDelta,
      list: fc.boolean(),
      bis: fc.oneof({ arbitrary: fc.constant(false), weight: 15 }, { arbitrary: fc.constant(true), weight: 1 }),
    }),
    weight: 14,
  },
  { arbitrary: fc.record({ t: fc.constant('text' as const), pieces: piecesArb, width }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('furniture' as const), i: small(FURNITURE.length - 1) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('opening' as const), zh: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('fence' as const), pieces: piecesArb }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('topic' as const), zh: fc.boolean(), title: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('random' as const), s: RANDOM_UNITS }), weight: 1 },
);

export const draftSpecArb: fc.Arbitrary<DraftSpec> = fc.record({
  lang: fc.constantFrom<Lang>('en', 'zh', 'en', 'zh', 'ar', 'ru'),
  blocks: fc.array(blockArb, { minLength: 0, maxLength: 80, size: 'medium' }),
  crlf: fc.boolean(),
  blankLines: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
});

const pick = <T>(list: readonly T[], i: number): T => list[Math.abs(i) % list.length];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => String(n).replace(/\d/g, (d) => SUPER[Number(d)]);

function markerText(style: number, n: number): string {
  switch (style % 5) {
    case 0:
    case 1:
      return superscript(n);
    case 2:
      return `[^${n}]`;
    case 3:
      return `<sup>${n}</sup>`;
    default:
      return `$^${n}$`;
  }
}

function footnoteLine(style: number, n: number, body: string): string {
  switch (style % 5) {
    case 0:
    case 1:
      return `${superscript(n)} ${body}`;
    case 2:
      return `[^${n}]: ${body}`;
    case 3:
      return `<sup>${n}</sup> ${body}`;
    default:
      return `$^${n}$ ${body}`;
  }
}

/** Renders a spec to a draft; `rendered.text` uses LF or CRLF as the spec says. */
export function renderDraft(spec: DraftSpec): string {
  const lang = spec.lang;
  const lines: string[] = [];
  const gap = () => {
    if (spec.blankLines) lines.push('');
  };
  const n = { chapter: 0, section: 0, subsection: 0, lettered: 0, para: 0, footnote: 0 };
  const words = (zh: boolean) => (zh ? ZH_WORDS : lang === 'ar' ? AR_WORDS : lang === 'ru' ? RU_WORDS : EN_WORDS);
  const zhDoc = lang === 'zh';

  const renderPieces = (pieces: Piece[], notes: { style: number; n: number }[]): string[] => {
    const out: string[] = [];
    for (const p of pieces) {
      switch (p.t) {
        case 'word':
          out.push(pick(words(zhDoc), p.i));
          break;
        case 'marker': {
          n.footnote = Math.max(0, n.footnote + 1 + p.delta);
          const text = markerText(p.style, n.footnote);
          // Markers follow the word they annotate, without a space.
          if (out.length) out[out.length - 1] += text;
          else out.push(text);
          notes.push({ style: p.style, n: n.footnote });
          break;
        }
        case 'symbol':
          out.push(pick(SYMBOLS, p.i));
          break;
        case 'resolution': {
          const items = p.items.map((i) => pick(RESOLUTION_NUMBERS, i));
          if (p.zh) {
            const organ = ['大会', '经济及社会理事会', '安全理事会', '人权理事会', ''][p.organ % 5];
            const date = p.date === null ? '' : pick(ZH_DATES, p.date);
            out.push(`${date}${organ}第 ${items.join('、')} 号决议`);
          } else {
            const organ = ['General Assembly ', 'Economic and Social Council ', 'Security Council ', 'Human Rights Council ', ''][p.organ % 5];
            const date = p.date === null ? '' : ` of ${pick(EN_DATES, p.date)}`;
            out.push(`${organ}resolution${items.length > 1 ? 's' : ''} ${items.join(', ')}${date}`);
          }
          break;
        }
        case 'xref': {
          const span = p.span === null ? '' : p.zh ? `至${p.n + p.span}` : ` to ${p.n + p.span}`;
          if (p.zh) out.push(`见${['上文', '下文', '本报告', ''][p.dir]}第 ${p.n}${span} 段`);
          else out.push(`see para${p.span === null ? '' : 's'}. ${p.n}${span}${['', ' above', ' below', ' of the present report'][p.dir]}`);
          break;
        }
        case 'ibid':
          out.push(zhDoc ? '同上。' : 'Ibid.');
          break;
        case 'date':
          out.push(p.zh ? pick(ZH_DATES, p.i) : pick(EN_DATES, p.i));
          break;
        case 'number':
          out.push(String(p.n));
          break;
        case 'random':
          out.push(p.s);
          break;
        case 'foreign':
          out.push(pick(p.ar ? AR_WORDS : RU_WORDS, p.i));
          break;
      }
    }
    return out;
  };

  const wrap = (tokens: string[], width: number, first: string): string[] => {
    const sep = zhDoc ? '' : ' ';
    const text = first + tokens.join(sep);
    if (!width) return [text];
    const out: string[] = [];
    let line = '';
    for (const [k, tok] of tokens.entries()) {
      const piece = k === 0 ? first + tok : tok;
      if (line && (line + sep + piece).length > width) {
        out.push(line);
        line = piece;
      } else {
        line = line ? line + sep + piece : piece;
      }
    }
    if (line) out.push(line);
    return out;
  };

  for (const b of spec.blocks) {
    switch (b.t) {
      case 'header':
        lines.push(pick(SYMBOLS, b.symbol));
        gap();
        lines.push(b.zhDate ? pick(ZH_DATES, b.date) : pick(EN_DATES, b.date));
        gap();
        lines.push(zhDoc ? pick(ZH_TITLES, b.title) : pick(EN_TITLES, b.title));
        gap();
        break;
      case 'chapter':
        n.chapter = Math.max(1, n.chapter + 1 + b.delta);
        n.section = n.subsection = n.lettered = 0;
        lines.push(b.zh ? `${pick(ZH_NUM, n.chapter - 1)}. ${pick(ZH_TITLES, b.title)}` : `${ROMAN[(n.chapter - 1) % ROMAN.length]}. ${pick(EN_TITLES, b.title)}`);
        gap();
        break;
      case 'section':
        n.section = Math.max(1, n.section + 1 + b.delta);
        n.subsection = n.lettered = 0;
        lines.push(`${String.fromCharCode(64 + ((n.section - 1) % 26) + 1)}. ${zhDoc ? pick(ZH_TITLES, b.title) : pick(EN_TITLES, b.title)}`);
        gap();
        break;
      case 'subsection':
        n.subsection = Math.max(1, n.subsection + 1 + b.delta);
        lines.push(`${n.subsection}. ${zhDoc ? pick(ZH_TITLES, b.title) : pick(EN_TITLES, b.title)}`);
        gap();
        break;
      case 'action': {
        n.lettered = Math.max(1, n.lettered + 1 + b.delta);
        const letter = String.fromCharCode(97 + ((n.lettered - 1) % 26));
        const title = b.zh ? pick(ACTION_TITLES_ZH, b.title) : pick(ACTION_TITLES_EN, b.title);
        const code = b.zh ? `（C${b.code}）` : `(C${b.code})`;
        lines.push(b.bold ? `**(${letter}) ${title} ${code}**` : `(${letter}) ${title} ${code}`);
        gap();
        break;
      }
      case 'para': {
        const notes: { style: number; n: number }[] = [];
        const tokens = renderPieces(b.pieces, notes);
        let label: string;
        if (b.bis) label = `${Math.max(1, n.para)} bis. `;
        else {
          n.para = Math.max(1, n.para + 1 + b.delta);
          label = `${n.para}. `;
        }
        const body = wrap(tokens, b.width, label);
        if (b.list) body[0] = `- ${body[0]}`;
        lines.push(...body);
        gap();
        // The page foot: texts for this paragraph's markers, sometimes with a wrong number or missing.
        for (const [k, note] of notes.entries()) {
          if (k >= b.notes + 1) break;
          const num = k === 0 ? Math.max(0, note.n + b.fnDelta) : note.n;
          lines.push(footnoteLine(note.style, num, k % 3 === 2 ? (zhDoc ? '同上。' : 'Ibid.') : `${zhDoc ? '见' : 'See'} ${pick(SYMBOLS, num)}.`));
          gap();
        }
        break;
      }
      case 'text':
        lines.push(...wrap(renderPieces(b.pieces, []), b.width, ''));
        gap();
        break;
      case 'furniture':
        lines.push(pick(FURNITURE, b.i));
        gap();
        break;
      case 'opening':
        lines.push(b.zh ? '大会，' : 'The General Assembly,');
        gap();
        break;
      case 'fence':
        lines.push('```');
        lines.push(...wrap(renderPieces(b.pieces, []), 40, '1. '));
        lines.push('```');
        gap();
        break;
      case 'topic':
        lines.push(b.zh ? pick(ZH_TITLES, b.title) : pick(EN_TITLES, b.title));
        gap();
        break;
      case 'random':
        lines.push(b.s);
        break;
    }
  }
  return lines.join(spec.crlf ? '\r\n' : '\n');
}

export const draftArb: fc.Arbitrary<string> = draftSpecArb.map(renderDraft);

// ---- sources and mutations ----------------------------------------------------------------

export interface Source {
  name: string;
  text: string;
}

export function fixtureSources(): Source[] {
  return listFiles(FIXTURES, /\.(unr|txt|md)$/).map((f) => ({ name: path.relative(FIXTURES, f), text: readFixture(f).text }));
}

export const CORPUS_FILES = ['sg-report-wsis-2020.zh.txt', 'ga-draft-resolution-ict4sd-2024.zh.md'];

export function corpusSources(): Source[] | undefined {
  const files = CORPUS_FILES.map((f) => path.join(CORPUS, f));
  if (!files.every((f) => fs.existsSync(f))) return undefined;
  return files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
}

const INJECTIONS = [
  '¹', '²³', '⁴⁵⁶', '[^7]', '[^99]:', '<sup>8</sup>', '<sup>', '$^9$', '$^{10}$', '¹ ', '0', '7. ', '12', '999999', '2025. ',
  'A/RES/70/125', 'A/75/62–E/2020/11', 'A/75/62-E/2020/11', 'A//1', 'A/79/62/Add1', 'E/2099/1', '第 70/125 号决议', 'resolution 70/125 of 16 December 2015',
  'para. 3 above', 'paras. 2 to 900 below', '见下文第 5 段', '见上文第 0 段', 'Ibid.', '同上', '(C12)', '(a) ', 'I. ', '一. ', 'A. ', '```', '\r', '\n', '\ufeff', '\ud83d',
  '24-19490 3/15', '**', '# ', '- ',
];

export type Mutation =
  | { t: 'insert'; at: number; line: string }
  | { t: 'delete'; at: number; count: number }
  | { t: 'swap'; a: number; b: number }
  | { t: 'duplicate'; at: number }
  | { t: 'truncate'; at: number }
  | { t: 'inject'; at: number; what: string }
  | { t: 'digits'; at: number; digits: string };

const injection = fc.oneof({ arbitrary: fc.constantFrom(...INJECTIONS), weight: 5 }, { arbitrary: RANDOM_UNITS, weight: 1 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('insert' as const), at: fc.nat(), line: fc.oneof(injection, draftArb.map((d) => d.split(/\r?\n/)[0] ?? '')) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('duplicate' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('inject' as const), at: fc.nat(), what: injection }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('digits' as const), at: fc.nat(), digits: fc.stringMatching(/^[0-9]{1,4}$/) }), weight: 2 },
);

/** Applies one mutation; positions are taken modulo the text's size so any number works. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = (k: number) => k % Math.max(1, lines.length);
  switch (m.t) {
    case 'insert':
      lines.splice(m.at % (lines.length + 1), 0, m.line);
      return lines.join('\n');
    case 'delete':
      lines.splice(li(m.at), m.count);
      return lines.join('\n');
    case 'swap': {
      const a = li(m.a);
      const b = li(m.b);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'duplicate':
      lines.splice(li(m.at), 0, lines[li(m.at)] ?? '');
      return lines.join('\n');
    case 'truncate':
      // Any UTF-16 offset, so the cut may fall between the halves of a surrogate pair.
      return text.slice(0, m.at % (text.length + 1));
    case 'inject': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.what + text.slice(at);
    }
    case 'digits': {
      // Replace the digit run at or after the offset (or insert the digits there).
      const at = m.at % (text.length + 1);
      const rest = text.slice(at);
      const d = /\d+/.exec(rest);
      if (!d) return text.slice(0, at) + m.digits + rest;
      return text.slice(0, at + d.index) + m.digits + rest.slice(d.index + d[0].length);
    }
  }
}

/** Cuts a text in the middle of its first surrogate pair, if it has one. */
export function cutInsideSurrogatePair(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return text.slice(0, i + 1);
  }
  return undefined;
}

// ---- invariants -----------------------------------------------------------------------------

export function check(text: string) {
  counts.checks++;
  const ruleErrors: string[] = [];
  const result = checkText(text, { today: TEST_TODAY, onRuleError: (rule, error) => ruleErrors.push(`${rule.code}: ${(error as Error)?.stack ?? error}`) });
  return { ...result, ruleErrors };
}

function describeRange(f: { range: Finding['range'] }): string {
  const r = f.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function assertRangeInside(lines: string[], r: Finding['range'], what: string): void {
  const ok = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  assert.ok(ok(r.start) && ok(r.end), `${what}: range ${describeRange({ range: r })} lies outside the document (${lines.length} lines)`);
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  assert.ok(ordered, `${what}: range ${describeRange({ range: r })} ends before it starts`);
}

/** Findings in a comparable form (the model holds functions and cycles; findings do not). */
export function findingKey(findings: Finding[]): string {
  return JSON.stringify(findings);
}

/** Every property of issue #6 for one text: no throw, no rule error, ranges inside, deterministic, CRLF = LF, BOM changes nothing. */
export function assertInvariants(text: string): void {
  const first = check(text);
  assert.deepStrictEqual(first.ruleErrors, [], 'a rule threw');
  assert.ok(!first.findings.some((f) => f.code === 'internal-error'), 'internal-error finding');
  const lines = first.model.lines;
  for (const f of first.findings) {
    assertRangeInside(lines, f.range, `${f.code} "${f.message}"`);
    for (const rel of f.related ?? []) assertRangeInside(lines, rel.range, `${f.code} related "${rel.message}"`);
  }
  const key = findingKey(first.findings);
  assert.strictEqual(findingKey(check(text).findings), key, 'a second run gave different findings');

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const split = body.split(/\r\n|\r|\n/);
  const lf = split.join('\n');
  const crlf = split.join('\r\n');
  const lfKey = findingKey(check(lf).findings);
  assert.strictEqual(lfKey, key, 'normalising the line endings to LF changed the findings');
  assert.strictEqual(findingKey(check(crlf).findings), lfKey, 'CRLF and LF versions give different findings');
  if (body.charCodeAt(0) !== 0xfeff) {
    assert.strictEqual(findingKey(check('\ufeff' + body).findings), findingKey(check(body).findings), 'a BOM changed the findings');
  }
}

// ---- renumbering ---------------------------------------------------------------------------

/** What renumbering may not change: everything but ASCII digits and superscript digits. */
export function withoutDigits(text: string): string {
  return text.replace(/[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '');
}

/** The command line's `renumber` / `check --fix`: paragraphs, re-parse, footnotes. */
export function renumber(text: string): { text: string; edits: number } {
  const paragraphEdits = renumberParagraphs(parseDocument(text));
  const afterParagraphs = applyEdits(text, paragraphEdits);
  const footnoteEdits = renumberFootnotes(parseDocument(afterParagraphs));
  return { text: applyEdits(afterParagraphs, footnoteEdits), edits: paragraphEdits.length + footnoteEdits.length };
}


/**
 * How the parser read a document, independent of the numbers themselves: paragraph extents
 * (numbered or not), heading lines and kinds, footnote markers per line, footnote-text lines and
 * bare citations. Renumbering must not change it; when it does, the renumbered text reads
 * differently (see the known limitations in renumber.test.ts).
 */
export function structureOf(text: string): string {
  const d = parseDocument(text);
  return JSON.stringify([
    d.paragraphs.map((p) => [p.firstLine, p.lastLine, p.number === null, p.suffix ?? '']),
    d.headings.map((h) => [h.line, h.kind]),
    d.footnoteMarkers.map((m) => m.line),
    d.footnoteTexts.map((t) => t.line),
    d.bareFootnoteCitations.map((b) => b.line),
  ]);
}

/**
 * A copy of a parsed model as a plain object, with some of its parts replaced: a model that is not
 * the parser's, which the analyses do not cache and may not find in line order.
 */
export function plainModel(parsed: DocumentModel, replaced: Partial<DocumentModel>): DocumentModel {
  return {
    ...parsed,
    lines: parsed.lines,
    lineCount: parsed.lineCount,
    line: (i) => parsed.line(i),
    paragraphAtLine: (line) => parsed.paragraphAtLine(line),
    wordCount: parsed.wordCount,
    // Made on first read, so kept on the class, not copied by the spread.
    crossReferences: parsed.crossReferences,
    footnoteMarkers: parsed.footnoteMarkers,
    footnoteTexts: parsed.footnoteTexts,
    paragraphs: parsed.paragraphs,
    paragraphRowAtLine: (line) => parsed.paragraphRowAtLine(line),
    resolutions: parsed.resolutions,
    ...replaced,
  };
}
