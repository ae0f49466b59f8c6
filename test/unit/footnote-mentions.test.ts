// "See footnote 3 above": footnotes named by number in running text are renumbered with the
// markers and texts (core/fix/footnote-mentions.ts, renumberFootnotes).
import * as assert from 'assert';
import { checkText } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/edits';
import { footnoteMentions } from '../../server/src/core/fix/footnote-mentions';
import { renumberFootnotes } from '../../server/src/core/fix/renumber';

const renumbered = (text: string) => applyEdits(text, renumberFootnotes(checkText(text).model));

// Markers in the order ³ ¹ ²: renumbering maps 3 -> 1, 1 -> 2, 2 -> 3.
const EN_OPENING = '1. Alpha.³ Beta.¹ Gamma.² ';
const ZH_OPENING = '1. 甲。³ 乙。¹ 丙。² ';
const english = (body: string) => `Introduction\n\n${EN_OPENING}${body}\n\n¹ One.\n² Two.\n³ Three; ${body}\n`;
const chinese = (body: string) => `导言\n\n${ZH_OPENING}${body}\n\n¹ 一。\n² 二。\n³ 三；${body}\n`;
/** Paragraph 1 after its three markers (each one character, before and after renumbering). */
const bodyAfter = (text: string) => text.split('\n')[2].slice(EN_OPENING.length);
const zhBodyAfter = (text: string) => text.split('\n')[2].slice(ZH_OPENING.length);

describe('footnote mentions', () => {
  it('renumbers "footnote N above", "footnotes N, M and K below" with the markers, in paragraphs and footnote texts', () => {
    const out = renumbered(english('See footnote 2 above; footnotes 1, 2 and 3 below; Footnote 3 above.'));
    assert.strictEqual(bodyAfter(out), 'See footnote 3 above; footnotes 2, 3 and 1 below; Footnote 1 above.');
    assert.match(out, /¹ Three; See footnote 3 above;/);
  });

  it('renumbers 上文/下文脚注 N and lists of them in Chinese', () => {
    assert.strictEqual(zhBodyAfter(renumbered(chinese('见上文脚注 2 和下文脚注 1、2 和 3。'))), '见上文脚注 3 和下文脚注 2、3 和 1。');
  });

  for (const body of [
    'Ibid., footnote 2.',
    'World Development Report 2016, footnote 3.',
    'See A/75/62 (footnote 2).',
    'See footnote 2 to document A/75/62.',
    'See A/75/62, footnote 2 above.',
    'In footnote 2, 3 countries reported.',
    'As footnote 1 and 2 other notes say.',
    'See footnotes 1 to 3 above.',
    'See footnote 2-3 above.',
    'See footnotes 1, 2 to 3 above.',
  ]) {
    it(`leaves "${body}" alone`, () => assert.strictEqual(bodyAfter(renumbered(english(body))), body));
  }

  for (const body of ['见 A/75/62，脚注 2。', '见 A/75/62 号文件脚注 2。', '见第 70/1 号决议脚注 2。', '同上，脚注 2。', '见脚注 2 和 3 个国家。', '见上文脚注 1 至 3。', '见上文脚注 1、2 至 3。', '见上文 A/75/62，脚注 2。']) {
    it(`leaves "${body}" alone`, () => assert.strictEqual(zhBodyAfter(renumbered(chinese(body))), body));
  }

  it('finds none in headings or code fences', () => {
    const text = 'Footnote 2 above heading\n\n1. Access grew.¹\n\n```\nfootnote 1 above\n```\n\n¹ First.\n';
    assert.deepStrictEqual(footnoteMentions(checkText(text).model), []);
  });
});
