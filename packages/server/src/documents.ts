import { classifyDocument, isCleanParse, latestParseOf, lintDocument, loadCatalog, parseDocument, reparseEdit } from '@hot-lint/core';
import type { Catalog, Diagnostic, LintOptions, ParsedDocument, Template, TypeResolver } from '@hot-lint/core';

import { inheritTextIndex } from './features/locate.js';

export { ENVIRONMENT_SECTIONS } from '@hot-lint/core';

export type DocumentKind = 'template' | 'environment';

/**
 * Which Heat document a text is, as @hot-lint/core's classifyDocument decides for the CLI too;
 * null for other YAML and JSON, which is left alone.
 */
export function detectKind(text: string, previous?: ParsedDocument): DocumentKind | null {
  const { kind } = classifyDocument(text, parsedText(text, previous));
  return kind === 'other' ? null : kind;
}

/** The latest parse made to classify a text, so the lint that follows reads that one (default limits). */
let latest: { text: string; document: ParsedDocument } | null = null;

/**
 * `previous`: the parse of the document's text before this edit, which the caller gives up: an
 * edit inside one entry of a section parses that entry again and reuses the rest of it.
 */
function parsedText(text: string, previous?: ParsedDocument): ParsedDocument {
  if (latest?.text !== text) {
    // A project session may have reparsed it already (an edited buffer): then that parse is this text's.
    const base = previous ? latestParseOf(previous) : null;
    const reparsed = base?.text === text ? base : base && isCleanParse(base) ? reparseEdit(base, text) : null;
    latest = { text, document: reparsed ?? parseDocument(text) };
  }
  return latest.document;
}

/** The parse of `text` detectKind made, when it is the latest one; null otherwise (nothing is parsed). */
export function latestParse(text: string): ParsedDocument | null {
  return latest?.text === text ? latest.document : null;
}

/** Everything the features need about one version of a document, computed once. */
export interface Analysis {
  uri: string;
  version: number;
  kind: DocumentKind;
  text: string;
  document: ParsedDocument;
  /** The model; null for environments and for templates that are not a mapping. */
  template: Template | null;
  catalog: Catalog;
  diagnostics: Diagnostic[];
  /** The project around a document saved on disk (file: URIs); absent for untitled ones. */
  project?: ProjectView;
  /** The Heat release(s) checked against, as shown to the user, when a range (else catalog.releaseLabel). */
  heatRelease?: string;
}

/** What the features see of the project a document belongs to. */
export interface ProjectView {
  /** The document's file path. */
  path: string;
  /** The environment files that apply to this template, in the order Heat merges them. */
  environments: readonly string[];
  /** Resolves resource types through those environments' resource_registry. */
  resolver: TypeResolver;
  /** The nested template `written` names relative to `base` (a file), or null when it cannot be read. */
  loadTemplate(base: string, written: string): Template | null;
  /** The file `written` (a nested template, a get_file path) names relative to `base`, or null when outside the project root. */
  resolvePath(base: string, written: string): string | null;
}

export type Analyzer = (uri: string, version: number, text: string, kind: DocumentKind) => Analysis;

export function analyze(uri: string, version: number, text: string, kind: DocumentKind, options: LintOptions = {}): Analysis {
  const catalog = options.catalog ?? loadCatalog();
  if (kind === 'template') {
    const document = options.document ?? (options.limits ? undefined : (latestParse(text) ?? undefined));
    const result = lintDocument(text, { ...options, catalog, ...(document ? { document } : {}) });
    return { uri, version, kind, text, document: result.document, template: result.template, catalog, diagnostics: result.diagnostics };
  }
  const document = parsedText(text);
  return { uri, version, kind, text, document, template: null, catalog, diagnostics: document.problems };
}

/** Analyses per open document, one version each; entries are dropped when a document closes. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  private readonly analyzer: Analyzer;

  /** `source`: lint options per document (linted alone), or an analyzer (the server's, with the project). */
  constructor(source: ((uri: string) => LintOptions) | { analyzer: Analyzer } = () => ({})) {
    this.analyzer = typeof source === 'function' ? (uri, version, text, kind) => analyze(uri, version, text, kind, source(uri)) : source.analyzer;
  }

  get(uri: string, version: number, text: string): Analysis | null {
    const cached = this.entries.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    // The last analysis is replaced below: its parse is the base of this one.
    const kind = detectKind(text, cached?.document);
    if (!kind) {
      this.entries.delete(uri);
      return null;
    }
    const analysis = this.analyzer(uri, version, text, kind);
    if (cached) inheritTextIndex(analysis, cached);
    this.entries.set(uri, analysis);
    return analysis;
  }

  /** Whether this version's analysis is at hand (asking for it costs nothing). */
  has(uri: string, version: number): boolean {
    return this.entries.get(uri)?.version === version;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
