// Validates the seeds/ knowledge base: each file against its JSON Schema, then the
// facts that the checker relies on (action lines, resolutions, abbreviations,
// skeletons, snippet paragraphs).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { ACTION_LINE_TITLES_EN } from '../support/action-line-titles';

// The compiled file sits at out/test/unit/, the sources at test/unit/: both are three
// levels below the repository root.
const SEEDS = path.resolve(__dirname, '../../../seeds');

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(SEEDS, name), 'utf8')) as T;
}

// ---- shapes ---------------------------------------------------------------------------

interface Application { en: string; zh: string; facilitator: string }
interface ActionLine {
  code: string;
  letter: string;
  titles: { en: string[]; zh: string[] };
  keywords: { en: string[]; zh: string[] };
  facilitators: { en: string; zh: string };
  applications?: Application[];
  source: string;
}
interface Resolution {
  organ: 'GA' | 'ECOSOC' | 'SC' | 'HRC';
  number: string;
  symbol: string;
  date?: string;
  title?: { en: string; zh?: string };
  series: 'wsis-assessment' | 'ict4sd' | 'wsis' | null;
  source: string;
}
interface Abbreviation { short: string; full: string; lang: 'en' | 'zh'; source: string }
interface OutlineNode {
  kind: string;
  label: string | null;
  title: string;
  code?: string;
  children?: OutlineNode[];
}
interface Skeleton {
  id: string;
  kind: 'sg-report' | 'ga-resolution';
  lang: 'en' | 'zh';
  title: string;
  outline: OutlineNode[];
  source: string;
}
interface Paragraph { id: string; lang: 'en' | 'zh'; label: string; body: string; source: string }

const FILES = [
  { data: 'action-lines.json', schema: 'schemas/action-lines.schema.json' },
  { data: 'resolutions.json', schema: 'schemas/resolutions.schema.json' },
  { data: 'abbreviations.json', schema: 'schemas/abbreviations.schema.json' },
  { data: 'skeletons.json', schema: 'schemas/skeletons.schema.json' },
  { data: 'paragraphs.json', schema: 'schemas/paragraphs.schema.json' },
];

function compile(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(readJson<object>(schemaFile));
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// ---- facts copied from the spec (conventions.md §5 and §6) ----------------------------

const SPEC_APPLICATIONS = [
  'e-government', 'e-business', 'e-learning', 'e-health',
  'e-employment', 'e-environment', 'e-agriculture', 'e-science',
];
const REPORT_2020_APPLICATIONS_ZH = [
  '电子政务', '电子商务', '电子学习', '电子卫生', '电子就业', '电子环境', '电子农业', '电子科学',
];
// Headings (a)-(k) of the 2020 Chinese SG report (A/75/62-E/2020/11), codes stripped.
const REPORT_2020_TITLES_ZH = [
  '公共治理当局和所有利益攸关方在推动信息和通信技术促进发展方面的作用',
  '信息和通信基础设施',
  '获取信息和知识',
  '能力建设',
  '建立使用信通技术的信心，营造安全的使用环境',
  '有利环境',
  '信通技术应用',
  '文化多样性与同一性、语言多样性与本地内容',
  '媒体',
  '信息社会的道德内涵',
  '国际和区域合作',
];

const SPEC_TABLE: Array<[Resolution['organ'], string, string]> = [
  ['GA', '56/183', '2001-12-21'],
  ['GA', '57/238', '2002-12-20'],
  ['GA', '59/220', '2004-12-22'],
  ['GA', '60/252', '2006-03-27'],
  ['GA', '68/302', '2014-07-31'],
  ['GA', '70/1', '2015-09-25'],
  ['GA', '70/125', '2015-12-16'],
  ['GA', '74/197', '2019-12-19'],
  ['GA', '76/189', '2021-12-17'],
  ['GA', '77/150', '2022-12-14'],
  ['GA', '79/1', '2024-09-22'],
  ['GA', '79/277', '2025-03-27'],
  ['ECOSOC', '2006/46', '2006-07-28'],
  ['ECOSOC', '2019/24', '2019-07-23'],
  ['ECOSOC', '2022/15', '2022-07-21'],
  ['ECOSOC', '2023/3', '2023-06-07'],
];
const SPEC_ECOSOC_SERIES = [
  '2008/3', '2009/7', '2010/2', '2011/16', '2012/5', '2013/9', '2014/27', '2015/26', '2016/22',
  '2017/21', '2018/28', '2019/24', '2020/12', '2021/28', '2022/15', '2023/3', '2024/13',
];
const SPEC_GA_SERIES = [
  '56/183', '57/238', '59/220', '60/252', '62/182', '63/202', '64/187', '65/141', '66/184',
  '67/195', '68/198', '69/204', '70/184', '71/212', '72/200', '73/218', '74/197', '75/202',
  '76/189', '77/150', '78/132',
];
// Citations in the two corpus documents, with the dates written next to them.
const CORPUS_CITATIONS: Array<[Resolution['organ'], string, string | undefined]> = [
  ['GA', '78/132', '2023-12-19'],
  ['ECOSOC', '2024/13', '2024-07-23'],
  ['GA', '70/1', '2015-09-25'],
  ['GA', '69/313', '2015-07-27'],
  ['GA', '71/256', undefined],
  ['GA', '59/220', undefined],
  ['GA', '60/252', undefined],
  ['GA', '70/125', '2015-12-16'],
  ['GA', '76/258', undefined],
  ['GA', '78/317', undefined],
  ['GA', '79/1', undefined],
  ['GA', '217 A (III)', undefined],
  ['GA', 'ES-10/23', '2024-05-10'],
  ['ECOSOC', '2006/46', '2006-07-28'],
  ['ECOSOC', '2017/21', undefined],
  ['ECOSOC', '2023/3', '2023-06-07'],
  ['ECOSOC', '2019/24', undefined],
  ['GA', '74/197', undefined],
  ['GA', '73/179', undefined],
];

// ---- helpers --------------------------------------------------------------------------

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function keywordScore(title: string, keywords: string[]): number {
  const t = title.toLowerCase();
  return keywords.filter((k) => t.includes(k)).length;
}

function walk(nodes: OutlineNode[], visit: (n: OutlineNode, parent: OutlineNode | null) => void,
  parent: OutlineNode | null = null): void {
  for (const n of nodes) {
    visit(n, parent);
    if (n.children) walk(n.children, visit, n);
  }
}

function child(nodes: OutlineNode[] | undefined, kind: string, label: string): OutlineNode {
  const found = (nodes ?? []).find((n) => n.kind === kind && n.label === label);
  assert.ok(found, `no ${kind} labelled ${label}`);
  return found;
}

// ---- tests ----------------------------------------------------------------------------

describe('seeds', () => {
  describe('JSON Schema validation', () => {
    for (const f of FILES) {
      it(`${f.data} is valid against ${f.schema}`, () => {
        const validate = compile(f.schema);
        const data = readJson<Record<string, unknown>>(f.data);
        const ok = validate(data);
        assert.ok(ok, JSON.stringify(validate.errors, null, 2));
        assert.strictEqual(data.$schema, `./${f.schema}`);
      });
    }

    it('schemas are strict: they reject unknown fields and malformed values', () => {
      const al = readJson<{ actionLines: ActionLine[] }>('action-lines.json');
      const vAl = compile('schemas/action-lines.schema.json');
      const extra = clone(al) as unknown as { actionLines: Array<Record<string, unknown>> };
      extra.actionLines[0].colour = 'blue';
      assert.strictEqual(vAl(extra), false, 'extra property accepted');
      const badCode = clone(al);
      badCode.actionLines[0].code = 'C12';
      assert.strictEqual(vAl(badCode), false, 'code C12 accepted');
      const badLetter = clone(al);
      badLetter.actionLines[0].letter = 'l';
      assert.strictEqual(vAl(badLetter), false, 'letter l accepted');
      const upperKeyword = clone(al);
      upperKeyword.actionLines[0].keywords.en.push('Governance');
      assert.strictEqual(vAl(upperKeyword), false, 'upper-case keyword accepted');
      const appsOnC1 = clone(al);
      appsOnC1.actionLines[0].applications = [{ en: 'e-x', zh: '电子某某', facilitator: 'ITU' }];
      assert.strictEqual(vAl(appsOnC1), false, 'applications accepted outside C7');

      const res = readJson<{ resolutions: Resolution[] }>('resolutions.json');
      const vRes = compile('schemas/resolutions.schema.json');
      const base: Resolution = { organ: 'GA', number: '70/125', symbol: 'A/RES/70/125', date: '2015-12-16', series: 'wsis', source: 'test' };
      assert.strictEqual(vRes({ resolutions: [base] }), true, JSON.stringify(vRes.errors));
      for (const bad of [
        { ...base, date: '16 December 2015' },
        { ...base, date: '2015-13-16' },
        { ...base, number: '70/125/1' },
        { ...base, symbol: 'E/RES/70/125' },
        { ...base, organ: 'UNGA' },
        { ...base, series: 'wsis-assessment' },
        { ...base, organ: 'ECOSOC', symbol: 'E/RES/70/125' },
        { ...base, extra: true },
      ]) {
        assert.strictEqual(vRes({ resolutions: [bad] }), false, `accepted ${JSON.stringify(bad)}`);
      }
      for (const good of [
        { ...base, number: 'ES-10/23', symbol: 'A/RES/ES-10/23' },
        { ...base, number: 'S-13/2', symbol: 'A/RES/S-13/2' },
        { ...base, number: '217 A (III)', symbol: 'A/RES/217 (III)' },
        { ...base, number: '57/270 B', symbol: 'A/RES/57/270 B', series: null },
        { ...base, organ: 'ECOSOC', number: '2019/24', symbol: 'E/RES/2019/24', series: 'wsis-assessment' },
        { organ: 'SC', number: '2334 (2016)', symbol: 'S/RES/2334 (2016)', series: null, source: 'test' },
        { organ: 'HRC', number: '41/11', symbol: 'A/HRC/RES/41/11', series: null, source: 'test' },
      ]) {
        assert.strictEqual(vRes({ resolutions: [good] }), true, `rejected ${JSON.stringify(good)}: ${JSON.stringify(vRes.errors)}`);
      }
      assert.ok(res.resolutions.length > 0);

      const vSk = compile('schemas/skeletons.schema.json');
      const sk = readJson<{ skeletons: Skeleton[] }>('skeletons.json');
      const preambleInReport = clone(sk);
      preambleInReport.skeletons.find((s) => s.kind === 'sg-report')!.outline.push({ kind: 'preamble', label: null, title: 'x' });
      assert.strictEqual(vSk(preambleInReport), false, 'preamble node accepted in an SG report');
      const codeless = clone(sk);
      const zh = codeless.skeletons.find((s) => s.kind === 'sg-report' && s.lang === 'zh')!;
      let firstAl: OutlineNode | undefined;
      walk(zh.outline, (n) => { if (!firstAl && n.kind === 'action-line') firstAl = n; });
      delete firstAl!.code;
      assert.strictEqual(vSk(codeless), false, 'action-line without code accepted');

      const vP = compile('schemas/paragraphs.schema.json');
      const withMarker = { paragraphs: [{ id: 'x', lang: 'zh', label: 'x', body: '本报告是应要求编写的文件。¹ 其余内容', source: 'x' }] };
      assert.strictEqual(vP(withMarker), false, 'footnote marker accepted');
      const withNumber = { paragraphs: [{ id: 'x', lang: 'en', label: 'x', body: '1. The present report was prepared.', source: 'x' }] };
      assert.strictEqual(vP(withNumber), false, 'paragraph number accepted');
    });
  });

  describe('action-lines.json', () => {
    const lines = readJson<{ actionLines: ActionLine[] }>('action-lines.json').actionLines;

    it('has exactly 11 action lines C1..C11 in order with letters a..k', () => {
      assert.strictEqual(lines.length, 11);
      assert.deepStrictEqual(lines.map((l) => l.code), ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11']);
      assert.deepStrictEqual(lines.map((l) => l.letter), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    });

    it('gives the current English title (spec §5) first and the 2020 Chinese heading first', () => {
      assert.deepStrictEqual(lines.map((l) => l.titles.en[0]), ACTION_LINE_TITLES_EN);
      assert.deepStrictEqual(lines.map((l) => l.titles.zh[0]), REPORT_2020_TITLES_ZH);
    });

    it('accepts the 2003 and variant wordings named in the spec', () => {
      const byCode = new Map(lines.map((l) => [l.code, l]));
      assert.ok(byCode.get('C1')!.titles.en.some((t) => t.startsWith('The role of governments and all stakeholders')));
      assert.ok(byCode.get('C2')!.titles.en.some((t) => t.endsWith(': an essential foundation for the Information Society')));
      assert.ok(byCode.get('C7')!.titles.en.includes('ICT applications: benefits in all aspects of life'));
      assert.ok(byCode.get('C1')!.titles.zh.some((t) => t.includes('公共管理部门')));
      assert.ok(byCode.get('C11')!.titles.zh.includes('双边和区域合作'));
    });

    it('C7 lists the 8 applications in the spec order with the 2020 Chinese sub-headings', () => {
      const c7 = lines[6];
      assert.ok(c7.applications);
      assert.deepStrictEqual(c7.applications.map((a) => a.en), SPEC_APPLICATIONS);
      assert.deepStrictEqual(c7.applications.map((a) => a.zh), REPORT_2020_APPLICATIONS_ZH);
      assert.deepStrictEqual(c7.applications.map((a) => a.facilitator),
        ['UNDESA', 'UNCTAD', 'UNESCO', 'WHO', 'ILO', 'WMO', 'FAO', 'UNESCO']);
      for (const l of lines) if (l.code !== 'C7') assert.strictEqual(l.applications, undefined, l.code);
    });

    it('facilitators follow the spec table', () => {
      assert.strictEqual(lines[0].facilitators.en, 'UNDESA (lead); ITU, UNDP co-facilitators');
      assert.strictEqual(lines[1].facilitators.en, 'ITU');
      assert.strictEqual(lines[2].facilitators.en, 'UNESCO (lead); ITU co-facilitator');
      assert.strictEqual(lines[3].facilitators.en, 'UNDP, UNESCO, ITU');
      assert.strictEqual(lines[10].facilitators.en, 'UNDESA');
      for (const i of [7, 8, 9]) assert.strictEqual(lines[i].facilitators.en, 'UNESCO');
    });

    it('keywords are lower case and unique per language', () => {
      for (const l of lines) {
        for (const lang of ['en', 'zh'] as const) {
          for (const k of l.keywords[lang]) assert.strictEqual(k, k.toLowerCase(), `${l.code} ${k}`);
          assert.strictEqual(new Set(l.keywords[lang]).size, l.keywords[lang].length, l.code);
        }
      }
    });

    it('every title variant scores highest on its own action line (keywords tell lines apart)', () => {
      for (const l of lines) {
        for (const lang of ['en', 'zh'] as const) {
          for (const title of l.titles[lang]) {
            const own = keywordScore(title, l.keywords[lang]);
            assert.ok(own >= 1, `${l.code} ${lang} title shares no keyword: ${title}`);
            for (const other of lines) {
              if (other === l) continue;
              const score = keywordScore(title, other.keywords[lang]);
              assert.ok(score < own, `${l.code} title "${title}" scores ${score} on ${other.code} (own ${own})`);
            }
          }
        }
      }
    });

    it('C7 application names point to C7 rather than another line', () => {
      for (const app of lines[6].applications!) {
        for (const lang of ['en', 'zh'] as const) {
          const scores = lines.map((l) => keywordScore(app[lang], l.keywords[lang]));
          const best = Math.max(...scores);
          assert.strictEqual(scores.indexOf(best), 6, `${app[lang]}: ${scores.join(',')}`);
          assert.strictEqual(scores.filter((s) => s === best).length, 1, `${app[lang]} is ambiguous`);
        }
      }
    });
  });

  describe('resolutions.json', () => {
    const resolutions = readJson<{ resolutions: Resolution[] }>('resolutions.json').resolutions;
    const find = (organ: string, number: string) =>
      resolutions.find((r) => r.organ === organ && r.number === number);

    it('has no duplicate organ+number and no duplicate symbol', () => {
      const keys = resolutions.map((r) => `${r.organ} ${r.number}`);
      const dupKeys = keys.filter((k, i) => keys.indexOf(k) !== i);
      assert.deepStrictEqual(dupKeys, []);
      const symbols = resolutions.map((r) => r.symbol);
      assert.deepStrictEqual(symbols.filter((s, i) => symbols.indexOf(s) !== i), []);
    });

    it('every date is a real calendar date', () => {
      for (const r of resolutions) {
        if (r.date !== undefined) assert.ok(isCalendarDate(r.date), `${r.number}: ${r.date}`);
      }
      assert.strictEqual(isCalendarDate('2023-02-29'), false);
      assert.strictEqual(isCalendarDate('2024-02-29'), true);
    });

    it('dates agree with the session or year in the number', () => {
      for (const r of resolutions) {
        if (!r.date) continue;
        const year = Number(r.date.slice(0, 4));
        let m: RegExpExecArray | null;
        if (r.organ === 'ECOSOC' && (m = /^(\d{4})\//.exec(r.number))) {
          assert.strictEqual(year, Number(m[1]), `${r.number} dated ${r.date}`);
        } else if (r.organ === 'GA' && (m = /^(\d{1,2})\/\d+/.exec(r.number))) {
          // Session N runs from September of 1945 + N to September of the following year.
          const opens = `${1945 + Number(m[1])}-09-01`;
          const closes = `${1946 + Number(m[1])}-09-30`;
          assert.ok(r.date >= opens && r.date <= closes, `${r.number} dated ${r.date} outside session`);
        }
      }
    });

    it('symbols match the organ and number', () => {
      for (const r of resolutions) {
        const expected = {
          GA: /\([IVXL]+\)$/.test(r.number) ? `A/RES/${r.number.replace(/ [A-Z](?= \()/, '')}` : `A/RES/${r.number}`,
          ECOSOC: `E/RES/${r.number}`,
          SC: `S/RES/${r.number}`,
          HRC: `A/HRC/RES/${r.number}`,
        }[r.organ];
        assert.strictEqual(r.symbol, expected, `${r.organ} ${r.number}`);
      }
      assert.strictEqual(find('GA', 'ES-10/23')?.symbol, 'A/RES/ES-10/23');
      assert.strictEqual(find('GA', '217 A (III)')?.symbol, 'A/RES/217 (III)');
    });

    it('contains every resolution of the spec §6 table with the spec date', () => {
      for (const [organ, number, date] of SPEC_TABLE) {
        const r = find(organ, number);
        assert.ok(r, `missing ${organ} ${number}`);
        assert.strictEqual(r.date, date, `${organ} ${number}`);
      }
    });

    it('contains both series lists of the spec, with their series tag', () => {
      for (const n of SPEC_ECOSOC_SERIES) assert.strictEqual(find('ECOSOC', n)?.series, 'wsis-assessment', n);
      for (const n of SPEC_GA_SERIES) assert.strictEqual(find('GA', n)?.series, 'ict4sd', n);
      assert.strictEqual(resolutions.filter((r) => r.series === 'wsis-assessment').length, SPEC_ECOSOC_SERIES.length);
      assert.strictEqual(resolutions.filter((r) => r.series === 'ict4sd').length, SPEC_GA_SERIES.length);
      for (const n of ['68/302', '70/125', '79/277']) assert.strictEqual(find('GA', n)?.series, 'wsis', n);
    });

    it('contains every resolution cited in the corpus, with the dates written there', () => {
      for (const [organ, number, date] of CORPUS_CITATIONS) {
        const r = find(organ, number);
        assert.ok(r, `missing ${organ} ${number}`);
        if (date) assert.strictEqual(r.date, date, `${organ} ${number}`);
      }
      assert.strictEqual(find('GA', '78/132')?.title?.zh, '信息和通信技术促进可持续发展');
      assert.strictEqual(find('GA', '70/1')?.title?.en, 'Transforming our world: the 2030 Agenda for Sustainable Development');
    });
  });

  describe('abbreviations.json', () => {
    const abbreviations = readJson<{ abbreviations: Abbreviation[] }>('abbreviations.json').abbreviations;
    const full = (lang: string, short: string) =>
      abbreviations.find((a) => a.lang === lang && a.short === short)?.full;

    it('short forms are unique per language', () => {
      for (const lang of ['en', 'zh']) {
        const shorts = abbreviations.filter((a) => a.lang === lang).map((a) => a.short);
        assert.deepStrictEqual(shorts.filter((s, i) => shorts.indexOf(s) !== i), [], lang);
      }
    });

    it('has the Chinese definitions of the corpus', () => {
      const expected: Array<[string, string]> = [
        ['贸发会议', '联合国贸易和发展会议'], ['拉加经委会', '拉丁美洲和加勒比经济委员会'],
        ['亚太经社会', '亚洲及太平洋经济社会委员会'], ['西亚经社会', '西亚经济社会委员会'],
        ['欧洲经委会', '欧洲经济委员会'], ['粮农组织', '联合国粮食及农业组织'],
        ['国际图联', '国际图书馆协会联合会'], ['国际电联', '国际电信联盟'],
        ['经合组织', '经济合作与发展组织'], ['儿基会', '联合国儿童基金会'],
        ['开发署', '联合国开发计划署'], ['妇女署', '联合国促进性别平等和增强妇女权能署'],
        ['环境署', '联合国环境规划署'], ['人居署', '联合国人类住区规划署'],
        ['工发组织', '联合国工业发展组织'], ['毒品和犯罪问题办公室', '联合国毒品和犯罪问题办公室'],
        ['粮食署', '世界粮食计划署'], ['世卫组织', '世界卫生组织'],
        ['知识产权组织', '世界知识产权组织'], ['世贸组织', '世界贸易组织'],
        ['信通技术', '信息和通信技术'], ['教科文组织', '联合国教育、科学及文化组织'],
        ['人居三大会', '联合国住房和城市可持续发展大会'],
      ];
      for (const [s, f] of expected) assert.strictEqual(full('zh', s), f, s);
    });

    it('has the common English abbreviations', () => {
      const expected: Array<[string, string]> = [
        ['ITU', 'International Telecommunication Union'],
        ['UNCTAD', 'United Nations Conference on Trade and Development'],
        ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
        ['UNDP', 'United Nations Development Programme'],
        ['UNDESA', 'United Nations Department of Economic and Social Affairs'],
        ['WSIS', 'World Summit on the Information Society'],
        ['CSTD', 'Commission on Science and Technology for Development'],
        ['ECOSOC', 'Economic and Social Council'],
        ['IGF', 'Internet Governance Forum'],
        ['WHO', 'World Health Organization'],
        ['ILO', 'International Labour Organization'],
        ['WMO', 'World Meteorological Organization'],
        ['FAO', 'Food and Agriculture Organization of the United Nations'],
        ['UNICEF', "United Nations Children's Fund"],
        ['OECD', 'Organisation for Economic Co-operation and Development'],
      ];
      for (const [s, f] of expected) assert.strictEqual(full('en', s), f, s);
      for (const s of ['ICT', 'SDG']) assert.ok(full('en', s), s);
    });

    it('every facilitator named on C7 applications is a known English abbreviation', () => {
      const lines = readJson<{ actionLines: ActionLine[] }>('action-lines.json').actionLines;
      for (const app of lines[6].applications!) assert.ok(full('en', app.facilitator), app.facilitator);
    });
  });

  describe('skeletons.json', () => {
    const skeletons = readJson<{ skeletons: Skeleton[] }>('skeletons.json').skeletons;
    const lines = readJson<{ actionLines: ActionLine[] }>('action-lines.json').actionLines;
    const get = (kind: string, lang: string) => {
      const s = skeletons.find((k) => k.kind === kind && k.lang === lang);
      assert.ok(s, `no ${kind} skeleton in ${lang}`);
      return s;
    };

    it('ids are unique per language', () => {
      const keys = skeletons.map((s) => `${s.id}/${s.lang}`);
      assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
    });

    it('the Chinese SG report has 导言 and the four chapters 一..四 of the 2020 report', () => {
      const zh = get('sg-report', 'zh');
      assert.deepStrictEqual(zh.outline[0], { kind: 'topic', label: null, title: '导言' });
      const chapters = zh.outline.filter((n) => n.kind === 'chapter');
      assert.deepStrictEqual(chapters.map((c) => c.label), ['一', '二', '三', '四']);
      assert.deepStrictEqual(chapters.map((c) => c.title),
        ['主要趋势', '区域一级的落实和后续工作', '国际一级的落实和后续工作', '结果和建议']);
      assert.deepStrictEqual(child(zh.outline, 'chapter', '二').children!.map((s) => s.title),
        ['非洲', '亚洲及太平洋', '西亚', '欧洲', '拉丁美洲和加勒比']);
      assert.deepStrictEqual(child(zh.outline, 'chapter', '三').children!.map((s) => s.label),
        ['A', 'B', 'C', 'D', 'E', 'F']);
    });

    it('the English SG report uses the standard chapter titles', () => {
      const en = get('sg-report', 'en');
      assert.strictEqual(en.outline[0].title, 'Introduction');
      const chapters = en.outline.filter((n) => n.kind === 'chapter');
      assert.deepStrictEqual(chapters.map((c) => [c.label, c.title]), [
        ['I', 'Key trends'],
        ['II', 'Regional implementation and follow-up'],
        ['III', 'Implementation and follow-up at the international level'],
        ['IV', 'Findings and suggestions'],
      ]);
    });

    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}: 11 action lines under III.F.1 with titles of their own code and C7 applications`, () => {
        const s = get('sg-report', lang);
        const iii = s.outline.filter((n) => n.kind === 'chapter')[2];
        const f1 = child(child(iii.children, 'section', 'F').children, 'subsection', '1');
        const als = f1.children!;
        assert.strictEqual(als.length, 11);
        assert.deepStrictEqual(als.map((n) => n.kind), Array(11).fill('action-line'));
        assert.deepStrictEqual(als.map((n) => n.label), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
        assert.deepStrictEqual(als.map((n) => n.code), lines.map((l) => l.code));
        als.forEach((n, i) => assert.ok(lines[i].titles[lang].includes(n.title), `${n.code}: ${n.title}`));
        const apps = als[6].children!.map((n) => n.title.toLowerCase());
        assert.deepStrictEqual(apps, lines[6].applications!.map((a) => a[lang]));
        assert.deepStrictEqual(als[6].children!.map((n) => n.kind), Array(8).fill('topic'));
        // Action lines appear nowhere else.
        let count = 0;
        walk(s.outline, (n) => { if (n.kind === 'action-line') count++; });
        assert.strictEqual(count, 11);
      });

      it(`${lang}: no heading level holds a single labelled subheading`, () => {
        walk(get('sg-report', lang).outline, (n) => {
          const labelled = (n.children ?? []).filter((c) => c.label !== null);
          assert.notStrictEqual(labelled.length, 1, `${n.title} has a single subheading`);
        });
      });

      it(`${lang}: GA resolution skeleton has preambular then operative paragraphs`, () => {
        const r = get('ga-resolution', lang);
        const kinds = r.outline.map((n) => n.kind);
        const firstOp = kinds.indexOf('operative');
        assert.ok(kinds.indexOf('preamble') > 0 && kinds.indexOf('preamble') < firstOp);
        assert.ok(kinds.slice(firstOp).every((k) => k === 'operative'), 'preamble after operative');
        assert.strictEqual(r.outline[0].title, lang === 'zh' ? '大会，' : 'The General Assembly,');
        for (const p of r.outline.filter((n) => n.kind === 'preamble')) {
          assert.strictEqual(p.label, null);
          assert.ok(/[,，]$/.test(p.title), `preamble must end with a comma: ${p.title}`);
        }
        const ops = r.outline.filter((n) => n.kind === 'operative');
        assert.deepStrictEqual(ops.map((o) => o.label), ops.map((_, i) => String(i + 1)));
        ops.forEach((o, i) => {
          const end = i === ops.length - 1 ? /[.。]$/ : /[;；]$/;
          assert.ok(end.test(o.title), `operative ${o.label} ends wrongly: ${o.title}`);
        });
      });
    }
  });

  describe('paragraphs.json', () => {
    const paragraphs = readJson<{ paragraphs: Paragraph[] }>('paragraphs.json').paragraphs;
    const get = (id: string, lang: string) => {
      const p = paragraphs.find((x) => x.id === id && x.lang === lang);
      assert.ok(p, `no paragraph ${id}/${lang}`);
      return p;
    };

    it('id+lang is unique and every id exists in both languages', () => {
      const keys = paragraphs.map((p) => `${p.id}/${p.lang}`);
      assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
      for (const p of paragraphs) get(p.id, p.lang === 'zh' ? 'en' : 'zh');
    });

    it('the introduction paragraphs carry the entity-count and year placeholders', () => {
      for (const lang of ['zh', 'en']) {
        const p = get('sg-report-introduction', lang);
        assert.ok(p.body.includes('${1:31}'), lang);
        assert.ok(p.body.includes('${2:2019}'), lang);
        assert.ok(p.body.includes('2006/46'), lang);
      }
      assert.ok(get('sg-report-introduction', 'zh').body.startsWith('本报告是应经济及社会理事会第 2006/46 号决议要求编写'));
    });

    it('the action-line facilitators paragraph is present', () => {
      assert.ok(get('sg-report-facilitators-meeting', 'zh').body.includes('行动方针协调方年会'));
      assert.ok(get('sg-report-facilitators-meeting', 'en').body.includes('action line facilitators'));
    });

    it('bodies hold no footnote markers, paragraph numbers or broken placeholders', () => {
      for (const p of paragraphs) {
        const where = `${p.id}/${p.lang}`;
        assert.ok(!/[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(p.body), `${where}: superscript footnote marker`);
        assert.ok(!/<sup>|\$\^/.test(p.body), `${where}: markup footnote marker`);
        assert.ok(!/^\s*\d+\.\s/.test(p.body), `${where}: paragraph number`);
        const withoutPlaceholders = p.body.replace(/\$\{\d+:[^{}$]*\}/g, '');
        assert.ok(!/[${}]/.test(withoutPlaceholders), `${where}: stray snippet syntax`);
      }
    });
  });
});
