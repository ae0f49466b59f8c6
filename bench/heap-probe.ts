// Preloaded into the language server by the bench (node -r out/bench/heap-probe.js dist/server.js):
// on SIGUSR2 it writes process.memoryUsage() (and again after a full GC when --expose-gc is on) to
// the file named by UNREPORT_BENCH_PROBE. The server itself is unchanged; without that variable
// this does nothing.
import * as fs from 'fs';

const out = process.env.UNREPORT_BENCH_PROBE;
if (out) {
  process.on('SIGUSR2', () => {
    const before = process.memoryUsage();
    const gc = (globalThis as { gc?: () => void }).gc;
    let after: NodeJS.MemoryUsage | undefined;
    if (gc) {
      gc();
      after = process.memoryUsage();
    }
    fs.writeFileSync(out + '.tmp', JSON.stringify({ before, after }));
    fs.renameSync(out + '.tmp', out);
  });
}
