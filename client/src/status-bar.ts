// "¶ 134 · fn 194 · 7,950/8,500 words" for the active unreport editor, from the server's
// unreport/stats request; hidden for other editors.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface DocumentStats {
  paragraphs: number;
  footnotes: number;
  words: number;
  wordLimit: number;
}

const STATS_REQUEST = 'unreport/stats';
const UPDATE_DELAY_MS = 300;

export class StatsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('unreport.stats', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  private request = 0;

  constructor(private readonly client: LanguageClient, private readonly languageId: string) {
    this.item.name = 'unreport: paragraphs, footnotes and words';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.scheduleUpdate();
      }),
    );
    this.update();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== this.languageId) {
      this.item.hide();
      return;
    }
    const request = ++this.request;
    let stats: DocumentStats | null = null;
    try {
      stats = await this.client.sendRequest<DocumentStats | null>(STATS_REQUEST, { textDocument: { uri: document.uri.toString() } });
    } catch {
      stats = null;
    }
    if (request !== this.request) return; // a later update is under way
    if (!stats) {
      this.item.hide();
      return;
    }
    this.show(stats);
  }

  private show(stats: DocumentStats): void {
    const n = (x: number) => x.toLocaleString('en-US');
    const over = stats.words > stats.wordLimit;
    this.item.text = `¶ ${n(stats.paragraphs)} · fn ${n(stats.footnotes)} · ${n(stats.words)}/${n(stats.wordLimit)} words`;
    this.item.tooltip = `${n(stats.paragraphs)} numbered paragraphs, ${n(stats.footnotes)} footnotes, ${n(stats.words)} words` +
      ` (Secretariat reports: at most ${n(stats.wordLimit)} words, footnotes and headings included)`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
