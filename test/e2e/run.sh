#!/usr/bin/env bash
# End-to-end test: the packaged extension in a real VS Code (code-server), driven
# by Playwright through Debian's Chromium. See test/e2e/README.md.
#
#   bash test/e2e/run.sh
#
# Environment (all optional):
#   E2E_VSIX=path.vsix     use this .vsix instead of building one with `npm run package`
#   E2E_BUDGET=290         seconds the whole run may take once code-server is installed
#   E2E_INSTALL_TIMEOUT=900  seconds allowed for a first install of code-server
#   E2E_KEEP=1             keep the temp dir (user data, logs) for inspection
#   E2E_HEADED=1           show the browser (needs a display)
#   CHROMIUM=/usr/bin/chromium
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(git -C "$HERE" rev-parse --show-toplevel 2>/dev/null || (cd "$HERE/../.." && pwd))
INSTALLER="$ROOT/../shared/tools/install-code-server.sh"
ARTIFACTS="$HERE/artifacts"
BUDGET=${E2E_BUDGET:-290}
T0=$(date +%s)

log() { printf 'e2e: [%3ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

if [ ! -f "$INSTALLER" ]; then
  echo "e2e: skipped: install-code-server.sh not found"
  exit 0
fi

# 1. code-server + chromium (idempotent; instant when already installed).
log "installing code-server (if needed)"
if ! ENTRY=$(timeout --kill-after=10 "${E2E_INSTALL_TIMEOUT:-900}" bash "$INSTALLER" | tail -n 1); then
  echo "e2e: FAILED: $INSTALLER did not complete within ${E2E_INSTALL_TIMEOUT:-900}s" >&2
  exit 1
fi
if [ ! -f "$ENTRY" ]; then
  echo "e2e: FAILED: installer printed '$ENTRY', which is not a file" >&2
  exit 1
fi
if ! (cd "$ROOT" && node -e 'require.resolve("playwright-core")') 2>/dev/null; then
  echo "e2e: FAILED: playwright-core is not installed (run npm ci)" >&2
  exit 1
fi
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "e2e: FAILED: no Chromium at $CHROMIUM" >&2
  exit 1
fi

# From here on every step is bounded by what is left of the budget.
DEADLINE=$(( $(date +%s) + BUDGET ))
left() { echo $(( DEADLINE - $(date +%s) )); }
CHILD=
bounded() { # bounded MAXSECONDS cmd...: run cmd for at most min(MAXSECONDS, time left)
  local max=$1 l rc; shift
  l=$(left)
  if [ "$l" -lt 5 ]; then echo "e2e: time budget of ${BUDGET}s exhausted before: $*" >&2; return 124; fi
  if [ "$l" -lt "$max" ]; then max=$l; fi
  # In the background + wait, so that INT/TERM reach the traps at once (cleanup ends CHILD).
  timeout --kill-after=5 "$max" "$@" &
  CHILD=$!
  rc=0; wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/unreport-e2e.XXXXXX")
CS_PID=
cleanup() {
  local rc=$?
  trap - INT TERM
  if [ -n "$CHILD" ]; then kill -TERM "$CHILD" 2>/dev/null || true; wait "$CHILD" 2>/dev/null || true; fi
  if [ -n "$CS_PID" ]; then
    # code-server runs in its own process group (setsid): end the whole group.
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  # Keep the logs: code-server's, and VS Code's (extension host, output channels of extensions).
  if [ -f "$TMP/code-server.log" ]; then cp "$TMP/code-server.log" "$ARTIFACTS/code-server.log" 2>/dev/null || true; fi
  if [ -d "$TMP/user-data/logs" ]; then cp -r "$TMP/user-data/logs" "$ARTIFACTS/vscode-logs" 2>/dev/null || true; fi
  if [ -n "${E2E_KEEP:-}" ]; then echo "e2e: kept $TMP"; else rm -rf "$TMP"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"

# 2. The .vsix.
if [ -n "${E2E_VSIX:-}" ]; then
  VSIX=$(cd "$(dirname "$E2E_VSIX")" && pwd)/$(basename "$E2E_VSIX")
  [ -f "$VSIX" ] || { echo "e2e: FAILED: E2E_VSIX=$E2E_VSIX does not exist" >&2; exit 1; }
  log "using $VSIX"
else
  if ! (cd "$ROOT" && node -e 'process.exit(require("./package.json").scripts?.package ? 0 : 1)'); then
    echo "e2e: skipped: package.json has no \"package\" script to build the .vsix"
    exit 0
  fi
  log "building the .vsix (npm run package)"
  touch "$TMP/stamp"
  if ! bounded 180 npm --prefix "$ROOT" run --silent package </dev/null >"$TMP/package.log" 2>&1; then
    cat "$TMP/package.log" >&2
    echo "e2e: FAILED: npm run package" >&2
    exit 1
  fi
  # The newest .vsix written by the build (vsce writes NAME-VERSION.vsix at the root).
  VSIX=$(find "$ROOT" -maxdepth 2 -name '*.vsix' -newer "$TMP/stamp" -not -path '*/node_modules/*' \
           -printf '%T@ %p\n' | sort -rn | head -n 1 | cut -d' ' -f2-)
  if [ -z "$VSIX" ]; then
    cat "$TMP/package.log" >&2
    echo "e2e: FAILED: npm run package wrote no .vsix" >&2
    exit 1
  fi
  log "built $VSIX"
fi

# 3. A fresh profile: extensions dir, user data, workspace.
UD="$TMP/user-data" EXT="$TMP/extensions" WS="$TMP/workspace"
mkdir -p "$UD/User" "$EXT" "$WS" "$TMP/xdg-config" "$TMP/xdg-data"
cp "$HERE/workspace/draft.unr" "$WS/"
cat >"$UD/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "editor.hover.delay": 300,
  "files.autoSave": "off",
  "window.restoreWindows": "none"
}
JSON
# code-server keeps its own config and state under XDG dirs: keep them in $TMP.
export XDG_CONFIG_HOME="$TMP/xdg-config" XDG_DATA_HOME="$TMP/xdg-data"

log "installing the .vsix into a fresh extensions dir"
if ! bounded 90 node "$ENTRY" --user-data-dir "$UD" --extensions-dir "$EXT" \
       --install-extension "$VSIX" >"$TMP/install-extension.log" 2>&1; then
  cat "$TMP/install-extension.log" >&2
  echo "e2e: FAILED: code-server --install-extension $VSIX" >&2
  exit 1
fi
if ! ls "$EXT" | grep -q .; then
  cat "$TMP/install-extension.log" >&2
  echo "e2e: FAILED: the extensions dir is empty after installing $VSIX" >&2
  exit 1
fi

# 4. code-server on a free loopback port.
http_ok() {
  if command -v curl >/dev/null; then curl -fsS -m 2 -o /dev/null "$1" 2>/dev/null; return; fi
  node -e 'require("http").get(process.argv[1],{timeout:2000},(r)=>process.exit(r.statusCode===200?0:1)).on("error",()=>process.exit(1))' "$1"
}
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
start_code_server() {
  PORT=$(free_port)
  setsid node "$ENTRY" --auth none --bind-addr "127.0.0.1:$PORT" --config "$TMP/config.yaml" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --ignore-last-opened \
    --user-data-dir "$UD" --extensions-dir "$EXT" "$WS" \
    >>"$TMP/code-server.log" 2>&1 </dev/null &
  CS_PID=$!
  local i
  for i in $(seq 1 120); do
    if ! kill -0 "$CS_PID" 2>/dev/null; then return 1; fi
    if http_ok "http://127.0.0.1:$PORT/healthz"; then return 0; fi
    [ "$(left)" -gt 0 ] || return 1
    sleep 0.5
  done
  return 1
}
log "starting code-server"
started=
for attempt in 1 2 3; do
  if start_code_server; then started=1; break; fi
  # The port may have been taken between choosing and binding it: try another one.
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
  CS_PID=
  log "code-server did not come up (attempt $attempt)"
done
if [ -z "$started" ]; then
  tail -n 40 "$TMP/code-server.log" >&2
  echo "e2e: FAILED: code-server did not start" >&2
  exit 1
fi
log "code-server is up on 127.0.0.1:$PORT (pid $CS_PID)"

# 5. The browser test.
log "running the Playwright test"
set +e
E2E_URL="http://127.0.0.1:$PORT/" E2E_WORKSPACE="$WS" E2E_ARTIFACTS="$ARTIFACTS" \
  CHROMIUM="$CHROMIUM" E2E_TEST_TIMEOUT=$(( $(left) - 10 )) \
  bounded 280 node "$HERE/e2e.test.js"
status=$?
set -e
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "e2e: FAILED: the Playwright test was killed at the time limit" >&2
fi
log "done (status $status); screenshots in ${ARTIFACTS#"$ROOT"/}"
exit "$status"
