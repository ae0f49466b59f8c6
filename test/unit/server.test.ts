// The language server through real JSON-RPC: `node dist/server.js --stdio` in a child process.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, Location, MarkupContent, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol/node';
import { checkText } from '../../server/src/core';
import { ROOT, SERVER, TestClient } from './lsp-test-client';

const DRAFT = `Introduction

1. The present report responds to Economic and Social Council resolution 2006/46.¹

I. Key trends

2. Access continued to grow.²

4. Affordability remains a barrier (see para. 2 above; A/75/62-E/2020/11).

II. Regional implementation

5. Africa developed strategies.

¹ See A/RES/70/125.
² Ibid.
`;
const GAP_LINE = 8;
const RENUMBERED = DRAFT.replace('\n4. Afford', '\n3. Afford').replace('\n5. Africa', '\n4. Africa');

/** Builds dist/server.js when it is missing or older than any server source. */
function ensureServerBuilt(): void {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const p = path.join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const sources = Math.max(newest(path.join(ROOT, 'server/src')), newest(path.join(ROOT, 'seeds')));
  if (!fs.existsSync(SERVER) || fs.statSync(SERVER).mtimeMs < sources) execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT });
}

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server over JSON-RPC', function () {
  this.timeout(30000);
  let workspace: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;

  before(async () => {
    ensureServerBuilt();
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-server-'));
    for (const dir of ['quiet', 'loud']) {
      fs.mkdirSync(path.join(workspace, dir));
      fs.writeFileSync(path.join(workspace, dir, '.unreportrc.json'), JSON.stringify({ rules: { 'paragraph-number-gap': 'off' } }));
    }
    client = await TestClient.start({
      rootUri: pathToFileURL(workspace).href,
      // Settings override .unreportrc.json: under loud/ the gap is reported again, as a warning.
      settings: (scope) => ({ debounceMs: 20, rules: scope?.includes('/loud/') ? { 'paragraph-number-gap': 'warning' } : {} }),
    });
  });

  after(async () => {
    client?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes diagnostics on open, with code, source, rule link and range', async () => {
    const uri = uriOf('draft.unr');
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const gap = published.diagnostics.find((d) => d.code === 'paragraph-number-gap')!;
    assert.ok(gap, JSON.stringify(codes(published)));
    assert.strictEqual(gap.source, 'unreport');
    assert.strictEqual(gap.severity, 1);
    assert.strictEqual(gap.codeDescription?.href, 'https://github.com/unreport/unreport#paragraph-number-gap');
    assert.deepStrictEqual(gap.range, { start: { line: GAP_LINE, character: 0 }, end: { line: GAP_LINE, character: 1 } });
    assert.match(messageOf(gap), /paragraph 3 is missing/);
    assert.ok(codes(published).includes('symbol-joint-dash'));
  });

  it('updates diagnostics on change, and never publishes an older version after a newer one', async () => {
    const uri = uriOf('typing.unr');
    client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    let version = 1;
    for (let i = 0; i < 12; i++) {
      version = client.change(uri, i % 2 ? DRAFT : RENUMBERED);
      await new Promise((r) => setTimeout(r, i * 4));
    }
    const last = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.ok(codes(last).includes('paragraph-number-gap'), 'the last version (odd i) has the gap');
    const fixedVersion = client.change(uri, RENUMBERED);
    const fixed = await client.waitForDiagnostics(uri, (p) => p.version === fixedVersion);
    assert.ok(!codes(fixed).includes('paragraph-number-gap'));
    const versions = client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepStrictEqual(versions, [...versions].sort((a, b) => a - b), `published in order: ${versions.join(', ')}`);
    assert.ok(versions.length < 14, `debounced: ${versions.length} publications for 14 versions`);
  });

  it('after keystrokes sent as incremental changes, publishes exactly what checking the whole text gives', async () => {
    const uri = uriOf('keystrokes.unr');
    client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    let seed = 20261123;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const typed = ['x', '\n', '\n\n', '3. ', '¹', ' see para. 9 below', 'A/RES/70/125', '```\n', ''];
    for (let k = 0; k < 40; k++) {
      const lines = client.documents.get(uri)!.text.split('\n');
      const at = (line: number) => ({ line, character: random(lines[line].length + 1) });
      const first = random(lines.length);
      const last = Math.min(lines.length - 1, first + random(3));
      // Ranges as editors send them: the start before the end.
      const [start, end] = [at(first), random(3) ? at(first) : at(last)].sort((a, b) => a.line - b.line || a.character - b.character);
      const version = client.changeRange(uri, { start, end }, typed[random(typed.length)]);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === version);
      const expected = checkText(client.documents.get(uri)!.text).findings.map((f) => [f.code, f.message, f.range]);
      assert.deepStrictEqual(published.diagnostics.map((d) => [d.code, messageOf(d), d.range]), expected, `after change ${k}`);
    }
  });

  it('answers hover on a footnote marker with the footnote text', async () => {
    const uri = uriOf('draft.unr');
    const character = DRAFT.split('\n')[2].indexOf('¹');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character } });
    assert.match((hover.contents as MarkupContent).value, /See A\/RES\/70\/125/);
  });

  it('answers definition (marker -> footnote text) and document symbols with chapter titles', async () => {
    const uri = uriOf('draft.unr');
    const character = DRAFT.split('\n')[6].indexOf('²');
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 6, character } });
    assert.deepStrictEqual(locations.map((l) => [l.uri, l.range.start.line]), [[uri, 15]]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(symbols.filter((s) => s.kind === 2).map((s) => s.name), ['I. Key trends', 'II. Regional implementation']);
  });

  it('answers references, folding ranges, document links and completion', async () => {
    const uri = uriOf('draft.unr');
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 6, character: 0 },
      context: { includeDeclaration: false },
    });
    assert.deepStrictEqual(refs.map((r) => r.range.start), [{ line: GAP_LINE, character: DRAFT.split('\n')[GAP_LINE].indexOf('para. 2') + 6 }]);
    const folds = await client.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 4 && f.endLine === GAP_LINE && f.kind === 'region'), JSON.stringify(folds));
    const links = await client.request<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepStrictEqual(links.map((l) => l.target), ['https://undocs.org/A/75/62', 'https://undocs.org/E/2020/11', 'https://undocs.org/A/RES/70/125']);
    const completionUri = uriOf('completion.unr');
    client.open(completionUri, 'Recalling General Assembly resolution \n');
    const items = await client.request<{ label: string; textEdit: { newText: string } }[]>('textDocument/completion', {
      textDocument: { uri: completionUri },
      position: { line: 0, character: 38 },
    });
    assert.ok(items.some((i) => i.textEdit.newText === 'resolution 70/125 of 16 December 2015'), items.map((i) => i.label).join(' | '));
    const none = await client.request('textDocument/completion', { textDocument: { uri: completionUri }, position: { line: 0, character: 9 } });
    assert.deepStrictEqual(none, []);
  });

  it('offers "Renumber" as a quick fix on the gap; applying it clears the finding', async () => {
    const uri = uriOf('fix.unr');
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const gap = published.diagnostics.filter((d: Diagnostic) => d.code === 'paragraph-number-gap');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: gap[0].range,
      context: { diagnostics: gap, only: ['quickfix'] },
    });
    const renumber = actions.find((a) => /Renumber/.test(a.title))!;
    assert.ok(renumber, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(renumber.kind, 'quickfix');
    assert.deepStrictEqual(renumber.diagnostics, gap);
    const [change] = renumber.edit!.documentChanges! as { textDocument: { version: number }; edits: TextEdit[] }[];
    assert.strictEqual(change.textDocument.version, 1);
    const version = client.edit(uri, change.edits);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.ok(!codes(after).includes('paragraph-number-gap'), JSON.stringify(codes(after)));
    assert.match(client.documents.get(uri)!.text, /\n3\. Affordability/);
  });

  it('executes unreport.renumberParagraphs by sending workspace/applyEdit to the client', async () => {
    const uri = uriOf('command.unr');
    client.open(uri, DRAFT);
    const result = await client.request<{ applied: boolean; changes: number }>('workspace/executeCommand', {
      command: 'unreport.renumberParagraphs',
      arguments: [uri],
    });
    assert.deepStrictEqual(result, { applied: true, changes: 2 });
    assert.match(client.documents.get(uri)!.text, /\n3\. Affordability/);
    assert.match(client.documents.get(uri)!.text, /\n4\. Africa/);
    const again = await client.request('workspace/executeCommand', { command: 'unreport.renumberParagraphs', arguments: [uri] });
    assert.deepStrictEqual(again, { applied: true, changes: 0 });
  });

  it('applies .unreportrc.json from the document\'s folder, and settings override it', async () => {
    const quiet = uriOf('quiet/draft.unr');
    const loud = uriOf('loud/draft.unr');
    client.open(quiet, DRAFT);
    client.open(loud, DRAFT);
    const quietDiagnostics = await client.waitForDiagnostics(quiet, (p) => p.version === 1);
    assert.ok(!codes(quietDiagnostics).includes('paragraph-number-gap'), JSON.stringify(codes(quietDiagnostics)));
    assert.ok(codes(quietDiagnostics).includes('symbol-joint-dash'), 'the other rules still run');
    const loudDiagnostics = await client.waitForDiagnostics(loud, (p) => p.version === 1);
    const gap = loudDiagnostics.diagnostics.find((d) => d.code === 'paragraph-number-gap');
    assert.strictEqual(gap?.severity, 2, 'the setting turns the rule back on, as a warning');
  });

  it('offers "Fix all" only when asked for source.fixAll, under the document\'s configuration', async () => {
    const fixAllOf = async (uri: string, only: string[]) => {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only },
      });
      return actions.filter((a) => a.kind === 'source.fixAll.unreport');
    };
    const uri = uriOf('fix-all.unr');
    client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepStrictEqual(await fixAllOf(uri, ['quickfix']), []);
    const [fix] = await fixAllOf(uri, ['source.fixAll']);
    assert.ok(fix, 'offered');
    const [change] = fix.edit!.documentChanges! as { edits: TextEdit[] }[];
    const version = client.edit(uri, change.edits);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.ok(!codes(after).some((c) => c === 'paragraph-number-gap' || c === 'symbol-joint-dash'), JSON.stringify(codes(after)));
    assert.strictEqual(client.documents.get(uri)!.text, RENUMBERED.replace('A/75/62-E', 'A/75/62–E'));

    // In quiet/, .unreportrc.json turns paragraph-number-gap off: the fix leaves the numbers alone.
    const quiet = uriOf('quiet/fix-all.unr');
    client.open(quiet, DRAFT);
    await client.waitForDiagnostics(quiet, (p) => p.version === 1);
    const [quietFix] = await fixAllOf(quiet, ['source']);
    const [quietChange] = quietFix.edit!.documentChanges! as { edits: TextEdit[] }[];
    assert.deepStrictEqual(quietChange.edits.map((e) => e.newText), ['–']);
  });

  it('reports an invalid .unreportrc.json as a diagnostic and checks the document without it', async () => {
    fs.mkdirSync(path.join(workspace, 'broken'));
    fs.writeFileSync(path.join(workspace, 'broken', '.unreportrc.json'), '{ "rules": ');
    const uri = uriOf('broken/draft.unr');
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.strictEqual(published.diagnostics[0].code, 'config-invalid');
    assert.match(messageOf(published.diagnostics[0]), /not valid JSON/);
    assert.ok(codes(published).includes('paragraph-number-gap'));
  });

  it('answers unreport/stats', async () => {
    const stats = await client.request('unreport/stats', { textDocument: { uri: uriOf('draft.unr') } });
    assert.deepStrictEqual(stats, { paragraphs: 4, footnotes: 2, words: (stats as { words: number }).words, wordLimit: 8500 });
  });

  it('answers requests for unknown documents with empty results', async () => {
    const uri = uriOf('never-opened.unr');
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });

  it('shuts down and exits cleanly', async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('language server with a rule that throws (UNREPORT_TEST_THROWING_RULE=1)', function () {
  this.timeout(30000);
  let client: TestClient;
  const uri = 'untitled:Untitled-1';

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ rootUri: pathToFileURL(os.tmpdir()).href, env: { UNREPORT_TEST_THROWING_RULE: '1' } });
  });

  after(() => client?.kill());

  it('still publishes the other diagnostics, plus one internal-error, and logs the failure once', async () => {
    client.open(uri, DRAFT);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.ok(codes(first).includes('paragraph-number-gap'));
    assert.strictEqual(codes(first).filter((c) => c === 'internal-error').length, 1);
    const version = client.change(uri, DRAFT + '\n');
    await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.strictEqual(client.logs.filter((m) => m.includes('test-throwing-rule')).length, 1, client.logs.join('\n'));
  });

  it('still answers hover afterwards', async () => {
    const character = DRAFT.split('\n')[2].indexOf('¹');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character } });
    assert.match((hover.contents as MarkupContent).value, /See A\/RES\/70\/125/);
    assert.strictEqual(client.child.exitCode, null, 'the server is still running');
  });
});
