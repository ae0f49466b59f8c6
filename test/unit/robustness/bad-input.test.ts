// Issue #6: bad input through the command line's main(), with captured streams and temporary
// files. The command never throws: it reports each bad input by name, keeps checking the other
// files, and exits 2 (bad usage or unreadable input), 1 (an error found) or 0.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { main } from '../../../server/src/cli/main';
import { decodeDraft } from '../../../server/src/node/read-draft';
import { fcParams, SEED } from './support';

interface Run {
  code: number;
  out: string;
  err: string;
}

let badInputs = 0;

function capture(): { stream: typeof process.stdout & typeof process.stderr; text: () => string } {
  const chunks: string[] = [];
  const stream = { write: (chunk: string | Uint8Array) => (chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true) };
  return { stream: stream as unknown as typeof process.stdout & typeof process.stderr, text: () => chunks.join('') };
}

function run(...argv: string[]): Run {
  const out = capture();
  const err = capture();
  const code = main(argv, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('robustness: bad input through the command line', function () {
  let dir: string;
  let cwd: string;

  /** Writes a file into the temporary folder and counts it as one bad input tried. */
  function file(name: string, content: string | Uint8Array): string {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    badInputs++;
    return full;
  }

  const GOOD_WITH_ERROR = '1. First.\n\n3. Third.\n'; // paragraph 2 is missing: exit 1

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-bad-input-'));
    cwd = process.cwd();
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  after(() => console.log(`    robustness/bad-input: ${badInputs} bad inputs tried`));

  it('an empty file and a file of only whitespace are clean drafts (exit 0, no output)', () => {
    const empty = file('empty.unr', '');
    const blank = file('blank.unr', ' \n\t\n\r\n\u3000\n   ');
    const r = run('check', empty, blank);
    assert.deepStrictEqual(r, { code: 0, out: '', err: '' });
    const json = run('check', '--format', 'json', empty, blank);
    assert.deepStrictEqual(JSON.parse(json.out), []);
    assert.strictEqual(run('outline', '--format', 'json', empty).out.trim(), '[]');
    assert.strictEqual(run('renumber', empty).err, 'unreport: nothing to renumber\n');
  });

  it('a binary file with NUL bytes: exit 2, a clear message naming it, and the other files are still checked', () => {
    const binary = file('image.unr', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const good = file('good.unr', GOOD_WITH_ERROR);
    const r = run('check', binary, good);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, new RegExp(`${escape(binary)}: binary file \\(contains NUL bytes\\)`));
    assert.match(r.out, new RegExp(`${escape(good)}:3:1: error paragraph-number-gap`));
    // UTF-16 text is "binary" to a UTF-8 reader too: it is full of NUL bytes.
    const utf16 = file('utf16.unr', Buffer.from('\ufeff1. First.\n', 'utf16le'));
    assert.match(run('check', utf16).err, /binary file/);
    assert.strictEqual(run('renumber', binary).code, 2);
    assert.strictEqual(run('outline', binary).code, 2);
  });

  it('invalid UTF-8: exit 2 and the message names the offset of the first bad byte', () => {
    const latin1 = file('latin1.unr', Buffer.concat([Buffer.from('1. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const r = run('check', latin1, file('good.unr', GOOD_WITH_ERROR));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /latin1\.unr: not valid UTF-8 \(first bad byte at offset 6\)/);
    assert.match(r.out, /good\.unr:3:1: error paragraph-number-gap/);
    // Truncated multi-byte sequence at the very end, an overlong encoding, a stray continuation byte.
    const cases: [string, Buffer, number][] = [
      ['truncated.unr', Buffer.concat([Buffer.from('1. 中文'), Buffer.from('中').subarray(0, 2)]), 9],
      ['overlong.unr', Buffer.from([0x31, 0x2e, 0x20, 0xc0, 0xaf]), 3],
      ['continuation.unr', Buffer.from([0x31, 0x2e, 0x20, 0x80]), 3],
    ];
    for (const [name, bytes, offset] of cases) {
      const res = run('check', file(name, bytes));
      assert.strictEqual(res.code, 2, name);
      assert.match(res.err, /not valid UTF-8/, name);
      // The reported offset points at (or at the start of the sequence containing) the bad byte.
      const reported = Number(/offset (\d+)/.exec(res.err)?.[1]);
      assert.ok(reported === offset, `${name}: offset ${reported}, expected ${offset}: ${res.err}`);
    }
  });

  it(`invalid UTF-8, property (seed ${SEED}, 2000 byte strings): the named offset starts the first ill-formed sequence`, () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const interesting = fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x8f, 0x90, 0x41);
    const bytes = fc.array(fc.oneof(fc.integer({ min: 1, max: 255 }), interesting), { maxLength: 24 }).map((a) => Uint8Array.from(a));
    fc.assert(
      fc.property(bytes, (b) => {
        badInputs++;
        const read = decodeDraft(b);
        assert.strictEqual(read.ok, valid(b));
        if (read.ok) return;
        const offset = Number(/offset (\d+)/.exec(read.reason)?.[1]);
        assert.ok(offset < b.length, read.reason);
        assert.ok(valid(b.subarray(0, offset)), `the bytes before offset ${offset} are valid UTF-8`);
        assert.ok(!valid(b.subarray(offset)), `the bytes from offset ${offset} are not`);
      }),
      fcParams(2000),
    );
  });

  it('lone surrogates: encoded as bytes (ED A0 80) they are invalid UTF-8 (exit 2); decoded into the text they are checked', () => {
    const cesu = file('surrogate.unr', Buffer.concat([Buffer.from('1. A'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('.\n')]));
    const r = run('check', cesu);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /not valid UTF-8 \(first bad byte at offset 4\)/);
    // Node writes a lone surrogate as U+FFFD: the draft is valid UTF-8 and is checked normally.
    const replaced = file('replaced.unr', '1. A\ud800 grew.\n\n3. B\udc00.\n');
    const ok = run('check', replaced);
    assert.strictEqual(ok.code, 1);
    assert.match(ok.out, /replaced\.unr:3:1: error paragraph-number-gap/);
  });

  it('a BOM changes nothing: same findings, same columns', () => {
    const text = '1. Access grew.¹\n\n3. Prices fell.\n\n¹ ITU.\n\n² Unreferenced.\n';
    const plain = file('plain.unr', text);
    const bom = file('bom.unr', '\ufeff' + text);
    const a = run('check', '--format', 'json', plain);
    const b = run('check', '--format', 'json', bom);
    assert.strictEqual(a.code, 1);
    assert.strictEqual(b.code, a.code);
    const strip = (json: string) => (JSON.parse(json) as { file: string }[]).map((f) => ({ ...f, file: path.basename(f.file) }));
    assert.deepStrictEqual(strip(b.out).map((f) => ({ ...f, file: '' })), strip(a.out).map((f) => ({ ...f, file: '' })));
  });

  it('mixed line endings (LF, CRLF and lone CR in one file) give the lines an editor shows', () => {
    const lf = file('lf.unr', '1. One.\n\n3. Three.\n\n4. Four.\n\n4. Again.\n');
    const mixed = file('mixed.unr', '1. One.\r\n\r3. Three.\n\r\n4. Four.\r\r\n4. Again.\n');
    const a = run('check', lf);
    const b = run('check', mixed);
    assert.strictEqual(b.code, 1);
    assert.strictEqual(b.out.replaceAll(mixed, 'F'), a.out.replaceAll(lf, 'F'));
    assert.match(b.out, /:3:1: error paragraph-number-gap/);
    assert.match(b.out, /:7:1: error paragraph-number-duplicate/);
  });

  it('a single line of 20 MB finishes (no timing assertion: speed is the bench\'s business)', function () {
    this.timeout(10 * 60 * 1000);
    const unit = 'The World Summit on the Information Society (WSIS), A/RES/70/125, resolution 70/125 and 第 70/125 号决议, see para. 1 of the present report; ';
    const big = file('big.unr', '1. ' + unit.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(unit))) + 'end.¹\n\n¹ Note.\n');
    assert.ok(fs.statSync(big).size >= 20 * 1024 * 1024);
    const r = run('check', big);
    assert.strictEqual(r.err, '');
    assert.strictEqual(r.code, 0, r.out.slice(0, 500));
    // And a 20 MB line that is all footnote markers and symbols: about 1.6 million findings, whose
    // JSON is longer than V8's maximum string length (the command crashed with a RangeError).
    const noisy = file('noisy.unr', '1. ' + 'x¹ A/75/62-E/2020/11 '.repeat(Math.ceil((20 * 1024 * 1024) / 26)) + '\n');
    let chars = 0;
    let first = '';
    let last = '';
    const counting = {
      write: (chunk: string) => {
        if (!first) first = chunk.slice(0, 20);
        last = chunk;
        chars += chunk.length;
        return true;
      },
    } as unknown as typeof process.stdout & typeof process.stderr;
    const err = capture();
    const code = main(['check', '--format', 'json', noisy], counting, err.stream);
    assert.strictEqual(code, 1);
    assert.strictEqual(err.text(), '');
    assert.ok(chars > 2 ** 29, `${chars} characters of JSON`);
    assert.ok(first.startsWith('[\n  {') && last.endsWith('}\n]\n'));
  });

  it('the JSON output is exactly JSON.stringify(findings, null, 2), for none, one and several findings', () => {
    for (const text of ['1. Fine.\n', '1. A.\n\n3. B.\n', '1. A¹ A/75/62-E/2020/11.\n\n3. B¹.\n\n5. C.\n']) {
      const draft = file('draft.unr', text);
      const r = run('check', '--format', 'json', draft);
      assert.strictEqual(r.out, JSON.stringify(JSON.parse(r.out), null, 2) + '\n');
    }
  });

  it('Arabic and Russian drafts are read safely: numbering checks still apply, nothing else misfires', () => {
    const arabic = file('ar.unr', 'أولا. مقدمة\n\n1. تقدم تنفيذ نتائج القمة العالمية لمجتمع المعلومات.\n\n3. قرار الجمعية العامة ٧٠/١٢٥.\n');
    const russian = file('ru.unr', 'I. Введение\n\n1. Генеральная Ассамблея, ссылаясь на свою резолюцию 70/125¹.\n\n2. См. пункт 1 выше.\n\n¹ Резолюция 70/125.\n');
    const a = run('check', arabic);
    assert.strictEqual(a.code, 1);
    assert.deepStrictEqual(codes(a.out), ['paragraph-number-gap']);
    const r = run('check', russian);
    assert.deepStrictEqual({ code: r.code, codes: codes(r.out), err: r.err }, { code: 0, codes: [], err: '' });
  });

  it('Markdown with code fences: markers and numbers inside fences are ignored', () => {
    const md = file(
      'draft.md',
      '# Report\n\n1. Access grew.[^1]\n\n```text\n7. Not a paragraph.[^9] A/75//62\n¹²³ not a footnote\n```\n\n~~~\n40. Nor this.<sup>5</sup>\n~~~\n\n2. Prices fell.\n\n[^1]: ITU.\n',
    );
    const r = run('check', '--ext', 'md', md);
    assert.deepStrictEqual(r, { code: 0, out: '', err: '' });
    // An unclosed fence hides the rest of the document rather than misreading it.
    const open = file('open.md', '1. Access grew.\n\n```\n5. Code.\n');
    assert.strictEqual(run('check', '--ext', 'md', open).code, 0);
  });

  it('a directory argument checks its drafts (recursively, .unr by default, --ext for others); an empty one exits 2', () => {
    file('folder/a.unr', GOOD_WITH_ERROR);
    file('folder/sub/b.unr', '1. Fine.\n');
    file('folder/notes.txt', '1. Ignored.\n\n9. Gap.\n');
    file('folder/node_modules/c.unr', '1. Skipped.\n\n9. Gap.\n');
    const folder = path.join(dir, 'folder');
    const r = run('check', folder);
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(fileNames(r.out), ['a.unr']);
    const txt = run('check', '--ext', 'txt', folder);
    assert.deepStrictEqual(fileNames(txt.out), ['notes.txt']);
    fs.mkdirSync(path.join(dir, 'empty'));
    const e = run('check', path.join(dir, 'empty'));
    assert.strictEqual(e.code, 2);
    assert.match(e.err, /empty: no drafts found/);
    badInputs++;
  });

  it('a glob that matches nothing exits 2 and names the glob; the files that exist are still checked', () => {
    const good = file('good.unr', GOOD_WITH_ERROR);
    process.chdir(dir);
    const r = run('check', 'drafts/**/*.unr', 'good.unr', 'missing.unr');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /drafts\/\*\*\/\*\.unr: no drafts found/);
    assert.match(r.err, /missing\.unr: no such file/);
    assert.match(r.out, /good\.unr:3:1: error paragraph-number-gap/);
    assert.ok(fs.existsSync(good));
    badInputs += 2;
  });

  it('an unreadable file (chmod 000) exits 2 with "permission denied"', function () {
    const locked = file('locked.unr', GOOD_WITH_ERROR);
    fs.chmodSync(locked, 0o000);
    let readable = false;
    try {
      fs.readFileSync(locked);
      readable = true;
    } catch {
      /* expected for an ordinary user */
    }
    if (readable) {
      fs.chmodSync(locked, 0o644);
      console.log('    (skipped: running as root, chmod 000 does not make a file unreadable)');
      this.skip();
    }
    const r = run('check', locked, file('good.unr', GOOD_WITH_ERROR));
    fs.chmodSync(locked, 0o644);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /locked\.unr: permission denied/);
    assert.match(r.out, /good\.unr:3:1/);
  });

  it('a FIFO or other non-regular file is refused, not read (reading it would block)', function () {
    const fifo = path.join(dir, 'pipe.unr');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      console.log('    (skipped: mkfifo is not available)');
      this.skip();
    }
    badInputs++;
    const r = run('check', fifo);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /pipe\.unr: not a regular file/);
    // A folder walk skips it too.
    file('good.unr', '1. Fine.\n');
    assert.deepStrictEqual(run('check', dir), { code: 0, out: '', err: '' });
  });

  describe('a bad .unreportrc.json: exit 2, a clear message, no crash', () => {
    const cases: [string, string, RegExp][] = [
      ['invalid JSON', '{ "rules": { "heading-sequence": "off", } }', /not valid JSON/],
      ['empty file', '', /not valid JSON/],
      ['not an object', '[1, 2]', /invalid configuration: \(root\) must be object/],
      ['rules of the wrong type', '{ "rules": 5 }', /invalid configuration: \/rules must be object/],
      ['a wrong severity', '{ "rules": { "heading-sequence": "fatal" } }', /invalid configuration: \/rules\/heading-sequence/],
      ['a wrong language', '{ "language": "fr" }', /invalid configuration: \/language must be equal to one of the allowed values/],
      ['a malformed date', '{ "date": "20 January 2026" }', /invalid configuration: \/date must match pattern/],
      ['an unknown field', '{ "rule": {} }', /invalid configuration: \(root\) must NOT have additional properties/],
      ['an unknown rule code', '{ "rules": { "paragraph-number-gaps": "off", "heading-sequence": "off" } }', /unknown rule code paragraph-number-gaps/],
      ['two unknown rule codes', '{ "rules": { "no-such-rule": true, "another-one": false } }', /unknown rule codes no-such-rule, another-one/],
    ];
    for (const [what, content, message] of cases) {
      it(`${what}: found beside the draft, and given with --config`, () => {
        const config = file('.unreportrc.json', content);
        const draft = file('draft.unr', GOOD_WITH_ERROR);
        const found = run('check', draft);
        assert.strictEqual(found.code, 2, found.out + found.err);
        assert.match(found.err, new RegExp(`${escape(config)}: ${message.source}`));
        assert.strictEqual(found.out, '');
        const given = run('check', '--config', config, draft);
        assert.strictEqual(given.code, 2);
        assert.match(given.err, message);
        assert.doesNotMatch(given.err, /\n\s+at /, 'no stack trace');
      });
    }

    it('a missing --config file, and a folder named .unreportrc.json (ignored, like a missing one)', () => {
      const draft = file('draft.unr', '1. Fine.\n');
      const missing = run('check', '--config', path.join(dir, 'nope.json'), draft);
      assert.strictEqual(missing.code, 2);
      assert.match(missing.err, /nope\.json: cannot read configuration \(ENOENT\)/);
      fs.mkdirSync(path.join(dir, '.unreportrc.json'));
      assert.deepStrictEqual(run('check', draft), { code: 0, out: '', err: '' });
      badInputs++;
    });

    it('a bad configuration in one folder does not stop the drafts of another folder from being checked', () => {
      file('bad/.unreportrc.json', '{ "rules": 5 }');
      const bad = file('bad/draft.unr', GOOD_WITH_ERROR);
      const good = file('good/draft.unr', GOOD_WITH_ERROR);
      const r = run('check', bad, good);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /bad\/\.unreportrc\.json: invalid configuration/);
      assert.deepStrictEqual(fileNames(r.out), ['good/draft.unr'].map((f) => path.basename(f)));
    });
  });

  it('bad usage: unknown command, unknown option, missing value, no paths, bad format (exit 2, usage hint)', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['check', '--colour', 'x.unr'], /unknown option --colour/],
      [['check', '--format'], /--format needs a value/],
      [['check'], /check needs at least one file/],
      [['check', '--format', 'xml', 'x.unr'], /--format must be text or json/],
      [['renumber'], /renumber takes exactly one file/],
      [['outline', 'a.unr', 'b.unr'], /outline takes exactly one file/],
    ];
    for (const [argv, message] of cases) {
      badInputs++;
      const r = run(...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.err, message);
    }
    assert.strictEqual(run().code, 2);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function codes(out: string): string[] {
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => /: (?:error|warning|information|hint) (\S+)/.exec(l)?.[1] ?? l);
}

function fileNames(out: string): string[] {
  return [...new Set(out.split('\n').filter(Boolean).map((l) => path.basename(l.split(':')[0])))];
}
