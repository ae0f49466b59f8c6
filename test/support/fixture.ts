import * as fs from 'fs';

export interface Expectation {
  line: number;
  column: number;
  code: string;
  messagePart: string;
}

export interface Fixture {
  text: string;
  expectations: Expectation[];
}

const TRAILER = /\n%% expect\n([\s\S]*)$/;

/**
 * A fixture is a draft, optionally followed by its expected findings:
 *   %% expect
 *   9:1 paragraph-number-gap paragraph 3 is missing
 * (1-based line:column, code, and a part of the message). Without a trailer it must be clean.
 */
export function readFixture(file: string): Fixture {
  const raw = fs.readFileSync(file, 'utf8');
  const m = TRAILER.exec(raw);
  if (!m) return { text: raw, expectations: [] };
  const expectations = m[1]
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const e = /^(\d+):(\d+) ([a-z-]+)(?: (.*))?$/.exec(l.trim());
      if (!e) throw new Error(`${file}: bad expectation "${l}"`);
      return { line: Number(e[1]), column: Number(e[2]), code: e[3], messagePart: e[4] ?? '' };
    });
  return { text: raw.slice(0, m.index + 1), expectations };
}
