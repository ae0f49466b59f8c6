// Times what VS Code counts as the extension's "code loading": require() of the client bundle in a
// fresh Node process. Started by bench.ts as `node out/bench/load-client.js <bundle>`; prints {"ms": ...}.
// There is no VS Code here, so `vscode` is a stand-in that answers every property: the bundle only
// reads from it when activate() runs, which this does not call (VS Code's own figure, activation
// included, comes from the end-to-end test: test/e2e/artifacts/activation.json).
import Module = require('module');

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Load };

function standIn(): unknown {
  const handler: ProxyHandler<() => void> = { get: (_target, key) => (key === 'prototype' ? {} : standIn()) };
  return new Proxy(function vscode() {}, handler);
}

function main(): void {
  const load = moduleWithLoad._load;
  moduleWithLoad._load = function (request, parent, isMain) {
    return request === 'vscode' ? standIn() : load.call(this, request, parent, isMain);
  };
  const t0 = process.hrtime.bigint();
  require(process.argv[2]);
  process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6 }) + '\n');
}

main();
