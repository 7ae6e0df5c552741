import type {
  FunctionStatus,
  LanguageSpec,
  ResourceCatalog,
  ResourceTypeSchema,
  TemplateVersionSpec,
} from './catalog-types.js';
import type { ReleaseHistory } from './history.js';
import { type HeatRelease, releaseLabel } from './release.js';

/** Which Heat release a catalog describes, and where to look up when things came and went. */
export interface CatalogOrigin {
  release?: HeatRelease;
  history?: () => ReleaseHistory;
}

/** The Heat knowledge the rules consult: resource types and the template language by version. */
export class Catalog {
  readonly versions: readonly TemplateVersionSpec[];
  private readonly byName = new Map<string, TemplateVersionSpec>();
  /** Every function name any HOT version knows, for telling a misspelling from a plain key. */
  readonly allFunctionNames: ReadonlySet<string>;
  readonly customConstraints: ReadonlySet<string>;

  /** The release this catalog was generated from; undefined for a catalog made by hand or pulled from a cloud. */
  readonly release: HeatRelease | undefined;
  private readonly historyLoader: (() => ReleaseHistory) | undefined;

  constructor(
    readonly resources: ResourceCatalog,
    readonly language: LanguageSpec,
    origin: CatalogOrigin = {},
  ) {
    this.release = origin.release;
    this.historyLoader = origin.history;
    // Dates (YYYY-MM-DD) in code-point order; not localeCompare, whose first call loads ICU's collator.
    this.versions = [...language.versions].sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
    const names = new Set<string>();
    for (const spec of this.versions) {
      this.byName.set(spec.version, spec);
      for (const alias of spec.aliases) this.byName.set(alias, spec);
      for (const fn of Object.keys(spec.functions)) names.add(fn);
      for (const fn of spec.condition_functions) names.add(fn);
    }
    this.allFunctionNames = names;
    this.customConstraints = new Set(language.custom_constraints);
  }

  get heatVersion(): string {
    return this.resources.heat_version;
  }

  /** "Heat 13 (train)", or "Heat <version>" for a catalog of no known release. */
  get releaseLabel(): string {
    return this.release ? releaseLabel(this.release) : `Heat ${this.heatVersion}`;
  }

  /**
   * For something this release lacks, a sentence saying which release has it, e.g.
   * ' It was added in Heat 24 (2025.1); this is Heat 13 (train).' (with a leading space), or ''
   * when no release has it. Keys as in ReleaseHistory: "t|TYPE", "p|TYPE|PROP", "a|TYPE|ATTR",
   * "av|TYPE|PROP|VALUE", "v|VERSION", "c|CONSTRAINT". Reads the history only when asked.
   */
  releaseNote(key: string): string {
    const release = this.release;
    const note = release && this.history()?.note(key, release);
    return release && note ? ` It was ${note}; this is ${releaseLabel(release)}.` : '';
  }

  /** "since Heat 14 (ussuri)" for a thing this release has but older ones lack; undefined otherwise. */
  since(key: string): string | undefined {
    const release = this.release;
    return release && this.history()?.since(key, release);
  }

  /** The release history, when this catalog is a release's and its file can be read: it only adds to messages, so a missing file is no error. */
  private history(): ReleaseHistory | undefined {
    if (!this.release || !this.historyLoader) return undefined;
    try {
      return this.historyLoader();
    } catch {
      return undefined;
    }
  }

  /** The spec for a `heat_template_version` value: a date or a release alias. */
  version(value: string): TemplateVersionSpec | undefined {
    return this.byName.get(value);
  }

  versionNames(): string[] {
    return [...this.byName.keys()];
  }

  resourceType(name: string): ResourceTypeSchema | undefined {
    return Object.prototype.hasOwnProperty.call(this.resources.resource_types, name)
      ? this.resources.resource_types[name]
      : undefined;
  }

  resourceTypeNames(): string[] {
    return Object.keys(this.resources.resource_types);
  }

  /**
   * The catalog type a type name stands for: the name itself when the catalog has it,
   * otherwise its target through Heat's default-environment aliases (exact names first,
   * then globs such as "OS::Quantum*" -> "OS::Neutron*", as Heat's registry does).
   * Undefined when neither leads to a catalog type.
   */
  resolveTypeName(name: string): string | undefined {
    let current = name;
    for (let hop = 0; hop < 8; hop++) {
      if (this.resourceType(current)) return current;
      const next = this.aliasTarget(current);
      if (next === undefined || next === current) return undefined;
      current = next;
    }
    return undefined;
  }

  /** The schema of a type name, following aliases (see resolveTypeName). */
  resolveResourceType(name: string): ResourceTypeSchema | undefined {
    const resolved = this.resolveTypeName(name);
    return resolved === undefined ? undefined : this.resourceType(resolved);
  }

  private aliasTarget(name: string): string | undefined {
    const aliases = this.resources.type_aliases ?? {};
    if (Object.prototype.hasOwnProperty.call(aliases, name) && !name.endsWith('*')) return aliases[name];
    for (const [pattern, target] of Object.entries(aliases)) {
      if (!pattern.endsWith('*')) continue;
      const prefix = pattern.slice(0, -1);
      if (name === target || !name.startsWith(prefix)) continue;
      return target.endsWith('*') ? target.slice(0, -1) + name.slice(prefix.length) : target;
    }
    return undefined;
  }

  functionStatus(version: TemplateVersionSpec, name: string): FunctionStatus | undefined {
    return Object.prototype.hasOwnProperty.call(version.functions, name) ? version.functions[name] : undefined;
  }

  /** The first version in which a function is supported, for "needs version X" messages. */
  firstVersionWith(name: string): TemplateVersionSpec | undefined {
    return this.versions.find((spec) => spec.functions[name] === 'supported');
  }
}
