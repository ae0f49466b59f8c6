import * as fs from 'fs';
import * as path from 'path';

/** Tests compile to out/test/...; the repository root is three levels up from there. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');

/** Tests run with a fixed "today" so session and year checks do not drift with the calendar. */
export const TEST_TODAY = '2026-06-01';

export function listFiles(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (pattern.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}
