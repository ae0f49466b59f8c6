// The Chinese resolution chains of a whole text are read from the text itself, not from each line
// cut out of it (references.ts, scanResolutionsIn). What sits on the lines around a chain must not
// leak into it: a date or an organ's name at the end of the line before, chain characters at the
// start of the line after. Each case is read three ways, which must agree: the whole text, the
// editor's lines (parseLines), and each line alone (scanResolutions).
import * as assert from 'assert';
import { parseDocument, parseLines, splitLines, type ResolutionReference } from '../../../server/src/core';
import { scanResolutions } from '../../../server/src/core/parse/references';
import { ResolutionRows } from '../../../server/src/core/parse/resolution-rows';

const CASES = [
  '2015 年 12 月 16 日\n第 70/125 号决议。',
  '人权理事会\n第 7/1 号决议',
  '经济及社会理事会 2006 年 7 月 28 日\n第 2006/46 号决议的要求',
  '见第 70/1 号\n决议和第 74/197 号决议',
  '第 60/252、\n77/150 号决议',
  '号决\n议',
  '大会第 70/1 号决议\r\n2019 年 7 月 23 日第 2019/24 号决议\r第 59/220 号决定',
  '\ufeff根据大会 2015 年 12 月 16 日第 70/125 号决议\n\n  第 70/01 和 ES-10/23 号决议，安理会第 2334 (2016) 号决议',
];

function lineByLine(text: string): ResolutionReference[] {
  const out = new ResolutionRows();
  splitLines(text).lines.forEach((line, i) => scanResolutions(line, i, out));
  return Array.from({ length: out.length }, (_, k) => out.at(k));
}

describe('robustness: Chinese resolution chains read from the whole text', () => {
  for (const text of CASES) {
    it(`the text, the editor's lines and each line alone agree: ${JSON.stringify(text)}`, () => {
      const fromText = Array.from(parseDocument(text).resolutions);
      assert.deepStrictEqual(Array.from(parseLines(splitLines(text).lines).resolutions), fromText);
      assert.deepStrictEqual(lineByLine(text), fromText);
    });
  }

  it('takes no date or organ from the line before, and reads each chain where it is', () => {
    const dated = Array.from(parseDocument(CASES[0]).resolutions);
    assert.deepStrictEqual(
      dated.map((r) => [r.number, r.line, r.range.start.character, r.range.end.character, r.date]),
      [['70/125', 1, 2, 8, undefined]],
    );
    const [council] = Array.from(parseDocument(CASES[1]).resolutions);
    assert.strictEqual(council.organ, 'GA');
    const split = Array.from(parseDocument(CASES[3]).resolutions);
    assert.deepStrictEqual(
      split.map((r) => [r.number, r.line]),
      [['74/197', 1]],
    );
    assert.strictEqual(Array.from(parseDocument(CASES[5]).resolutions).length, 0);
  });
});
