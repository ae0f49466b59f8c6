// The server's memory measures: the collection after a very large document is opened
// (server/src/lsp/memory.ts) and how the server process is started (server/src/lsp/launch.ts).
import * as assert from 'assert';
import { SERVER_EXEC_ARGV, SERVER_GLIBC_TUNABLES, serverEnv } from '../../server/src/lsp/launch';
import { GarbageAfterOpen } from '../../server/src/lsp/memory';

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
