// The server's memory measures: the collection after a very large document is opened
// (server/src/lsp/memory.ts), how the server process is started (server/src/lsp/launch.ts), and
// what a finished check leaves behind.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SERVER_EXEC_ARGV, SERVER_GLIBC_TUNABLES, serverEnv } from '../../server/src/lsp/launch';
import { RULES } from '../../server/src/core';
import { GarbageAfterOpen } from '../../server/src/lsp/memory';
import { FIXTURES, listFiles, REPO_ROOT, TEST_TODAY } from '../support/paths';

describe('GarbageAfterOpen', () => {
  const counted = () => {
    const calls = { n: 0 };
    return { calls, gc: () => void calls.n++ };
  };

  it('collects once, before the first check of a document opened at or over the size', () => {
    const { calls, gc } = counted();
    const g = new GarbageAfterOpen(gc, 10);
    g.opened('big', { lines: ['12345', '123'] }); // 6 + 4 characters with the breaks
    assert.strictEqual(calls.n, 0);
    g.beforeCheck('big');
    assert.strictEqual(calls.n, 1);
    g.beforeCheck('big');
    assert.strictEqual(calls.n, 1);
  });

  it('does nothing for smaller documents, closed documents, or without gc', () => {
    const { calls, gc } = counted();
    const g = new GarbageAfterOpen(gc, 10);
    g.opened('small', { lines: ['12345'] });
    g.beforeCheck('small');
    g.opened('closed', { lines: ['1234567890'] });
    g.closed('closed');
    g.beforeCheck('closed');
    assert.strictEqual(calls.n, 0);
    const none = new GarbageAfterOpen(undefined, 10);
    none.opened('big', { lines: ['1234567890'] });
    assert.doesNotThrow(() => none.beforeCheck('big'));
  });

  it('reopened smaller, a document is no longer collected for', () => {
    const { calls, gc } = counted();
    const g = new GarbageAfterOpen(gc, 10);
    g.opened('d', { lines: ['1234567890'] });
    g.opened('d', { lines: ['1'] });
    g.beforeCheck('d');
    assert.strictEqual(calls.n, 0);
  });

  it('counts a document held as its text by the text', () => {
    const { calls, gc } = counted();
    const g = new GarbageAfterOpen(gc, 10);
    g.opened('t', { lines: [], text: '1234567890' });
    g.beforeCheck('t');
    assert.strictEqual(calls.n, 1);
  });
});

describe('server launch', () => {
  it('exposes gc to the server', () => {
    assert.ok(SERVER_EXEC_ARGV.includes('--expose-gc'));
  });

  it('adds the malloc tunable to the environment, after any the user set, and keeps a threshold the user chose', () => {
    assert.strictEqual(serverEnv({ A: '1' }).GLIBC_TUNABLES, SERVER_GLIBC_TUNABLES);
    assert.strictEqual(serverEnv({ A: '1' }).A, '1');
    assert.strictEqual(serverEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }).GLIBC_TUNABLES, `glibc.malloc.arena_max=2:${SERVER_GLIBC_TUNABLES}`);
    assert.strictEqual(serverEnv({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=1000000' }).GLIBC_TUNABLES, 'glibc.malloc.mmap_threshold=1000000');
  });
});

// After a check, nothing of it may stay reachable for the young-generation GC. Models and
// analyses used to be objects of closures (and analyses sat in WeakMaps), which V8's scavenges keep
// alive until the next check replaces them: every check's model was copied again and promoted
// (parse/document.ts). Measured in a child process with --expose-gc, and a young generation large
// enough that no collection runs during a check: what survives a minor GC right after a check,
// against what survives it while the result is still held. With no rules, each rule alone (the
// analyses they share) and every rule. The least of three checks in a row counts: the first check
// after a major GC sometimes leaves about 400 KB that the next checks do not (1 run in 12 here, and
// every run when a full gc() precedes it), while a check that keeps its model leaves it every time.
describe('a finished check', () => {
  it('leaves nothing for the young-generation GC to keep', function () {
    this.timeout(60000);
    const core = path.join(REPO_ROOT, 'out/server/src/core');
    const sources = listFiles(FIXTURES, /\.unr$/).map((f) => fs.readFileSync(f, 'utf8'));
    let text = '';
    while (text.length < 400_000) text += sources.join('\n\n') + '\n\n';
    const script = `
      const v8 = require('v8');
      const core = require(${JSON.stringify(core)});
      const text = require('fs').readFileSync(0, 'utf8');
      const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;
      const out = [];
      for (const rules of [[], ...core.RULES.map((r) => [r]), core.RULES]) {
        const options = { today: ${JSON.stringify(TEST_TODAY)}, rules };
        const check = () => (core.checkText(text, options), 0);
        for (let i = 0; i < 3; i++) check();
        gc({ type: 'minor' }); gc({ type: 'minor' });
        let held = core.checkText(text, options);
        gc({ type: 'minor' });
        const live = newSpace();
        held = undefined;
        let left = Infinity;
        for (let k = 0; k < 3; k++) {
          gc({ type: 'minor' }); gc({ type: 'minor' });
          check();
          gc({ type: 'minor' });
          left = Math.min(left, newSpace());
        }
        out.push({ rules: rules.length === 1 ? rules[0].code : rules.length + ' rules', live, left });
      }
      console.log(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=32', '--max-semi-space-size=32', '-e', script], { input: text, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    const results = JSON.parse(run.stdout) as { rules: string; live: number; left: number }[];
    assert.strictEqual(results.length, RULES.length + 2);
    for (const { rules, live, left } of results) {
      assert.ok(live > 1_000_000, `${rules}: a held result should keep its model in the young generation (${live} bytes)`);
      assert.ok(left < live / 20, `${rules}: ${left} bytes survived a minor GC after the check (a held result: ${live})`);
    }
  });
});
