// Minimal reproductions of the bugs the robustness tests found in the core (issue #6), each
// kept as a plain example so it stays fixed whatever the generators happen to draw.
import * as assert from 'assert';
import { assertInvariants, check } from './support';

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
});
