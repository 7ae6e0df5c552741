import { isAlias, isMap, isScalar, isSeq } from 'yaml';
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

/**
 * Builds the model of a parsed template; null when the root is not a mapping. After reparseEdit
 * (same root, same sections and entries, some entries' values replaced), the model of the last
 * build from that root is the base: only the replaced entries are modelled and walked again,
 * the others' models and walks are reused, and calls, maps and strings are spliced.
 */
export function buildTemplate(document: ParsedDocument, catalog: Catalog): Template | null {
  const doc = document.yaml;
  const root = asMap(document.root, doc);
  if (!root) return null;
  const sections = new Map(entries(root).map((pair) => [String(pair.key.value), pair] as const));
  const versionPair = sections.get('heat_template_version');
  const versionValue = versionPair ? scalarString(versionPair.value, doc) : null;
  const version = versionValue === null ? undefined : catalog.version(versionValue);
  const head = { document, yaml: doc, root, versionPair, versionValue, version, sections };
  const builds = buildCache(catalog);
  const last = root === document.root ? builds.get(root) : undefined;
  const built = (last && last.template.yaml === doc ? rebuild(head, catalog, last) : null) ?? build(head, catalog);
  if (built.record) builds.set(root, built.record);
  else builds.delete(root);
  walksOfTemplate.set(built.template, built.walks);
  lineages.set(built.template, built.lineage);
  return built.template;
}

/**
 * Which build a template is, and when it was built from the last build of the same tree
 * (reparseEdit), which entries it modelled again (each by section and place in it; the others
 * are the same objects as in that build): what a cache of per-entry results compares.
 */
export interface Lineage {
  id: number;
  /** The build this one reused; null for a build from scratch. */
  base: number | null;
  replaced: ReadonlyArray<{ section: EntrySection; index: number }>;
}

let nextBuild = 1;
const lineages = new WeakMap<Template, Lineage>();

export function templateLineage(template: Template): Lineage | undefined {
  return lineages.get(template);
}

type Head = Pick<Template, 'document' | 'yaml' | 'root' | 'versionPair' | 'versionValue' | 'version' | 'sections'>;

const ENTRY_SECTIONS = ['parameters', 'resources', 'outputs', 'conditions'] as const;

/** One section's entries as last built: the section's mapping, its pairs (each an entry) and their values then. */
interface SectionRecord {
  map: YAMLMap | null;
  pairs: ReadonlyArray<Pair<Scalar, Node | null>>;
  values: readonly unknown[];
}

/** What the last build from a root read and made: the next build of that root reuses what is unchanged. */
interface BuildRecord {
  /** The build's Lineage id. */
  id: number;
  /** The root's pairs and their values. */
  top: readonly Pair[];
  topValues: readonly unknown[];
  sections: Record<EntrySection, SectionRecord>;
  /** The model made: its entries' models, calls, maps and strings are the next build's base. */
  template: Template;
  /** The walks of the resources, outputs and conditions, in order (one per entry). */
  walks: EntryWalk[];
  /** The indexes of the walks that followed an alias: those entries are walked again each time. */
  unkept: number[];
  /** Where each walk's share of calls, maps and strings starts (one more: the lengths). */
  starts: Starts;
}

export type EntrySection = (typeof ENTRY_SECTIONS)[number];

interface Starts {
  calls: Int32Array;
  maps: Int32Array;
  strings: Int32Array;
}

/** The last build per root node, per catalog (which decides what a function call is). */
const buildsByCatalog = new WeakMap<Catalog, WeakMap<YAMLMap, BuildRecord>>();

function buildCache(catalog: Catalog): WeakMap<YAMLMap, BuildRecord> {
  let builds = buildsByCatalog.get(catalog);
  if (!builds) buildsByCatalog.set(catalog, (builds = new WeakMap()));
  return builds;
}

/** The walks of a built template's resources, outputs and conditions, in the order of its calls, maps and strings. */
const walksOfTemplate = new WeakMap<Template, readonly EntryWalk[]>();

/** What buildTemplate's walk of each resource, output and condition found, in template order (their concatenation is calls, maps and strings). */
export function templateWalks(template: Template): readonly EntryWalk[] | undefined {
  return walksOfTemplate.get(template);
}

interface Built {
  template: Template;
  walks: EntryWalk[];
  record: BuildRecord | null;
  lineage: Lineage;
}

interface Walked {
  walk: EntryWalk;
  /** False when the walk followed an alias: then it is not kept with the node. */
  kept: boolean;
}

function emptyTemplate(head: Head): Template {
  return { ...head, parameters: new Map(), resources: new Map(), outputs: new Map(), conditions: new Map(), calls: [], maps: [], strings: [] };
}

function build(head: Head, catalog: Catalog): Built {
  const doc = head.yaml;
  const template = emptyTemplate(head);
  const records: Partial<Record<EntrySection, SectionRecord>> = {};
  // Each section's entries, and whether the next build can compare them pair by pair (scalar keys, none twice).
  let comparable = true;
  const entriesOf = (section: EntrySection): Entry[] => {
    const pair = head.sections.get(section);
    const map = asMap(pair?.value, doc);
    const list = sectionEntries(pair, doc);
    if (map && (map !== pair!.value || list.length !== map.items.length)) comparable = false;
    records[section] = { map, pairs: list.map((entry) => entry.pair), values: list.map((entry) => entry.pair.value) };
    return list;
  };
  for (const entry of entriesOf('parameters')) template.parameters.set(entry.name, parameterModel(entry, doc));
  const cache = walkCache(catalog);
  const resourceWalks = new Map<string, Walked>();
  for (const entry of entriesOf('resources')) {
    const walked = walkEntry(cache, doc, catalog, 'resources', entry);
    resourceWalks.set(entry.name, walked);
    template.resources.set(entry.name, resourceModelOf(entry, walked.kept, doc));
  }
  for (const entry of entriesOf('outputs')) template.outputs.set(entry.name, entry);
  for (const entry of entriesOf('conditions')) template.conditions.set(entry.name, entry);

  const walks: EntryWalk[] = [];
  const unkept: number[] = [];
  const add = ({ walk, kept }: Walked) => {
    if (!kept) unkept.push(walks.length);
    walks.push(walk);
    for (const call of walk.calls) template.calls.push(call);
    for (const map of walk.maps) template.maps.push(map);
    for (const string of walk.strings) template.strings.push(string);
  };
  for (const name of template.resources.keys()) add(resourceWalks.get(name)!);
  for (const output of template.outputs.values()) add(walkEntry(cache, doc, catalog, 'outputs', output));
  for (const condition of template.conditions.values()) add(walkEntry(cache, doc, catalog, 'conditions', condition));
  const id = nextBuild++;
  const record: BuildRecord | null = comparable
    ? {
        id,
        top: [...head.root.items],
        topValues: head.root.items.map((pair) => pair.value),
        sections: records as BuildRecord['sections'],
        template,
        walks,
        unkept,
        starts: startsOf(walks),
      }
    : null;
  return { template, walks, record, lineage: { id, base: null, replaced: [] } };
}

function startsOf(walks: readonly EntryWalk[]): Starts {
  const starts: Starts = { calls: new Int32Array(walks.length + 1), maps: new Int32Array(walks.length + 1), strings: new Int32Array(walks.length + 1) };
  for (let i = 0; i < walks.length; i++) {
    const walk = walks[i]!;
    starts.calls[i + 1] = starts.calls[i]! + walk.calls.length;
    starts.maps[i + 1] = starts.maps[i]! + walk.maps.length;
    starts.strings[i + 1] = starts.strings[i]! + walk.strings.length;
  }
  return starts;
}

/**
 * The model from the last build of the same root, when only the values of some entries were
 * replaced since (what reparseEdit does): the root's pairs and values, each section's mapping
 * and pairs are the same objects. Null when anything else changed: then the model is built whole.
 */
function rebuild(head: Head, catalog: Catalog, last: BuildRecord): Built | null {
  const doc = head.yaml;
  const items = head.root.items;
  if (items.length !== last.top.length) return null;
  for (let i = 0; i < items.length; i++) if (items[i] !== last.top[i] || items[i]!.value !== last.topValues[i]) return null;
  const unkept = last.unkept.length > 0 ? new Set(last.unkept) : null;
  // The entries whose value node is not the one last built, or whose walk followed an alias (which may have changed), by section.
  const replaced: Record<EntrySection, Array<{ entry: Entry; walkIndex: number; index: number }>> = { parameters: [], resources: [], outputs: [], conditions: [] };
  const sections = {} as BuildRecord['sections'];
  // Walks are one per entry of resources, outputs and conditions, in that order.
  let walkBase = 0;
  for (const section of ENTRY_SECTIONS) {
    const pair = head.sections.get(section);
    const map = asMap(pair?.value, doc);
    const before = last.sections[section];
    if (map !== before.map) return null;
    if (!map) {
      sections[section] = before;
      continue;
    }
    const pairs = map.items;
    if (pairs.length !== before.pairs.length) return null;
    const walked = section !== 'parameters';
    let values: unknown[] | null = null;
    for (let i = 0; i < pairs.length; i++) {
      const entryPair = pairs[i]!;
      if (entryPair !== before.pairs[i]) return null;
      const value = entryPair.value;
      const walkIndex = walked ? walkBase + i : -1;
      if (value === before.values[i] && !isAlias(value) && !(unkept && unkept.has(walkIndex))) continue;
      replaced[section].push({ entry: entryOf(entryPair as Pair<Scalar, Node | null>, doc), walkIndex, index: i });
      (values ??= [...before.values])[i] = value;
    }
    if (walked) walkBase += pairs.length;
    sections[section] = values ? { map, pairs: before.pairs, values } : before;
  }
  if (walkBase !== last.walks.length) return null;

  const cache = walkCache(catalog);
  const template = emptyTemplate(head);
  const renewed = new Map<number, Walked>();
  const walkOf = (section: Section, entry: Entry, walkIndex: number): Walked => {
    const walked = walkEntry(cache, doc, catalog, section, entry);
    renewed.set(walkIndex, walked);
    return walked;
  };
  template.parameters = withEntries(last.template.parameters, replaced.parameters, ({ entry }) => parameterModel(entry, doc));
  template.resources = withEntries(last.template.resources, replaced.resources, ({ entry, walkIndex }) =>
    resourceModelOf(entry, walkOf('resources', entry, walkIndex).kept, doc),
  );
  template.outputs = withEntries(last.template.outputs, replaced.outputs, ({ entry, walkIndex }) => (walkOf('outputs', entry, walkIndex), entry));
  template.conditions = withEntries(last.template.conditions, replaced.conditions, ({ entry, walkIndex }) => (walkOf('conditions', entry, walkIndex), entry));

  // The last build's arrays, copied once, with each renewed walk's share replaced (from the end,
  // so that the shares before it stay where they were); the starts move by the changes in length.
  const walks = last.walks.slice();
  const starts = last.starts;
  let calls = last.template.calls.slice();
  let maps = last.template.maps.slice();
  let strings = last.template.strings.slice();
  const order = [...renewed];
  for (let k = order.length - 1; k >= 0; k--) {
    const [index, { walk }] = order[k]!;
    calls = replaceRange(calls, starts.calls[index]!, starts.calls[index + 1]!, walk.calls);
    maps = replaceRange(maps, starts.maps[index]!, starts.maps[index + 1]!, walk.maps);
    strings = replaceRange(strings, starts.strings[index]!, starts.strings[index + 1]!, walk.strings);
    walks[index] = walk;
  }
  const nextUnkept = order.filter(([, { kept }]) => !kept).map(([index]) => index);
  template.calls = calls;
  template.maps = maps;
  template.strings = strings;
  const nextStarts = order.length === 0 ? starts : movedStarts(starts, order);
  const id = nextBuild++;
  const record: BuildRecord = {
    id,
    top: last.top,
    topValues: last.topValues,
    sections,
    template,
    walks,
    unkept: nextUnkept,
    starts: nextStarts,
  };
  const lineage: Lineage = { id, base: last.id, replaced: ENTRY_SECTIONS.flatMap((section) => replaced[section].map(({ index }) => ({ section, index }))) };
  return { template, walks, record, lineage };
}

/** `array` with [from, to) replaced by `items`: in place, unless too many items to pass as arguments. */
function replaceRange<T>(array: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length <= 4096) {
    array.splice(from, to - from, ...items);
    return array;
  }
  return array.slice(0, from).concat(items, array.slice(to));
}

/** The starts of the walks after some were replaced (`renewed`, in walk order): each moves by the change in length of those before it. */
function movedStarts(starts: Starts, renewed: ReadonlyArray<readonly [number, Walked]>): Starts {
  const next: Starts = { calls: starts.calls.slice(), maps: starts.maps.slice(), strings: starts.strings.slice() };
  for (const [index, { walk }] of renewed) {
    const calls = walk.calls.length - (starts.calls[index + 1]! - starts.calls[index]!);
    const maps = walk.maps.length - (starts.maps[index + 1]! - starts.maps[index]!);
    const strings = walk.strings.length - (starts.strings[index + 1]! - starts.strings[index]!);
    if (calls === 0 && maps === 0 && strings === 0) continue;
    for (let i = index + 1; i < next.calls.length; i++) {
      next.calls[i] = next.calls[i]! + calls;
      next.maps[i] = next.maps[i]! + maps;
      next.strings[i] = next.strings[i]! + strings;
    }
  }
  return next;
}

/** A copy of a section's models with the replaced entries modelled again, in place (same names, same order). */
function withEntries<M, R extends { entry: Entry }>(models: ReadonlyMap<string, M>, replaced: readonly R[], model: (replacement: R) => M): Map<string, M> {
  const result = new Map(models);
  for (const replacement of replaced) result.set(replacement.entry.name, model(replacement));
  return result;
}

/**
 * An entry's walk: an entry's subtree is never changed in place (reparseEdit replaces it whole),
 * so its walk holds while its node lives. Not so when an alias is followed (it may name a section,
 * which reparseEdit changes in place): such an entry is walked every time.
 */
function walkEntry(walks: WeakMap<Node, EntryWalk>, doc: Document | null, catalog: Catalog, section: Section, entry: Entry): Walked {
  const value = entry.value;
  const known = value ? walks.get(value) : undefined;
  if (known && known.section === section && known.owner === entry.name) return { walk: known, kept: true };
  const walk: EntryWalk = { section, owner: entry.name, calls: [], maps: [], strings: [] };
  const walker = new ValueWalker(doc, catalog, walk);
  walker.walkEntry(section, entry.name, value, section === 'conditions');
  const kept = value !== null && value === entry.pair.value && !walker.followedAlias;
  if (kept) walks.set(value, walk);
  return { walk, kept };
}

function parameterModel(entry: Entry, doc: Document | null): ParameterModel {
  return { ...entry, type: scalarString(field(entry.definition, 'type')?.value, doc) };
}

function resourceModelOf(entry: Entry, kept: boolean, doc: Document | null): ResourceModel {
  const known = kept ? resourceModels.get(entry.value!) : undefined;
  const model = known && known.pair === entry.pair && known.key === entry.key && known.name === entry.name ? known : resourceModel(entry, doc);
  if (kept) resourceModels.set(entry.value!, model);
  return model;
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
  return entries(asMap(pair?.value, doc)).map((p) => entryOf(p, doc));
}

function entryOf(p: Pair<Scalar, Node | null>, doc: Document | null): Entry {
  const value = resolve(p.value, doc);
  return { name: String(p.key.value), key: p.key, value, definition: isMap(value) ? value : null, pair: p };
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
  // The entry being walked: every location of its walk has the same section and owner.
  private section: Section = 'resources';
  private owner = '';

  constructor(
    private readonly doc: Document | null,
    private readonly catalog: Catalog,
    private readonly template: Pick<Template, 'calls' | 'maps' | 'strings'>,
  ) {}

  walkEntry(section: Section, owner: string, value: Node | null, conditionContext = false): void {
    this.section = section;
    this.owner = owner;
    this.walk(value, [], conditionContext);
  }

  // Each location is one object literal of one shape (no spread): a template has tens of thousands.
  private walk(raw: unknown, path: ReadonlyArray<string | number>, conditionContext: boolean): void {
    const node = resolve(raw, this.doc);
    if (node !== raw) this.followedAlias = true;
    if (!node) return;
    const { section, owner } = this;
    if (isScalar(node)) {
      if (typeof node.value === 'string') this.template.strings.push({ section, owner, path, node, value: node.value });
      return;
    }
    if (isSeq(node)) {
      const items = node.items;
      for (let index = 0; index < items.length; index++) this.walk(items[index], [...path, index], conditionContext);
      return;
    }
    if (!isMap(node)) return;
    this.template.maps.push({ section, owner, path, map: node, conditionContext });
    if (node.items.length === 1) {
      const pair = node.items[0]!;
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && this.catalog.allFunctionNames.has(pair.key.value)) {
        const name = pair.key.value;
        const args = resolve(pair.value, this.doc);
        if (args !== pair.value) this.followedAlias = true;
        this.template.calls.push({ section, owner, path, name, key: pair.key, args, map: node, conditionContext });
        const inner = [...path, name];
        if (name === 'if' && isSeq(args)) {
          // Only the first argument of `if` is a condition; the others are values.
          args.items.forEach((item, i) => this.walk(item, [...inner, i], conditionContext || i === 0));
        } else {
          this.walk(args, inner, conditionContext);
        }
        return;
      }
    }
    for (const pair of node.items) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') this.template.strings.push({ section, owner, path, node: pair.key, value: pair.key.value });
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      const inCondition = conditionContext || (path.length === 0 && section !== 'conditions' && key === 'condition');
      this.walk(pair.value, [...path, key], inCondition);
    }
  }
}

export { asMap, asScalar, asSeq, field };
