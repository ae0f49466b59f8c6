#!/usr/bin/env bash
# Runs every test suite: unit and server tests (mocha, with coverage of the core), the grammar
# tests, the end-to-end test in a real VS Code (code-server + Chromium), and the
# @vscode/test-electron suite where a VS Code binary exists. Installs what it needs.
set -uo pipefail
cd "$(dirname "$0")/.."
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

if [ ! -x node_modules/.bin/mocha ] || [ ! -x node_modules/.bin/esbuild ]; then
  echo "== installing dependencies (npm ci)"
  npm ci || exit 2
fi

passed=0 failed=0 skipped=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() { # suite name, pass, fail, skip
  passed=$((passed + $2)); failed=$((failed + $3)); skipped=$((skipped + $4))
  echo "== $1: $2 passed, $3 failed, $4 skipped"
}

echo "== build"
node esbuild.js && npx tsc -p . || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

echo "== unit and server tests (mocha, coverage of the core)"
npx c8 --reporter=text-summary --reporter=json-summary --report-dir=coverage \
  --include='out/server/src/core/**' mocha 2>&1 | tee "$log"
p=$(grep -Eo '[0-9]+ passing' "$log" | grep -Eo '[0-9]+' || echo 0)
f=$(grep -Eo '[0-9]+ failing' "$log" | grep -Eo '[0-9]+' || echo 0)
s=$(grep -Eo '[0-9]+ pending' "$log" | grep -Eo '[0-9]+' || echo 0)
count mocha "${p:-0}" "${f:-0}" "${s:-0}"

if [ -f test/grammar/run.sh ]; then
  echo "== grammar tests"
  if bash test/grammar/run.sh 2>&1 | tee "$log"; then count grammar 1 0 0; else count grammar 0 1 0; fi
fi

if [ -f test/e2e/run.sh ]; then
  echo "== end-to-end test in code-server"
  if timeout 1500 bash test/e2e/run.sh 2>&1 | tee "$log"; then
    if grep -q 'e2e: skipped' "$log"; then count e2e 0 0 1; else count e2e 1 0 0; fi
  else
    count e2e 0 1 0
  fi
fi

if [ -f test/electron/runTest.js ]; then
  echo "== @vscode/test-electron suite"
  if node test/electron/runTest.js 2>&1 | tee "$log"; then
    if grep -q 'skipped' "$log"; then count electron 0 0 1; else count electron 1 0 0; fi
  else
    count electron 0 1 0
  fi
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
