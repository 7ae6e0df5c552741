import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import type { CancellationToken, Connection, Diagnostic, InitializeResult, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { sessionRelease } from '@hot-lint/core';
import type { Template } from '@hot-lint/core';
import type { ValidateRemoteOptions, ValidateRemoteResult } from '@hot-lint/remote';
import { APPLY_EDIT_COMMAND, clientAdapter } from './client-capabilities.js';
import type { ClientAdapter } from './client-capabilities.js';
import { ConfigResolver } from './config.js';
import { AnalysisCache } from './documents.js';
import type { Analysis } from './documents.js';
import { diagnostics, toLspDiagnostic } from './features/diagnostics.js';
import { RenameError } from './features/rename.js';
import type { LinkedFiles } from './features/rename.js';
import { createLanguageService } from './language-service.js';
import { linkedFiles } from './linked-files.js';
import { lintWithProgress } from './progress.js';
import { ProjectState } from './project.js';
import { remoteOptions, remoteSummary } from './remote.js';
import type { RemoteSettings } from './remote.js';

export const VALIDATE_REMOTE_COMMAND = 'hot-lint.validateRemote';
/** Arguments: a document URI. Answers `{ svg }`, the stack graph of the document's current text, or `{ error }`. */
export const STACK_GRAPH_COMMAND = 'hot-lint.stackGraph';

export interface ServerOptions {
  /** Delay between the last change and linting, in milliseconds. */
  debounceMs?: number;
  /** Remote validation; @hot-lint/remote's validateRemote unless replaced (tests, embedding). */
  validateRemote?: (options: ValidateRemoteOptions) => Promise<ValidateRemoteResult>;
  /** Where credentials (OS_CLOUD, OS_*) come from; the server's environment by default. */
  env?: Record<string, string | undefined>;
  /** Work counters, read by tests and benchmarks: `lints` counts the analyses actually run. */
  counters?: ServerCounters;
}

export interface ServerCounters {
  lints: number;
}

/** Lets the connection handle the message queued after this one (it handles one per setImmediate turn). */
const nextMessage = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

interface Settings {
  configPath?: string | null;
  /** A release ("train", "2023.1", 13, "13.1.0") or a range [from, to]; a configuration's heatRelease wins. */
  heatRelease?: unknown;
  environments?: unknown;
  remote?: RemoteSettings;
}

/** Sent after each publishDiagnostics: `{ uri, heatRelease: "Heat 26 (2026.1)" }`. */
export const HEAT_RELEASE_NOTIFICATION = '$/hotLint/heatRelease';

/** Wires the protocol-free features to an LSP connection. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 200;
  const documents = new TextDocuments(TextDocument);
  const project = new ProjectState();
  const config = new ConfigResolver((message) => connection.console.warn(message), project.workspace);
  const cache = new AnalysisCache({
    analyzer: (uri, version, text, kind) => {
      if (options.counters) options.counters.lints += 1;
      return project.analyze(uri, version, text, kind, config.configFor(uri));
    },
  });
  const lastTemplate = new Map<string, Template>();
  const service = createLanguageService();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Heat's findings from the last remote validation, shown until the document changes. */
  const remoteFindings = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  let remoteSettings: RemoteSettings = {};

  const applySettings = (settings: Settings | undefined) => {
    config.explicitPath = settings?.configPath || null;
    project.settingEnvironments = Array.isArray(settings?.environments)
      ? settings.environments.filter((e): e is string => typeof e === 'string' && e !== '')
      : [];
    remoteSettings = settings?.remote && typeof settings.remote === 'object' ? settings.remote : {};
    const release = settings?.heatRelease;
    const text = typeof release === 'string' && release.includes(',') ? release.split(',').map((end) => end.trim()) : release;
    const spec =
      typeof text === 'string' || typeof text === 'number' ? text : Array.isArray(text) && text.length === 2 ? (text as [string, string]) : undefined;
    project.settingRelease = spec === undefined || spec === '' ? undefined : sessionRelease(spec);
    project.settingSpec = project.settingRelease === undefined ? undefined : spec;
    if (spec !== undefined && spec !== '' && project.settingRelease === undefined) {
      connection.console.warn(`hot-lint: the heatRelease setting "${String(spec)}" names no Heat release; checking against the newest.`);
    }
  };

  const analysisOf = (uri: string): Analysis | null => {
    const document = documents.get(uri);
    if (!document) return null;
    const analysis = cache.get(uri, document.version, document.getText());
    if (analysis?.template) lastTemplate.set(uri, analysis.template);
    return analysis;
  };

  /** What a rename may change beyond the document: the files of its project root (open documents' text first). */
  const linkedFilesOf = (analysis: Analysis): LinkedFiles | undefined => {
    const path = analysis.project?.path;
    if (path === undefined) return undefined;
    const configOf = (file: string) => config.configFor(URI.file(file).toString());
    const uris = new Map<string, string>();
    for (const document of documents.all()) {
      const open = ProjectState.pathOf(document.uri);
      if (open !== null) uris.set(open, document.uri);
    }
    return linkedFiles({
      root: project.rootFor(path, configOf(path)),
      catalog: analysis.catalog,
      buffer: (file) => project.bufferOf(file),
      openPaths: [...uris.keys()],
      environmentsFor: (template) => project.environmentsFor(template, configOf(template)),
      // An open document keeps the URI the client gave it.
      uriOf: (file) => uris.get(file) ?? URI.file(file).toString(),
    });
  };

  /** Runs a request handler: errors become LSP errors (and are logged), cancellation is honoured. */
  const guard =
    <P, R>(name: string, handler: (params: P, analysis: Analysis) => R, empty: R) =>
    async (params: P & { textDocument: { uri: string } }, token?: CancellationToken): Promise<R> => {
      if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled.');
      // A flooding client: when an edit of this document is already queued behind the request, its
      // answer would be for text the client no longer has, so it is not computed (LSP's ContentModified).
      const asked = documents.get(params.textDocument.uri)?.version;
      if (asked !== undefined && !cache.has(params.textDocument.uri, asked)) {
        await nextMessage();
        if (documents.get(params.textDocument.uri)?.version !== asked) {
          throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; the request is outdated.');
        }
      }
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
      const found = analysis ? diagnostics(analysis) : [];
      const remote = remoteFindings.get(uri);
      if (remote && remote.version === version) found.push(...remote.diagnostics);
      void connection.sendDiagnostics({ uri, version, diagnostics: found });
      // For the editor's status: the release this document was checked against ("$/": other clients may ignore it).
      if (analysis) void connection.sendNotification(HEAT_RELEASE_NOTIFICATION, { uri, heatRelease: analysis.heatRelease ?? analysis.catalog.releaseLabel });
      // The position indexes, built while the user reads rather than by the first completion or
      // hover; on the next turn, so that the diagnostics written above leave first.
      if (analysis) setImmediate(() => service.prepare(analysis));
    } catch (error) {
      connection.console.error(`hot-lint: linting ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  };

  /**
   * Lints after `delay`, and only once the connection has handled the message after the timer's:
   * an edit queued behind it restarts the wait, so a flood of edits is linted once, at its end.
   */
  const schedule = (uri: string, delay: number) => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    const timer = setTimeout(() => {
      void nextMessage().then(() => {
        if (timers.get(uri) === timer) publish(uri);
      });
    }, delay);
    timers.set(uri, timer);
  };

  /** Open documents that read `path` during their last lint are linted again (after the pause). */
  const relintDependents = (path: string, delay: number, except?: string) => {
    for (const uri of project.dependentsOf(path)) {
      if (uri === except || !documents.get(uri)) continue;
      cache.delete(uri);
      schedule(uri, delay);
    }
  };
  /** Lints these documents now: one by one under a `$/progress` report when they are several. */
  const lintNow = (uris: string[]) => {
    if (uris.length < 2) {
      for (const uri of uris) schedule(uri, 0);
      return;
    }
    for (const uri of uris) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
    }
    void lintWithProgress(connection, uris, (uri) => {
      if (!timers.has(uri)) publish(uri); // else an edit since: its own pass comes
    }).catch((error) => connection.console.error(`hot-lint: linting ${uris.length} documents failed: ${(error as Error).stack ?? String(error)}`));
  };
  project.onRelated = (uris) => {
    const open = uris.filter((uri) => documents.get(uri));
    for (const uri of open) cache.delete(uri);
    lintNow(open);
  };
  const relintAll = () => {
    config.clear();
    project.reset();
    cache.clear();
    lintNow(documents.all().map((document) => document.uri));
  };

  let client: ClientAdapter = clientAdapter({});
  connection.onInitialize((params): InitializeResult => {
    client = clientAdapter(params.capabilities);
    const init = (params.initializationOptions ?? {}) as Settings;
    applySettings(init);
    const folders = (params.workspaceFolders ?? []).map((f) => ProjectState.pathOf(f.uri));
    if (folders.length === 0 && params.rootUri) folders.push(ProjectState.pathOf(params.rootUri));
    project.workspaceFolders = folders.filter((f): f is string => f !== null);
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
        executeCommandProvider: { commands: client.codeActionLiterals ? [VALIDATE_REMOTE_COMMAND, STACK_GRAPH_COMMAND] : [VALIDATE_REMOTE_COMMAND, STACK_GRAPH_COMMAND, APPLY_EDIT_COMMAND] },
      },
      serverInfo: { name: 'hot-lint', version: '0.1.0' },
    };
  });

  // Nested templates, environments, get_file targets and configurations are read from disk: the
  // client tells us when they change (any file can be a get_file target).
  connection.onInitialized(() => {
    if (!client.watchesFilesDynamically) return;
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch((error: unknown) => {
      connection.console.warn(`hot-lint: watching files failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  connection.onDidChangeConfiguration((change) => {
    applySettings(((change.settings ?? {}) as { hotLint?: Settings }).hotLint);
    relintAll();
  });

  // Files changed outside the editor: nested templates, environments, get_file targets, configurations.
  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false;
    for (const change of params.changes) {
      const path = ProjectState.pathOf(change.uri);
      if (path === null) continue;
      if (/[\\/]\.hot-lint\.ya?ml$/.test(path)) configChanged = true;
      project.changedOnDisk(path);
      relintDependents(path, 0);
    }
    if (configChanged) relintAll();
  });

  // TextDocuments fires a content change right after each open: lint opened documents at
  // once, edited ones after a pause.
  const openedVersion = new Map<string, number>();
  documents.onDidOpen((event) => openedVersion.set(event.document.uri, event.document.version));
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    const delay = openedVersion.get(uri) === version ? 0 : debounceMs;
    schedule(uri, delay);
    openedVersion.delete(uri);
    const remote = remoteFindings.get(uri);
    if (remote && remote.version !== version) remoteFindings.delete(uri);
    // Templates that use this file (as a nested template, environment or get_file target) see the new text.
    const path = ProjectState.pathOf(uri);
    if (path !== null) {
      try {
        project.setBuffer(path, event.document.getText());
        relintDependents(path, delay, uri);
      } catch (error) {
        connection.console.error(`hot-lint: updating ${uri} failed: ${(error as Error).stack ?? String(error)}`);
      }
    }
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    openedVersion.delete(uri);
    cache.delete(uri);
    lastTemplate.delete(uri);
    remoteFindings.delete(uri);
    project.forgetDocument(uri);
    const path = ProjectState.pathOf(uri);
    if (path !== null) {
      // What is on disk counts again for the templates that use this file.
      project.closeBuffer(path);
      relintDependents(path, 0, uri);
    }
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCompletion(
    guard(
      'completion',
      (params, analysis) => client.completion(service.doComplete(analysis, params.position, lastTemplate.get(params.textDocument.uri))),
      null,
    ),
  );
  connection.onHover(
    guard(
      'hover',
      (params, analysis) =>
        client.hover(service.doHover(analysis, params.position)),
      null,
    ),
  );
  connection.onDefinition(guard('definition', (params, analysis) => service.findDefinition(analysis, params.position), null));
  connection.onReferences(
    guard(
      'references',
      (params, analysis) => service.findReferences(analysis, params.position, params.context.includeDeclaration, linkedFilesOf(analysis)),
      null,
    ),
  );
  connection.onPrepareRename(guard('prepareRename', (params, analysis) => service.prepareRename(analysis, params.position), null));
  connection.onRenameRequest(
    guard(
      'rename',
      (params, analysis) => {
        try {
          return service.doRename(analysis, params.position, params.newName, linkedFilesOf(analysis));
        } catch (error) {
          if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
          throw error;
        }
      },
      null,
    ),
  );
  connection.onDocumentSymbol(
    guard('documentSymbol', (_params, analysis) => service.findDocumentSymbols(analysis), []),
  );
  connection.onFoldingRanges(guard('foldingRange', (_params, analysis) => service.getFoldingRanges(analysis), []));
  connection.onDocumentLinks(guard('documentLink', (_params, analysis) => service.findDocumentLinks(analysis), []));
  connection.onCodeAction(
    guard('codeAction', (params, analysis) => client.codeActions(service.getCodeActions(analysis, params.range, params.context.diagnostics)), []),
  );

  connection.onExecuteCommand(async (params) => {
    if (params.command === STACK_GRAPH_COMMAND) {
      const uri = typeof params.arguments?.[0] === 'string' ? (params.arguments[0] as string) : undefined;
      const analysis = uri ? analysisOf(uri) : null;
      if (!analysis || analysis.kind !== 'template' || !analysis.template) return { error: 'Open a Heat template to see its stack graph.' };
      const { stackGraph } = await import('@hot-lint/core');
      const { toSvg } = await import('@hot-lint/core/graph');
      const graph = stackGraph(analysis.template, analysis.catalog, {
        ...(analysis.project ? { path: analysis.project.path, types: analysis.project.resolver } : {}),
        diagnostics: analysis.diagnostics,
      });
      return { svg: toSvg(graph, analysis.project?.path.split(/[\\/]/).pop() ?? 'template') };
    }
    if (params.command === APPLY_EDIT_COMMAND && !client.codeActionLiterals) {
      const edit = params.arguments?.[0] as WorkspaceEdit | undefined;
      if (!edit || typeof edit !== 'object') throw new ResponseError(ErrorCodes.InvalidParams, 'hot-lint.applyEdit takes a WorkspaceEdit.');
      const result = await connection.workspace.applyEdit(edit);
      return { applied: result.applied };
    }
    if (params.command !== VALIDATE_REMOTE_COMMAND) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${params.command}".`);
    }
    const uri = typeof params.arguments?.[0] === 'string' ? (params.arguments[0] as string) : undefined;
    const document = uri ? documents.get(uri) : undefined;
    const answer = (ok: boolean, message: string, requestId?: string) => {
      const params = { type: ok ? MessageType.Info : MessageType.Error, message };
      void connection.sendNotification(ShowMessageNotification.type, params);
      return requestId ? { ok, message, requestId } : { ok, message };
    };
    if (!document) return answer(false, 'hot-lint: open a Heat template to validate it remotely.');
    try {
      const analysis = analysisOf(document.uri);
      if (!analysis || analysis.kind !== 'template') return answer(false, 'hot-lint: only a Heat template can be validated remotely.');
      const version = document.version;
      const path = ProjectState.pathOf(document.uri);
      const cwd = path === null ? process.cwd() : (project.workspaceFolderOf(path) ?? project.rootFor(path, config.configFor(document.uri)));
      const run = options.validateRemote ?? (await import('@hot-lint/remote')).validateRemote;
      const result = await run(
        remoteOptions({
          text: document.getText(),
          path,
          environments: analysis.project?.environments ?? [],
          settings: remoteSettings,
          env: options.env ?? process.env,
          cwd,
          buffer: (file) => project.bufferOf(file),
        }),
      );
      if (!result.failure && documents.get(document.uri)?.version === version) {
        remoteFindings.set(document.uri, { version, diagnostics: result.diagnostics.filter((d) => !d.file).map(toLspDiagnostic) });
        publish(document.uri);
      }
      const summary = remoteSummary(result);
      return answer(result.ok, summary, result.requestId);
    } catch (error) {
      connection.console.error(`hot-lint: remote validation failed: ${(error as Error).stack ?? String(error)}`);
      return answer(false, `hot-lint: remote validation failed: ${(error as Error).message}`);
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
