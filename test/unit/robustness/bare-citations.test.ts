// Bare footnote citations ("号决议 52 与" for "号决议⁵² 与"): which numbers count, where they are
// looked for, and which one wins. Each case pins an edge that the linear search must keep exactly
// as the per-number regex had it (see findBareCitations in parse/parser.ts).
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/core';

/** Four header lines: a body's line k is the document's line k + 4. */
const HEADER = 'A/80/64\n\n20 January 2026\n\n';
const NOTES = '\n\n³ C.\n⁴ D.\n⁵ E.\n';

/** The bare citations of a body, as "number@line:start-end" (lines counted in the body). */
function bare(body: string): string[] {
  const model = parseDocument(HEADER + body);
  return model.bareFootnoteCitations.map((b) => {
    assert.strictEqual(b.range.start.line, b.line);
    return `${b.number}@${b.line - 4}:${b.range.start.character}-${b.range.end.character}`;
  });
}

/** Footnote 4 lost its marker between ³ and ⁵; `between` stands between the two on one line. */
function between(text: string): string[] {
  return bare(`1. Text³ ${text} end⁵.${NOTES}`);
}

describe('bare footnote citations', () => {
  it('a number counts after a blank, a comma, a full stop, a closing bracket or quote, and before a blank, a comma, a full stop or the line end', () => {
    assert.deepStrictEqual(between('see 4 here'), ['4@0:13-14']);
    assert.deepStrictEqual(between('see ”4，here'), ['4@0:14-15']);
    assert.deepStrictEqual(between('see 》4、here'), ['4@0:14-15']);
    assert.deepStrictEqual(between('see ）4。here'), ['4@0:14-15']);
    assert.deepStrictEqual(between('see,4,here'), ['4@0:13-14']);
    assert.deepStrictEqual(between('see\u00a04\there'), ['4@0:13-14'], 'a no-break space and a tab are blanks');
    assert.deepStrictEqual(bare(`1. Text³ see 4\nmore end⁵.${NOTES}`), ['4@0:13-14'], 'the end of the line');
  });

  it('a number does not count after a letter, an opening bracket or a zero-width space, nor before a closing bracket, a quote or a full stop', () => {
    for (const text of ['see (4) here', 'see x4 here', 'see\u200b4 here', 'see "4" here', 'see ”4” here', 'see 4. Here', 'see 4; here', 'see 4x here']) {
      assert.deepStrictEqual(between(text), [], text);
    }
  });

  it('only a whole run of digits counts: not 14, 04, 4.5 or a fullwidth １4', () => {
    for (const text of ['see 14 here', 'see 04 here', 'see 4.5 here', 'see 41 here', 'see １4 here']) {
      assert.deepStrictEqual(between(text), [], text);
    }
  });

  it('a year, date, count or paragraph does not count, nor a number before more digits, even after blanks; other characters after blanks do', () => {
    for (const unit of ['年', '月', '日', '%', '个', '项', '段', '号', '次', '名', '亿', '万', '千', '年度']) {
      assert.deepStrictEqual(between(`see 4${unit} here`), [], unit);
      assert.deepStrictEqual(between(`see 4 \u3000\t${unit} here`), [], `blanks and ${unit}`);
    }
    assert.deepStrictEqual(between('see 4 度 here'), ['4@0:13-14'], '度 alone is no unit');
    assert.deepStrictEqual(between('see 4 5 here'), [], 'the first part of a number broken by a blank');
    // The first 4 is followed, blanks aside, by a digit; the second counts.
    assert.deepStrictEqual(between('see 4 4 here'), ['4@0:15-16']);
  });

  it('a number at the start of a line does not count (nothing stands before it)', () => {
    assert.deepStrictEqual(bare(`1. Text³ see\n4, more end⁵.${NOTES}`), []);
    assert.deepStrictEqual(bare(`1. Text³ see\n 4, more end⁵.${NOTES}`), ['4@1:1-2']);
  });

  it('the span runs from the end of the first marker of n - 1 to the start of the first marker of the nearest of n + 1 to n + 3 that has one', () => {
    // Outside the span, on the same line: before ³ and after ⁵.
    assert.deepStrictEqual(bare(`1. Text 4 here³ and⁵ then 4 there.${NOTES}`), []);
    // The first marker of 3, not the last.
    assert.deepStrictEqual(bare(`1. Text³ see 4 here³ and⁵.${NOTES}`), ['4@0:13-14']);
    // The first marker of 5, not the last.
    assert.deepStrictEqual(bare(`1. Text³ and⁵ see 4 here⁵.${NOTES}`), []);
    // 5 has no marker: the span ends at 6's, even where a marker of 7 comes first.
    assert.deepStrictEqual(bare('1. Text³ and⁷ see 4 here⁶.\n\n³ C.\n⁴ D.\n⁶ F.\n⁷ G.\n'), ['4@0:18-19']);
    // n + 3 is the furthest: 7 ends the span of 4, 8 does not.
    assert.deepStrictEqual(bare('1. Text³ see 4 here⁷.\n\n³ C.\n⁴ D.\n⁷ G.\n'), ['4@0:13-14']);
    assert.deepStrictEqual(bare('1. Text³ see 4 here⁸.\n\n³ C.\n⁴ D.\n⁸ H.\n'), []);
    // No marker of n - 1: no span.
    assert.deepStrictEqual(bare('1. Text² see 4 here⁵.\n\n² B.\n⁴ D.\n⁵ E.\n'), []);
    // The end before the start: nothing between.
    assert.deepStrictEqual(bare(`1. Text⁵ see 4 here³.${NOTES}`), []);
    assert.deepStrictEqual(bare(`1. Text⁵ see\n\n2. More 4 here³.${NOTES}`), []);
  });

  it('a span runs across lines: the first number in reading order wins', () => {
    const lines = (first: string, middle: string, last: string) => bare(`1. ${first}\n${middle}\n${last}${NOTES}`);
    assert.deepStrictEqual(lines('See 4 before³ then 4', 'a middle 4 line', 'last 4 x⁵ after.'), ['4@0:22-23']);
    assert.deepStrictEqual(lines('See 4 before³ then', 'a middle 4 line', 'last 4 x⁵ after.'), ['4@1:9-10']);
    assert.deepStrictEqual(lines('See 4 before³ then', 'a middle line', 'last 4 x⁵ after.'), ['4@2:5-6']);
    assert.deepStrictEqual(lines('See 4 before³ then', 'a middle line', 'last x⁵ after 4 end.'), []);
  });

  it('footnote texts, page furniture and code fences hold no citations; a footnote text continued on the next line is read', () => {
    assert.deepStrictEqual(bare(`1. Text³ see\n\n⁹ Note 4 here.\n\n2. More 4 here⁵.${NOTES}`), ['4@4:8-9']);
    assert.deepStrictEqual(bare(`1. Text³ see\n12 GE.25-00925 4\nmore 4 here⁵.${NOTES}`), ['4@2:5-6']);
    // A Geneva job number leads its line as well: "GE.25-00925 4" is page furniture too.
    assert.deepStrictEqual(bare(`1. Text³ see\nGE.25-00925 4\nmore 4 here⁵.${NOTES}`), ['4@2:5-6']);
    assert.deepStrictEqual(bare(`1. Text³ see\n\n\`\`\`\ncode 4 here\n\`\`\`\n\n2. More 4 here⁵.${NOTES}`), ['4@6:8-9']);
    // The line after a footnote text reads as part of it, but it is searched all the same.
    assert.deepStrictEqual(bare(`1. Text³ see\n\n⁹ Note\nthat runs on 4 here.\n\n2. More 4 here⁵.${NOTES}`), ['4@3:13-14']);
  });

  it('a bare number is no marker for its neighbours; one citation per number, in the order of the footnote texts', () => {
    // 4 is found between ³ and ⁶ (5 has no marker); 5 has no span, as 4 has no marker.
    assert.deepStrictEqual(bare('1. Text³ see 4, 5 here⁶.\n\n³ C.\n⁴ D.\n⁵ E.\n⁶ F.\n'), ['4@0:13-14']);
    // Two texts numbered 4: one citation.
    assert.deepStrictEqual(bare('1. Text³ see 4 and 4 here⁵.\n\n³ C.\n⁴ D.\n⁴ D again.\n⁵ E.\n'), ['4@0:13-14']);
    // The texts of 8 come before those of 4: so do their citations.
    assert.deepStrictEqual(bare('1. Text³ see 4 here⁵ and⁷ then 8 there⁹.\n\n³ C.\n⁵ E.\n⁷ G.\n⁸ H.\n⁹ I.\n⁴ D.\n'), ['8@0:31-32', '4@0:13-14']);
  });
});
