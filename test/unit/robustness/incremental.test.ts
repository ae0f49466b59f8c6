// Issue #5: the editor re-checks a document with the previous parse's per-line results (LineCache).
// Whatever the edits, a cached check must give exactly the findings and the model of a fresh check.
import * as assert from 'assert';
import fc from 'fast-check';
import { checkText, LineCache, type DocumentModel, type Range } from '../../../server/src/core';
import { TEST_TODAY } from '../../support/paths';
import { corpusSources, draftArb, fcParams, fixtureSources, findingKey, mutate, mutationArb, runs, type Mutation } from './support';

const r = (x: Range | undefined) => x && [x.start.line, x.start.character, x.end.line, x.end.character];

/** Everything the model says, read through its public interface (entities compute ranges lazily). */
function modelDigest(m: DocumentModel): string {
  return JSON.stringify({
    lines: m.lines,
    language: m.language,
    kind: m.kind,
    header: [m.header.lines, m.header.symbol?.text, r(m.header.symbol?.range), m.header.date?.iso, r(m.header.date?.range)],
    headings: m.headings.map((h) => [h.kind, h.label, h.ordinal, h.title, h.line, r(h.range), r(h.labelRange), r(h.titleRange), h.code, r(h.codeRange), h.depth, h.parent?.line, h.children.length]),
    roots: m.headingRoots.map((h) => h.line),
    paragraphs: m.paragraphs.map((p) => [p.number, p.suffix, r(p.numberRange), r(p.range), p.firstLine, p.lastLine, p.firstWords, p.firstSentence, p.heading?.line, p.preamble]),
    markers: m.footnoteMarkers.map((f) => [f.number, f.style, r(f.range), r(f.digitsRange), f.line]),
    texts: m.footnoteTexts.map((t) => [t.number, t.style, r(t.markerRange), r(t.digitsRange), r(t.range), t.text, t.line, t.isIbid]),
    bare: m.bareFootnoteCitations.map((b) => [b.number, r(b.range), b.line]),
    xrefs: m.crossReferences.map((x) => [x.numbers, x.numberRanges.map(r), x.direction, r(x.range), x.line, x.internal]),
    resolutions: m.resolutions.map((x) => [x.organ, x.number, x.session, x.serial, r(x.range), x.line, x.date?.iso, r(x.date?.range), x.kind]),
    symbols: m.symbols.map((s) => [s.text, s.components, r(s.range), s.line, s.jointSeparator?.char, r(s.jointSeparator?.range), s.parts, s.problem]),
    abbreviations: m.abbreviations.map((a) => [a.short, a.full, r(a.range), a.line]),
    byLine: m.lines.map((_, i) => m.paragraphAtLine(i)?.firstLine ?? -1),
    words: m.wordCount,
  });
}

/** Checks each version with one cache carried from version to version, and compares with a fresh check. */
function assertCachedEqualsFresh(versions: string[]): void {
  const cache = new LineCache();
  for (const [k, text] of versions.entries()) {
    const fresh = checkText(text, { today: TEST_TODAY });
    const cached = checkText(text, { today: TEST_TODAY, cache });
    assert.strictEqual(findingKey(cached.findings), findingKey(fresh.findings), `findings differ at version ${k}`);
    assert.strictEqual(modelDigest(cached.model), modelDigest(fresh.model), `models differ at version ${k}`);
  }
}

function versionsOf(text: string, mutations: Mutation[]): string[] {
  const versions = [text];
  for (const m of mutations) versions.push(mutate(versions[versions.length - 1], m));
  return versions;
}

/** Edits as typing makes them: a character, a line break, a deletion, at any offset. */
const typingArb = fc.array(
  fc.record({ at: fc.nat(), insert: fc.constantFrom('a', '1', '\n', '²', '.', ' ', '```\n', '[^3]', '段', '(C3)', '/', ''), remove: fc.integer({ min: 0, max: 12 }) }),
  { minLength: 1, maxLength: 8 },
);

function typed(text: string, edits: { at: number; insert: string; remove: number }[]): string[] {
  const versions = [text];
  for (const e of edits) {
    const t = versions[versions.length - 1];
    const at = e.at % (t.length + 1);
    versions.push(t.slice(0, at) + e.insert + t.slice(at + e.remove));
  }
  return versions;
}

describe('incremental re-checking (LineCache): a cached check equals a fresh one', function () {
  this.timeout(120000);

  it(`on ${runs(150)} generated drafts under sequences of mutations`, () => {
    fc.assert(fc.property(draftArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (draft, mutations) => assertCachedEqualsFresh(versionsOf(draft, mutations))), fcParams(runs(150)));
  });

  it(`on ${runs(150)} generated drafts under typing`, () => {
    fc.assert(fc.property(draftArb, typingArb, (draft, edits) => assertCachedEqualsFresh(typed(draft, edits))), fcParams(runs(150)));
  });

  it(`on the fixtures under typing (${runs(100)} cases)`, () => {
    const sources = fixtureSources();
    fc.assert(fc.property(fc.nat(), typingArb, (k, edits) => assertCachedEqualsFresh(typed(sources[k % sources.length].text, edits))), fcParams(runs(100)));
  });

  it('on the corpus documents under typing', function () {
    const sources = corpusSources();
    if (!sources) this.skip();
    fc.assert(fc.property(fc.nat(), typingArb, (k, edits) => assertCachedEqualsFresh(typed(sources![k % sources!.length].text, edits))), fcParams(runs(15)));
  });

  it('reuses the unchanged lines: their symbols are the same objects, and moved lines are moved', () => {
    const text = ['1. See A/RES/70/125, para. 2 below, and resolution 70/125.¹', '', '2. Second paragraph.', '', '¹ A note.'].join('\n');
    const cache = new LineCache();
    const before = checkText(text, { cache }).model;
    const edited = text.replace('Second', 'The second');
    const same = checkText(edited, { cache }).model;
    assert.strictEqual(same.symbols[0], before.symbols[0]);
    // Markers, resolutions and cross-references are rows (parse/rows.ts): copied, not shared.
    assert.deepStrictEqual(same.footnoteMarkers[0], before.footnoteMarkers[0]);
    const moved = checkText('\n' + edited, { cache }).model;
    assert.notStrictEqual(moved.symbols[0], same.symbols[0]);
    assert.strictEqual(moved.symbols[0].text, same.symbols[0].text);
    assert.deepStrictEqual([moved.symbols[0].line, moved.symbols[0].range.start.line, moved.crossReferences[0].numberRanges[0].start.line, moved.resolutions[0].range.end.line], [1, 1, 1, 1]);
    assert.strictEqual(before.symbols[0].line, 0, 'the earlier model is left as it was');
  });

  it('does not keep documents longer than its limit', () => {
    const cache = new LineCache(3);
    checkText('1. Short.', { cache });
    assert.ok(cache.last);
    const long = '1. A paragraph\n\n2. and another\n';
    assert.strictEqual(modelDigest(checkText(long, { cache }).model), modelDigest(checkText(long).model));
    assert.strictEqual(cache.last, undefined);
  });
});
