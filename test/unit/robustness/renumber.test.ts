// Issue #6: renumbering is safe. For any generated draft, renumbering paragraphs and then
// footnotes (re-parsing between, as the command line does) changes only numbers and markers,
// leaves no numbering finding behind, and is idempotent.
//
// Known limitation (see the last describe block): the property cannot hold when the new numbers
// make the parser read a line differently, because the notation itself is ambiguous. Five such
// readings exist, each pinned below with its minimal case; the property test recognises them,
// counts them, and fails on any other change of reading.
import * as assert from 'assert';
import fc from 'fast-check';
import { parseDocument, type DocumentModel } from '../../../server/src/core';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { renumberParagraphs } from '../../../server/src/core/fix/renumber';
import {
  check,
  corpusSources,
  counts,
  draftArb,
  fcParams,
  fixtureSources,
  mutate,
  mutationArb,
  renumber,
  runs,
  SEED,
  structureOf,
  withoutDigits,
} from './support';

const NUMBERING_CODES = ['paragraph-number-gap', 'paragraph-number-duplicate', 'paragraph-number-order', 'footnote-number-gap', 'footnote-order'];
const GENERATED = runs(300);
const MUTANTS = runs(200);

type Reading = 'same' | 'heading-like line' | 'far number' | 'wrapped number' | 'unit exponent' | 'bare number line';
const AMBIGUITIES: Reading[] = ['heading-like line', 'far number', 'wrapped number', 'unit exponent', 'bare number line'];
const readings = Object.fromEntries((['same', ...AMBIGUITIES] as Reading[]).map((r) => [r, 0])) as Record<Reading, number>;

function numberingFindings(text: string): string[] {
  return check(text)
    .findings.filter((f) => NUMBERING_CODES.includes(f.code))
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code} ${f.message}`);
}

/** Lines that start a numbered paragraph, with the number the sequence expected there. */
function numberedLines(doc: DocumentModel): Map<number, { n: number; expected: number }> {
  const out = new Map<number, { n: number; expected: number }>();
  let last = 0;
  for (const p of doc.paragraphs) {
    if (p.number === null) continue;
    out.set(p.firstLine, { n: p.number, expected: last + 1 });
    if (!p.suffix) last = p.number;
  }
  return out;
}

/** The number the sequence expects at a line (what the parser compares a numbered line with). */
function expectedAt(doc: DocumentModel, line: number): number {
  let last = 0;
  for (const p of doc.paragraphs) if (p.number !== null && !p.suffix && p.firstLine < line) last = p.number;
  return last + 1;
}

/**
 * Whether renumbering changed how the text reads, and if so which known ambiguity of the
 * notation did it; throws on a change of reading that is none of them.
 */
function readingChange(text: string, afterParagraphs: string, after: string): Reading {
  const texts = [text, afterParagraphs, after];
  const structures = texts.map(structureOf);
  if (structures[0] === structures[1] && structures[1] === structures[2]) return 'same';
  const docs = texts.map((t) => parseDocument(t));
  const headings = (d: DocumentModel) => JSON.stringify(d.headings.map((h) => [h.line, h.kind]));
  // A short numbered line reads as a subsection heading when its number is out of sequence (or
  // the next numbered line carries the same number) and as a paragraph otherwise; "short" is at
  // most 120 characters, which new digits in the line can cross.
  if (headings(docs[0]) !== headings(docs[1]) || headings(docs[1]) !== headings(docs[2])) return 'heading-like line';
  for (const [a, b] of [[0, 1], [1, 2]]) {
    const [before, afterwards] = [numberedLines(docs[a]), numberedLines(docs[b])];
    const changed = [...new Set([...before.keys(), ...afterwards.keys()])].filter((l) => before.has(l) !== afterwards.has(l));
    if (!changed.length) continue;
    // "N. text" with N far beyond the expected number (N > max(3e, e + 200)) reads as text.
    const far = (n: number, e: number) => n > Math.max(e * 3, e + 200);
    const labelOf = (l: number) => Number(/^\D*(\d+)/.exec(texts[b].split(/\r\n|\r|\n/)[l])?.[1]);
    if (changed.every((l) => far(labelOf(l), expectedAt(docs[a], l)) !== far(labelOf(l), expectedAt(docs[b], l)))) return 'far number';
    // A hard-wrapped line starting "N." continues its paragraph unless N is the expected number.
    const lines = texts[b].split(/\r\n|\r|\n/);
    if (changed.every((l) => l > 0 && lines[l - 1].trim() !== '')) return 'wrapped number';
    throw new Error(`renumbering changed which lines are numbered paragraphs, in an unknown way (lines ${changed.join(', ')})`);
  }
  // A marker renumbered to ² or ³ right after m, km, cm or mm reads as a unit's exponent.
  if (docs[2].footnoteMarkers.length < docs[1].footnoteMarkers.length && /(?:^|[\s\d(])(?:k|c|m)?m[²³](?![⁰¹²³⁴⁵⁶⁷⁸⁹])/m.test(after)) return 'unit exponent';
  // A line starting with a plain number ("1 May ...") is taken for a footnote text whose marker
  // lost its superscript when a marker cites that number and no text has it.
  const bare = (d: DocumentModel) => JSON.stringify(d.footnoteTexts.filter((x) => x.style === 'bare').map((x) => x.line));
  if (bare(docs[1]) !== bare(docs[2]) || bare(docs[0]) !== bare(docs[1])) return 'bare number line';
  throw new Error(`renumbering changed how the text reads, in an unknown way:\n${structures.join('\n')}`);
}

function assertRenumberSafe(text: string, allowKnownAmbiguities = true): Reading {
  const afterParagraphs = applyEdits(text, renumberParagraphs(parseDocument(text)));
  const once = renumber(text);
  assert.strictEqual(withoutDigits(once.text), withoutDigits(text), 'renumbering changed more than numbers and markers');
  const left = numberingFindings(once.text);
  const twice = renumber(once.text);
  if (!left.length && twice.edits === 0) {
    assert.strictEqual(twice.text, once.text);
    readings.same++;
    return 'same';
  }
  // The property fails: acceptable only when a known ambiguity changed how the text reads.
  const reading = readingChange(text, afterParagraphs, once.text);
  if (reading === 'same' || !allowKnownAmbiguities) {
    assert.deepStrictEqual({ left, secondRunEdits: twice.edits }, { left: [], secondRunEdits: 0 }, 'renumbering left numbering findings or is not idempotent');
  }
  readings[reading]++;
  return reading;
}

describe(`robustness: renumbering properties (fast-check seed ${SEED}; FC_SEED overrides)`, function () {
  this.timeout(120000);
  let start = { ...counts };
  before(() => {
    start = { ...counts };
  });
  after(() => {
    const ambiguous = AMBIGUITIES.reduce((sum, r) => sum + readings[r], 0);
    console.log(
      `    robustness/renumber: seed ${SEED}; ${counts.generated - start.generated} generated drafts, ` +
        `${counts.mutatedDocuments - start.mutatedDocuments} mutated documents renumbered; ${readings.same} satisfied the property, ` +
        `${ambiguous} did not because renumbering changed how a line reads (${AMBIGUITIES.map((r) => `${readings[r]} ${r}`).join(', ')})`,
    );
  });

  it(`generated drafts: only digits change, no numbering finding remains, a second run changes nothing (${GENERATED} cases)`, () => {
    const before = { ...readings };
    const start = counts.generated;
    fc.assert(
      fc.property(draftArb, (text) => {
        counts.generated++;
        assertRenumberSafe(text);
      }),
      fcParams(GENERATED),
    );
    // The known ambiguities stay rare in generated drafts (about 1 in 25, shrinking runs included);
    // many more means a regression.
    const ambiguous = AMBIGUITIES.reduce((sum, r) => sum + readings[r] - before[r], 0);
    const total = counts.generated - start;
    assert.ok(ambiguous <= total * 0.1, `${ambiguous} of ${total} drafts read differently after renumbering`);
  });

  it('every fixture renumbers safely, with no change of reading', () => {
    for (const { name, text } of fixtureSources()) {
      assert.strictEqual(assertRenumberSafe(text, false), 'same', name);
    }
  });

  it(`mutated fixtures renumber safely (${MUTANTS} documents)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureSources()), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (source, mutations) => {
        counts.mutatedDocuments++;
        assertRenumberSafe(mutations.reduce((t, m) => (counts.mutations++, mutate(t, m)), source.text));
      }),
      fcParams(MUTANTS),
    );
  });

  it('the corpus documents renumber safely, with no change of reading (skipped when ../shared/corpus is absent)', function () {
    const corpus = corpusSources();
    if (!corpus) {
      console.log('    (skipped: ../shared/corpus is absent)');
      this.skip();
    }
    for (const { name, text } of corpus!) assert.strictEqual(assertRenumberSafe(text, false), 'same', name);
  });

  describe('known limitation: renumbering can change how an ambiguous line reads (minimal cases)', () => {
    // Each case states what happens today. If one starts failing because the core became
    // smarter, turn it into an ordinary assertion of the property.
    it('heading-like line: "2. Financing" is a subsection while 2 is out of sequence, a paragraph once 2 is expected', () => {
      const text = '3. Access grew:\n\n2. Financing\n\nA. Trends\n\n3. Money flowed.\n';
      const once = renumber(text);
      assert.strictEqual(once.text, '1. Access grew:\n\n2. Financing\n\nA. Trends\n\n2. Money flowed.\n');
      assert.deepStrictEqual(numberingFindings(once.text), ['7:1 paragraph-number-duplicate paragraph 2 is numbered twice: it was already used on line 3']);
    });

    it('far number: "203. Costs rose." is text while 203 > max(3e, e + 200) for the expected e = 2, a paragraph once e = 3', () => {
      const text = '1. Access grew.\n\n1. Prices fell.\n\n203. Costs rose.\n';
      const once = renumber(text);
      assert.strictEqual(once.text, '1. Access grew.\n\n2. Prices fell.\n\n203. Costs rose.\n');
      assert.deepStrictEqual(numberingFindings(once.text), ['5:1 paragraph-number-gap paragraphs 3 to 202 are missing: 2 is followed by 203']);
    });

    it('wrapped number: a hard-wrapped line "2. regions." continues its paragraph until 2 becomes the expected number', () => {
      const text = '2. Access grew in\n2. regions.\n\n5. Prices fell.\n';
      const once = renumber(text);
      assert.strictEqual(once.text, '1. Access grew in\n2. regions.\n\n2. Prices fell.\n');
      assert.deepStrictEqual(numberingFindings(once.text), ['4:1 paragraph-number-duplicate paragraph 2 is numbered twice: it was already used on line 2']);
    });

    it('unit exponent: footnote 22 after "km" renumbered to ² reads as km squared', () => {
      const text = '1. The area¹ is 5 km²² and 9 ha³.\n\n¹ A.\n\n²² B.\n\n³ C.\n';
      const once = renumber(text);
      assert.strictEqual(once.text, '1. The area¹ is 5 km² and 9 ha³.\n\n¹ A.\n\n² B.\n\n³ C.\n');
      assert.deepStrictEqual(numberingFindings(once.text), ['1:31 footnote-number-gap footnote 2 is missing: 1 is followed by 3']);
    });

    it('bare number line: "1 May ..." becomes the text of footnote 1 once a marker is renumbered to 1 and footnote 1 has no text', () => {
      // The numbering property itself holds here; the footnote's text is misread.
      const text = '1. Access grew.⁵⁶\n\n1 May was the deadline.\n\n⁵ Source.\n';
      assert.deepStrictEqual(check(text).model.footnoteTexts.map((t) => `${t.line}:${t.number}:${t.style}`), ['4:5:superscript']);
      const once = renumber(text);
      assert.strictEqual(once.text, '1. Access grew.¹\n\n1 May was the deadline.\n\n² Source.\n');
      const after = check(once.text).model.footnoteTexts.map((t) => `${t.line}:${t.number}:${t.style}`);
      assert.deepStrictEqual(after, ['2:1:bare', '4:2:superscript']);
    });
  });
});
