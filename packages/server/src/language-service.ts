import { loadCatalog } from '@hot-lint/core';
import type { Catalog, LintOptions, Template } from '@hot-lint/core';
import type { CodeAction, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { analyze, detectKind } from './documents.js';
import type { Analysis } from './documents.js';
import { codeActions } from './features/code-actions.js';
import { completeAt } from './features/completion.js';
import { callIndexOf, CursorContext } from './features/cursor.js';
import { definition } from './features/definition.js';
import { documentLinks } from './features/document-links.js';
import { documentSymbols } from './features/document-symbols.js';
import { environmentSymbols } from './features/environment-help.js';
import { foldingRanges } from './features/folding-ranges.js';
import { hoverAt } from './features/hover.js';
import { textIndexOf } from './features/locate.js';
import { references } from './features/references.js';
import { prepareRename, rename } from './features/rename.js';
import type { LinkedFiles } from './features/rename.js';

/**
 * The editor features over one analysed document and a position, without a protocol: the
 * server wires them to LSP, tests call them in process (as vscode-json-languageservice does).
 * A document is an Analysis: one version of a template or environment, parsed and linted once.
 */
export interface LanguageService {
  /** One version of a Heat document, analysed; null for text that is neither a template nor an environment. */
  parseDocument(uri: string, text: string, version?: number): Analysis | null;
  /** Builds the position indexes of a document ahead of its first request (the server does it after linting). */
  prepare(document: Analysis): void;
  /** `previous`: the last template of this document that parsed, for names and types while the text does not. */
  doComplete(document: Analysis, position: Position, previous?: Template | null): CompletionList;
  doHover(document: Analysis, position: Position): Hover | null;
  findDefinition(document: Analysis, position: Position): Location[] | null;
  findReferences(document: Analysis, position: Position, includeDeclaration: boolean, linked?: LinkedFiles): Location[] | null;
  prepareRename(document: Analysis, position: Position): { range: Range; placeholder: string } | null;
  /** Throws RenameError when the new name cannot be used. */
  doRename(document: Analysis, position: Position, newName: string, linked?: LinkedFiles): WorkspaceEdit | null;
  findDocumentSymbols(document: Analysis): DocumentSymbol[];
  getFoldingRanges(document: Analysis): FoldingRange[];
  findDocumentLinks(document: Analysis): DocumentLink[];
  getCodeActions(document: Analysis, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
}

export interface LanguageServiceOptions {
  /** The catalog documents are checked against in parseDocument (the newest release's by default). */
  catalog?: Catalog;
  /** Lint options of parseDocument (configuration, session, limits...). */
  lint?: LintOptions;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  return {
    parseDocument(uri, text, version = 1) {
      const kind = detectKind(text);
      if (!kind) return null;
      return analyze(uri, version, text, kind, { ...options.lint, catalog: options.catalog ?? options.lint?.catalog ?? loadCatalog() });
    },
    prepare(document) {
      textIndexOf(document);
      if (document.template) callIndexOf(document.template);
    },
    doComplete: (document, position, previous) => completeAt(new CursorContext(document, position, previous)),
    doHover: (document, position) => hoverAt(new CursorContext(document, position)),
    findDefinition: definition,
    findReferences: references,
    prepareRename,
    doRename: rename,
    findDocumentSymbols: (document) => (document.kind === 'environment' ? environmentSymbols(document) : documentSymbols(document)),
    getFoldingRanges: foldingRanges,
    findDocumentLinks: documentLinks,
    getCodeActions: codeActions,
  };
}
