// The editor's lookups that were made linear on adversarial documents (bench and PROFILE.md, seventh
// round) must answer as the slower lookups did. These pin the cases a wrong shortcut would change.
import * as assert from 'assert';
import { checkText } from '../../server/src/core';
import { paragraphText } from '../../server/src/core/learn/extract';
import { recurringParagraphs } from '../../server/src/core/learn/recurring';
import { abbreviationAt } from '../../server/src/service/abbreviations';

describe('editor lookups made linear', () => {
  it('hover: an abbreviation is found only where a search of the whole line finds it, an occurrence overlapping the one before skipped', () => {
    const doc = checkText('1. 东方南方东方合作组织（东南东）成立。\n\n2. 会议在东南东南东举行。\n').model;
    const hits = [6, 7, 8, 9, 10].map((character) => {
      const hit = abbreviationAt(doc, { line: 2, character });
      return hit && `${hit.short} ${hit.range.start.character}-${hit.range.end.character}`;
    });
    // "东南东南东" holds one 东南东, at 6: the one at 8 overlaps it. The end of a range still covers.
    assert.deepStrictEqual(hits, ['东南东 6-9', '东南东 6-9', '东南东 6-9', '东南东 6-9', undefined]);
  });

  it('learning: a paragraph broken by its page\'s footnotes reads without the footnote text', () => {
    const doc = checkText('1. Access grew in rural\n\n¹ ITU, Facts.\n\nareas of the world.¹\n\n2. Next.\n').model;
    assert.deepStrictEqual([doc.paragraphs[0].firstLine, doc.paragraphs[0].lastLine], [0, 4]);
    assert.deepStrictEqual(doc.paragraphs.map((p) => paragraphText(doc, p)), ['Access grew in rural areas of the world.', 'Next.']);
  });

  it('learning: a paragraph broken by a page reads without the page\'s furniture', () => {
    const doc = checkText('1. Access grew in rural\n\n¹ ITU, Facts.\n\n24-19490 3/15\n\nareas of the world.¹\n\n2. Next.\n').model;
    assert.deepStrictEqual([doc.paragraphs[0].firstLine, doc.paragraphs[0].lastLine], [0, 6]);
    assert.deepStrictEqual(doc.paragraphs.map((p) => paragraphText(doc, p)), ['Access grew in rural areas of the world.', 'Next.']);
  });

  it('learning: a paragraph recurs in another report when its bigrams are similar enough, however few of the rare ones it keeps', () => {
    // Dice 0.71 over 26 and 16 bigrams: the shared ones are mostly common; a paragraph pair is compared only if
    // the rarest of their bigrams overlap, so too short a list of them would miss this pair.
    const reports = ['1. data youth rural broadband.', '1. data yourubroadba'].map((paragraph, d) => ({
      doc: checkText(`A/80/${d + 1}\n\nIntroduction\n\n${paragraph}\n`).model,
      name: `r${d}`,
    }));
    assert.deepStrictEqual(
      recurringParagraphs(reports).map((p) => p.from.map((f) => f.document)),
      [['r0', 'r1']],
    );
  });
});

