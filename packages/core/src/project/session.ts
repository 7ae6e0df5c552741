import type { Catalog } from '../catalog/catalog.js';
import { buildEnvironment } from '../environment/environment.js';
import type { EnvironmentModel } from '../environment/environment.js';
import { buildTemplate } from '../model/template.js';
import type { Template } from '../model/template.js';
import { DEFAULT_PARSE_LIMITS, parseDocument } from '../parse/parse-document.js';
import type { ParsedDocument, ParseLimits } from '../parse/parse-document.js';
import { isCleanParse, primeReparse, reparseEdit } from '../parse/reparse.js';
import { IncrementalLint } from '../incremental/entry-findings.js';
import type { FileLoader, ReadResult } from './loader.js';
import type { ResolveInputs } from './resolve.js';
import type { ProjectSnapshot } from './snapshot.js';

export interface LoadedFile {
  path: string;
  read: ReadResult;
  document: ParsedDocument | null;
}

/**
 * Reads and parses each file of a project once, however many templates name it:
 * environments, nested templates and get_file targets are shared between lint runs.
 */
export class ProjectSession {
  private readonly files = new Map<string, LoadedFile>();
  private readonly templates = new Map<string, Template | null>();
  private readonly environments = new Map<string, EnvironmentModel>();
  /** Counts of actual reads and parses, for the benchmark and tests. */
  readonly stats = { reads: 0, parses: 0, reparses: 0 };
  private readonly lastClean = new Map<string, ParsedDocument>();
  private readonly lints = new Map<string, IncrementalLint>();
  /**
   * Keeps each linted template's findings until its next text (an editor's buffers), so that an
   * edit inside one resource re-checks only that resource. Off for one-pass runs (the CLI).
   */
  keepFindings = false;

  constructor(
    readonly loader: FileLoader,
    readonly catalog: Catalog,
    private readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  ) {}

  /**
   * Supplies a file's text from elsewhere (an editor buffer, a file the caller already read),
   * with its parsed document when the caller has one, replacing what was cached.
   */
  setText(path: string, text: string, document: ParsedDocument | null = null): void {
    const current = this.files.get(path)?.document;
    // The same text (a template read before as another's nested template): its parse stands.
    document ??= this.parsedAs(path, text);
    const base = current && isCleanParse(current) ? current : this.lastClean.get(path);
    // Back to the last text that parsed (a typo undone): its parse stands too.
    if (!document && base?.text === text) document = base;
    this.drop(path);
    // An edit inside one entry of a section (since the last text that parsed): parse that entry again, not the whole text.
    const reparsed = !document && base ? reparseEdit(base, text, this.limits) : null;
    if (reparsed) {
      this.stats.reparses++;
      this.lastClean.delete(path); // reparseEdit reused it
    }
    this.files.set(path, { path, read: { ok: true, text }, document: document ?? reparsed });
    this.remember(path, document ?? reparsed);
  }

  /** The last document of a path read without syntax errors: the base of the next edit's reparse. */
  private remember(path: string, document: ParsedDocument | null): void {
    if (!document || !isCleanParse(document)) return;
    this.lastClean.set(path, document);
    // An editor's buffer: the first edit would measure the whole tree, which is better done now.
    if (this.keepFindings) primeReparse(document, this.limits);
  }

  /** The parse the session holds of `path` when it is of exactly `text` (a file read before as another's nested template or environment). */
  parsedAs(path: string, text: string): ParsedDocument | null {
    const known = this.files.get(path);
    return known?.document && known.read.ok && known.read.text === text ? known.document : null;
  }

  forget(path: string): void {
    this.drop(path);
    this.lastClean.delete(path);
    this.lints.delete(path);
    this.resolutions.delete(path);
  }

  /**
   * The last project resolution of each linted path (resolve.ts), which an edit that changes
   * nothing it read reuses; dropped with the path, so a closed document's model is not held.
   */
  readonly resolutions = new Map<string, { inputs: ResolveInputs; snapshot: ProjectSnapshot }>();

  /** The findings kept from the last lint of a template, when the session keeps them. */
  incrementalLint(path: string): IncrementalLint | undefined {
    if (!this.keepFindings) return undefined;
    let lint = this.lints.get(path);
    if (!lint) this.lints.set(path, (lint = new IncrementalLint()));
    return lint;
  }

  private drop(path: string): void {
    this.files.delete(path);
    this.templates.delete(path);
    this.environments.delete(path);
  }

  /** What the session holds of a file, without reading it: its read and, when built, its model (undefined when not). */
  loaded(path: string): { read: ReadResult; template: Template | null | undefined } | null {
    const file = this.files.get(path);
    return file ? { read: file.read, template: this.templates.get(path) } : null;
  }

  file(path: string): LoadedFile {
    let file = this.files.get(path);
    if (!file) {
      this.stats.reads++;
      file = { path, read: this.loader.read(path), document: null };
      this.files.set(path, file);
    }
    return file;
  }

  document(path: string): ParsedDocument | null {
    const file = this.file(path);
    if (!file.read.ok) return null;
    if (!file.document) {
      this.stats.parses++;
      file.document = parseDocument(file.read.text, this.limits);
      this.remember(path, file.document);
    }
    return file.document;
  }

  template(path: string): Template | null {
    if (!this.templates.has(path)) {
      const document = this.document(path);
      this.templates.set(path, document?.root ? buildTemplate(document, this.catalog) : null);
    }
    return this.templates.get(path) ?? null;
  }

  environment(path: string): EnvironmentModel | null {
    let environment = this.environments.get(path);
    if (!environment) {
      const document = this.document(path);
      if (!document) return null;
      environment = buildEnvironment(path, document);
      this.environments.set(path, environment);
    }
    return environment;
  }
}
