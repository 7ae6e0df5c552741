import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import type { CancellationToken, Connection, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Template } from '@hot-lint/core';
import { ConfigResolver } from './config.js';
import { AnalysisCache } from './documents.js';
import type { Analysis } from './documents.js';
import { codeActions } from './features/code-actions.js';
import { complete } from './features/completion.js';
import { diagnostics } from './features/diagnostics.js';
import { hover } from './features/hover.js';
import {
  definition,
  documentLinks,
  documentSymbols,
  foldingRanges,
  prepareRename,
  references,
  rename,
  RenameError,
} from './features/navigation.js';

export const VALIDATE_REMOTE_COMMAND = 'hot-lint.validateRemote';

export interface ServerOptions {
  /** Delay between the last change and linting, in milliseconds. */
  debounceMs?: number;
  /** Remote validation (packages/remote); when absent the command says it is not configured. */
  validateRemote?: (uri: string, text: string) => Promise<{ ok: boolean; message: string }>;
}

interface Settings {
  configPath?: string | null;
}

/** Wires the protocol-free features to an LSP connection. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 200;
  const documents = new TextDocuments(TextDocument);
  const config = new ConfigResolver((message) => connection.console.warn(message));
  const cache = new AnalysisCache((uri) => config.optionsFor(uri));
  const lastTemplate = new Map<string, Template>();
  const timers = new Map<string, NodeJS.Timeout>();

  const analysisOf = (uri: string): Analysis | null => {
    const document = documents.get(uri);
    if (!document) return null;
    const analysis = cache.get(uri, document.version, document.getText());
    if (analysis?.template) lastTemplate.set(uri, analysis.template);
    return analysis;
  };

  /** Runs a request handler: errors become LSP errors (and are logged), cancellation is honoured. */
  const guard =
    <P, R>(name: string, handler: (params: P, analysis: Analysis) => R, empty: R) =>
    (params: P & { textDocument: { uri: string } }, token?: CancellationToken): R => {
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
      try {
        const analysis = analysisOf(params.textDocument.uri);
        if (!analysis) return empty;
        if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
        return handler(params, analysis);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        connection.console.error(`hot-lint: ${name} failed: ${message}`);
        throw new ResponseError(ErrorCodes.InternalError, `hot-lint: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };

  const publish = (uri: string) => {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    try {
      const analysis = analysisOf(uri);
      const version = document.version;
      void connection.sendDiagnostics({ uri, version, diagnostics: analysis ? diagnostics(analysis) : [] });
    } catch (error) {
      connection.console.error(`hot-lint: linting ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  };

  const schedule = (uri: string, delay: number) => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => publish(uri), delay));
  };

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as Settings;
    if (init.configPath) config.explicitPath = init.configPath;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [VALIDATE_REMOTE_COMMAND] },
      },
      serverInfo: { name: 'hot-lint', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = ((change.settings ?? {}) as { hotLint?: Settings }).hotLint;
    config.explicitPath = settings?.configPath || null;
    config.clear();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  // TextDocuments fires a content change right after each open: lint opened documents at
  // once, edited ones after a pause.
  const openedVersion = new Map<string, number>();
  documents.onDidOpen((event) => openedVersion.set(event.document.uri, event.document.version));
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    schedule(uri, openedVersion.get(uri) === version ? 0 : debounceMs);
    openedVersion.delete(uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    openedVersion.delete(uri);
    cache.delete(uri);
    lastTemplate.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCompletion(
    guard('completion', (params, analysis) => complete(analysis, params.position, lastTemplate.get(params.textDocument.uri)), null),
  );
  connection.onHover(guard('hover', (params, analysis) => hover(analysis, params.position), null));
  connection.onDefinition(guard('definition', (params, analysis) => definition(analysis, params.position), null));
  connection.onReferences(
    guard('references', (params, analysis) => references(analysis, params.position, params.context.includeDeclaration), null),
  );
  connection.onPrepareRename(guard('prepareRename', (params, analysis) => prepareRename(analysis, params.position), null));
  connection.onRenameRequest(
    guard(
      'rename',
      (params, analysis) => {
        try {
          return rename(analysis, params.position, params.newName);
        } catch (error) {
          if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
          throw error;
        }
      },
      null,
    ),
  );
  connection.onDocumentSymbol(guard('documentSymbol', (_params, analysis) => documentSymbols(analysis), []));
  connection.onFoldingRanges(guard('foldingRange', (_params, analysis) => foldingRanges(analysis), []));
  connection.onDocumentLinks(guard('documentLink', (_params, analysis) => documentLinks(analysis), []));
  connection.onCodeAction(guard('codeAction', (params, analysis) => codeActions(analysis, params.range, params.context.diagnostics), []));

  connection.onExecuteCommand(async (params) => {
    if (params.command !== VALIDATE_REMOTE_COMMAND) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${params.command}".`);
    }
    const uri = typeof params.arguments?.[0] === 'string' ? (params.arguments[0] as string) : undefined;
    const document = uri ? documents.get(uri) : undefined;
    if (!options.validateRemote) {
      const message = 'hot-lint: remote validation is not configured.';
      void connection.window.showWarningMessage(message);
      return { ok: false, message };
    }
    if (!document) return { ok: false, message: 'hot-lint: no open document to validate.' };
    try {
      const result = await options.validateRemote(document.uri, document.getText());
      void connection.window.showInformationMessage(result.message);
      return result;
    } catch (error) {
      connection.console.error(`hot-lint: remote validation failed: ${(error as Error).stack ?? String(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `hot-lint: remote validation failed: ${(error as Error).message}`);
    }
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    cache.clear();
    lastTemplate.clear();
  });

  documents.listen(connection);
  connection.listen();
}
