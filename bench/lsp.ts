// Edit-to-diagnostics and request latency through the real language server, over JSON-RPC on
// the child's stdio (standard LSP only): spawn `node dist/server.js --stdio`, initialize, open
// drafts, change one character, and time until textDocument/publishDiagnostics for the new
// version arrives. Every step has a time limit; a missing server or an unimplemented request
// becomes a "skipped: <reason>" row, never a failure of the bench.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV, serverEnv } from '../server/src/lsp/launch';

export interface LspDraft {
  label: string;
  bytes: number;
  text: string;
  language: 'en' | 'zh';
}

export interface LspRow {
  name: string;
  /** Milliseconds (or MB for memory rows); undefined when skipped. */
  value?: number;
  unit: 'ms' | 'MB' | 'count';
  samples?: number[];
  /** Why the row has no figure. */
  skipped?: string;
  note?: string;
}

export interface LspOptions {
  root: string;
  /** renumber: a 10 MB draft with one paragraph per line and a paragraph 1 inserted before the first. */
  drafts: { oneMb: LspDraft; tenMb?: LspDraft; fiftyMb?: LspDraft; renumber?: LspDraft };
  tmp: string;
  log: (s: string) => void;
  /** Per wait for diagnostics on a change. */
  timeoutMs: number;
}

interface Waiter {
  uri: string;
  version: number | undefined;
  resolve: (p: PublishDiagnosticsParams) => void;
}

class Client {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  settings: Record<string, unknown> = { debounceMs: 0 };
  private waiters: Waiter[] = [];
  readonly errors: string[] = [];
  exited: string | undefined;

  constructor(serverPath: string, probeModule: string, readonly probeFile: string) {
    // Exactly the flags and environment the extension starts the server with (server/src/lsp/launch.ts;
    // the probe's figure after a full GC needs --expose-gc, which is among them).
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, '-r', probeModule, serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...serverEnv(process.env), UNREPORT_BENCH_PROBE: probeFile },
    });
    this.child.stderr!.on('data', (d: Buffer) => this.errors.push(d.toString()));
    this.child.on('exit', (code, signal) => {
      this.exited = `server exited (code ${code}, signal ${signal})`;
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'unreport' || item.section === undefined ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1) this.errors.push(p.message);
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const still: Waiter[] = [];
      for (const w of this.waiters) {
        if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version >= w.version)) w.resolve(p);
        else still.push(w);
      }
      this.waiters = still;
    });
    this.connection.listen();
  }

  /** Resolves with the first publishDiagnostics for uri at this version (or later); rejects on time out. */
  diagnostics(uri: string, version: number | undefined, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(this.exited ?? `no diagnostics within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      this.waiters.push(waiter);
    });
  }

  async request<T>(method: string, params: unknown, timeoutMs: number): Promise<T> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<T>, timeoutMs, method);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  rssMb(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** heapUsed (and after a full GC) from the preloaded probe, in MB. */
  async heap(): Promise<{ heapUsed: number; heapUsedAfterGc?: number; rssInside: number } | undefined> {
    try {
      fs.rmSync(this.probeFile, { force: true });
      this.child.kill('SIGUSR2');
      for (let i = 0; i < 100; i++) {
        await sleep(50);
        if (fs.existsSync(this.probeFile)) {
          const m = JSON.parse(fs.readFileSync(this.probeFile, 'utf8')) as { before: NodeJS.MemoryUsage; after?: NodeJS.MemoryUsage };
          return { heapUsed: m.before.heapUsed / 1e6, heapUsedAfterGc: m.after && m.after.heapUsed / 1e6, rssInside: m.before.rss / 1e6 };
        }
      }
    } catch {
      // reported as missing
    }
    return undefined;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 3000, 'shutdown');
      void this.connection.sendNotification('exit');
    } catch {
      // kill below
    }
    await sleep(200);
    if (!this.exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /not (found|implemented)|Unhandled method|MethodNotFound|-32601/i.test(message) ? `not implemented (${message})` : message;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A one-character edit site: a wrapped paragraph line near `fraction` of the document, after a space (en) or a comma (zh). */
function editSite(lines: string[], fraction: number, language: 'en' | 'zh'): { line: number; character: number } {
  const start = Math.min(lines.length - 1, Math.max(0, Math.floor(lines.length * fraction)));
  const ok = (l: string) => l.length > 30 && (language === 'en' ? /^[a-z]/.test(l) : /^[\u4e00-\u9fff]/.test(l));
  for (let d = 0; d < lines.length; d++) {
    for (const i of [start - d, start + d]) {
      if (i < 0 || i >= lines.length || !ok(lines[i])) continue;
      const at = language === 'en' ? lines[i].indexOf(' ', lines[i].length >> 1) : lines[i].indexOf('，');
      if (at > 0) return { line: i, character: at + 1 };
    }
  }
  return { line: 0, character: 0 };
}

/** The number of a "see para. N above" / "见上文第 N 段" near the middle. */
function crossReferenceSite(lines: string[]): { line: number; character: number } | undefined {
  const re = /para\. (\d+) above|上文第 (\d+) 段/;
  for (let i = lines.length >> 1; i < lines.length; i++) {
    const m = re.exec(lines[i]);
    if (m) return { line: i, character: m.index + m[0].search(/\d/) + 1 };
  }
  return undefined;
}

export async function runLsp(o: LspOptions): Promise<LspRow[]> {
  const rows: LspRow[] = [];
  const serverPath = path.join(o.root, 'dist', 'server.js');
  const skipAll = (why: string) => {
    for (const name of ROW_NAMES) rows.push({ name, unit: name.startsWith('RSS') || name.startsWith('heap') ? 'MB' : 'ms', skipped: why });
    return rows;
  };
  if (!fs.existsSync(serverPath)) return skipAll('dist/server.js does not exist yet');
  const probe = path.join(o.root, 'out', 'bench', 'heap-probe.js');
  const spawned = now();
  const client = new Client(serverPath, probe, path.join(o.tmp, 'heap-probe.json'));
  const row = (name: string, unit: LspRow['unit'], f: () => Promise<number | { value: number; samples?: number[]; note?: string }>) =>
    f().then(
      (r) => rows.push(typeof r === 'number' ? { name, unit, value: r } : { name, unit, ...r }),
      (e) => rows.push({ name, unit, skipped: reason(e) }),
    );
  try {
    const rootUri = pathToFileURL(o.tmp).href;
    await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        initializationOptions: { settings: { unreport: { debounceMs: 0 } }, debounceMs: 0 },
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            definition: { linkSupport: true },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
          },
        },
      },
      20000,
    );
    // What the extension's activation waits for after it starts the server (client.start()).
    rows.push({ name: 'server start→initialize result', unit: 'ms', value: now() - spawned, note: 'node start, dist/server.js loaded, initialize answered' });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings: { unreport: { debounceMs: 0 } } });
    await sleep(100);

    const versions = new Map<string, number>();
    const open = async (d: LspDraft, timeoutMs: number) => {
      const uri = pathToFileURL(path.join(o.tmp, `lsp-${d.label.replace(/\s+/g, '')}.unr`)).href;
      versions.set(uri, 1);
      const t0 = now();
      const waiting = client.diagnostics(uri, 1, timeoutMs);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'unreport', version: 1, text: d.text } });
      const p = await waiting;
      return { uri, ms: now() - t0, diagnostics: p.diagnostics.length };
    };
    /** Applies one incremental change and times until its diagnostics arrive. */
    const change = async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string, timeoutMs: number) => {
      const version = versions.get(uri)! + 1;
      versions.set(uri, version);
      const waiting = client.diagnostics(uri, version, timeoutMs);
      const t0 = now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      const p = await waiting;
      return { ms: now() - t0, diagnostics: p.diagnostics.length };
    };
    /** Insert one character at start, middle and end, and delete it again: six timed edits. */
    const edits = async (d: LspDraft, uri: string, timeoutMs: number, pairs: number) => {
      const lines = d.text.split('\n');
      const out: Record<string, number[]> = { start: [], middle: [], end: [] };
      const ch = d.language === 'en' ? 's' : '的';
      for (const [where, fraction] of [['start', 0.02], ['middle', 0.5], ['end', 0.97]] as const) {
        const at = editSite(lines, fraction, d.language);
        const after = { line: at.line, character: at.character + 1 };
        for (let i = 0; i < pairs; i++) {
          out[where].push((await change(uri, { start: at, end: at }, ch, timeoutMs)).ms);
          out[where].push((await change(uri, { start: at, end: after }, '', timeoutMs)).ms);
        }
      }
      return out;
    };
    const editRows = async (d: LspDraft, uri: string, timeoutMs: number, pairs: number, warmupPairs: number) => {
      // The first edits after an open run the server's re-check path before the compiler has
      // optimized it: they are reported apart (the first one), and the timed edits follow them.
      try {
        const lines = d.text.split('\n');
        const at = editSite(lines, 0.3, d.language);
        const warm: number[] = [];
        for (let i = 0; i < warmupPairs; i++) {
          warm.push((await change(uri, { start: at, end: at }, d.language === 'en' ? 's' : '的', timeoutMs)).ms);
          warm.push((await change(uri, { start: at, end: { line: at.line, character: at.character + 1 } }, '', timeoutMs)).ms);
        }
        rows.push({ name: `first edit→diagnostics after opening ${d.label}`, unit: 'ms', value: warm[0], samples: warm, note: `then ${warm.length - 1} more untimed edits before the rows below` });
      } catch (error) {
        rows.push({ name: `first edit→diagnostics after opening ${d.label}`, unit: 'ms', skipped: reason(error) });
      }
      try {
        const e = await edits(d, uri, timeoutMs, pairs);
        for (const where of ['start', 'middle', 'end']) {
          rows.push({ name: `edit→diagnostics ${d.label} (${where})`, unit: 'ms', value: median(e[where]), samples: e[where], note: 'debounce 0' });
        }
      } catch (error) {
        for (const where of ['start', 'middle', 'end']) rows.push({ name: `edit→diagnostics ${d.label} (${where})`, unit: 'ms', skipped: reason(error) });
      }
    };

    const timed = async (method: string, params: unknown, check: (r: unknown) => string | undefined, repeats = 5) => {
      const samples: number[] = [];
      let note: string | undefined;
      for (let i = 0; i < repeats; i++) {
        const t0 = now();
        const r = await client.request<unknown>(method, params, 60000);
        samples.push(now() - t0);
        note = check(r);
      }
      return { value: median(samples), samples, note };
    };

    // ---- 1 MB: open, edits without debounce, then the same edit with the default debounce ----
    const one = o.drafts.oneMb;
    const opened1 = await open(one, 60000);
    rows.push({ name: `open→diagnostics ${one.label}`, unit: 'ms', value: opened1.ms, note: `${opened1.diagnostics} diagnostics` });
    await editRows(one, opened1.uri, o.timeoutMs, 3, 5);
    await row(`edit→diagnostics ${one.label}, debounceMs 150 (default)`, 'ms', async () => {
      client.settings = { debounceMs: 150 };
      const republished = client.diagnostics(opened1.uri, versions.get(opened1.uri), 30000);
      client.notify('workspace/didChangeConfiguration', { settings: { unreport: { debounceMs: 150 } } });
      await republished;
      const lines = one.text.split('\n');
      const at = editSite(lines, 0.5, one.language);
      const samples: number[] = [];
      samples.push((await change(opened1.uri, { start: at, end: at }, 's', o.timeoutMs + 1000)).ms);
      samples.push((await change(opened1.uri, { start: at, end: { line: at.line, character: at.character + 1 } }, '', o.timeoutMs + 1000)).ms);
      client.settings = { debounceMs: 0 };
      const back = client.diagnostics(opened1.uri, versions.get(opened1.uri), 30000);
      client.notify('workspace/didChangeConfiguration', { settings: { unreport: { debounceMs: 0 } } });
      await back;
      return { value: median(samples), samples, note: 'includes the 150 ms debounce' };
    });

    // ---- 10 MB: open, edits, requests, memory ----
    const ten = o.drafts.tenMb;
    if (!ten) {
      for (const name of ROW_NAMES.filter((n) => n.includes('10 MB') || n.includes('50 MB'))) rows.push({ name, unit: name.startsWith('RSS') || name.startsWith('heap') ? 'MB' : 'ms', skipped: '--quick' });
    } else {
      const opened10 = await open(ten, 180000).catch((e) => {
        rows.push({ name: `open→diagnostics ${ten.label}`, unit: 'ms', skipped: reason(e) });
        return undefined;
      });
      if (opened10) {
        rows.push({ name: `open→diagnostics ${ten.label}`, unit: 'ms', value: opened10.ms, note: `${opened10.diagnostics} diagnostics` });
        await editRows(ten, opened10.uri, Math.max(o.timeoutMs, 60000), 2, 2);
        const lines = ten.text.split('\n');
        const site = crossReferenceSite(lines);
        const doc = { uri: opened10.uri };
        await row(`hover ${ten.label} (cross-reference)`, 'ms', () =>
          timed('textDocument/hover', { textDocument: doc, position: site ?? { line: 0, character: 0 } }, (r) => (r ? undefined : 'empty answer')),
        );
        await row(`definition ${ten.label} (cross-reference)`, 'ms', () =>
          timed('textDocument/definition', { textDocument: doc, position: site ?? { line: 0, character: 0 } }, (r) =>
            Array.isArray(r) && r.length ? undefined : 'empty answer',
          ),
        );
        await row(`documentSymbol ${ten.label}`, 'ms', () =>
          timed('textDocument/documentSymbol', { textDocument: doc }, (r) => (Array.isArray(r) ? `${r.length} top-level symbols` : 'empty answer'), 3),
        );
        const rss10 = client.rssMb();
        const heap10 = await client.heap();
        rows.push(rss10 !== undefined ? { name: `RSS with ${o.drafts.oneMb.label} + ${ten.label} open`, unit: 'MB', value: rss10 } : { name: `RSS with ${o.drafts.oneMb.label} + ${ten.label} open`, unit: 'MB', skipped: 'no /proc' });
        rows.push(heap10 ? { name: `heapUsed with ${o.drafts.oneMb.label} + ${ten.label} open`, unit: 'MB', value: heap10.heapUsed, note: heap10.heapUsedAfterGc !== undefined ? `${heap10.heapUsedAfterGc.toFixed(0)} MB after a full GC` : undefined } : { name: `heapUsed with ${o.drafts.oneMb.label} + ${ten.label} open`, unit: 'MB', skipped: 'probe did not answer' });
        client.notify('textDocument/didClose', { textDocument: { uri: opened10.uri } });
      }
      client.notify('textDocument/didClose', { textDocument: { uri: opened1.uri } });
      await sleep(300);

      // ---- renumbering: every paragraph after an inserted paragraph 1, and the cross-references ----
      const renumber = o.drafts.renumber;
      if (renumber) {
        // With hard-wrapped paragraphs the parser reads a renumbered paragraph as a subsection
        // heading and offers no renumbering, so this draft keeps each paragraph on one line.
        await row(`renumber code action ${renumber.label}`, 'ms', async () => {
          const opened = await open(renumber, 180000);
          try {
            const r = await timed(
              'textDocument/codeAction',
              {
                textDocument: { uri: opened.uri },
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                context: { diagnostics: [], only: ['source.unreport.renumberParagraphs'] },
              },
              (res) => {
                const actions = res as { edit?: { changes?: Record<string, unknown[]>; documentChanges?: { edits: unknown[] }[] } }[] | null;
                if (!actions?.length) return 'no action offered';
                const e = actions[0].edit;
                const count = e?.documentChanges ? e.documentChanges.reduce((n, d) => n + d.edits.length, 0) : Object.values(e?.changes ?? {}).reduce((n, x) => n + x.length, 0);
                return `${count} edits (paragraph numbers and cross-references)`;
              },
              3,
            );
            return r;
          } finally {
            client.notify('textDocument/didClose', { textDocument: { uri: opened.uri } });
          }
        });
        await sleep(300);
      }

      // ---- 50 MB: open alone, memory ----
      const fifty = o.drafts.fiftyMb;
      if (fifty) {
        try {
          const opened50 = await open(fifty, 300000);
          rows.push({ name: `open→diagnostics ${fifty.label}`, unit: 'ms', value: opened50.ms, note: `${opened50.diagnostics} diagnostics` });
          const rss = client.rssMb();
          const heap = await client.heap();
          rows.push(rss !== undefined ? { name: `RSS with ${fifty.label} open`, unit: 'MB', value: rss } : { name: `RSS with ${fifty.label} open`, unit: 'MB', skipped: 'no /proc' });
          rows.push(heap ? { name: `heapUsed with ${fifty.label} open`, unit: 'MB', value: heap.heapUsed, note: heap.heapUsedAfterGc !== undefined ? `${heap.heapUsedAfterGc.toFixed(0)} MB after a full GC; RSS after GC ${client.rssMb()?.toFixed(0)} MB` : undefined } : { name: `heapUsed with ${fifty.label} open`, unit: 'MB', skipped: 'probe did not answer' });
        } catch (error) {
          for (const name of [`open→diagnostics ${fifty.label}`, `RSS with ${fifty.label} open`, `heapUsed with ${fifty.label} open`]) rows.push({ name, unit: name.startsWith('open') ? 'ms' : 'MB', skipped: reason(error) });
        }
      }
    }
  } catch (error) {
    if (!rows.length) return skipAll(reason(error) + (client.errors.length ? ` (${client.errors.join(' ').slice(0, 300)})` : ''));
    rows.push({ name: 'LSP session', unit: 'ms', skipped: reason(error) });
  } finally {
    await client.stop();
  }
  if (client.errors.length) o.log(`server stderr/errors: ${client.errors.join(' ').slice(0, 500)}`);
  return rows;
}

const ROW_NAMES = [
  'server start→initialize result',
  'open→diagnostics 1 MB',
  'first edit→diagnostics after opening 1 MB',
  'edit→diagnostics 1 MB (start)',
  'edit→diagnostics 1 MB (middle)',
  'edit→diagnostics 1 MB (end)',
  'edit→diagnostics 1 MB, debounceMs 150 (default)',
  'open→diagnostics 10 MB',
  'first edit→diagnostics after opening 10 MB',
  'edit→diagnostics 10 MB (start)',
  'edit→diagnostics 10 MB (middle)',
  'edit→diagnostics 10 MB (end)',
  'hover 10 MB (cross-reference)',
  'definition 10 MB (cross-reference)',
  'documentSymbol 10 MB',
  'renumber code action 10 MB, one paragraph per line, paragraph 1 inserted',
  'RSS with 1 MB + 10 MB open',
  'heapUsed with 1 MB + 10 MB open',
  'open→diagnostics 50 MB',
  'RSS with 50 MB open',
  'heapUsed with 50 MB open',
];

export const _internal = { editSite, crossReferenceSite };
