// "See footnote 3 above": footnotes named by number in running text are renumbered with the
// markers and texts (core/fix/footnote-mentions.ts, renumberFootnotes).
import * as assert from 'assert';
import { checkText } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/edits';
import { footnoteMentions } from '../../server/src/core/fix/footnote-mentions';
import { renumberFootnotes } from '../../server/src/core/fix/renumber';

const renumbered = (text: string) => applyEdits(text, renumberFootnotes(checkText(text).model));

describe('footnote mentions', () => {
  it('renumbers "footnote N", "footnotes N and M" and "Footnote N" with the markers and texts', () => {
    const text = 'Introduction\n\n1. Access grew.² Prices fell.¹ See footnote 2 above; footnotes 1 and 2 agree. Footnote 1 says why.\n\n² First.\n¹ Second; see footnote 2.\n';
    assert.strictEqual(
      renumbered(text),
      'Introduction\n\n1. Access grew.¹ Prices fell.² See footnote 1 above; footnotes 2 and 1 agree. Footnote 2 says why.\n\n¹ First.\n² Second; see footnote 1.\n',
    );
  });

  it('renumbers 脚注 N and 脚注 N 至 M in Chinese', () => {
    const text = '导言\n\n1. 接入增加。² 价格下降。¹ 见上文脚注 2 和脚注 1 至 2。\n\n² 第一。\n¹ 第二。\n';
    assert.strictEqual(renumbered(text), '导言\n\n1. 接入增加。¹ 价格下降。² 见上文脚注 1 和脚注 2 至 1。\n\n¹ 第一。\n² 第二。\n');
  });

  it('leaves another document\'s footnotes, numbers that are no footnote here, and headings alone', () => {
    const text =
      'Footnote 2 heading\n\n1. Access grew.² Prices fell.¹ Footnote 1 of A/75/62 differs, as does A/75/62, footnote 2, and footnote 9.\n\n² First.\n¹ Second.\n';
    const out = renumbered(text);
    assert.match(out, /^Footnote 2 heading/);
    assert.match(out, /Footnote 1 of A\/75\/62 differs, as does A\/75\/62, footnote 2, and footnote 9\./);
  });

  it('finds a mention in "of the present report", and none in code fences', () => {
    const text = '1. Access grew.¹ See footnote 1 of the present report.\n\n```\nfootnote 1\n```\n\n¹ First.\n';
    const model = checkText(text).model;
    assert.deepStrictEqual(
      footnoteMentions(model).map((m) => [m.number, m.range.start.line, m.range.start.character, m.range.end.character]),
      [[1, 0, 30, 31]],
    );
  });
});
