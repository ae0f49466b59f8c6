// The server keeps each open document's lines change by change (server/src/lsp/document-lines.ts):
// after any sequence of changes they must be exactly what splitting the whole text gives.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { splitLines } from '../../server/src/core/text';
import { DocumentLines, replaceLines } from '../../server/src/lsp/document-lines';

const piece = fc.constantFrom('a', 'bc', ' ', '1. ', '\n', '\r', '\r\n', '\ufeff', '😀', '\ud83d', '¹', '段');
const textArb = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
/** A position anywhere, even outside the document (as a faulty client could send). */
const positionArb = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
/** A position inside the document: `line` is a fraction of its line count. */
const insideArb = fc.record({ line: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), character: fc.oneof(fc.constant(0), fc.nat(14)), inside: fc.constant(true) });
type ChangeSpec = { range?: { start: { line: number; character: number; inside?: boolean }; end: { line: number; character: number; inside?: boolean } }; text: string };
const changeArb: fc.Arbitrary<ChangeSpec> = fc.oneof(
  { arbitrary: fc.record({ range: fc.record({ start: insideArb, end: insideArb }), text: textArb }), weight: 16 },
  { arbitrary: fc.record({ range: fc.record({ start: positionArb, end: positionArb }), text: textArb }), weight: 1 },
  { arbitrary: fc.record({ text: textArb }), weight: 1 },
);

function resolve(document: TextDocument, spec: ChangeSpec) {
  if (!spec.range) return { text: spec.text };
  const at = (p: { line: number; character: number; inside?: boolean }) => (p.inside ? { line: Math.floor(p.line * document.lineCount), character: p.character } : p);
  return { range: { start: at(spec.range.start), end: at(spec.range.end) }, text: spec.text };
}

describe('document lines kept change by change', () => {
  it('equal the split of the whole text after any changes (2,000 cases)', () => {
    fc.assert(
      fc.property(textArb, fc.array(fc.array(changeArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (text, events) => {
        const kept = new DocumentLines();
        let document = TextDocument.create('file:///d.unr', 'unreport', 1, text);
        assert.deepStrictEqual(kept.of(document), splitLines(text).lines);
        for (const [k, changes] of events.entries()) {
          document = kept.update(document, changes.map((c) => resolve(document, c)), k + 2);
          assert.deepStrictEqual(kept.of(document), splitLines(document.getText()).lines);
        }
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('take the quick way for every change inside the document without a carriage return (2,000 cases)', () => {
    const lfPiece = fc.constantFrom('a', 'bc', ' ', '1. ', '\n', '\n\n', '\ufeff', '😀', '¹', '段');
    const lfText = fc.array(lfPiece, { maxLength: 40 }).map((p) => p.join(''));
    const where = fc.record({ line: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), character: fc.nat(14) });
    fc.assert(
      fc.property(lfText, fc.array(fc.record({ start: where, end: where, text: lfText }), { minLength: 1, maxLength: 6 }), (text, edits) => {
        let document = TextDocument.create('file:///d.unr', 'unreport', 1, text);
        let lines = splitLines(text).lines;
        for (const [k, e] of edits.entries()) {
          const at = (w: { line: number; character: number }) => ({ line: Math.floor(w.line * document.lineCount), character: w.character });
          const change = { range: { start: at(e.start), end: at(e.end) }, text: e.text };
          const after = replaceLines(document, lines, change);
          document = TextDocument.update(document, [change], k + 2);
          assert.ok(after, 'the quick way gave up');
          assert.deepStrictEqual(after, splitLines(document.getText()).lines);
          lines = after;
        }
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('keeps the untouched lines as the same strings, and splits only what a keystroke touched', () => {
    const document = TextDocument.create('file:///d.unr', 'unreport', 1, 'one\ntwo\nthree\nfour');
    const lines = splitLines(document.getText()).lines;
    const after = replaceLines(document, lines, { range: { start: { line: 1, character: 1 }, end: { line: 2, character: 2 } }, text: 'X\nY' });
    assert.deepStrictEqual(after, ['one', 'tX', 'Yree', 'four']);
    assert.strictEqual(after![0], lines[0]);
    assert.strictEqual(after![3], lines[3]);
  });

  it('gives up (and the caller splits the whole text) where a change could join "\\r" and "\\n"', () => {
    const lf = TextDocument.create('file:///d.unr', 'unreport', 1, 'one\ntwo');
    assert.strictEqual(replaceLines(lf, ['one', 'two'], { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '\r' }), undefined);
    const cr = TextDocument.create('file:///d.unr', 'unreport', 1, 'one\rtwo');
    assert.strictEqual(replaceLines(cr, ['one', 'two'], { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nx' }), undefined);
  });
});
