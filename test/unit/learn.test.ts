import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { learn } from '../../server/src/core/learn';
import { CORPUS, REPO_ROOT } from '../support/paths';

const PRIOR = path.join(REPO_ROOT, 'test/prior');
const read = (dir: string, name: string) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') });

describe('learn: knowledge from prior reports', () => {
  const k = learn([read(PRIOR, 'report-2024.en.unr'), read(PRIOR, 'report-2025.en.unr')]);

  it('names documents by their symbol', () => {
    assert.deepStrictEqual(k.documents, ['A/79/62–E/2024/3', 'A/80/64–E/2025/12']);
  });

  it('extracts abbreviation definitions with where they were defined', () => {
    const cstd = k.abbreviations.find((a) => a.short === 'CSTD');
    assert.strictEqual(cstd?.full, 'Commission on Science and Technology for Development');
    assert.deepStrictEqual(cstd?.from, { document: 'A/79/62–E/2024/3', paragraph: 1, line: 9 });
    assert.strictEqual(k.abbreviations.find((a) => a.short === 'UNCTAD')?.full, 'United Nations Conference on Trade and Development');
    assert.strictEqual(k.abbreviations.find((a) => a.short === 'UNESCO')?.full, 'United Nations Educational, Scientific and Cultural Organization');
  });

  it('extracts resolutions with their dates and titles', () => {
    const r = k.resolutions.find((x) => x.number === '70/1');
    assert.deepStrictEqual([r?.organ, r?.date, r?.title], ['GA', '2015-09-25', 'Transforming our world: the 2030 Agenda for Sustainable Development']);
    assert.strictEqual(k.resolutions.find((x) => x.number === '2024/13')?.date, '2024-07-23');
    assert.strictEqual(k.resolutions.find((x) => x.number === '2006/46')?.organ, 'ECOSOC');
  });

  it('extracts the heading skeleton and action-line titles', () => {
    const outline = k.skeletons[0].outline.map((n) => `${n.kind} ${n.label ?? ''} ${n.title}`.replace(/\s+/g, ' '));
    assert.deepStrictEqual(outline, ['topic Introduction', 'chapter I Key trends', 'chapter II Implementation']);
    assert.deepStrictEqual(k.actionLineTitles.map((t) => t.code), ['C1', 'C2']);
  });

  it('finds the standard paragraphs that recur, with placeholders for counts and years', () => {
    const intro = k.paragraphs.find((p) => p.id === 'introduction-en');
    assert.ok(intro, JSON.stringify(k.paragraphs.map((p) => p.id)));
    assert.deepStrictEqual(intro!.from.map((f) => f.document), ['A/79/62–E/2024/3', 'A/80/64–E/2025/12']);
    assert.match(intro!.body, /information provided by \$\{\d+:28\} entities and summarizes activities during \$\{\d+:2023\}/);
    assert.match(intro!.body, /resolution 2006\/46 of \$\{\d+:28\} July \$\{\d+:2006\}/);
    const meeting = k.paragraphs.find((p) => p.id === 'facilitators-meeting-en');
    assert.strictEqual(meeting?.from.length, 2);
    const recurring = k.paragraphs.filter((p) => p.id.startsWith('recurring-'));
    assert.ok(recurring.some((p) => /ITU supported broadband plans/.test(p.body)), JSON.stringify(recurring.map((p) => p.body)));
  });
});

describe('learn: the corpus and the shipped seeds/learned.json', function () {
  const spec = path.resolve(CORPUS, '../spec/conventions.md');
  const files = ['sg-report-wsis-2020.zh.txt', 'ga-draft-resolution-ict4sd-2024.zh.md'];
  before(function () {
    if (!fs.existsSync(spec) || files.some((f) => !fs.existsSync(path.join(CORPUS, f)))) {
      console.log('    (skipped: ../shared/corpus or ../shared/spec is absent)');
      this.skip();
    }
  });

  it('learns concrete facts from the real documents', () => {
    const k = learn(files.map((f) => read(CORPUS, f)));
    assert.strictEqual(k.abbreviations.find((a) => a.short === '贸发会议')?.full, '联合国贸易和发展会议');
    assert.ok(k.resolutions.some((r) => r.organ === 'ECOSOC' && r.number === '2006/46'));
    assert.strictEqual(k.resolutions.find((r) => r.number === '2006/46' && r.date)?.date, '2006-07-28');
    const report = k.skeletons.find((s) => s.kind === 'sg-report')!;
    assert.deepStrictEqual(report.outline.filter((n) => n.kind === 'chapter').map((n) => n.label), ['一', '二', '三', '四']);
    assert.strictEqual(k.actionLineTitles.filter((t) => t.lang === 'zh').length, 11);
    assert.ok(k.paragraphs.some((p) => p.id === 'introduction-zh' && p.body.includes('${1:31}')));
  });

  it('seeds/learned.json is exactly what `npm run seeds` regenerates from the spec and the corpus', () => {
    const k = learn([read(path.dirname(spec), 'conventions.md'), ...files.map((f) => read(CORPUS, f))]);
    const expected = JSON.stringify({ $schema: './schemas/learned.schema.json', generatedBy: 'unreport learn', ...k }, null, 2) + '\n';
    assert.strictEqual(fs.readFileSync(path.join(REPO_ROOT, 'seeds/learned.json'), 'utf8'), expected);
  });
});

describe('seeds/learned.json', () => {
  it('is valid against its schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'seeds/schemas/learned.schema.json'), 'utf8')));
    const ok = validate(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'seeds/learned.json'), 'utf8')));
    assert.ok(ok, JSON.stringify(validate.errors));
  });
});

describe('PriorReportIndex: the workspace index of prior reports', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PriorReportIndex } = require('../../server/src/core/learn/workspace-index') as typeof import('../../server/src/core/learn/workspace-index');

  it('says where a definition comes from, and re-reads only the file that changed', () => {
    const index = new PriorReportIndex();
    index.update('/ws/prior/report-2024.en.unr', read(PRIOR, 'report-2024.en.unr').text);
    assert.deepStrictEqual(index.abbreviation('CSTD'), {
      value: 'Commission on Science and Technology for Development',
      source: 'defined in A/79/62–E/2024/3, para. 1',
    });
    index.update('/ws/prior/report-2024.en.unr', 'A/79/62\n\n1. The Commission on Science, Technology and Innovation (CSTI) met.\n');
    assert.strictEqual(index.abbreviation('CSTD')?.source, 'seeds/');
    assert.strictEqual(index.abbreviation('CSTI')?.value, 'Commission on Science, Technology and Innovation');
    index.remove('/ws/prior/report-2024.en.unr');
    assert.strictEqual(index.size, 0);
    assert.strictEqual(index.abbreviation('CSTI'), undefined);
  });

  it('prefers the workspace over seeds/ and shows the conflict', () => {
    const index = new PriorReportIndex();
    index.update('/ws/prior/a.unr', 'A/80/1\n\n1. The Council recalled its resolution 2006/46 of 27 July 2006.\n');
    const fact = index.resolution('ECOSOC', '2006/46');
    assert.strictEqual(fact?.value.date, '2006-07-27');
    assert.strictEqual(fact?.source, 'cited in A/80/1, para. 1');
    assert.strictEqual(fact?.seedsSay?.date, '2006-07-28');
  });
});
