// The parser keeps classifyLine's answers as numbers (parse/line-table.ts): every line must read
// back as the info classifyLine gives, after a copy from one table to another, and with code
// fences taken into account as the parser used to take them.
import * as assert from 'assert';
import fc from 'fast-check';
import { splitLines, ArrayLines } from '../../../server/src/core/text';
import { classifyLine, type LineInfo } from '../../../server/src/core/parse/lines';
import { LineTable } from '../../../server/src/core/parse/line-table';
import { corpusSources, draftArb, fcParams, fixtureSources, runs } from './support';

const PIECES = [
  '12. Decides to continue.', '  007.\tText **', '3  quater. Also', '1. . .', '5. Short heading', '6. 电子政务', '123456. x', '1234567. x',
  '¹ A/RES/70/125.', '[^3]: Ibid.', '<sup>4</sup> 同上。', '$^{5}$ See', '²³', '* Reissued.', '\\* Note',
  'I. Introduction', 'IV. Findings **', 'A. Access', 'C. C', '一、导言', '三. 结论',
  '(a) Information and communication infrastructure (C2)', '(b) Access （C3）', '(c) text.', '(ii) continued', '(x)y',
  '```', '~~~ts', '---', '\\_', '3/15', '24-19490 3/15', 'GE.25-00925 11', '390781.', '42',
  'The General Assembly,', '大会，', '经济及社会理事会 ，', '数字经济，', '', '   ', '\u3000', '\ufeff', 'text', '                    deep indent',
  '                    12. deep', '# 1. Heading', '- 2. Bullet', '**3. Bold**', '**(a) Bold (C1)**',
];

const lineArb = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES)).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('', ' ', '  ', '# ', '- ', '**', '\t'), fc.constantFrom(...PIECES), fc.constantFrom('', ' ', '**', '。', '.', ',', '¹', '  ')).map(([a, b, c]) => a + b + c),
  fc.string({ maxLength: 12 }),
);

function tableOf(lines: string[]): LineTable {
  const table = new LineTable(lines.length);
  lines.forEach((line, i) => table.set(i, classifyLine(line)));
  return table;
}

/** The table's reading of every line, and what it reads from its columns, against classifyLine. */
function assertReadsBack(table: LineTable, lines: string[], infos: LineInfo[] = lines.map(classifyLine)): void {
  const source = new ArrayLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const expected = infos[i];
    const what = JSON.stringify(lines[i]);
    assert.deepStrictEqual(table.info(i, source), expected, what);
    assert.strictEqual(table.kind(i), expected.kind, what);
    assert.strictEqual(table.contentStart(i), expected.contentStart, what);
    if (expected.kind === 'numbered') {
      assert.deepStrictEqual(
        [table.ordinal(i), table.suffix(i), table.headingLike(i), table.labelEnd(i), table.titleStart(i)],
        [expected.ordinal, expected.suffix, expected.headingLike, expected.labelEnd, expected.titleStart],
        what,
      );
    }
    if (expected.kind === 'footnote-text') {
      assert.deepStrictEqual(
        [table.footnoteNumber(i), table.markerStyle(i), table.markerEnd(i), table.digitsStart(i), table.digitsEnd(i), expected.markerStart],
        [expected.footnoteNumber, expected.markerStyle, expected.markerEnd, expected.digitsStart, expected.digitsEnd, expected.contentStart],
        what,
      );
    }
  }
}

describe('the lines\u2019 classes as a table', () => {
  it('reads every line back as classifyLine gives it (generated lines)', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 40 }), (lines) => assertReadsBack(tableOf(lines), lines)),
      fcParams(runs(500)),
    );
  });

  it('reads every line back as classifyLine gives it (generated drafts, fixtures, and the corpus when present)', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const lines = splitLines(draft).lines;
        assertReadsBack(tableOf(lines), lines);
      }),
      fcParams(runs(100)),
    );
    for (const { text } of [...fixtureSources(), ...(corpusSources() ?? [])]) {
      const lines = splitLines(text).lines;
      assertReadsBack(tableOf(lines), lines);
    }
  });

  it('copies lines from one table to another, moved, as they were', () => {
    const lines = PIECES;
    const old = tableOf(lines);
    const shift = 3;
    const moved = new LineTable(lines.length + shift);
    const movedLines = ['new', '1. New.', '¹ New.', ...lines];
    for (let j = lines.length - 1; j >= 0; j--) moved.copyLine(old, j, j + shift);
    for (let i = 0; i < shift; i++) moved.set(i, classifyLine(movedLines[i]));
    assertReadsBack(moved, movedLines);
    assertReadsBack(old, lines);
  });

  it('reads the lines inside code fences, and the fences, as page furniture, and leaves the table itself as it was', () => {
    const lines = ['1. Before.', '```', '2. Inside.', '¹ Inside.', '```', '3. After.', '~~~', '4. Unclosed.'];
    const table = tableOf(lines);
    const noFence = tableOf(['1. No fence.', 'text']);
    assert.strictEqual(noFence.withFences(), noFence);
    const fenced = table.withFences();
    const furniture: LineInfo = { kind: 'furniture', contentStart: 0 };
    const infos = lines.map(classifyLine);
    assertReadsBack(fenced, lines, [infos[0], furniture, furniture, furniture, furniture, infos[5], furniture, furniture]);
    assertReadsBack(table, lines);
  });

  it('a numbered line\u2019s text starts after its label, even where the same text occurs earlier in the line', () => {
    const info = classifyLine('1. . .');
    assert.deepStrictEqual([info.kind, info.titleStart, info.title], ['numbered', 3, '. .']);
  });
});
