// "Fix all" (service/fix-all.ts): every fix the findings offer, in one step, for the editor's
// source.fixAll action and the command line's `check --fix`.
import * as assert from 'assert';
import { checkText, type Config } from '../../server/src/core';
import { applyEdits, lineEdits } from '../../server/src/core/fix/edits';
import { asksForFixAll, fixAll, fixAllAction, SOURCE_FIX_ALL } from '../../server/src/service';

const DRAFT = `Introduction

1. The first paragraph cites a source.² It cites another.¹ See para. 5 below.

I. Action lines

(c) Access to information and knowledge (C3)

2. Libraries opened.

(d) Capacity building (C5)

3. Training grew, as joint report A/75/62-E/2020/11 and report A/76/64—E/2021/11 show.

5. The last paragraph.

¹ First source.
² Second source.
`;

/** Each fix, as the text it changes. */
const FIXED = DRAFT.replace('source.² It cites another.¹ See para. 5', 'source.¹ It cites another.² See para. 4')
  .replace('(C5)', '(C4)')
  .replace('A/75/62-E/2020/11', 'A/75/62–E/2020/11')
  .replace('A/76/64—E/2021/11', 'A/76/64–E/2021/11')
  .replace('\n5. The last', '\n4. The last')
  .replace('¹ First source.\n² Second source.', '² First source.\n¹ Second source.');

const FIXABLE = ['paragraph-number-gap', 'footnote-order', 'action-line-title-mismatch', 'symbol-joint-dash'];

const checker = (config: Config = {}) => (text: string) => checkText(text, { config, today: '2025-06-01' });
const codes = (text: string, config: Config = {}) => checker(config)(text).findings.map((f) => f.code);

describe('fix all', () => {
  it('renumbers paragraphs and footnotes, fixes the action-line code and both joint dashes', () => {
    for (const code of FIXABLE) assert.ok(codes(DRAFT).includes(code), `the draft has a ${code} finding`);
    const fixed = fixAll(DRAFT, checker());
    assert.strictEqual(fixed, FIXED);
    assert.deepStrictEqual(codes(fixed).filter((c) => FIXABLE.includes(c)), []);
  });

  it('changes nothing the second time, nor in a draft with nothing to fix', () => {
    assert.strictEqual(fixAll(FIXED, checker()), FIXED);
    const clean = 'Introduction\n\n1. One.¹\n\n2. Two.\n\n¹ Source.\n';
    assert.strictEqual(fixAll(clean, checker()), clean);
  });

  it('leaves alone what a rule turned off would have reported', () => {
    const config: Config = { rules: { 'symbol-joint-dash': 'off', 'paragraph-number-gap': false } };
    const fixed = fixAll(DRAFT, checker(config));
    assert.match(fixed, /A\/75\/62-E\/2020\/11/);
    assert.match(fixed, /\n5\. The last paragraph\./);
    assert.match(fixed, /\(d\) Capacity building \(C4\)/);
    assert.match(fixed, /source\.¹ It cites another\.²/);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\ufeff' + DRAFT.replace(/\n/g, '\r\n');
    assert.strictEqual(fixAll(crlf, checker()), '\ufeff' + FIXED.replace(/\n/g, '\r\n'));
  });

  it('as a code action: one edit per changed line, trimmed to what changed, giving the same text', () => {
    const [action] = fixAllAction(DRAFT, checker());
    assert.strictEqual(action.kind, SOURCE_FIX_ALL);
    assert.strictEqual(applyEdits(DRAFT, action.edits), FIXED);
    const changedLines = DRAFT.split('\n').filter((line, i) => line !== FIXED.split('\n')[i]).length;
    assert.strictEqual(action.edits.length, changedLines);
    const line = DRAFT.split('\n')[12];
    const dash = action.edits.find((e) => e.range.start.line === 12)!;
    assert.deepStrictEqual(dash.range, { start: { line: 12, character: line.indexOf('-E/') }, end: { line: 12, character: line.indexOf('—E/') + 1 } });
    assert.strictEqual(dash.newText, '–E/2020/11 and report A/76/64–');
    assert.deepStrictEqual(fixAllAction(FIXED, checker()), []);
  });

  it('is offered only when the request asks for its kind', () => {
    assert.strictEqual(asksForFixAll(undefined), false);
    assert.strictEqual(asksForFixAll([]), false);
    assert.strictEqual(asksForFixAll(['quickfix']), false);
    assert.strictEqual(asksForFixAll(['source.fixAll.eslint']), false);
    assert.strictEqual(asksForFixAll(['source.organizeImports']), false);
    for (const kind of ['source', 'source.fixAll', 'source.fixAll.unreport']) assert.strictEqual(asksForFixAll([kind]), true, kind);
  });
});

describe('lineEdits', () => {
  it('gives no edit for equal texts, and one per changed line otherwise', () => {
    assert.deepStrictEqual(lineEdits('a\nb', 'a\nb'), []);
    assert.deepStrictEqual(lineEdits('see para. 9 below\nx', 'see para. 10 below\nx'), [
      { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } }, newText: '10' },
    ]);
  });

  it('replaces every line when the line count differs', () => {
    const edits = lineEdits('a\r\nb', 'a\nb\nc');
    assert.deepStrictEqual(edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 1 } }, newText: 'a\nb\nc' }]);
    assert.strictEqual(applyEdits('a\r\nb', edits), 'a\nb\nc');
  });

  it('counts positions without the BOM, and never cuts a surrogate pair', () => {
    assert.deepStrictEqual(lineEdits('\ufeffx1', '\ufeffx2')[0].range.start, { line: 0, character: 1 });
    const [edit] = lineEdits('a\u{1F600}b', 'a\u{1F601}b');
    assert.deepStrictEqual([edit.range.start.character, edit.range.end.character, edit.newText], [1, 3, '\u{1F601}']);
    assert.strictEqual(applyEdits('a\u{1F600}b', [edit]), 'a\u{1F601}b');
  });
});
