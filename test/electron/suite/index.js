// Entry point loaded by VS Code's extension test runner (--extensionTestsPath):
// runs every *.test.js file next to it with Mocha (TDD interface) inside the extension host.
'use strict';

const fs = require('fs');
const path = require('path');

function loadMocha() {
  // Mocha 12 is an ES module whose CommonJS build sits in lib/mocha.cjs; VS Code's
  // Electron may be too old to require() an ES module, so prefer the CommonJS file.
  try {
    return require('mocha/lib/mocha.cjs');
  } catch {
    return require('mocha');
  }
}

function run() {
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}

module.exports = { run };
