import * as assert from 'assert';
import * as path from 'path';
import { checkText, RULES } from '../../server/src/core';
import { readFixture } from '../support/fixture';
import { FIXTURES, listFiles, TEST_TODAY } from '../support/paths';

describe('fixtures: each draft produces exactly the findings its trailer lists', () => {
  const files = listFiles(FIXTURES, /\.(unr|txt|md)$/);
  const seenCodes = new Set<string>();

  for (const file of files) {
    it(path.relative(FIXTURES, file), () => {
      const { text, expectations } = readFixture(file);
      const { findings } = checkText(text, { today: TEST_TODAY });
      const actual = findings.map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, code: f.code, message: f.message }));
      const unmatched = [...actual];
      const missing: string[] = [];
      for (const e of expectations) {
        seenCodes.add(e.code);
        const i = unmatched.findIndex((a) => a.line === e.line && a.column === e.column && a.code === e.code && a.message.includes(e.messagePart));
        if (i === -1) missing.push(`${e.line}:${e.column} ${e.code} ${e.messagePart}`);
        else unmatched.splice(i, 1);
      }
      const unexpected = unmatched.map((a) => `${a.line}:${a.column} ${a.code} ${a.message}`);
      assert.deepStrictEqual({ missing, unexpected }, { missing: [], unexpected: [] });
    });
  }

  it('every rule has at least one fixture that expects it', () => {
    const uncovered = RULES.map((r) => r.code).filter((c) => !seenCodes.has(c));
    assert.deepStrictEqual(uncovered, []);
  });
});
