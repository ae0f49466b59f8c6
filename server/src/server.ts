// The language server: a thin adapter from LSP to the pure language service in service/.
// Every handler is guarded (an exception is logged once and answered with an empty result), and
// every feature reads the one check result cached per document version.
import { pathToFileURL } from 'url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { checkLines, checkText, type CheckResult, type Config, type LineCache, type Rule } from './core';
import { Analyses, type VersionedLines } from './lsp/analyses';
import { commandEdits, commandTarget, SERVER_COMMANDS } from './lsp/commands';
import { findingRefs, toCodeAction, toCompletionItem, toDefinition, toDocumentSymbol, toFoldingRange, toHover, workspaceEdit, type EditTarget } from './lsp/convert';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { DocumentConfigs, fsPath } from './lsp/document-config';
import { Guard } from './lsp/guard';
import { LineDocument } from './lsp/line-document';
import { GarbageAfterOpen } from './lsp/memory';
import { PriorReports } from './lsp/prior-reports';
import { DEFAULT_SETTINGS, normalizeSettings } from './lsp/settings';
import { activeRules } from './lsp/test-hooks';
import {
  asksForFixAll,
  codeActions,
  completionsAt,
  definitionAt,
  documentLinks,
  documentOutline,
  documentStats,
  fixAllAction,
  foldingRegions,
  hoverAt,
  mayComplete,
  referencesAt,
  SOURCE_FIX_ALL,
  SOURCE_RENUMBER_FOOTNOTES,
  SOURCE_RENUMBER_PARAGRAPHS,
} from './service';

export const STATS_REQUEST = 'unreport/stats';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments<LineDocument>(LineDocument);
const guard = new Guard((message) => connection.console.error(message));
const rules = activeRules();

let workspaceFolders: WorkspaceFolder[] = [];
const client = { configuration: false, configurationChanges: false, workspaceFolders: false, documentChanges: false, definitionLinks: false, progress: false };

const garbageAfterOpen = new GarbageAfterOpen();

function checkOptions(config: Config) {
  return { config, rules, onRuleError: (rule: Rule, error: unknown) => guard.report(`rule ${rule.code}`, error) };
}

function check(document: VersionedLines, config: Config, cache: LineCache): CheckResult {
  garbageAfterOpen.beforeCheck(document.uri);
  const options = checkOptions(config);
  if (document.text === undefined) return checkLines(document.lines, { ...options, cache });
  // A document held as its text has too many lines for the cache.
  cache.clear();
  return checkText(document.text, options);
}

const analyses = new Analyses(check);
const configs = new DocumentConfigs(
  (uri) => (client.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'unreport' }) : Promise.resolve(DEFAULT_SETTINGS)),
  () => workspaceFolders.map((f) => fsPath(f.uri)).filter((p): p is string => p !== undefined),
);
const diagnostics = new DiagnosticsPublisher(
  {
    document: (uri) => documents.get(uri),
    configs,
    analyses,
    send: (params) => void connection.sendDiagnostics(params),
    guard,
    fileUri: (path) => pathToFileURL(path).href,
  },
  DEFAULT_SETTINGS.debounceMs,
);

/** The check result of the document's current version, or undefined for a document not open. */
function analysisOf(uri: string): { result: CheckResult; target: EditTarget } | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  return { result: analyses.current(document), target: { uri, version: document.version, documentChanges: client.documentChanges } };
}

const modelOf = (uri: string) => analysisOf(uri)?.result.model;

const folderPaths = () => workspaceFolders.map((f) => fsPath(f.uri)).filter((p): p is string => p !== undefined);
const priorReports = new PriorReports(folderPaths, (message) => connection.console.info(message));

/** Indexes the prior reports named by unreport.priorReports (the first folder's setting), with progress shown. */
async function indexPriorReports(): Promise<void> {
  const folder = workspaceFolders[0]?.uri;
  const settings = client.configuration && folder ? normalizeSettings(await connection.workspace.getConfiguration({ scopeUri: folder, section: 'unreport' })) : DEFAULT_SETTINGS;
  const progress = client.progress ? await connection.window.createWorkDoneProgress() : undefined;
  priorReports.indexAll(settings.priorReports, progress && {
    begin: (title, total) => progress.begin(title, 0, `${total} files`, false),
    report: (done, total) => progress.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total}`),
    done: () => progress.done(),
  });
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  client.configuration = caps.workspace?.configuration === true;
  client.configurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  client.workspaceFolders = caps.workspace?.workspaceFolders === true;
  client.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
  client.definitionLinks = caps.textDocument?.definition?.linkSupport === true;
  client.progress = caps.window?.workDoneProgress === true;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: { label: 'unreport' },
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: ['(', '（', ' ', '第'] },
      codeActionProvider: { codeActionKinds: ['quickfix', SOURCE_RENUMBER_PARAGRAPHS, SOURCE_RENUMBER_FOOTNOTES, SOURCE_FIX_ALL] },
      executeCommandProvider: { commands: SERVER_COMMANDS },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'unreport' },
  };
});

connection.onInitialized(
  guard.wrap('initialized', undefined, async () => {
    if (client.configurationChanges) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'unreport' });
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspaceFolders = workspaceFolders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
        recheckAll();
        void indexPriorReports();
      });
    }
    await indexPriorReports();
  }),
);

function recheckAll(): void {
  configs.clear();
  for (const document of documents.all()) diagnostics.now(document.uri);
}

connection.onDidChangeConfiguration(
  guard.wrap('configuration', undefined, async () => {
    recheckAll();
    await indexPriorReports();
  }),
);
connection.onDidChangeWatchedFiles(
  guard.wrap('watched files', undefined, (p) => {
    let configChanged = false;
    for (const change of p.changes) {
      const file = fsPath(change.uri);
      if (!file) continue;
      if (/\.unreportrc(\.json)?$/.test(file)) configChanged = true;
      else priorReports.changed(file, change.type === FileChangeType.Deleted);
    }
    if (configChanged) recheckAll();
  }),
);

const openedNow = new Set<string>();
documents.onDidOpen((e) => {
  openedNow.add(e.document.uri);
  garbageAfterOpen.opened(e.document.uri, e.document);
});
documents.onDidChangeContent((e) => {
  if (openedNow.delete(e.document.uri)) diagnostics.now(e.document.uri);
  else diagnostics.changed(e.document.uri);
});
documents.onDidClose((e) => {
  garbageAfterOpen.closed(e.document.uri);
  analyses.delete(e.document.uri);
  configs.forget(e.document.uri);
  diagnostics.closed(e.document.uri);
});

connection.onHover(guard.wrap('hover', null, (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? toHover(hoverAt(model, p.position, priorReports.index)) : null;
}));

connection.onDefinition(guard.wrap('definition', [], (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? toDefinition(definitionAt(model, p.position), p.textDocument.uri, client.definitionLinks) : [];
}));

connection.onReferences(guard.wrap('references', [], (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? referencesAt(model, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range })) : [];
}));

connection.onDocumentSymbol(guard.wrap('document symbols', [], (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? documentOutline(model).map(toDocumentSymbol) : [];
}));

connection.onFoldingRanges(guard.wrap('folding', [], (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? foldingRegions(model).map(toFoldingRange) : [];
}));

connection.onDocumentLinks(guard.wrap('document links', [], (p) => {
  const model = modelOf(p.textDocument.uri);
  return model ? documentLinks(model) : [];
}));

connection.onCompletion(guard.wrap('completion', [], (p) => {
  const document = documents.get(p.textDocument.uri);
  // Most keystrokes that reach here (a space) can take no suggestion: answer without checking the document.
  if (!document || !mayComplete(document.getText({ start: { line: p.position.line, character: 0 }, end: p.position }))) return [];
  return completionsAt(analyses.current(document).model, p.position, priorReports.index).map(toCompletionItem);
}));

connection.onCodeAction(guard.wrap('code actions', [], (p) => {
  const analysis = analysisOf(p.textDocument.uri);
  if (!analysis) return [];
  const actions = codeActions(analysis.result.model, findingRefs(p.context.diagnostics), p.context.only);
  const document = documents.get(p.textDocument.uri);
  if (document && asksForFixAll(p.context.only)) {
    const options = checkOptions(analyses.configOf(document.uri));
    actions.push(...fixAllAction(document.getText(), (text) => checkText(text, options), analysis.result));
  }
  return actions.map((a) => toCodeAction(a, analysis.target, p.context.diagnostics));
}));

connection.onExecuteCommand(guard.wrap('execute command', null, async (p) => {
  const uri = commandTarget(p.arguments);
  const analysis = uri ? analysisOf(uri) : undefined;
  const command = analysis && commandEdits(p.command, analysis.result.model);
  if (!analysis || !command) return null;
  if (!command.edits.length) return { applied: true, changes: 0 };
  const result = await connection.workspace.applyEdit({ label: command.label, edit: workspaceEdit(analysis.target, command.edits) });
  return { applied: result.applied, changes: result.applied ? command.edits.length : 0 };
}));

connection.onRequest(STATS_REQUEST, guard.wrap('stats', null, (p: { textDocument?: { uri: string }; uri?: string }) => {
  const model = modelOf(p?.textDocument?.uri ?? p?.uri ?? '');
  return model ? documentStats(model) : null;
}));

process.on('uncaughtException', (error) => guard.report('uncaught exception', error));
process.on('unhandledRejection', (error) => guard.report('unhandled rejection', error));

documents.listen(connection);
connection.listen();
