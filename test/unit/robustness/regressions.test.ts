// Minimal reproductions of the bugs the robustness tests found in the core (issue #6), each
// kept as a plain example so it stays fixed whatever the generators happen to draw.
import * as assert from 'assert';
import { decodeDraft } from '../../../server/src/node/read-draft';
import { assertInvariants, check, renumber } from './support';

describe('robustness: regressions found by the property tests', () => {
  it('an action-line code written with a leading zero ("(C01)") does not crash action-line-title-mismatch', () => {
    for (const text of ['(a) Media (C01)\n', '(a) 媒体(C09)\n']) {
      assertInvariants(text);
    }
    const { findings } = check('(a) Media (C01)\n');
    assert.deepStrictEqual(
      findings.map((f) => f.code),
      ['action-line-title-mismatch'],
    );
  });

  it('many far-apart footnote numbers do not make footnote analysis walk every number in between (was minutes)', function () {
    // 600 caret markers counting down from 999999: each slip used to walk ~10^6 numbers.
    // Guarded by the mocha timeout only (this took about 40 s before the fix, milliseconds after).
    this.timeout(10000);
    const markers = Array.from({ length: 600 }, (_, i) => `word[^${999999 - i}]`).join(' ');
    const { findings } = check(`1. ${markers}\n`);
    assert.strictEqual(findings.filter((f) => f.code === 'footnote-missing-text').length, 600);
  });

  it('a run of 18 or more superscript digits does not hang the check (its value passed 2^53, so n + 1 === n)', function () {
    this.timeout(10000);
    // Marker in running text: sequenceSlips' advance() looped forever.
    assertInvariants('1. Text¹ and more⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹⁹.\n\n¹ Note.\n');
    // Footnote text at the start of a line: findBareCitations looped forever.
    assertInvariants('1. Text.\n\n¹⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰ Note.\n');
    // Superscript runs take at most 6 digits, like [^n], <sup>n</sup> and $^n$.
    const { model } = check('1. Text⁹⁹⁹⁹⁹⁹ and⁹⁹⁹⁹⁹⁹⁹.\n\n⁹⁹⁹⁹⁹⁹ Note.\n\n⁹⁹⁹⁹⁹⁹⁹ Not a note.\n');
    assert.deepStrictEqual(model.footnoteMarkers.map((m) => m.number), [999999]);
    assert.deepStrictEqual(model.footnoteTexts.map((t) => t.number), [999999]);
  });

  it('two footnote texts with the same uncited number yield one bare citation, and renumbering does not throw "overlapping edits"', () => {
    const text = '1. A² and 3 b⁴.\n\n² x\n\n³ y\n\n³ z\n\n⁴ w\n';
    assertInvariants(text);
    const { model, findings } = check(text);
    assert.strictEqual(model.bareFootnoteCitations.length, 1);
    assert.strictEqual(findings.filter((f) => f.code === 'footnote-bare-number').length, 1);
    assert.strictEqual(renumber(text).text, '1. A¹ and 2 b³.\n\n¹ x\n\n² y\n\n² z\n\n³ w\n');
  });

  it('a numbered line after a line ending in a full stop and a footnote marker starts a paragraph (it was swallowed as wrapped text, hiding the duplicate)', () => {
    const text = '1. Access grew.¹\n1. Prices fell.\n\n¹ ITU.\n';
    const { model, findings } = check(text);
    assert.deepStrictEqual(model.paragraphs.map((p) => p.number), [1, 1]);
    assert.deepStrictEqual(findings.map((f) => `${f.range.start.line + 1} ${f.code}`), ['2 paragraph-number-duplicate']);
    // Renumbering then gives 1, 2, and a second run changes nothing.
    const once = renumber(text);
    assert.strictEqual(once.text, '1. Access grew.¹\n2. Prices fell.\n\n¹ ITU.\n');
    assert.strictEqual(renumber(once.text).edits, 0);
  });

  it('footnote markers inside a Markdown code fence are not counted ([^9], ¹²³ and <sup>5</sup> in ``` and ~~~ blocks)', () => {
    const text = '1. Access grew.[^1]\n\n```text\n7. Code.[^9]\n¹²³ not a footnote\n```\n\n~~~\n40. Nor this.<sup>5</sup>\n~~~\n\n2. Prices fell.\n\n[^1]: ITU.\n';
    const { model, findings } = check(text);
    assert.deepStrictEqual(model.footnoteMarkers.map((m) => m.number), [1]);
    assert.deepStrictEqual(findings, []);
    // Renumbering leaves the fenced numbers alone too.
    assert.strictEqual(renumber(text.replace('[^1]', '[^4]').replace('[^1]:', '[^4]:')).text, text);
  });

  it('decodeDraft names the first byte of an overlong form, an encoded surrogate or a code point past U+10FFFF (it named the end of the file)', () => {
    const offset = (bytes: number[]) => {
      const read = decodeDraft(Uint8Array.from(bytes));
      return read.ok ? -1 : Number(/offset (\d+)/.exec(read.reason)?.[1]);
    };
    assert.strictEqual(offset([0x41, 0xc0, 0xaf, 0x41]), 1); // overlong "/"
    assert.strictEqual(offset([0x41, 0xed, 0xa0, 0x80, 0x41]), 1); // U+D800 as bytes
    assert.strictEqual(offset([0x41, 0xf4, 0x90, 0x80, 0x80]), 1); // U+110000
    assert.strictEqual(offset([0x41, 0xe0, 0x80, 0xaf]), 1); // overlong 3-byte form
    assert.strictEqual(offset([0x41, 0xe4, 0xb8]), 1); // truncated at the end
  });
});
