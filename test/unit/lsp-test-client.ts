// A minimal LSP client for tests: spawns `node dist/server.js --stdio` and speaks real JSON-RPC
// to it over the child's stdin/stdout. Records diagnostics and log messages, answers
// workspace/configuration and applies workspace/applyEdit to its own copy of each document.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../../server/src/core/fix/edits';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

export interface TestClientOptions {
  rootUri: string;
  env?: Record<string, string>;
  /** The "unreport" settings for a document (workspace/configuration). */
  settings?: (scopeUri: string | undefined) => unknown;
}

interface OpenDocument {
  text: string;
  version: number;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly documents = new Map<string, OpenDocument>();
  private listeners: (() => void)[] = [];
  private stderr = '';

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: TestClientOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on('data', (d) => (client.stderr += d));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.push(p);
      client.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      client.logs.push(p.message);
      client.notify();
    });
    connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => options.settings?.(item.scopeUri) ?? {}),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => client.applyWorkspaceEdit(p));
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri,
      workspaceFolders: [{ uri: options.rootUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, definition: { linkSupport: false } },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string): void {
    this.documents.set(uri, { text, version: 1 });
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unreport', version: 1, text } });
  }

  /** Replaces the whole text (one content change without a range); returns the new version. */
  change(uri: string, text: string): number {
    const doc = this.documents.get(uri)!;
    doc.text = text;
    doc.version++;
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
    return doc.version;
  }

  /** Sends one incremental change (a range and its new text), as an editor does on a keystroke; returns the new version. */
  changeRange(uri: string, range: TextEdit['range'], text: string): number {
    const doc = this.documents.get(uri)!;
    doc.text = applyEdits(doc.text, [{ range, newText: text }]);
    doc.version++;
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text }] });
    return doc.version;
  }

  /** Applies edits to the client's copy and tells the server, as an editor does. */
  edit(uri: string, edits: TextEdit[]): number {
    return this.change(uri, applyEdits(this.documents.get(uri)!.text, edits));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The first diagnostics publication for the uri that satisfies the test. */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 8000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.diagnostics.find((p) => p.uri === uri && test(p)), timeoutMs);
  }

  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 8000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(value);
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(listener);
    });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private applyWorkspaceEdit(p: ApplyWorkspaceEditParams): { applied: boolean; failureReason?: string } {
    for (const change of p.edit.documentChanges ?? []) {
      if (!('textDocument' in change) || !('edits' in change)) continue;
      const doc = this.documents.get(change.textDocument.uri);
      if (!doc || (change.textDocument.version !== null && change.textDocument.version !== doc.version)) {
        return { applied: false, failureReason: 'document version changed' };
      }
      this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    return { applied: true };
  }
}
