// Seeded generator of synthetic UN report drafts (English or Chinese) for the benchmark.
//
// The drafts are meant to be clean: paragraphs numbered 1, 2, 3 ... through the document,
// chapters I... / 一..., at least two sections A... per chapter, numbered subsections in big
// sections, the WSIS action lines (a)-(k) with (C1)-(C11) once, footnote markers cited in order
// with their texts at page feet, resolution citations with their real dates, document symbols
// whose sessions exist at the document's date, and cross-references to paragraphs that exist in
// the direction they say. Paragraphs are hard-wrapped; references, citations and symbols are
// kept whole on one line (the checker reads line by line, as editors send them).
import actionLinesFile from '../seeds/action-lines.json';

export type Language = 'en' | 'zh';

/** xorshift32; returns a float in [0, 1). Deterministic for a seed. */
export function makeRandom(seed: number): () => number {
  let s = seed >>> 0 || 0x6d2b79f5;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

// ---- facts (UN Editorial Manual, conventions.md) -------------------------------------

interface Res {
  organ: 'GA' | 'ECOSOC';
  number: string;
  date: [number, number, number];
}

/** Resolutions often cited in WSIS documents, with their dates of adoption. */
const RESOLUTIONS: Res[] = [
  { organ: 'GA', number: '56/183', date: [2001, 12, 21] },
  { organ: 'GA', number: '57/238', date: [2002, 12, 20] },
  { organ: 'GA', number: '59/220', date: [2004, 12, 22] },
  { organ: 'GA', number: '60/252', date: [2006, 3, 27] },
  { organ: 'GA', number: '68/302', date: [2014, 7, 31] },
  { organ: 'GA', number: '70/1', date: [2015, 9, 25] },
  { organ: 'GA', number: '70/125', date: [2015, 12, 16] },
  { organ: 'GA', number: '74/197', date: [2019, 12, 19] },
  { organ: 'GA', number: '76/189', date: [2021, 12, 17] },
  { organ: 'GA', number: '77/150', date: [2022, 12, 14] },
  { organ: 'GA', number: '79/1', date: [2024, 9, 22] },
  { organ: 'GA', number: '79/277', date: [2025, 3, 27] },
  { organ: 'ECOSOC', number: '2006/46', date: [2006, 7, 28] },
  { organ: 'ECOSOC', number: '2019/24', date: [2019, 7, 23] },
  { organ: 'ECOSOC', number: '2022/15', date: [2022, 7, 21] },
  { organ: 'ECOSOC', number: '2023/3', date: [2023, 6, 7] },
];
const GA_SERIES = ['56/183', '57/238', '59/220', '60/252', '62/182', '63/202', '64/187', '65/141', '66/184', '67/195', '68/198', '69/204', '70/184', '71/212', '72/200', '73/218', '74/197', '75/202', '76/189', '77/150', '78/132'];

/** Symbols valid in January 2026 (GA session at most 81, ECOSOC year at most 2027). */
const SYMBOLS = [
  'A/RES/70/125',
  'A/RES/70/1',
  'A/RES/79/1',
  'E/RES/2006/46',
  'A/75/62–E/2020/11',
  'A/79/62–E/2024/3',
  'A/80/64–E/2025/12',
  'A/C.2/79/L.33',
  'A/C.2/80/L.12/Rev.1',
  'E/CN.16/2025/2',
  'E/CN.16/2024/3/Add.1',
  'A/79/62/Corr.1',
  'A/HRC/RES/41/11',
  'E/2024/13',
  'A/78/75',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function sup(n: number): string {
  let s = '';
  for (const d of String(n)) s += SUPERSCRIPT[d.charCodeAt(0) - 48];
  return s;
}

const ROMAN: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}
const ZH_DIGITS = '〇一二三四五六七八九';
export function chineseNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : ZH_DIGITS[tens]) + '十' + (units ? ZH_DIGITS[units] : '');
}

// ---- vocabulary ---------------------------------------------------------------------

const EN_WORDS = (
  'access action activities adopted analysis approach assessment broadband capacity challenges cooperation countries data ' +
  'development digital divide economic economy education efforts entities environment framework global governance growth ' +
  'implementation inclusive information infrastructure initiatives innovation international internet investment knowledge ' +
  'least developed markets measures mechanisms mobile national networks online outcomes participation partnership platforms ' +
  'policies policy private progress promote public regional regulatory remain report resources review rural sector security ' +
  'services skills society stakeholders strategies support sustainable systems technologies technology trade training trends ' +
  'United Nations use users women youth world Member States Secretariat Commission Summit agenda annual continued further ' +
  'increased particular significant several recent including through within across between among also more than with for ' +
  'and the of in to on by as its their these which were has have been was is are that this from at an a new key'
).split(' ');
const EN_OPENERS = [
  'The Commission', 'During the year,', 'In this regard,', 'Several entities', 'The Secretariat', 'Member States', 'ITU', 'UNCTAD',
  'UNESCO', 'The Department of Economic and Social Affairs', 'Regional commissions', 'In 2025,', 'Stakeholders', 'The report',
];
const EN_TITLES = [
  'Key trends', 'Regional implementation and follow-up', 'Implementation and follow-up at the international level',
  'Access continues to grow', 'Digital economy', 'Artificial intelligence and frontier technologies', 'Financing mechanisms',
  'Internet governance', 'Measuring the information society', 'Findings and suggestions', 'Economic Commission for Africa',
  'Economic Commission for Europe', 'Coordination within the United Nations system', 'Capacity development', 'Data governance',
  'Gender digital divide', 'Cybersecurity and resilience', 'Environmental sustainability', 'Connectivity in rural areas',
  'Digital public infrastructure', 'Science, technology and innovation', 'Outcomes of the WSIS Forum',
];
const EN_ABBREVIATIONS = [
  'Commission on Science and Technology for Development (CSTD)',
  'United Nations Conference on Trade and Development (UNCTAD)',
  'International Telecommunication Union (ITU)',
  'information and communications technologies (ICTs)',
  'World Summit on the Information Society (WSIS)',
  'Internet Governance Forum (IGF)',
];
const EN_ITEMS = [
  'to strengthen national strategies for digital development', 'to expand affordable broadband in rural areas',
  'to support the measurement of the information society', 'to build capacity in developing countries',
  'to promote multilingual content online', 'to improve the security of critical information infrastructure',
];
const EN_FOOTNOTES = [
  'ITU, Facts and Figures 2025.', 'Contributions were received from 31 entities.', 'Ibid.',
  'Available at https://unctad.org/topic/science-technology-and-innovation/WSIS.',
  'UNCTAD, Digital Economy Report 2025 (United Nations publication, 2025).',
  'See UNESCO, Global Education Monitoring Report 2025.', 'World Bank, World Development Report 2021: Data for Better Lives.',
];

const ZH_PHRASES = (
  '信息和通信技术 促进发展 利益攸关方 在区域和国际两级 落实和后续工作 取得的进展 数字鸿沟 宽带接入 发展中国家 ' +
  '最不发达国家 能力建设 可持续发展 国际合作 数字经济 电子商务 人工智能 新兴技术 互联网治理 妇女和青年 农村地区 ' +
  '政策和监管框架 统计数据 联合国系统 各实体 继续 支持 推动 加强 开展了 一系列活动 以便 提高 获取 服务 ' +
  '在这一年中 此外 与此同时 各国政府 私营部门 民间社会 学术界 技术界 区域委员会 秘书处 报告指出 ' +
  '网络安全 数据治理 数字公共基础设施 包容性 可负担性 技能培训 教育 卫生 环境 创新 投资 贸易'
).split(' ');
const ZH_TITLES = [
  '主要趋势', '区域一级的落实和后续工作', '国际一级的落实和后续工作', '接入增加', '数字经济', '人工智能和前沿技术',
  '筹资机制', '互联网治理', '衡量信息社会', '结论和建议', '非洲经济委员会', '欧洲经济委员会', '联合国系统内的协调',
  '能力发展', '数据治理', '性别数字鸿沟', '网络安全和复原力', '环境可持续性', '农村地区的连通性', '数字公共基础设施',
];
const ZH_ABBREVIATIONS = ['联合国贸易和发展会议(贸发会议)', '信息和通信技术(信通技术)', '国际电信联盟(国际电联)', '科学和技术促进发展委员会(科技委)'];
const ZH_ITEMS = ['加强国家数字发展战略；', '扩大农村地区可负担的宽带接入；', '支持衡量信息社会的工作；', '在发展中国家开展能力建设；', '促进网上多语种内容；'];
const ZH_FOOTNOTES = ['国际电联，《2025 年事实和数字》。', '31 个实体提供了资料。', '同上。', '见 https://unctad.org/topic/science-technology-and-innovation/WSIS。', '贸发会议，《2025 年数字经济报告》。'];

interface ActionLine {
  code: string;
  letter: string;
  titles: { en: string[]; zh: string[] };
  applications?: { en: string; zh: string }[];
}
const ACTION_LINES = (actionLinesFile as { actionLines: ActionLine[] }).actionLines;

// ---- the writer ---------------------------------------------------------------------

class Draft {
  readonly lines: string[] = [];
  bytes = 0;
  paragraph = 0;
  footnote = 0;
  /** Footnotes cited since the last page foot: their numbers and texts. */
  pendingFootnotes: [number, string][] = [];
  bytesSinceFoot = 0;
  page = 1;
  /** A "below" reference was written in the last paragraph: another paragraph must follow. */
  owesParagraph = false;

  constructor(readonly lang: Language, readonly rand: () => number, readonly width: number) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }

  line(s: string): void {
    this.lines.push(s);
    this.bytes += Buffer.byteLength(s) + 1;
    this.bytesSinceFoot += s.length;
  }
  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.line('');
  }

  // -- inline material (each returned string is one unbreakable token) --

  date(d: [number, number, number]): string {
    return this.lang === 'en' ? `${d[2]} ${MONTHS[d[1] - 1]} ${d[0]}` : `${d[0]} 年 ${d[1]} 月 ${d[2]} 日`;
  }

  resolutionCitation(): string {
    const r = this.pick(RESOLUTIONS);
    const other = this.pick(RESOLUTIONS.filter((x) => x.organ === r.organ && x !== r));
    const form = this.int(0, 4);
    if (this.lang === 'en') {
      const organ = r.organ === 'GA' ? 'General Assembly' : 'Economic and Social Council';
      switch (form) {
        case 0: return `${organ} resolution ${r.number} of ${this.date(r.date)}`;
        case 1: return `its resolutions ${r.number} of ${this.date(r.date)} and ${other.number} of ${this.date(other.date)}`;
        case 2: return `resolutions ${this.pick(GA_SERIES)}, ${this.pick(GA_SERIES)} and ${this.pick(GA_SERIES)}`;
        case 3: return `${organ} resolution ${r.number}`;
        default: return `resolution ${r.number} of ${this.date(r.date)}`;
      }
    }
    const organ = r.organ === 'GA' ? '大会' : '经济及社会理事会';
    switch (form) {
      case 0: return `${organ} ${this.date(r.date)}第 ${r.number} 号决议`;
      case 1: return `${organ}第 ${r.number} 和 ${other.number} 号决议`;
      case 2: return `大会第 ${this.pick(GA_SERIES)}、${this.pick(GA_SERIES)} 和 ${this.pick(GA_SERIES)} 号决议`;
      case 3: return `${organ}第 ${r.number} 号决议`;
      default: return `${this.date(r.date)}第 ${r.number} 号决议`;
    }
  }

  /** A cross-reference from the paragraph being written (number `current`). */
  crossReference(current: number): string | undefined {
    const zh = this.lang === 'zh';
    if (current > 6 && this.chance(0.7)) {
      const a = this.int(1, current - 3);
      if (this.chance(0.3)) return zh ? `(见上文第 ${a} 至 ${a + 2} 段)` : `(see paras. ${a} to ${a + 2} above)`;
      return zh ? `(见上文第 ${a} 段)` : `(see para. ${a} above)`;
    }
    this.owesParagraph = true;
    return zh ? `(见下文第 ${current + 1} 段)` : `(see para. ${current + 1} below)`;
  }

  marker(text: string): string {
    this.footnote++;
    // "Ibid." needs a footnote before it.
    if (this.footnote === 1 && /^(Ibid|同上)/.test(text)) text = this.lang === 'en' ? EN_FOOTNOTES[0] : ZH_FOOTNOTES[0];
    this.pendingFootnotes.push([this.footnote, text]);
    return sup(this.footnote);
  }

  footnoteText(current: number): string {
    const r = this.rand();
    if (this.lang === 'en') {
      if (r < 0.15) return `See ${this.pick(SYMBOLS)}, para. ${this.int(1, 40)}.`;
      if (r < 0.25) return `Resolutions ${this.pick(GA_SERIES)}, ${this.pick(GA_SERIES)} and ${this.pick(GA_SERIES)}.`;
      if (r < 0.32 && current > 3) return `See para. ${this.int(1, current - 1)} above.`;
      return this.pick(EN_FOOTNOTES);
    }
    if (r < 0.15) return `见 ${this.pick(SYMBOLS)}，第 ${this.int(1, 40)} 段。`;
    if (r < 0.25) return `第 ${this.pick(GA_SERIES)}、${this.pick(GA_SERIES)} 和 ${this.pick(GA_SERIES)} 号决议。`;
    if (r < 0.32 && current > 3) return `见上文第 ${this.int(1, current - 1)} 段。`;
    return this.pick(ZH_FOOTNOTES);
  }

  // -- sentences and paragraphs --

  /** Tokens of one sentence, the last ending with its full stop (and maybe a footnote marker). */
  sentence(current: number): string[] {
    const t: string[] = [];
    if (this.lang === 'en') {
      t.push(...this.pick(EN_OPENERS).split(' '));
      const n = this.int(10, 26);
      const insertAt = this.int(2, n - 2);
      for (let i = 0; i < n; i++) {
        if (i === insertAt) {
          const r = this.rand();
          if (r < 0.22) t.push('in', 'accordance', 'with', this.resolutionCitation());
          else if (r < 0.34) t.push('(' + this.pick(SYMBOLS) + ')');
          else if (r < 0.44) t.push(this.crossReference(current)!);
          else if (r < 0.5) t.push('the', this.pick(EN_ABBREVIATIONS));
          else if (r < 0.55) t.push('on', this.date(this.pick(RESOLUTIONS).date));
        }
        t.push(this.pick(EN_WORDS));
      }
      let last = t[t.length - 1] + '.';
      if (this.chance(0.3)) last += this.marker(this.footnoteText(current));
      t[t.length - 1] = last;
      return t;
    }
    const n = this.int(6, 14);
    const insertAt = this.int(1, n - 2);
    for (let i = 0; i < n; i++) {
      if (i === insertAt) {
        const r = this.rand();
        if (r < 0.22) t.push('根据' + this.resolutionCitation());
        else if (r < 0.34) t.push('(' + this.pick(SYMBOLS) + ')');
        else if (r < 0.44) t.push(this.crossReference(current)!);
        else if (r < 0.5) t.push(this.pick(ZH_ABBREVIATIONS));
        else if (r < 0.56) t.push(`在 ${this.int(2016, 2025)} 年`);
      }
      t.push(this.pick(ZH_PHRASES) + (i % 4 === 3 ? '，' : ''));
    }
    let last = t[t.length - 1].replace(/，$/, '') + '。';
    if (this.chance(0.3)) last += this.marker(this.footnoteText(current));
    t[t.length - 1] = last;
    return t;
  }

  /** Can a wrapped line start with this token without being read as something else? */
  safeLineStart(token: string): boolean {
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) return false; // digits: numbered paragraph, furniture, bare footnote text
    if ('(（[<$*\\-+#`~_=>|'.includes(token[0])) return false;
    if (SUPERSCRIPT.includes(token[0])) return false;
    if (/^[A-Z]{1,7}\./.test(token)) return false; // "A." "IV." headings
    if (/^[一二三四五六七八九十]/.test(token)) return false;
    return true;
  }

  /** Hard-wraps tokens into lines of about `width` characters; the first line carries `prefix`. */
  wrap(prefix: string, tokens: string[], sep: string): void {
    let line = prefix;
    let empty = true;
    for (const tok of tokens) {
      if (!empty && line.length + sep.length + tok.length > this.width && this.safeLineStart(tok)) {
        this.line(line);
        line = tok;
        continue;
      }
      line = empty ? line + tok : line + sep + tok;
      empty = false;
    }
    this.line(line);
  }

  paragraphBlock(): void {
    const n = ++this.paragraph;
    this.owesParagraph = false;
    const tokens: string[] = [];
    const sentences = this.lang === 'en' ? this.int(2, 6) : this.int(2, 5);
    for (let s = 0; s < sentences; s++) tokens.push(...this.sentence(n));
    this.blank();
    const sep = this.lang === 'en' ? ' ' : '';
    this.wrap(`${n}. `, tokens, sep);
    if (this.chance(0.06)) {
      // A list of sub-paragraphs, one line each.
      const items = this.lang === 'en' ? EN_ITEMS : ZH_ITEMS;
      const count = this.int(2, 4);
      for (let i = 0; i < count; i++) {
        const text = this.pick(items);
        this.line(`(${String.fromCharCode(97 + i)}) ${this.lang === 'en' ? text + (i === count - 1 ? '.' : ';') : i === count - 1 ? text.replace(/；$/, '。') : text}`);
      }
    }
    this.maybeFoot(false);
  }

  maybeFoot(force: boolean): void {
    const pageSize = this.lang === 'en' ? 3600 : 1300;
    if (!this.pendingFootnotes.length || (!force && this.bytesSinceFoot < pageSize)) return;
    this.blank();
    for (const [n, text] of this.pendingFootnotes) this.line(`${sup(n)} ${text}`);
    this.pendingFootnotes = [];
    this.blank();
    if (this.chance(0.5)) {
      this.line(`26-0${String(1000 + (this.page % 9000)).padStart(4, '0')} ${(this.page % 999) + 1}/${Math.max(this.page % 999, 1) + 20}`);
      this.blank();
    }
    this.page++;
    this.bytesSinceFoot = 0;
  }

  heading(label: string, title: string): void {
    this.blank();
    this.line(`${label} ${title}`);
    this.blank();
  }

  topic(title: string): void {
    this.blank();
    this.line(title);
    this.blank();
  }

  /** Leaves still to write and the size to reach: each leaf takes an even share of what is left. */
  leavesLeft = 1;
  target = 0;

  /** Paragraphs until this leaf's share is used (at least one); `share` divides it further (C7). */
  leaf(share = 1): void {
    const until = this.bytes + ((this.target - this.bytes) / this.leavesLeft) * share;
    do this.paragraphBlock();
    while (this.bytes + 350 < until);
  }
}

// ---- structure ------------------------------------------------------------------------

function header(d: Draft): void {
  if (d.lang === 'en') {
    for (const l of ['A/80/64–E/2025/12', '', 'Distr.: General', '20 January 2026', '', 'Original: English', '', 'Commission on Science and Technology for Development', 'Twenty-ninth session', 'Geneva, 20–24 April 2026', 'Item 3 (a) of the provisional agenda', '', 'Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels', '', 'Report of the Secretary-General', '', 'Summary', '']) d.line(l);
    d.wrap('', 'The present report was prepared in response to Economic and Social Council resolution 2006/46 of 28 July 2006, in which the Council requested the Secretary-General to report to the Commission on Science and Technology for Development on the implementation of the outcomes of the World Summit on the Information Society.'.split(' '), ' ');
    d.topic('Introduction');
  } else {
    for (const l of ['A/80/64–E/2025/12', '', '2026 年 1 月 20 日', '中文', '原文：英文', '', '科学和技术促进发展委员会', '第二十九届会议', '2026 年 4 月 20 日至 24 日，日内瓦', '临时议程项目 3(a)', '', '信息社会世界峰会成果在区域和国际两级落实和后续工作方面取得的进展', '', '秘书长的报告', '', '摘要', '']) d.line(l);
    d.line('本报告是应经济及社会理事会 2006 年 7 月 28 日第 2006/46 号决议的要求编写的，该决议请秘书长向科学和技术促进发展委员会报告信息社会世界峰会成果的落实情况。');
    d.topic('导言');
  }
}

function actionLines(d: Draft): void {
  for (const a of ACTION_LINES) {
    const titles = (d.lang === 'en' ? a.titles.en : a.titles.zh).filter((t) => t.length <= 100);
    d.heading(`(${a.letter})`, `${d.pick(titles)} (${a.code})`);
    if (a.applications) {
      for (const app of a.applications) {
        d.topic(d.lang === 'en' ? app.en[0].toUpperCase() + app.en.slice(1) : app.zh);
        d.leaf(1 / a.applications.length);
      }
    } else {
      d.leaf();
    }
    d.leavesLeft--;
  }
}

/**
 * A synthetic draft of about `bytes` bytes (UTF-8), deterministic for (bytes, seed, language).
 * The result should have (nearly) no findings. `wrap: false` keeps each paragraph on one line.
 */
export function generateDraft(bytes: number, seed: number, language: Language, options: { wrap?: boolean } = {}): string {
  const rand = makeRandom(seed * 7919 + bytes + (language === 'zh' ? 1 : 0));
  const width = language === 'en' ? 70 + Math.floor(rand() * 30) : 36 + Math.floor(rand() * 20);
  const d = new Draft(language, rand, options.wrap === false ? Infinity : width);
  header(d);
  d.paragraphBlock();
  const avgParagraph = 700;
  const paragraphs = Math.max(40, bytes / avgParagraph);
  const chapters = Math.max(3, Math.min(30, Math.round(Math.sqrt(paragraphs) / 2)));
  // Plan the tree: chapters -> sections (2..6) -> subsections (2..5, in big sections) -> leaves.
  const plan: number[][] = [];
  let leaves = 0;
  for (let c = 0; c < chapters; c++) {
    const sections: number[] = [];
    for (let s = d.int(2, 6); s > 0; s--) sections.push(0);
    plan.push(sections);
  }
  const actionChapter = Math.floor(chapters / 2);
  const perSection = paragraphs / plan.reduce((n, s) => n + s.length, 0);
  for (const sections of plan) {
    for (let s = 0; s < sections.length; s++) {
      sections[s] = perSection > 40 ? d.int(2, 5) : 0;
      leaves += Math.max(1, sections[s]);
    }
  }
  leaves += 11; // the action lines
  d.target = bytes;
  d.leavesLeft = leaves;
  for (let c = 0; c < plan.length; c++) {
    const zh = language === 'zh';
    d.heading(zh ? `${chineseNumeral(c + 1)}.` : `${roman(c + 1)}.`, d.pick(zh ? ZH_TITLES : EN_TITLES));
    const sections = plan[c];
    for (let s = 0; s < sections.length; s++) {
      d.heading(`${String.fromCharCode(65 + s)}.`, d.pick(zh ? ZH_TITLES : EN_TITLES));
      if (sections[s] === 0) d.leaf(), d.leavesLeft--;
      for (let k = 1; k <= sections[s]; k++) {
        d.heading(`${k}.`, d.pick(zh ? ZH_TITLES : EN_TITLES));
        d.leaf();
        d.leavesLeft--;
      }
    }
    if (c === actionChapter) {
      d.heading(`${String.fromCharCode(65 + sections.length)}.`, zh ? '行动方针的落实情况' : 'Implementation of action lines');
      actionLines(d);
    }
  }
  while (d.owesParagraph) d.paragraphBlock();
  d.maybeFoot(true);
  return d.lines.join('\n') + '\n';
}
