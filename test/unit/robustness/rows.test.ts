// Entities kept as rows (parse/rows.ts) must read back as the objects the parser used to make,
// through a fresh parse and through the line cache's copies of unchanged lines.
import * as assert from 'assert';
import { checkText, LineCache, parseDocument } from '../../../server/src/core';
import { dateValueOfIso, isoOfDateValue } from '../../../server/src/core/parse/dates';
import { ResolutionRows } from '../../../server/src/core/parse/resolution-rows';

const CITATIONS = [
  '1. Recalling resolution 70/125 of 16 December 2015, resolutions 70/01 and ES-10/23, decision 2019/222,',
  'Security Council resolution 2334 (2016), resolution 217 A (III) and resolution 0/5;',
  '2. 回顾 2006 年 7 月 27 日经济及社会理事会第 2006/46 号决议和第 S-2/1 号决定。',
].join('\n');

/** `read` of the model of `before` + `text` checked after `text` through one line cache, and of a fresh parse of it. */
function movedThroughCache<T>(text: string, before: string, read: (doc: ReturnType<typeof parseDocument>) => T): [T, T] {
  const cache = new LineCache();
  checkText(text, { cache });
  return [read(checkText(before + text, { cache }).model), read(parseDocument(before + text))];
}

function plain(doc: ReturnType<typeof parseDocument>) {
  return doc.resolutions.map((r) => [r.organ, r.number, r.session, r.serial, r.kind, r.line, r.range.start.character, r.range.end.character, r.date?.iso, r.date?.range.start.character, r.date?.range.end.character]);
}

describe('resolutions as rows', () => {
  it('read back every field, numbers as written or normalised, and dates', () => {
    const doc = parseDocument(CITATIONS);
    const rows = plain(doc);
    assert.deepStrictEqual(
      rows.map(([organ, number, session, serial, kind, line]) => [organ, number, session, serial, kind, line]),
      [
        ['GA', '70/125', 70, 125, 'resolution', 0],
        ['GA', '70/01', 70, 1, 'resolution', 0],
        ['GA', 'ES-10/23', 10, 23, 'resolution', 0],
        ['ECOSOC', '2019/222', 2019, 222, 'decision', 0],
        ['SC', '2334 (2016)', 2016, 2334, 'resolution', 1],
        ['GA', '217 A (III)', undefined, undefined, 'resolution', 1],
        ['GA', '0/5', 0, 5, 'resolution', 1],
        ['ECOSOC', '2006/46', 2006, 46, 'resolution', 2],
        ['GA', 'S-2/1', 2, 1, 'decision', 2],
      ],
    );
    const first = doc.resolutions[0];
    assert.strictEqual(CITATIONS.split('\n')[0].slice(first.range.start.character, first.range.end.character), '70/125');
    assert.strictEqual(first.date?.iso, '2015-12-16');
    assert.strictEqual(CITATIONS.split('\n')[0].slice(first.date!.range.start.character, first.date!.range.end.character), '16 December 2015');
    assert.strictEqual(doc.resolutions[7].date?.iso, '2006-07-27');
    assert.strictEqual(doc.resolutions[1].date, undefined);
  });

  it('answer the rules\' questions without objects, as the objects answer them', () => {
    const doc = parseDocument(CITATIONS);
    const rows = doc.resolutionRows;
    assert.strictEqual(rows.length, doc.resolutions.length);
    for (let k = 0; k < rows.length; k++) {
      const r = doc.resolutions[k];
      assert.deepStrictEqual(
        [rows.line(k), rows.organ(k), rows.kind(k), rows.number(k), rows.session(k), rows.dateValue(k) === 0 ? undefined : isoOfDateValue(rows.dateValue(k))],
        [r.line, r.organ, r.kind, r.number, r.session, r.date?.iso],
      );
    }
    assert.deepStrictEqual(rows.onLine(1).map((r) => r.number), ['2334 (2016)', '217 A (III)', '0/5']);
    assert.deepStrictEqual(rows.onLine(3), []);
  });

  it('are copied with their numbers and dates when the line cache moves an unchanged line', () => {
    const [cached, fresh] = movedThroughCache(CITATIONS, '\n\n', plain);
    assert.deepStrictEqual(cached, fresh);
  });

  it('grow past their first capacity, keeping earlier rows', () => {
    const rows = new ResolutionRows();
    for (let i = 0; i < 1000; i++) rows.add(i % 7 === 0 ? `ES-${i}/1` : undefined, i, 1, 5, 'GA', 'resolution', i, i + 1);
    assert.strictEqual(rows.length, 1000);
    assert.deepStrictEqual([rows.number(0), rows.number(1), rows.number(999), rows.line(998), rows.onLine(500).map((r) => r.number)], ['ES-0/1', '1/2', '999/1000', 998, ['500/501']]);
  });

  it('keep a date as one integer that reads back as the same day', () => {
    for (const iso of ['0100-01-01', '1945-10-24', '2015-12-16', '2024-02-29', '9999-12-31']) assert.strictEqual(isoOfDateValue(dateValueOfIso(iso)), iso);
    assert.ok(dateValueOfIso('2015-12-16') < dateValueOfIso('2016-01-01'));
  });
});

const REFERENCES = [
  '1. See paras. 2 to 4 below, para. 1 above, paragraph 3 of the present report, para. 5 of A/RES/70/1, para. 111 of the Tunis Agenda.',
  '2. 见下文第 3 段、上文第 1 至 2 段和本报告第 4 段;另见第 12 段。',
].join('\n');

function plainReferences(doc: ReturnType<typeof parseDocument>) {
  return doc.crossReferences.map((r) => [r.line, r.numbers, r.direction, r.internal, r.range, r.numberRanges]);
}

describe('cross-references as rows', () => {
  it('read back numbers, directions, internal and their ranges', () => {
    const doc = parseDocument(REFERENCES);
    const lines = REFERENCES.split('\n');
    const read = doc.crossReferences.map((r) => [lines[r.line].slice(r.range.start.character, r.range.end.character), r.numbers, r.direction, r.internal, r.numberRanges.map((n) => lines[r.line].slice(n.start.character, n.end.character))]);
    assert.deepStrictEqual(read, [
      ['paras. 2 to 4 below', [2, 4], 'below', true, ['2', '4']],
      ['para. 1 above', [1], 'above', true, ['1']],
      ['paragraph 3', [3], undefined, true, ['3']],
      ['para. 5', [5], undefined, false, ['5']],
      ['para. 111', [111], undefined, false, ['111']],
      ['下文第 3 段', [3], 'below', true, ['3']],
      ['上文第 1 至 2 段', [1, 2], 'above', true, ['1', '2']],
      ['本报告第 4 段', [4], undefined, true, ['4']],
      ['第 12 段', [12], undefined, false, ['12']],
    ]);
    const rows = doc.crossReferenceRows;
    for (let k = 0; k < rows.length; k++) {
      const r = doc.crossReferences[k];
      const numbers = Array.from({ length: rows.numberCount(k) }, (_, i) => rows.number(k, i));
      assert.deepStrictEqual([rows.line(k), numbers, rows.direction(k), rows.internal(k)], [r.line, r.numbers, r.direction, r.internal]);
    }
    assert.deepStrictEqual(rows.onLine(1).map((r) => r.numbers), [[3], [1, 2], [4], [12]]);
  });

  it('are copied when the line cache moves an unchanged line', () => {
    const [cached, fresh] = movedThroughCache(REFERENCES, '0. Moved.\n', plainReferences);
    assert.deepStrictEqual(cached, fresh);
  });
});

const MARKERS = ['1. Text.¹ More text.²³ [^4] <sup>5</sup> $^{6}$ km² and 10 m³.', '', '¹ One.', '²³ Two.', '[^4]: Four.'].join('\n');

function plainMarkers(doc: ReturnType<typeof parseDocument>) {
  return doc.footnoteMarkers.map((m) => [m.line, m.number, m.style, m.range, m.digitsRange]);
}

describe('footnote markers as rows', () => {
  it('read back number, style, the marker\'s range and its digits\' range', () => {
    const doc = parseDocument(MARKERS);
    const line = MARKERS.split('\n')[0];
    const read = doc.footnoteMarkers.map((m) => [m.number, m.style, line.slice(m.range.start.character, m.range.end.character), line.slice(m.digitsRange.start.character, m.digitsRange.end.character)]);
    assert.deepStrictEqual(read, [
      [1, 'superscript', '¹', '¹'],
      [23, 'superscript', '²³', '²³'],
      [4, 'caret', '[^4]', '4'],
      [5, 'sup-tag', '<sup>5</sup>', '5'],
      [6, 'latex', '$^{6}$', '6'],
    ]);
    const rows = doc.footnoteMarkerRows;
    for (let k = 0; k < rows.length; k++) {
      const m = doc.footnoteMarkers[k];
      assert.deepStrictEqual([rows.line(k), rows.number(k), rows.style(k), rows.start(k)], [m.line, m.number, m.style, m.range.start.character]);
    }
  });

  it('are copied when the line cache moves an unchanged line', () => {
    const [cached, fresh] = movedThroughCache(MARKERS, '\n', plainMarkers);
    assert.deepStrictEqual(cached, fresh);
  });
});

describe('footnote texts as rows', () => {
  it('read back number, style, ibid, their lines and words; a text adopted from a bare number is merged in line order', () => {
    const text = [
      '1. Text.¹ More.² Again.³ And [^4].',
      '',
      '¹ First note,',
      '  continued here.',
      '² Ibid.',
      '',
      '3 第 69/313 号决议,附件。',
      '',
      '[^4]: Fourth.',
    ].join('\n');
    const doc = parseDocument(text);
    const read = doc.footnoteTexts.map((t) => [t.number, t.style, t.isIbid, t.line, t.lastLine, t.text]);
    assert.deepStrictEqual(read, [
      [1, 'superscript', false, 2, 3, 'First note, continued here.'],
      [2, 'superscript', true, 4, 4, 'Ibid.'],
      [3, 'bare', false, 6, 6, '第 69/313 号决议,附件。'],
      [4, 'caret', false, 8, 8, 'Fourth.'],
    ]);
    const rows = doc.footnoteTextRows;
    for (let k = 0; k < rows.length; k++) {
      const t = doc.footnoteTexts[k];
      assert.deepStrictEqual([rows.line(k), rows.lastLine(k), rows.number(k), rows.isIbid(k)], [t.line, t.lastLine, t.number, t.isIbid]);
    }
    assert.deepStrictEqual(doc.footnoteTexts[0].markerRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
    assert.deepStrictEqual(doc.footnoteTexts[0].range, { start: { line: 2, character: 0 }, end: { line: 3, character: 17 } });
  });
});

describe('paragraphs as rows', () => {
  it('read back numbers, suffixes, lines, headings and preambles, and paragraphAtLine gives the model\'s own objects', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolution 70/125,',
      '',
      '1. Decides to continue;',
      'the work goes on.',
      '',
      '1 bis. Inserts a paragraph;',
      '',
      '2. Requests a report.',
    ].join('\n');
    const doc = parseDocument(text);
    const read = doc.paragraphs.map((p) => [p.number, p.suffix, p.firstLine, p.lastLine, p.preamble, p.firstWords]);
    assert.deepStrictEqual(read, [
      [null, undefined, 2, 2, true, 'Recalling its resolution 70/125,'],
      [1, undefined, 4, 5, false, 'Decides to continue;'],
      [1, 'bis', 7, 7, false, 'Inserts a paragraph;'],
      [2, undefined, 9, 9, false, 'Requests a report.'],
    ]);
    const rows = doc.paragraphRows;
    for (let k = 0; k < rows.length; k++) {
      const p = doc.paragraphs[k];
      assert.deepStrictEqual([rows.line(k), rows.lastLine(k), rows.number(k), rows.hasSuffix(k)], [p.firstLine, p.lastLine, p.number, p.suffix !== undefined]);
    }
    assert.strictEqual(doc.paragraphAtLine(5), doc.paragraphs[1]);
    assert.strictEqual(doc.paragraphRowAtLine(5), 1);
    assert.strictEqual(doc.paragraphRowAtLine(6), -1);
    assert.deepStrictEqual(doc.paragraphs[2].numberRange, { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } });
  });

  it('belong to the heading above them', () => {
    const doc = parseDocument(['I. Progress', '', '1. First.', '', 'A. Access', '', '2. Second.'].join('\n'));
    assert.deepStrictEqual(doc.paragraphs.map((p) => p.heading?.title), ['Progress', 'Access']);
    assert.strictEqual(doc.paragraphs[1].heading, doc.headings[1]);
  });
});
