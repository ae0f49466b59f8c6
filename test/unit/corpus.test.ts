import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/core';
import { buildOutline } from '../../server/src/core/outline';
import { CORPUS, TEST_TODAY } from '../support/paths';

const REPORT = path.join(CORPUS, 'sg-report-wsis-2020.zh.txt');
const RESOLUTION = path.join(CORPUS, 'ga-draft-resolution-ict4sd-2024.zh.md');

function findingsOf(file: string) {
  const { model, findings } = checkText(fs.readFileSync(file, 'utf8'), { today: TEST_TODAY });
  return { model, findings: findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code}`) };
}

describe('real documents in ../shared/corpus', function () {
  before(function () {
    if (!fs.existsSync(REPORT) || !fs.existsSync(RESOLUTION)) {
      console.log(`    (skipped: ${CORPUS} is absent; these tests run where ../shared/corpus exists)`);
      this.skip();
    }
  });

  it('the 2020 report: its one real slip (footnote 52 typed as a plain number) and nothing else', () => {
    const { findings } = findingsOf(REPORT);
    assert.deepStrictEqual(findings, ['261:46 error footnote-bare-number']);
  });

  it('the 2020 report: model matches the document (134 paragraphs, 194 footnotes, 11 action lines)', () => {
    const { model } = findingsOf(REPORT);
    const numbered = model.paragraphs.filter((p) => p.number !== null).map((p) => p.number);
    assert.deepStrictEqual(numbered, Array.from({ length: 134 }, (_, i) => i + 1));
    assert.strictEqual(model.footnoteTexts.length, 194);
    assert.strictEqual(model.footnoteMarkers.length + model.bareFootnoteCitations.length, 194);
    assert.deepStrictEqual(
      model.headings.filter((h) => h.kind === 'action-line').map((h) => `${h.label}:${h.code}`),
      ['a:C1', 'b:C2', 'c:C3', 'd:C4', 'e:C5', 'f:C6', 'g:C7', 'h:C8', 'i:C9', 'j:C10', 'k:C11'],
    );
    const chapters = buildOutline(model).filter((n) => n.kind === 'chapter').map((n) => n.label);
    assert.deepStrictEqual(chapters, ['一. 主要趋势', '二. 区域一级的落实和后续工作', '三. 国际一级的落实和后续工作', '四. 结果和建议']);
    assert.strictEqual(model.header.date?.iso, '2020-01-13');
    const xref = model.crossReferences.find((x) => x.internal);
    assert.deepStrictEqual({ numbers: xref?.numbers, direction: xref?.direction }, { numbers: [126], direction: 'below' });
  });

  it('the 2024 draft resolution: footnote 12 typed as a plain number, and hyphens in joint symbols', () => {
    const { findings } = findingsOf(RESOLUTION);
    assert.deepStrictEqual(findings, [
      '79:103 error footnote-bare-number',
      '83:35 warning symbol-joint-dash',
      '227:22 warning symbol-joint-dash',
      '227:49 warning symbol-joint-dash',
    ]);
  });

  it('the 2024 draft resolution: 68 operative paragraphs, preamble, 21 footnotes, dated citations', () => {
    const { model } = findingsOf(RESOLUTION);
    assert.strictEqual(model.kind, 'resolution');
    const numbered = model.paragraphs.filter((p) => p.number !== null).map((p) => p.number);
    assert.deepStrictEqual(numbered, Array.from({ length: 68 }, (_, i) => i + 1));
    assert.ok(model.paragraphs.filter((p) => p.preamble).length >= 40);
    assert.deepStrictEqual([...new Set(model.footnoteTexts.map((t) => t.number))].sort((a, b) => a - b), Array.from({ length: 21 }, (_, i) => i + 1));
    assert.strictEqual(model.header.symbol?.text, 'A/C.2/79/L.33');
    const dated = model.resolutions.filter((r) => r.date).map((r) => `${r.organ} ${r.number} ${r.date!.iso}`);
    assert.ok(dated.includes('GA 78/132 2023-12-19'), dated.join(', '));
    assert.ok(dated.includes('ECOSOC 2006/46 2006-07-28'), dated.join(', '));
    assert.ok(dated.includes('GA ES-10/23 2024-05-10'), dated.join(', '));
    const footnoteList = model.resolutions.filter((r) => r.line === 28).map((r) => r.number);
    assert.strictEqual(footnoteList.length, 17);
  });
});
