// CPU profile of the core on a synthetic draft:
//   node out/bench/profile.js [en|zh] [megabytes=10] [runs=3]
// generates the draft, runs a child under `node --cpu-prof` that checks it once to warm up and
// then `runs` times,
// and prints the functions (and regexes) with the most self time, and the inclusive time of
// the parser and of each rule. The .cpuprofile is kept (path printed) for Chrome DevTools.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkText } from '../server/src/core';
import { generateDraft, type Language } from './synthetic';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function key(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? f.url.replace(/^file:\/\//, '').split('/out/').pop()!.replace(/\.js$/, '') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

export function summarize(profile: Profile, top = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfById = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfById.set(id, (selfById.get(id) ?? 0) + dt);
    total += dt;
  });
  const self = new Map<string, number>();
  for (const [id, t] of selfById) self.set(key(byId.get(id)!), (self.get(key(byId.get(id)!)) ?? 0) + t);
  // Inclusive time per function, counting a recursive function once per stack.
  const inclusive = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, t] of selfById) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const msOf = (t: number) => `${(t / 1000).toFixed(0).padStart(6)} ms`;
  const lines: string[] = [`total sampled: ${(total / 1000).toFixed(0)} ms`, '', 'self time:'];
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(t)} ${msOf(t)}  ${k}`);
  lines.push('', 'inclusive time (parser, rules, checks):');
  const interesting = [...inclusive].filter(([k]) => /^(checkText|checkModel|parseDocument|build|classifyLine|scan\w+|model|check) |server\/src\/core\/rules\/|analysis\//.test(k));
  for (const [k, t] of interesting.sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(t)} ${msOf(t)}  ${k}`);
  return lines.join('\n');
}

function child(file: string, runs: number): void {
  const text = fs.readFileSync(file, 'utf8');
  checkText(text, { today: '2026-01-20' }); // warm-up (profiled too: the whole child is checkText)
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = checkText(text, { today: '2026-01-20' });
    console.log(`checkText ${path.basename(file)}: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, ${r.findings.length} findings`);
  }
}

function main(): void {
  if (process.argv[2] === '--child') return child(process.argv[3], Number(process.argv[4]));
  const [language = 'en', mb = '10', runs = '3'] = process.argv.slice(2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-profile-'));
  const file = path.join(dir, `draft-${language}-${mb}MB.unr`);
  fs.writeFileSync(file, generateDraft(Number(mb) * 1_000_000, 1, language as Language));
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval=100', `--cpu-prof-dir=${dir}`, '--max-old-space-size=8192', __filename, '--child', file, runs],
    { stdio: 'inherit' },
  );
  fs.rmSync(file);
  if (r.status !== 0) process.exit(r.status ?? 1);
  const profile = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
  console.log(`profile: ${path.join(dir, profile)}\n`);
  console.log(summarize(JSON.parse(fs.readFileSync(path.join(dir, profile), 'utf8')) as Profile));
}

if (require.main === module) main();
