/**
 * A stand-in for the `vscode` module, just real enough for the bundled extension and the real
 * vscode-languageclient to activate, start the bundled server and receive its diagnostics.
 * What matters is exact: commands are registered once (VS Code throws on a second registration),
 * documents are matched by selector, diagnostics and messages are recorded.
 */
import { URI } from 'vscode-uri';

type Listener<T> = (event: T) => unknown;

export class Disposable {
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }

  constructor(private readonly callOnDispose: () => unknown) {}

  dispose(): void {
    this.callOnDispose();
  }
}

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];

  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;

  readonly end: Position;

  constructor(...args: [Position, Position] | [number, number, number, number]) {
    if (args.length === 4) {
      this.start = new Position(args[0], args[1]);
      this.end = new Position(args[2], args[3]);
    } else {
      this.start = args[0];
      this.end = args[1];
    }
  }
}

/** Any class the client extends or constructs: keeps its constructor arguments. */
function plainClass(name: string): new (...args: unknown[]) => object {
  const created = {
    [name]: class {
      readonly args: unknown[];

      constructor(...args: unknown[]) {
        this.args = args;
      }
    },
  };
  return created[name]!;
}

/** Enum-like namespaces (DiagnosticSeverity.Error...): each member its own number. */
function enumLike(): Record<string, number> {
  const values = new Map<string, number>();
  return new Proxy({} as Record<string, number>, {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      if (!values.has(key)) values.set(key, values.size);
      return values.get(key);
    },
  });
}

/** The names of the vscode API the client and the extension use (types are classes, enums member maps). */
const VSCODE_NAMES = (
  'CallHierarchyIncomingCall CallHierarchyItem CallHierarchyOutgoingCall CancellationTokenSource CodeAction CodeActionKind ' +
  'CodeActionTriggerKind CodeLens Color ColorInformation ColorPresentation CompletionItem CompletionItemKind CompletionItemTag ' +
  'CompletionList CompletionTriggerKind DiagnosticRelatedInformation DiagnosticSeverity DiagnosticTag DocumentHighlight ' +
  'DocumentHighlightKind DocumentLink DocumentSymbol FileType FoldingRange FoldingRangeKind Hover InlayHint InlayHintKind ' +
  'InlayHintLabelPart InlineCompletionItem InlineCompletionList InlineValueEvaluatableExpression InlineValueText ' +
  'InlineValueVariableLookup LanguageStatusSeverity LinkedEditingRanges Location LocationLink MarkdownString NotebookCellKind ' +
  'ParameterInformation Position ProgressLocation Range RelativePattern SelectionRange SemanticTokens SemanticTokensEdit ' +
  'SemanticTokensEdits SemanticTokensLegend SignatureHelp SignatureHelpTriggerKind SignatureInformation SnippetString ' +
  'StatusBarAlignment SymbolInformation SymbolKind SymbolTag TabInputCustom TabInputText TabInputTextDiff TextDocumentSaveReason ' +
  'TextEdit TypeHierarchyItem WorkspaceEdit'
).split(' ');

export interface StubDocument {
  uri: URI;
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isUntitled: boolean;
  lineCount: number;
  getText(): string;
}

export function stubDocument(path: string, languageId: string, text: string): StubDocument {
  return {
    uri: URI.file(path),
    fileName: path,
    languageId,
    version: 1,
    isClosed: false,
    isUntitled: false,
    lineCount: text.split('\n').length,
    getText: () => text,
  };
}

interface Selector {
  language?: string;
  scheme?: string;
  pattern?: string;
}

function matches(selector: unknown, document: StubDocument): number {
  const list = (Array.isArray(selector) ? selector : [selector]) as Array<Selector | string>;
  return list.some((s) =>
    typeof s === 'string'
      ? s === document.languageId
      : (s.language === undefined || s.language === document.languageId) && (s.scheme === undefined || s.scheme === document.uri.scheme),
  )
    ? 10
    : 0;
}

export interface StubDiagnostic {
  range: Range;
  message: string;
  code: unknown;
  severity: unknown;
}

export interface Stub {
  module: Record<string, unknown>;
  /** Every registration of each command id, in order (a second one threw, as VS Code does). */
  commandRegistrations: string[];
  commands: Map<string, (...args: unknown[]) => unknown>;
  /** The language features registered, by API name (registerHoverProvider...). */
  providers: string[];
  diagnostics: Map<string, StubDiagnostic[]>;
  onDiagnostics: EventEmitter<string>;
  /** Error, warning and information messages shown to the user. */
  shown: Array<{ level: string; message: string }>;
  /** Lines written to output channels. */
  output: string[];
  statusItems: Array<Record<string, unknown>>;
  /** Fires workspace.onDidOpenTextDocument (the document is added to workspace.textDocuments). */
  openDocument(document: StubDocument): void;
}

export function createVscodeStub(documents: StubDocument[]): Stub {
  const stub: Stub = {
    module: {},
    commandRegistrations: [],
    commands: new Map(),
    providers: [],
    diagnostics: new Map(),
    onDiagnostics: new EventEmitter<string>(),
    shown: [],
    output: [],
    statusItems: [],
    openDocument: (document) => {
      documents.push(document);
      opened.fire(document);
    },
  };
  const opened = new EventEmitter<StubDocument>();
  const noEvent = () => new Disposable(() => undefined);
  const outputChannel = (name: string) => ({
    name,
    append: (text: string) => stub.output.push(text),
    appendLine: (text: string) => stub.output.push(text),
    replace: () => undefined,
    clear: () => undefined,
    show: () => undefined,
    hide: () => undefined,
    dispose: () => undefined,
    // A LogOutputChannel's levels, as the client may use them for its trace channel.
    trace: (text: string) => stub.output.push(text),
    debug: (text: string) => stub.output.push(text),
    info: (text: string) => stub.output.push(text),
    warn: (text: string) => stub.output.push(text),
    error: (text: string) => stub.output.push(text),
    logLevel: 0,
    onDidChangeLogLevel: noEvent,
  });
  const show = (level: string) => (message: string) => {
    stub.shown.push({ level, message });
    return Promise.resolve(undefined);
  };

  const languages = new Proxy(
    {
      match: (selector: unknown, document: StubDocument) => matches(selector, document),
      createDiagnosticCollection: (name: string) => ({
        name,
        set: (uri: URI, list: StubDiagnostic[] | undefined) => {
          stub.diagnostics.set(uri.toString(), list ?? []);
          stub.onDiagnostics.fire(uri.toString());
        },
        delete: (uri: URI) => stub.diagnostics.delete(uri.toString()),
        clear: () => stub.diagnostics.clear(),
        forEach: () => undefined,
        get: (uri: URI) => stub.diagnostics.get(uri.toString()),
        has: (uri: URI) => stub.diagnostics.has(uri.toString()),
        dispose: () => undefined,
      }),
      createLanguageStatusItem: (id: string) => {
        const item: Record<string, unknown> = { id, dispose: () => undefined };
        stub.statusItems.push(item);
        return item;
      },
    } as Record<string | symbol, unknown>,
    {
      get: (target, key) => {
        if (key in target) return target[key];
        if (typeof key === 'string' && key.startsWith('register')) {
          return () => {
            stub.providers.push(key);
            return new Disposable(() => undefined);
          };
        }
        return undefined;
      },
    },
  );

  const configuration = (values: Record<string, unknown> = {}) => ({
    get: (key: string, fallback?: unknown) => (key in values ? values[key] : fallback),
    has: (key: string) => key in values,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  });

  const workspace = new Proxy(
    {
      textDocuments: documents,
      workspaceFolders: undefined,
      notebookDocuments: [],
      getConfiguration: () => configuration(),
      onDidOpenTextDocument: opened.event,
      getWorkspaceFolder: () => undefined,
      createFileSystemWatcher: () => ({
        onDidCreate: noEvent,
        onDidChange: noEvent,
        onDidDelete: noEvent,
        dispose: () => undefined,
      }),
      fs: {},
    } as Record<string | symbol, unknown>,
    {
      get: (target, key) => {
        if (key in target) return target[key];
        if (typeof key === 'string' && key.startsWith('on')) return noEvent;
        return undefined;
      },
    },
  );

  const window = new Proxy(
    {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent },
      createOutputChannel: outputChannel,
      createStatusBarItem: () => {
        const item: Record<string, unknown> = { show: () => undefined, hide: () => undefined, dispose: () => undefined };
        stub.statusItems.push(item);
        return item;
      },
      showErrorMessage: show('error'),
      showWarningMessage: show('warning'),
      showInformationMessage: show('information'),
      withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
        task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: noEvent }),
    } as Record<string | symbol, unknown>,
    {
      get: (target, key) => {
        if (key in target) return target[key];
        if (typeof key === 'string' && key.startsWith('on')) return noEvent;
        return undefined;
      },
    },
  );

  const commands = {
    registerCommand: (id: string, callback: (...args: unknown[]) => unknown) => {
      stub.commandRegistrations.push(id);
      // What VS Code's command registry does on a second registration of an id.
      if (stub.commands.has(id)) throw new Error(`command '${id}' already exists`);
      stub.commands.set(id, callback);
      return new Disposable(() => stub.commands.delete(id));
    },
    executeCommand: (id: string, ...args: unknown[]) => Promise.resolve(stub.commands.get(id)?.(...args)),
    getCommands: () => Promise.resolve([...stub.commands.keys()]),
  };

  const known: Record<string, unknown> = {
    Disposable,
    EventEmitter,
    Uri: URI,
    languages,
    workspace,
    window,
    commands,
    env: { appName: 'vscode-stub', language: 'en', machineId: 'stub', sessionId: 'stub', openExternal: () => Promise.resolve(true) },
    extensions: { all: [], getExtension: () => undefined, onDidChange: noEvent },
    version: '1.139.0',
    CancellationError: class CancellationError extends Error {},
    CancellationTokenSource: class CancellationTokenSource {
      private readonly cancelled = new EventEmitter<void>();

      readonly token = { isCancellationRequested: false, onCancellationRequested: this.cancelled.event };

      cancel(): void {
        this.token.isCancellationRequested = true;
        this.cancelled.fire();
      }

      dispose(): void {
        this.cancelled.dispose();
      }
    },
    Position,
    Range,
    Diagnostic: class Diagnostic {
      code: unknown;

      constructor(
        readonly range: unknown,
        readonly message: string,
        readonly severity: unknown,
      ) {}
    },
  };
  // esbuild's CommonJS interop copies the module's own names once: every name is created up front.
  for (const name of VSCODE_NAMES) {
    if (name in known) continue;
    known[name] = /Kind$|Severity$|Tag$|Reason$|Alignment$|ProgressLocation$|FileType$/.test(name) ? enumLike() : plainClass(name);
  }
  stub.module = known;
  return stub;
}
