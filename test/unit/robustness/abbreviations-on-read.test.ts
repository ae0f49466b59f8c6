// No rule reads abbreviations, so the parser only notes the lines that may define one and the
// model scans them when first read (parse/document.ts). What it finds must not depend on that:
// the header's lines count, code fences and page furniture do not, and an edited document read
// through the line cache finds what a fresh parse finds.
import * as assert from 'assert';
import { checkLines, checkText, LineCache, parseDocument, splitLines } from '../../../server/src/core';

const DRAFT = [
  '联合国贸易和发展会议(贸发会议)',
  '',
  '一. 导言',
  '',
  '1. 国际电信联盟(国际电联)与联合国教育、科学及文化组织（教科文组织）合作。',
  '',
  '```',
  '世界卫生组织(世卫组织)',
  '```',
  '',
  '2. The United Nations Conference on Trade and Development (UNCTAD) and the International Telecommunication Union (ITU) reported.',
].join('\n');

function plain(doc: ReturnType<typeof parseDocument>) {
  return doc.abbreviations.map((a) => [a.short, a.full, a.line, a.range.start.character, a.range.end.character]);
}

describe('abbreviations, found when first read', () => {
  it('finds the definitions in the header and the body, in line order, and none in a code fence', () => {
    assert.deepStrictEqual(plain(parseDocument(DRAFT)), [
      ['贸发会议', '联合国贸易和发展会议', 0, 0, 16],
      ['国际电联', '国际电信联盟', 4, 3, 15],
      ['UNCTAD', 'United Nations Conference on Trade and Development', 10, 7, 66],
      ['ITU', 'International Telecommunication Union', 10, 75, 118],
    ]);
    // The same definition outside the fence is found.
    const unfenced = DRAFT.replace('```\n世界卫生组织(世卫组织)\n```', '世界卫生组织(世卫组织)');
    assert.deepStrictEqual(
      plain(parseDocument(unfenced)).map(([short, , line]) => [short, line]),
      [['贸发会议', 0], ['国际电联', 4], ['世卫组织', 6], ['UNCTAD', 8], ['ITU', 8]],
    );
  });

  it('returns the same array on every read', () => {
    const doc = parseDocument(DRAFT);
    assert.strictEqual(doc.abbreviations, doc.abbreviations);
  });

  it('finds through the line cache, after lines are inserted above, what a fresh parse finds', () => {
    const cache = new LineCache();
    checkText(DRAFT, { cache });
    const edited = '增加的一行(无)\n\n' + DRAFT.replace('国际电联', '国际电讯联盟');
    const cached = checkLines(splitLines(edited).lines, { cache }).model;
    assert.deepStrictEqual(plain(cached), plain(parseDocument(edited)));
    assert.ok(plain(cached).some(([short, , line]) => short === '贸发会议' && line === 2));
  });
});
