// The extension: starts the language server (dist/server.js, over IPC) for unreport documents,
// routes the renumber commands to it and shows the document's figures in the status bar.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, serverEnv } from '../../server/src/lsp/launch';
import { StatsStatusBar } from './status-bar';

export const LANGUAGE_ID = 'unreport';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The bench (bench/lsp.ts) starts the server with the same flags and environment.
  const env = serverEnv(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    // Saved files, untitled drafts, and virtual workspaces (vscode-vfs and any other scheme).
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-vfs', language: LANGUAGE_ID },
      { language: LANGUAGE_ID },
    ],
    // Config files, and drafts that may be prior reports (the server filters by unreport.priorReports).
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.unreportrc{,.json}'),
        vscode.workspace.createFileSystemWatcher('**/*.{unr,txt,md}'),
      ],
    },
    middleware: {
      // The server declares unreport.renumberParagraphs and unreport.renumberFootnotes, and the
      // client registers them as VS Code commands that forward here: from the command palette
      // they carry no arguments, so they act on the active unreport editor.
      executeCommand: (command, args, next) => {
        if (args.length) return next(command, args);
        const document = activeUnreportDocument();
        if (!document) {
          void vscode.window.showInformationMessage('Open a UN report (language "unreport") to renumber it.');
          return undefined;
        }
        return next(command, [document.uri.toString()]);
      },
    },
  };
  client = new LanguageClient('unreport', 'unreport', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(new StatsStatusBar(client, LANGUAGE_ID));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

function activeUnreportDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document : undefined;
}
