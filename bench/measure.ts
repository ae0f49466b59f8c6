// Measurement worker: times one tool on one text, in a fresh process (so a slow or hanging case
// can be killed, and big documents do not share a heap). Started by bench.ts as
//   node out/bench/measure.js '<job JSON>'
// It prints one JSON line per timed run ({"ms": ...}) and a last line with the details, so the
// parent keeps the runs that finished when it has to kill a job at its time limit.
import * as fs from 'fs';
import { checkText } from '../server/src/core';
import { bareSinglePass } from './baseline';
import { PATHOLOGICAL } from './pathological';

export type Tool = 'unreport' | 'markdownlint' | 'bare';

export interface Job {
  tool: Tool;
  /** A file to read, or a pathological case to build. */
  file?: string;
  pathological?: { index: number; scale: number };
  warmup: number;
  /** Keep warming up, past `warmup` runs, until the warm-up runs have taken this long. */
  warmupMs?: number;
  minRuns: number;
  maxRuns: number;
  /** Stop repeating once the timed runs have taken this long (after minRuns). */
  budgetMs: number;
  today: string;
}

export interface JobDetails {
  done: true;
  bytes: number;
  lines: number;
  findings?: number;
  byCode?: Record<string, number>;
  model?: Record<string, number>;
}

type Lint = (options: { strings: Record<string, string>; config?: unknown }) => Record<string, unknown[]>;

function main(): void {
  const job = JSON.parse(process.argv[2]) as Job;
  const text = job.file !== undefined ? fs.readFileSync(job.file, 'utf8') : PATHOLOGICAL[job.pathological!.index].make(job.pathological!.scale);
  const details: JobDetails = { done: true, bytes: Buffer.byteLength(text), lines: countLines(text) };
  let run: () => void;
  if (job.tool === 'unreport') {
    let first = true;
    run = () => {
      const result = checkText(text, { today: job.today });
      if (first) {
        first = false;
        details.findings = result.findings.length;
        details.byCode = {};
        for (const f of result.findings) details.byCode[f.code] = (details.byCode[f.code] ?? 0) + 1;
        const m = result.model;
        details.model = {
          paragraphs: m.paragraphs.length,
          headings: m.headings.length,
          footnoteMarkers: m.footnoteMarkers.length,
          footnoteTexts: m.footnoteTexts.length,
          crossReferences: m.crossReferences.length,
          resolutions: m.resolutions.length,
          symbols: m.symbols.length,
        };
      }
    };
  } else if (job.tool === 'markdownlint') {
    // markdownlint 0.40 is an ES module; Node 20.19+ loads it with require() (its documented sync API).
    const { lint } = require('markdownlint/sync') as { lint: Lint };
    let first = true;
    run = () => {
      const result = lint({ strings: { draft: text } });
      if (first) {
        first = false;
        details.findings = result.draft.length;
      }
    };
  } else {
    let sink = 0;
    run = () => {
      sink += bareSinglePass(text);
    };
    process.on('exit', () => void (sink === -1 && console.error(sink)));
  }
  // Warm-up runs are timed too: the first is what a one-off run (the CLI on one draft) pays.
  let warming = 0;
  for (let i = 0; i < job.warmup || warming < (job.warmupMs ?? 0); i++) {
    const t0 = process.hrtime.bigint();
    run();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    warming += ms;
    process.stdout.write(JSON.stringify({ warmupMs: ms }) + '\n');
  }
  let spent = 0;
  for (let i = 0; i < job.maxRuns; i++) {
    if (i >= job.minRuns && spent >= job.budgetMs) break;
    const t0 = process.hrtime.bigint();
    run();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    spent += ms;
    process.stdout.write(JSON.stringify({ ms }) + '\n');
  }
  process.stdout.write(JSON.stringify(details) + '\n');
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

if (require.main === module) main();
