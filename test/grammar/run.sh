#!/usr/bin/env bash
# Grammar tests: tokenizes test/grammar/*.unr with syntaxes/unreport.tmLanguage.json
# (vscode-tmgrammar-test) and checks the "%% ^^^ scope" assertion lines.
#
# Writing assertions: the comment token is "%%" (declared on the first line of each file);
# "%% ^^^ scope ..." checks the columns under the carets, "%%<~~~--- scope" checks the
# 3 characters starting at column 3 (use it under Chinese text, where carets cannot be
# aligned by eye). Put at most ONE "-" (prohibited scopes follow it) in an assertion:
# the tool's assertion parser backtracks exponentially on a line it cannot parse.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

runner=(npx --no-install vscode-tmgrammar-test)
if command -v timeout >/dev/null 2>&1; then runner=(timeout 300 "${runner[@]}"); fi

status=0
"${runner[@]}" -g syntaxes/unreport.tmLanguage.json 'test/grammar/*.unr' || status=$?
if [ "$status" -ne 0 ]; then
  echo "grammar tests FAILED (exit $status)" >&2
  exit 1
fi
