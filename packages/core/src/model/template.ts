import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { TemplateVersionSpec } from '../catalog/catalog-types.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import { asMap, asScalar, asSeq, entries, field, resolve, scalarString } from './nodes.js';

/** A named entry of a section: a parameter, resource, output or condition. */
export interface Entry {
  name: string;
  key: Scalar;
  /** The definition as written (aliases followed); null when empty. */
  value: Node | null;
  /** The definition when it is a mapping, as it should be. */
  definition: YAMLMap | null;
  pair: Pair<Scalar, Node | null>;
}

export interface ParameterModel extends Entry {
  type: string | null;
}

export interface ResourceModel extends Entry {
  type: string | null;
  typeNode: Scalar | null;
  properties: YAMLMap | null;
  /** Names in depends_on, with their nodes. */
  dependsOn: Array<{ name: string; node: Scalar }>;
}

export type Section = 'parameters' | 'resources' | 'outputs' | 'conditions';

/** Where a value sits: its section, the entry that owns it and the path below that entry. */
export interface Location {
  section: Section;
  owner: string;
  path: ReadonlyArray<string | number>;
}

/** A single-key mapping whose key is a function name Heat knows in some HOT version. */
export interface FunctionCall extends Location {
  name: string;
  key: Scalar;
  args: Node | null;
  map: YAMLMap;
  /** True in the conditions section and in `condition:` fields, where only condition functions apply. */
  conditionContext: boolean;
}

/** Any mapping inside resources, outputs or conditions, for rules that look at keys. */
export interface ValueMap extends Location {
  map: YAMLMap;
  conditionContext: boolean;
}

/** Any string scalar inside resources, outputs or conditions. */
export interface ValueString extends Location {
  node: Scalar;
  value: string;
}

export interface Template {
  document: ParsedDocument;
  yaml: Document | null;
  root: YAMLMap;
  versionPair: Pair<Scalar, Node | null> | undefined;
  versionValue: string | null;
  /** The version's spec, when heat_template_version names a known version. */
  version: TemplateVersionSpec | undefined;
  sections: Map<string, Pair<Scalar, Node | null>>;
  parameters: Map<string, ParameterModel>;
  resources: Map<string, ResourceModel>;
  outputs: Map<string, Entry>;
  conditions: Map<string, Entry>;
  calls: FunctionCall[];
  maps: ValueMap[];
  strings: ValueString[];
}

/** Builds the model of a parsed template; null when the root is not a mapping. */
export function buildTemplate(document: ParsedDocument, catalog: Catalog): Template | null {
  const doc = document.yaml;
  const root = asMap(document.root, doc);
  if (!root) return null;
  const sections = new Map(entries(root).map((pair) => [String(pair.key.value), pair] as const));
  const versionPair = sections.get('heat_template_version');
  const versionValue = versionPair ? scalarString(versionPair.value, doc) : null;
  const version = versionValue === null ? undefined : catalog.version(versionValue);

  const template: Template = {
    document,
    yaml: doc,
    root,
    versionPair,
    versionValue,
    version,
    sections,
    parameters: new Map(),
    resources: new Map(),
    outputs: new Map(),
    conditions: new Map(),
    calls: [],
    maps: [],
    strings: [],
  };

  for (const entry of sectionEntries(sections.get('parameters'), doc)) {
    template.parameters.set(entry.name, { ...entry, type: scalarString(field(entry.definition, 'type')?.value, doc) });
  }
  // An entry's subtree is never changed in place (reparseEdit replaces it whole): its walk and
  // model hold while its node lives. Not so when an alias is followed (it may name a section,
  // which reparseEdit changes in place): such an entry is walked every time.
  const walks = walkCache(catalog);
  const walkEntry = (section: Section, entry: Entry): { walk: EntryWalk; kept: boolean } => {
    const value = entry.value;
    const known = value ? walks.get(value) : undefined;
    if (known && known.section === section && known.owner === entry.name) return { walk: known, kept: true };
    const walk: EntryWalk = { section, owner: entry.name, calls: [], maps: [], strings: [] };
    const walker = new ValueWalker(doc, catalog, walk);
    walker.walkEntry(section, entry.name, value, section === 'conditions');
    const kept = value !== null && value === entry.pair.value && !walker.followedAlias;
    if (kept) walks.set(value, walk);
    return { walk, kept };
  };
  const add = ({ walk }: { walk: EntryWalk }) => {
    for (const call of walk.calls) template.calls.push(call);
    for (const map of walk.maps) template.maps.push(map);
    for (const string of walk.strings) template.strings.push(string);
  };
  const resourceWalks = new Map<string, { walk: EntryWalk; kept: boolean }>();
  for (const entry of sectionEntries(sections.get('resources'), doc)) {
    const walked = walkEntry('resources', entry);
    resourceWalks.set(entry.name, walked);
    const known = walked.kept ? resourceModels.get(entry.value!) : undefined;
    const model = known && known.pair === entry.pair && known.key === entry.key && known.name === entry.name ? known : resourceModel(entry, doc);
    if (walked.kept) resourceModels.set(entry.value!, model);
    template.resources.set(entry.name, model);
  }
  for (const entry of sectionEntries(sections.get('outputs'), doc)) template.outputs.set(entry.name, entry);
  for (const entry of sectionEntries(sections.get('conditions'), doc)) template.conditions.set(entry.name, entry);

  for (const name of template.resources.keys()) add(resourceWalks.get(name)!);
  for (const output of template.outputs.values()) add(walkEntry('outputs', output));
  for (const condition of template.conditions.values()) add(walkEntry('conditions', condition));
  return template;
}

/**
 * What buildTemplate's walk found in one entry's value (its share of template.calls, .maps and
 * .strings, in order), while that node lives; undefined when not kept (an entry that follows an alias).
 */
export function entryWalk(catalog: Catalog, value: Node | null): Readonly<EntryWalk> | undefined {
  return value ? walksByCatalog.get(catalog)?.get(value) : undefined;
}

/** What the walk of one entry found, in walk order. */
export interface EntryWalk {
  section: Section;
  owner: string;
  calls: FunctionCall[];
  maps: ValueMap[];
  strings: ValueString[];
}

const resourceModels = new WeakMap<Node, ResourceModel>();

/** Walks by entry value node, per catalog (which decides what a function call is). */
const walksByCatalog = new WeakMap<Catalog, WeakMap<Node, EntryWalk>>();

function walkCache(catalog: Catalog): WeakMap<Node, EntryWalk> {
  let walks = walksByCatalog.get(catalog);
  if (!walks) walksByCatalog.set(catalog, (walks = new WeakMap()));
  return walks;
}

function sectionEntries(pair: Pair<Scalar, Node | null> | undefined, doc: Document | null): Entry[] {
  const map = asMap(pair?.value, doc);
  return entries(map).map((p) => {
    const value = resolve(p.value, doc);
    return { name: String(p.key.value), key: p.key, value, definition: isMap(value) ? value : null, pair: p };
  });
}

function resourceModel(entry: Entry, doc: Document | null): ResourceModel {
  const typePair = field(entry.definition, 'type');
  const typeNode = asScalar(typePair?.value, doc);
  const type = typeNode && typeof typeNode.value === 'string' ? typeNode.value : null;
  const dependsOnNode = resolve(field(entry.definition, 'depends_on')?.value, doc);
  const dependsOn: ResourceModel['dependsOn'] = [];
  const addName = (node: unknown) => {
    const scalar = asScalar(node, doc);
    if (scalar && scalar.value !== null && typeof scalar.value !== 'object') {
      dependsOn.push({ name: String(scalar.value), node: scalar });
    }
  };
  if (isSeq(dependsOnNode)) dependsOnNode.items.forEach(addName);
  else addName(dependsOnNode);
  return {
    ...entry,
    type,
    typeNode,
    properties: asMap(field(entry.definition, 'properties')?.value, doc),
    dependsOn,
  };
}

class ValueWalker {
  followedAlias = false;

  constructor(
    private readonly doc: Document | null,
    private readonly catalog: Catalog,
    private readonly template: Pick<Template, 'calls' | 'maps' | 'strings'>,
  ) {}

  walkEntry(section: Section, owner: string, value: Node | null, conditionContext = false): void {
    this.walk(value, { section, owner, path: [] }, conditionContext);
  }

  private walk(raw: unknown, where: Location, conditionContext: boolean): void {
    const node = resolve(raw, this.doc);
    if (node !== raw) this.followedAlias = true;
    if (!node) return;
    if (isScalar(node)) {
      if (typeof node.value === 'string') this.template.strings.push({ ...where, node, value: node.value });
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => this.walk(item, { ...where, path: [...where.path, index] }, conditionContext));
      return;
    }
    if (!isMap(node)) return;
    this.template.maps.push({ ...where, map: node, conditionContext });
    if (node.items.length === 1) {
      const pair = node.items[0]!;
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && this.catalog.allFunctionNames.has(pair.key.value)) {
        const name = pair.key.value;
        const args = resolve(pair.value, this.doc);
        if (args !== pair.value) this.followedAlias = true;
        this.template.calls.push({ ...where, name, key: pair.key, args, map: node, conditionContext });
        const inner = { ...where, path: [...where.path, name] };
        if (name === 'if' && isSeq(args)) {
          // Only the first argument of `if` is a condition; the others are values.
          args.items.forEach((item, i) => this.walk(item, { ...inner, path: [...inner.path, i] }, conditionContext || i === 0));
        } else {
          this.walk(args, inner, conditionContext);
        }
        return;
      }
    }
    for (const pair of node.items) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') this.template.strings.push({ ...where, node: pair.key, value: pair.key.value });
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      const inCondition = conditionContext || (where.path.length === 0 && where.section !== 'conditions' && key === 'condition');
      this.walk(pair.value, { ...where, path: [...where.path, key] }, inCondition);
    }
  }
}

export { asMap, asScalar, asSeq, field };
