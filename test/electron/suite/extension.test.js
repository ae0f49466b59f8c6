// Runs inside VS Code's extension host (see ../runTest.js): opens the e2e fixture and
// checks what the extension reports through the VS Code API.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const FIXTURE = process.env.UNREPORT_FIXTURE || path.resolve(__dirname, '..', '..', 'e2e', 'workspace', 'draft.unr');
const lines = fs.readFileSync(FIXTURE, 'utf8').split(/\r?\n/);
const GAP_LINE = lines.findIndex((l) => /^4\.\s/.test(l)); // 0-based: the "4." after "2."
const CHAPTERS = lines.map((l) => /^[IVXLC]+\.\s+(.+?)\s*$/.exec(l)).filter(Boolean).map((m) => m[1]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function poll(what, fn, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(200);
  }
}
const codeOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const names = (symbols) => symbols.flatMap((s) => [s.name, ...names(s.children || [])]);

suite('unreport in VS Code (electron)', function () {
  this.timeout(60000);
  let doc;

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(FIXTURE));
    await vscode.window.showTextDocument(doc);
  });

  test('draft.unr opens as language "unreport" and the extension activates', async () => {
    assert.strictEqual(doc.languageId, 'unreport');
    const ext = vscode.extensions.all.find((e) => e.packageJSON && e.packageJSON.name === 'unreport');
    assert.ok(ext, 'the unreport extension is not loaded');
    await ext.activate();
    assert.ok(ext.isActive, 'the unreport extension did not activate');
  });

  test('the missing paragraph 3 is reported as paragraph-number-gap', async () => {
    const gaps = await poll('a paragraph-number-gap diagnostic', () => {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'paragraph-number-gap');
      return found.length ? found : undefined;
    });
    assert.strictEqual(gaps.length, 1, `one gap expected, got: ${gaps.map((d) => d.message).join('; ')}`);
    assert.strictEqual(gaps[0].source, 'unreport');
    assert.match(gaps[0].message, /paragraph 3 is missing/);
    assert.strictEqual(gaps[0].range.start.line, GAP_LINE, `the finding should sit on the "4." line (${GAP_LINE + 1})`);
  });

  test('document symbols list the chapters', async () => {
    const symbols = await poll('document symbols', async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    });
    const all = names(symbols);
    const top = symbols.map((s) => s.name);
    for (const chapter of CHAPTERS) {
      assert.ok(top.some((n) => n.includes(chapter)), `chapter "${chapter}" missing from the top-level symbols: ${JSON.stringify(top)}`);
    }
    assert.ok(all.some((n) => /Africa/.test(n)), `section "A. Africa" missing from the symbols: ${JSON.stringify(all)}`);
  });
});
