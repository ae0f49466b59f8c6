// The server holds open documents as lines (server/src/lsp/line-document.ts). Under any changes a
// client sends, it must hold the text vscode-languageserver-textdocument would hold, split as the
// core splits it; and a change must keep the strings of the lines it does not touch.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines } from '../../server/src/core/text';
import { HOLD_AS_TEXT_OVER_LINES, LineDocument } from '../../server/src/lsp/line-document';

const piece = fc.constantFrom('a', 'bc', ' ', '1. ', '\n', '\r', '\r\n', '\n\n', '\ufeff', '😀', '\ud83d', '¹', '段');
const textArb = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** A position inside the document (line: a fraction of the line count), as clients send them. */
const insideArb = fc.record({ line: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), character: fc.oneof(fc.constant(0), fc.nat(14)) });
type Spec = { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
const changeArb: fc.Arbitrary<Spec> = fc.oneof(
  { arbitrary: fc.record({ range: fc.record({ start: insideArb, end: insideArb }), text: textArb }), weight: 12 },
  { arbitrary: fc.record({ text: textArb }), weight: 1 },
);

function resolve(lineCount: number, spec: Spec) {
  if (!spec.range) return { text: spec.text };
  const at = (p: { line: number; character: number }) => ({ line: Math.floor(p.line * lineCount), character: p.character });
  return { range: { start: at(spec.range.start), end: at(spec.range.end) }, text: spec.text };
}

describe('LineDocument: open documents held as lines', () => {
  // Documents of more than HOLD_AS_TEXT_OVER_LINES lines are held as their text: both holdings must behave alike.
  for (const holding of ['lines', 'text'] as const) {
    describe(`held as ${holding}`, () => {
      it('holds what TextDocument holds, split as the core splits it, after any changes inside the document (3,000 cases)', () => {
        fc.assert(
          fc.property(textArb, fc.array(fc.array(changeArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), insideArb, insideArb, (text, events, a, b) => {
            let reference = TextDocument.create('file:///d.unr', 'unreport', 1, text);
            let document = LineDocument.create('file:///d.unr', 'unreport', 1, text, holding);
            assert.deepStrictEqual(document.lines, splitLines(text).lines);
            for (const [k, specs] of events.entries()) {
              // Each change is placed in the document as it stands after the changes before it.
              for (const spec of specs) {
                const change = resolve(reference.lineCount, spec);
                reference = TextDocument.update(reference, [change], k + 2);
                document = LineDocument.update(document, [change], k + 2);
              }
              assert.strictEqual(document.getText(), reference.getText());
              assert.deepStrictEqual(document.lines, splitLines(reference.getText()).lines);
              assert.strictEqual(document.version, k + 2);
              const range = resolve(reference.lineCount, { range: { start: a, end: b }, text: '' }).range!;
              assert.strictEqual(document.getText(range), reference.getText(range));
            }
          }),
          { seed: 20261123, numRuns: 3000 },
        );
      });

      it('brings positions outside the document to its edges, and stays split as the core splits it', () => {
        const outside = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 20 }) });
        fc.assert(
          fc.property(textArb, fc.array(fc.record({ range: fc.record({ start: outside, end: outside }), text: textArb }), { minLength: 1, maxLength: 5 }), (text, changes) => {
            let document = LineDocument.create('file:///d.unr', 'unreport', 1, text, holding);
            for (const change of changes) {
              document = LineDocument.update(document, [change], 2);
              assert.deepStrictEqual(document.lines, splitLines(document.getText()).lines);
            }
          }),
          { seed: 20261123, numRuns: 1000 },
        );
        const d = LineDocument.update(LineDocument.create('u', 'unreport', 1, 'ab\ncd', holding), [{ range: { start: { line: 9, character: 0 }, end: { line: -1, character: 5 } }, text: 'X' }], 2);
        assert.strictEqual(d.getText(), 'X');
      });

      it('survives malformed changes from a faulty client (no range positions, NaN, fractions, no text)', () => {
        const malformed = [
          { range: { start: { line: NaN, character: 1 }, end: { line: 0, character: Infinity } }, text: 'A' },
          { range: { start: { line: 0.5, character: 1.7 }, end: { line: 1.2, character: -3 } }, text: 'B' },
          { range: { start: undefined, end: undefined }, text: 'C' },
          { range: undefined, text: 'full text\nagain' },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: undefined },
        ] as unknown as Parameters<typeof LineDocument.update>[1];
        let d = LineDocument.create('u', 'unreport', 1, 'ab\ncd', holding);
        for (const change of malformed) {
          d = LineDocument.update(d, [change], 2);
          assert.deepStrictEqual(d.lines, splitLines(d.getText()).lines);
        }
        assert.strictEqual(d.getText(), 'full text\nagain');
      });

    });
  }

  it('keeps the untouched lines as the same strings, and the earlier document as it was', () => {
    const before = LineDocument.create('u', 'unreport', 1, 'one\ntwo\nthree\nfour');
    const after = LineDocument.update(before, [{ range: { start: { line: 1, character: 1 }, end: { line: 2, character: 2 } }, text: 'X\nY' }], 2);
    assert.deepStrictEqual(after.lines, ['one', 'tX', 'Yree', 'four']);
    assert.strictEqual(after.lines[0], before.lines[0]);
    assert.strictEqual(after.lines[3], before.lines[3]);
    assert.deepStrictEqual(before.lines, ['one', 'two', 'three', 'four']);
    assert.strictEqual(before.version, 1);
  });

  it('joins "\\r" and "\\n" into one break across a change\'s edges, and keeps a BOM out of line 0', () => {
    const cr = LineDocument.update(LineDocument.create('u', 'unreport', 1, 'one\rtwo'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nx' }], 2);
    assert.deepStrictEqual([cr.lines, cr.getText()], [['one', 'xtwo'], 'one\r\nxtwo']);
    const lf = LineDocument.update(LineDocument.create('u', 'unreport', 1, 'one\ntwo'), [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '\r' }], 2);
    assert.deepStrictEqual([lf.lines, lf.getText()], [['one', 'two'], 'one\r\ntwo']);
    // A line emptied between a "\r" and a "\n": they are one break, and the line is gone.
    const emptied = LineDocument.update(LineDocument.create('u', 'unreport', 1, 'a\rb\nc'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
    assert.deepStrictEqual([emptied.lines, emptied.getText()], [['a', 'c'], 'a\r\nc']);
    const bom = LineDocument.update(LineDocument.create('u', 'unreport', 1, '\ufeffone'), [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'X' }], 2);
    assert.deepStrictEqual([bom.lines, bom.getText()], [['Xone'], '\ufeffXone']);
  });

  it('holds a document of more than HOLD_AS_TEXT_OVER_LINES lines as its text, and several changes at once alike', () => {
    const big = 'x\n'.repeat(HOLD_AS_TEXT_OVER_LINES);
    const d = LineDocument.create('u', 'unreport', 1, big);
    assert.strictEqual(d.text, big);
    assert.strictEqual(d.lineCount, HOLD_AS_TEXT_OVER_LINES + 1);
    assert.strictEqual(LineDocument.create('u', 'unreport', 1, 'x\n'.repeat(HOLD_AS_TEXT_OVER_LINES - 1)).text, undefined);
    const at = (line: number, character: number) => ({ line, character });
    const changes = [
      { range: { start: at(1, 0), end: at(1, 1) }, text: 'A\r' },
      { range: { start: at(2, 0), end: at(2, 0) }, text: '\nB' },
      { range: { start: at(0, 1), end: at(0, 1) }, text: 'C' },
    ];
    const several = LineDocument.update(LineDocument.create('u', 'unreport', 1, 'ab\ncd\nef', 'text'), changes, 2);
    let reference = TextDocument.create('u', 'unreport', 1, 'ab\ncd\nef');
    for (const change of changes) reference = TextDocument.update(reference, [change], 2);
    assert.strictEqual(several.text, reference.getText());
    assert.deepStrictEqual(several.lines, splitLines(reference.getText()).lines);
  });
});
