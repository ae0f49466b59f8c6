import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

describe('README', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it('documents every rule under a heading named by its code (the editor links to it)', () => {
    const missing = RULES.filter((r) => !readme.includes(`\n### ${r.code}\n`)).map((r) => r.code);
    assert.deepStrictEqual(missing, []);
  });

  it('names the two commands, and .ci/run runs the test one', () => {
    assert.ok(readme.includes('npm install && npx unreport check examples/wsis-report-draft.unr'));
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'examples/wsis-report-draft.unr')));
    assert.match(fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8'), /^npm test$/m);
  });
});
