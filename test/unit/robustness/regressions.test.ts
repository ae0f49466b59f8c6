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
});
