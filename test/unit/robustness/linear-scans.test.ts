// The shortcuts that keep scans linear on adversarial drafts (bench/pathological.ts times them)
// must give exactly what the slower code gave. These pin the cases each shortcut could get wrong.
import * as assert from 'assert';
import { parseDocument } from '../../../server/src/core';
import { footnoteAnalysis } from '../../../server/src/core/analysis/footnotes';
import { paragraphReferredTo } from '../../../server/src/core/analysis/paragraphs';
import { sequenceSlips } from '../../../server/src/core/analysis/sequence';
import { toSuperscript } from '../../../server/src/core/parse/numerals';

describe('linear scans give what the slower scans gave', () => {
  it('symbols inside URLs are skipped: "<…://…>" from the first "<" of a run, http(s):// and www. to the next blank', () => {
    const line = '1. See <<<a://A/1> and A/2, <A/3 <b, A/75/1 (https://undocs.org/A/75/1) and A/75/2 (www.un.org/A/75/3) A/75/4 <://A/6> <a://b> <A/7>.\n';
    assert.deepStrictEqual(
      parseDocument(line).symbols.map((s) => s.text),
      // <A/7> follows a URL: the "://" found for it is behind it.
      ['A/2', 'A/3', 'A/75/1', 'A/75/2', 'A/75/4', 'A/7'],
    );
  });

  it('abbreviations: a failed match of the initials is remembered per word and letter, not per their sum', () => {
    const line = '1. The United Internet oxo to on (UIO), the United Nations Conference on Trade and Development (UNCTAD) and the of of of of of of of of of of of of (Xooooooooo) met.\n';
    assert.deepStrictEqual(
      parseDocument(line).abbreviations.map((a) => [a.short, a.full]),
      [
        ['UIO', 'United Internet oxo to on'],
        ['UNCTAD', 'United Nations Conference on Trade and Development'],
      ],
    );
  });

  it('Chinese chains: a start inside a long run of digits is still tried where four digits remain', () => {
    const line = '1. 见第 ' + '1'.repeat(50) + '/1 号决议。\n';
    assert.deepStrictEqual(
      parseDocument(line).resolutions.map((r) => [r.number, r.range.start.character]),
      [['1111/1', 52]],
    );
  });

  it('sequence slips: a jump of more than 32 looks up the least number above the last in order', () => {
    // 40 comes later, so 60, 61 and 62 are out of order; then 40 leaves a gap from 4.
    assert.deepStrictEqual(sequenceSlips([1, 2, 3, 60, 61, 62, 40, 41]), [
      { kind: 'order', index: 3, expected: 4 },
      { kind: 'order', index: 4, expected: 4 },
      { kind: 'order', index: 5, expected: 4 },
      { kind: 'gap', index: 6, missing: [4, 39], previous: 3 },
    ]);
    // Nothing between 3 and 60 comes later: a gap.
    assert.deepStrictEqual(sequenceSlips([1, 2, 3, 60, 61, 62, 63]), [{ kind: 'gap', index: 3, missing: [4, 59], previous: 3 }]);
    // A descending tail: only its last number leaves a gap.
    assert.deepStrictEqual(sequenceSlips([1, 2, 3, 40, 39, 38, 37]), [
      { kind: 'order', index: 3, expected: 4 },
      { kind: 'order', index: 4, expected: 4 },
      { kind: 'order', index: 5, expected: 4 },
      { kind: 'gap', index: 6, missing: [4, 36], previous: 3 },
    ]);
  });

  it('sequence slips: numbers beyond 2^53, where adding one changes nothing, end (a walk of the range or of what follows never would)', () => {
    assert.deepStrictEqual(sequenceSlips([1, 2 ** 53 - 1, 2 ** 53 + 6]), [
      { kind: 'gap', index: 1, missing: [2, 2 ** 53 - 2], previous: 1 },
      { kind: 'gap', index: 2, missing: [2 ** 53, 2 ** 53 + 4], previous: 2 ** 53 - 1 },
    ]);
    assert.deepStrictEqual(sequenceSlips([1, Infinity, Infinity]), [{ kind: 'gap', index: 1, missing: [2, Infinity], previous: 1 }]);
  });

  it('a cross-reference to a number used twice means the nearest paragraph in its direction, not its own', () => {
    const text = ['1. First.', '', '1. See para. 1 above and para. 1 below.', '', '1. Last.', ''].join('\n');
    const model = parseDocument(text);
    const targets = model.crossReferences.map((ref) => paragraphReferredTo(model, ref, 1));
    assert.deepStrictEqual(targets.map((p) => p?.firstLine), [0, 4]);
    // The model's own objects, as the editor's requests compare them.
    assert.ok(targets.every((p) => p !== undefined && model.paragraphs.includes(p)));
  });
  it('the footnote text covering a line: the walk on from the last answer finds what a search of every text finds, in any order of questions', () => {
    // Texts of one to three lines, with lines between some of them, after 40 lines of body.
    const lines = ['1. Body with a marker.¹'];
    for (let i = 0; i < 40; i++) lines.push(`${i + 2}. More body.`);
    lines.push('');
    for (let n = 1; n <= 60; n++) {
      lines.push(`${toSuperscript(n)} Footnote ${n}.`);
      for (let k = 0; k < n % 3; k++) lines.push(`   continued ${k}.`);
      if (n % 4 === 0) lines.push('');
    }
    const doc = parseDocument(lines.join('\n') + '\n', { language: 'en' });
    assert.ok(doc.footnoteTexts.length >= 60, `${doc.footnoteTexts.length} footnote texts`);
    const expected = (line: number) => doc.footnoteTexts.find((t) => t.line <= line && line <= t.lastLine)?.number;
    const analysis = footnoteAnalysis(doc);
    const all = Array.from({ length: doc.lineCount + 2 }, (_, i) => i - 1);
    const orders = [all, [...all].reverse(), all.filter((_, i) => i % 11 === 0), all.map((_, i) => all[(i * 37) % all.length])];
    for (const order of orders) for (const line of order) assert.strictEqual(analysis.textAtLine(line)?.number, expected(line), `line ${line}`);
  });
});
