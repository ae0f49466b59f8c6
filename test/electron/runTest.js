#!/usr/bin/env node
// Runs test/electron/suite inside a real VS Code (Electron) with @vscode/test-electron.
//
//   VSCODE_EXECUTABLE=/path/to/code node test/electron/runTest.js
//
// Nothing is downloaded (the network is closed): without VSCODE_EXECUTABLE pointing at a
// VS Code binary, the suite is skipped with exit status 0. code-server's bundled VS Code
// cannot stand in: it has no Electron. The extension is loaded from the repository root
// (--extensionDevelopmentPath), so dist/ must be built; this script builds it when absent.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const WORKSPACE = path.join(ROOT, 'test', 'e2e', 'workspace');

async function main() {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (!exe || !fs.existsSync(exe)) {
    console.log('electron suite: skipped: set VSCODE_EXECUTABLE to a VS Code binary');
    return 0;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const main = manifest.main && path.join(ROOT, manifest.main);
  if (main && !fs.existsSync(main)) {
    console.log(`electron suite: ${manifest.main} is missing; building (node esbuild.js)`);
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit', timeout: 120000 });
  }

  const { runTests } = require('@vscode/test-electron');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-electron-'));
  const killer = setTimeout(() => {
    console.error('electron suite: FAILED: no result within 5 minutes');
    process.exit(1);
  }, 5 * 60 * 1000);
  try {
    await runTests({
      vscodeExecutablePath: path.resolve(exe),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        WORKSPACE,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--disable-telemetry', // with the network closed, telemetry errors would surface as uncaught errors in tests
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--no-sandbox',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
      extensionTestsEnv: { UNREPORT_FIXTURE: path.join(WORKSPACE, 'draft.unr') },
    });
    console.log('electron suite: passed');
    return 0;
  } catch (err) {
    console.error(`electron suite: FAILED: ${err && err.message ? err.message : err}`);
    return 1;
  } finally {
    clearTimeout(killer);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
