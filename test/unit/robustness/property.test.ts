// Issue #6: property-based robustness of checkText on generated drafts and on mutations of the
// fixtures and the real documents. Seed fixed by default (FC_SEED overrides it); case counts
// are in the test titles and printed at the end.
import fc from 'fast-check';
import {
  assertInvariants,
  corpusSources,
  counts,
  cutInsideSurrogatePair,
  draftArb,
  fcParams,
  fixtureSources,
  mutate,
  mutationArb,
  runs,
  SEED,
  type Mutation,
  type Source,
} from './support';

const GENERATED = runs(400);
const RAW = runs(300);
const FIXTURE_MUTANTS = runs(400);
const CORPUS_MUTANTS = runs(40);

function applyAll(text: string, mutations: Mutation[]): string {
  counts.mutatedDocuments++;
  for (const m of mutations) {
    counts.mutations++;
    text = mutate(text, m);
  }
  return text;
}

describe(`robustness: checkText properties (fast-check seed ${SEED}; FC_SEED overrides)`, function () {
  this.timeout(120000);
  let start = { ...counts };
  before(() => {
    start = { ...counts };
  });

  after(() => {
    console.log(
      `    robustness/property: seed ${SEED}; ${counts.generated - start.generated} generated drafts, ` +
        `${counts.mutatedDocuments - start.mutatedDocuments} mutated documents (${counts.mutations - start.mutations} mutations), ` +
        `${counts.checks - start.checks} checkText runs`,
    );
  });

  it(`generated drafts never throw, keep ranges inside, are deterministic, CRLF = LF, BOM-neutral (${GENERATED} cases)`, () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        counts.generated++;
        assertInvariants(text);
      }),
      fcParams(GENERATED),
    );
  });

  it(`arbitrary unicode text, lone surrogates and control characters included (${RAW} cases)`, () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('\n', '\r\n', '\r', '\ud800', '\udc00', '1. ', '¹', '[^2]', '(a) ', 'I. ', 'A/', '第', '段', '号决议'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        counts.generated++;
        assertInvariants(text);
      }),
      fcParams(RAW),
    );
  });

  const fixtures = fixtureSources();
  const sourceArb = (sources: Source[]) => fc.constantFrom(...sources);

  it(`mutated fixtures: insert, delete, swap, duplicate lines, truncate, inject markers, symbols, digits (${FIXTURE_MUTANTS} documents)`, () => {
    fc.assert(
      fc.property(sourceArb(fixtures), fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (source, mutations) => {
        assertInvariants(applyAll(source.text, mutations));
      }),
      fcParams(FIXTURE_MUTANTS),
    );
  });

  it('every fixture cut at every line end and inside surrogate pairs', () => {
    for (const { text } of fixtures) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        counts.mutatedDocuments++;
        counts.mutations++;
        assertInvariants(text.slice(0, i));
      }
      const emoji = `${text.slice(0, text.length >> 1)}😀🇺🇳${text.slice(text.length >> 1)}`;
      const cut = cutInsideSurrogatePair(emoji)!;
      counts.mutatedDocuments++;
      counts.mutations++;
      assertInvariants(cut);
    }
  });

  describe('mutated real documents (../shared/corpus)', function () {
    const corpus = corpusSources();
    before(function () {
      if (!corpus) {
        console.log('    (skipped: ../shared/corpus is absent; the corpus mutations run where it exists)');
        this.skip();
      }
    });

    it(`the corpus documents unchanged satisfy every invariant`, () => {
      for (const { text } of corpus!) assertInvariants(text);
    });

    it(`mutated corpus documents (${CORPUS_MUTANTS} documents)`, () => {
      fc.assert(
        fc.property(sourceArb(corpus!), fc.array(mutationArb, { minLength: 1, maxLength: 12 }), (source, mutations) => {
          assertInvariants(applyAll(source.text, mutations));
        }),
        fcParams(CORPUS_MUTANTS),
      );
    });

    it('the corpus documents truncated inside a surrogate pair and at 50 offsets', () => {
      for (const { text } of corpus!) {
        const emoji = text.replace(/。/, '。😀');
        assertInvariants(cutInsideSurrogatePair(emoji)!);
        for (let k = 1; k <= 50; k++) {
          counts.mutatedDocuments++;
          counts.mutations++;
          assertInvariants(text.slice(0, Math.floor((text.length * k) / 51)));
        }
      }
    });
  });
});
