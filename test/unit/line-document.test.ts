// The server holds open documents as lines (server/src/lsp/line-document.ts). Under any changes a
// client sends, it must hold the text vscode-languageserver-textdocument would hold, split as the
// core splits it; and a change must keep the strings of the lines it does not touch.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
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


/** How a batch of changes sent in one didChange is laid out (each change's range is in the document the change before it left). */
type Order = 'descending' | 'ascending' | 'random' | 'same position' | 'each in the last';
/** A position anywhere in the document (fc.double favours the ends: these fractions spread over every line). */
const spreadArb = fc.record({ line: fc.nat(999).map((n) => n / 1000), character: fc.oneof(fc.constant(0), fc.nat(6)) });
const orderArb = fc.constantFrom<Order>('descending', 'ascending', 'random', 'same position', 'each in the last');
const batchArb = fc.record({
  order: orderArb,
  specs: fc.array(fc.record({ range: fc.record({ start: spreadArb, end: spreadArb }), text: textArb }), { minLength: 2, maxLength: 12 }),
  full: fc.option(fc.record({ at: fc.nat(12), text: textArb }), { freq: 8 }),
});
type Change = { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/**
 * One didChange's changes for the document `text`, laid out in `order`. descending: a multi-cursor
 * edit as VS Code sends it (the last in the document first, none overlapping); ascending: the first
 * first, each range moved by what the changes before it put in; random: lines of the document
 * before the batch, in any order (they may overlap); same position: insertions at one place; each in
 * the last: each range placed in the document the changes before it left (often inside their text).
 */
function batch(text: string, order: Order, specs: Spec[]): Change[] {
  const current = () => TextDocument.create('u', 'unreport', 0, text);
  const doc = current();
  const resolved = specs.map((spec) => resolve(doc.lineCount, spec) as Required<Change>);
  if (order === 'random') {
    // Lines kept inside the document as the changes before left it (TextDocument mishandles lines past its end).
    let d = current();
    return resolved.map((change) => {
      const inside = (p: { line: number; character: number }) => ({ line: Math.min(p.line, d.lineCount - 1), character: p.character });
      const c = { range: { start: inside(change.range.start), end: inside(change.range.end) }, text: change.text };
      d = TextDocument.update(d, [c], 0);
      return c;
    });
  }
  if (order === 'same position') return resolved.map((c) => ({ range: { start: resolved[0].range.start, end: resolved[0].range.start }, text: c.text }));
  if (order === 'each in the last') {
    let d = current();
    return specs.map((spec) => {
      const change = resolve(d.lineCount, spec);
      d = TextDocument.update(d, [change], 0);
      return change;
    });
  }
  // Offsets in the document before the batch, as non-overlapping ranges sorted from the first.
  const spans = resolved
    .map((c) => {
      const a = doc.offsetAt(c.range.start);
      const b = doc.offsetAt(c.range.end);
      return { a: Math.min(a, b), b: Math.max(a, b), text: c.text };
    })
    .sort((x, y) => x.a - y.a || x.b - y.b);
  for (let i = 1; i < spans.length; i++) {
    spans[i].a = Math.max(spans[i].a, spans[i - 1].b);
    spans[i].b = Math.max(spans[i].b, spans[i].a);
  }
  if (order === 'descending') return spans.reverse().map((s) => ({ range: { start: doc.positionAt(s.a), end: doc.positionAt(s.b) }, text: s.text }));
  let d = current();
  let shift = 0;
  return spans.map((s) => {
    const change = { range: { start: d.positionAt(s.a + shift), end: d.positionAt(s.b + shift) }, text: s.text };
    shift += s.text.length - (s.b - s.a);
    d = TextDocument.update(d, [change], 0);
    return change;
  });
}

/** What a LineDocument holds, its private fields included. */
function held(d: LineDocument) {
  const x = d as unknown as { held?: string[]; breaks: string[] | string; bom: boolean; text?: string };
  return { held: x.held, breaks: x.held ? x.breaks : undefined, bom: x.held ? x.bom : undefined, text: x.text, version: d.version, lineCount: d.lineCount };
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


      it('applies many changes sent in one didChange as they are applied one by one, in any order (3,000 cases)', () => {
        const bomArb = fc.constantFrom('', '', '\ufeff', '\ufeff\r', '\n');
        // Documents of many short lines with mixed breaks too, so that a batch's changes lie lines apart.
        const linesArb = fc.array(fc.tuple(fc.constantFrom('', 'a', 'bc d', '段', '\ufeff'), fc.constantFrom('\n', '\n', '\r', '\r\n')), { maxLength: 40 }).map((l) => l.flat().join(''));
        fc.assert(
          fc.property(bomArb, fc.oneof(textArb, linesArb), fc.array(batchArb, { minLength: 1, maxLength: 3 }), insideArb, insideArb, (lead, body, batches, a, b) => {
            const text = lead + body;
            let reference = TextDocument.create('file:///d.unr', 'unreport', 1, text);
            let document = LineDocument.create('file:///d.unr', 'unreport', 1, text, holding);
            let oneByOne = document;
            for (const [k, { order, specs, full }] of batches.entries()) {
              const changes: Change[] = batch(reference.getText(), order, specs);
              // Now and then a change of the whole text among them: first (the text it was, so that the
              // ranges after it stay inside the document, as TextDocument needs) or last (any text).
              if (full && full.at % 2 === 0) changes.unshift({ text: reference.getText() });
              else if (full) changes.push({ text: full.text });
              const version = k + 2;
              document = LineDocument.update(document, changes as TextDocumentContentChangeEvent[], version);
              reference = TextDocument.update(reference, changes as TextDocumentContentChangeEvent[], version);
              for (const change of changes) oneByOne = LineDocument.update(oneByOne, [change as TextDocumentContentChangeEvent], version);
              assert.strictEqual(document.getText(), reference.getText());
              assert.deepStrictEqual(document.lines, splitLines(reference.getText()).lines);
              assert.strictEqual(document.version, version);
              const range = resolve(reference.lineCount, { range: { start: a, end: b }, text: '' }).range!;
              assert.strictEqual(document.getText(range), reference.getText(range));
              // The same lines, breaks (one string or each line's) and BOM as the changes applied one by one.
              if (holding === 'lines') assert.deepStrictEqual(held(document), held(oneByOne));
              else assert.strictEqual(document.getText(), oneByOne.getText());
            }
          }),
          { seed: 20261124, numRuns: 3000 },
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
            // All in one didChange: as one by one.
            const batched = LineDocument.update(LineDocument.create('file:///d.unr', 'unreport', 1, text, holding), changes, 2);
            if (holding === 'lines') assert.deepStrictEqual(held(batched), held(document));
            else assert.strictEqual(batched.getText(), document.getText());
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


  it('applies a multi-cursor edit to many lines in one didChange, from the last line or from the first, with uniform or mixed breaks', () => {
    for (const mixed of [false, true]) {
      const n = 1000;
      let text = '\ufeff';
      for (let i = 0; i < n; i++) text += `line ${i} ` + (i === n - 1 ? '' : mixed && i % 3 === 1 ? '\r\n' : mixed && i % 3 === 2 ? '\r' : '\n');
      const at = (line: number, character: number) => ({ line, character });
      // Each batch for a document of m lines.
      const batches: ((m: number) => TextDocumentContentChangeEvent[])[] = [
        // Descending, as VS Code sends a multi-cursor edit; line 0's change at offset 0 meets the BOM.
        (m) => Array.from({ length: m }, (_, k) => ({ range: { start: at(m - 1 - k, 0), end: at(m - 1 - k, 0) }, text: '> ' })),
        // Ascending, each line split in two (the earlier changes moved the later lines down).
        (m) => Array.from({ length: m }, (_, k) => ({ range: { start: at(2 * k, 4), end: at(2 * k, 5) }, text: k % 2 ? '\r\n' : '\n' })),
        // Every third line, from the first and from the last (the lines between move across the gap).
        (m) => Array.from({ length: Math.floor(m / 3) }, (_, k) => ({ range: { start: at(3 * k + 1, 2), end: at(3 * k + 1, 3) }, text: k % 4 ? 'x' : '' })),
        (m) => Array.from({ length: Math.floor(m / 3) }, (_, k) => ({ range: { start: at(m - 1 - 3 * k, 1), end: at(m - 1 - 3 * k, 1) }, text: k % 5 ? 'y' : '\r' })),
        // A "\r" at each line's end (before a "\n" it makes one break with), then every line joined to the next, from the last.
        (m) => Array.from({ length: m - 1 }, (_, k) => ({ range: { start: at(k, 100), end: at(k, 100) }, text: '\r' })),
        (m) => Array.from({ length: m - 1 }, (_, k) => ({ range: { start: at(m - 2 - k, 100), end: at(m - 1 - k, 0) }, text: ' ' })),
      ];
      let reference = TextDocument.create('u', 'unreport', 1, text);
      let document = LineDocument.create('u', 'unreport', 1, text);
      let oneByOne = document;
      for (const [k, make] of batches.entries()) {
        const changes = make(document.lineCount);
        const earlier = document;
        const earlierLines = earlier.lines.slice();
        const earlierText = earlier.getText();
        document = LineDocument.update(document, changes, k + 2);
        reference = TextDocument.update(reference, changes, k + 2);
        for (const change of changes) oneByOne = LineDocument.update(oneByOne, [change], k + 2);
        assert.strictEqual(document.getText(), reference.getText());
        assert.deepStrictEqual(held(document), held(oneByOne));
        // The document before the changes stays as it was.
        assert.deepStrictEqual([earlier.lines, earlier.getText()], [earlierLines, earlierText]);
      }
      assert.strictEqual(document.lineCount, 1);
    }
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
