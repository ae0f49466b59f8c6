// Issue #6: the commands that write (`renumber --write`, `check --fix`) are safe: they replace
// the file through a temporary file and a rename, keep its mode, line endings and BOM, refuse
// to write a file that changed since it was read, and touch no other file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../server/src/cli/main';
// The module object itself (not the import wrapper), so a test can stand in for one of its functions.
import realFs = require('fs');
import { digest, writeFileAtomically } from '../../../server/src/cli/write-file';

type Stream = typeof process.stdout & typeof process.stderr;

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (into: string[]) => ({ write: (s: string) => (into.push(String(s)), true) }) as unknown as Stream;
  const code = main(argv, stream(out), stream(err));
  return { code, out: out.join(''), err: err.join('') };
}

/** Bytes, mode and mtime of every file in the folder, except the ones named. */
function snapshot(dir: string, except: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (except.includes(name)) continue;
    const full = path.join(dir, name);
    const st = fs.lstatSync(full);
    const bytes = st.isFile() ? digest(fs.readFileSync(full)) : st.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : 'dir';
    out.set(name, `${bytes} ${(st.mode & 0o7777).toString(8)} ${st.mtimeMs}`);
  }
  return out;
}

const DRAFT = [
  'I. Introduction',
  '',
  '1. Access grew.² See para. 3 below.',
  '',
  '² ITU.',
  '',
  '3. Prices fell.¹',
  '',
  '¹ World Bank.',
  '',
  '5. Costs rose (see para. 1 above).',
  '',
].join('\n');
const RENUMBERED = DRAFT.replace('1. Access grew.² See para. 3 below.', '1. Access grew.¹ See para. 2 below.')
  .replace('² ITU.', '¹ ITU.')
  .replace('3. Prices fell.¹', '2. Prices fell.²')
  .replace('¹ World Bank.', '² World Bank.')
  .replace('5. Costs rose', '3. Costs rose');

describe('robustness: the commands that write are safe', function () {
  this.timeout(60000);
  let dir: string;
  let umask: number;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-fix-safety-'));
    // Neighbours that must come through every write untouched.
    fs.writeFileSync(path.join(dir, 'other.unr'), '1. Other.\n\n3. Gap.\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a draft\n');
    fs.writeFileSync(path.join(dir, '.unreport-lookalike.tmp'), 'someone else\'s temporary file\n');
    const past = new Date('2020-01-01T00:00:00Z');
    for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), past, past);
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function writeDraft(name: string, text: string, mode = 0o644): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    fs.chmodSync(file, mode);
    return file;
  }

  function assertNoTempLeft(): void {
    const left = fs.readdirSync(dir).filter((f) => /\.unreport-\d+-\d+\.tmp$/.test(f));
    assert.deepStrictEqual(left, [], 'temporary files left in the folder');
  }

  for (const [command, argv] of [
    ['renumber --write', (f: string) => ['renumber', '--write', f]],
    ['check --fix', (f: string) => ['check', '--fix', f]],
  ] as const) {
    describe(command, () => {
      it('replaces the file by a rename of a temporary file beside it, keeps its mode, and leaves no temporary file', () => {
        const file = writeDraft('draft.unr', DRAFT, 0o664);
        const before = snapshot(dir, ['draft.unr']);
        const inode = fs.statSync(file).ino;
        const renames: [string, string][] = [];
        const original = realFs.renameSync;
        realFs.renameSync = (from, to) => {
          renames.push([String(from), String(to)]);
          return original(from, to);
        };
        let r;
        try {
          r = run(...argv(file));
        } finally {
          realFs.renameSync = original;
        }
        assert.strictEqual(fs.readFileSync(file, 'utf8'), RENUMBERED, r.out + r.err);
        assert.strictEqual(renames.length, 1);
        assert.strictEqual(path.dirname(renames[0][0]), dir);
        assert.match(path.basename(renames[0][0]), /^\.draft\.unr\.unreport-\d+-\d+\.tmp$/);
        assert.strictEqual(renames[0][1], file);
        assert.notStrictEqual(fs.statSync(file).ino, inode, 'a new inode: the file was replaced, not rewritten in place');
        assert.strictEqual((fs.statSync(file).mode & 0o7777).toString(8), '664', 'the mode is kept, whatever the umask');
        assertNoTempLeft();
        assert.deepStrictEqual(snapshot(dir, ['draft.unr']), before, 'another file in the folder changed');
      });

      it('keeps CRLF line endings and the BOM', () => {
        const crlf = '\ufeff' + DRAFT.replace(/\n/g, '\r\n');
        const file = writeDraft('draft.unr', crlf);
        const before = snapshot(dir, ['draft.unr']);
        run(...argv(file));
        const bytes = fs.readFileSync(file);
        assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
        assert.strictEqual(bytes.toString('utf8'), '\ufeff' + RENUMBERED.replace(/\n/g, '\r\n'));
        assert.ok(!/[^\r]\n/.test(bytes.toString('utf8')), 'no bare LF introduced');
        assertNoTempLeft();
        assert.deepStrictEqual(snapshot(dir, ['draft.unr']), before);
      });

      it('a second run has nothing to change and does not write', () => {
        const file = writeDraft('draft.unr', DRAFT);
        run(...argv(file));
        const after = snapshot(dir);
        const inode = fs.statSync(file).ino;
        const second = run(...argv(file));
        if (argv(file)[0] === 'renumber') assert.strictEqual(second.err, 'unreport: nothing to renumber\n');
        else assert.doesNotMatch(second.err, /renumbered/);
        assert.strictEqual(fs.statSync(file).ino, inode, 'not replaced again');
        assert.deepStrictEqual(snapshot(dir), after);
      });

      it('refuses, with exit 2 and a message, when the file changes between reading and writing; nothing is written', () => {
        const file = writeDraft('draft.unr', DRAFT);
        const before = snapshot(dir, ['draft.unr']);
        // Simulate another editor saving the file just before the write: the second read sees it.
        const original = realFs.readFileSync;
        let reads = 0;
        (realFs as { readFileSync: unknown }).readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
          if (p === file && ++reads === 2) fs.writeFileSync(file, 'edited elsewhere\n');
          return (original as (...a: unknown[]) => unknown)(p, ...rest);
        };
        let r;
        try {
          r = run(...argv(file));
        } finally {
          realFs.readFileSync = original;
        }
        assert.strictEqual(r.code, 2, r.err);
        assert.match(r.err, /draft\.unr: the file changed since it was read; nothing written/);
        assert.strictEqual(fs.readFileSync(file, 'utf8'), 'edited elsewhere\n');
        assertNoTempLeft();
        assert.deepStrictEqual(snapshot(dir, ['draft.unr']), before);
      });
    });
  }

  it('renumber without --write, and --stdout, never touch the file', () => {
    const file = writeDraft('draft.unr', DRAFT);
    const before = snapshot(dir);
    const listed = run('renumber', file);
    assert.match(listed.err, /changes; run with --write to apply/);
    const printed = run('renumber', '--stdout', file);
    assert.strictEqual(printed.out, RENUMBERED);
    assert.deepStrictEqual(snapshot(dir), before);
  });

  describe('writeFileAtomically', () => {
    it('refuses a stale digest: throws, writes nothing, leaves no temporary file', () => {
      const file = writeDraft('draft.unr', DRAFT);
      const stale = digest(Buffer.from(DRAFT + 'an edit made since', 'utf8'));
      const before = snapshot(dir);
      assert.throws(() => writeFileAtomically(file, RENUMBERED, stale), /the file changed since it was read; nothing written/);
      assert.deepStrictEqual(snapshot(dir), before);
    });

    it('when writing the temporary file fails, the original is untouched and the temporary file removed', () => {
      const file = writeDraft('draft.unr', DRAFT);
      const before = snapshot(dir);
      const original = realFs.fsyncSync;
      realFs.fsyncSync = () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      try {
        assert.throws(() => writeFileAtomically(file, RENUMBERED, digest(Buffer.from(DRAFT))), /ENOSPC/);
      } finally {
        realFs.fsyncSync = original;
      }
      assert.deepStrictEqual(snapshot(dir), before);
    });

    it('writes through a symbolic link to its target and keeps the link', () => {
      const target = writeDraft('real.unr', DRAFT);
      const link = path.join(dir, 'link.unr');
      fs.symlinkSync('real.unr', link);
      writeFileAtomically(link, RENUMBERED, digest(Buffer.from(DRAFT)));
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.strictEqual(fs.readFileSync(target, 'utf8'), RENUMBERED, 'the target was renumbered');
      assertNoTempLeft();
    });

    it('keeps unusual modes (0600, 0640, 0755) whatever the umask', () => {
      process.umask(0o077);
      for (const mode of [0o600, 0o640, 0o755, 0o664]) {
        const file = writeDraft(`m${mode.toString(8)}.unr`, DRAFT, mode);
        writeFileAtomically(file, RENUMBERED, digest(Buffer.from(DRAFT)));
        assert.strictEqual((fs.statSync(file).mode & 0o7777).toString(8), mode.toString(8));
      }
      assertNoTempLeft();
    });
  });
});
