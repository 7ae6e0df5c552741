import type { Node } from 'yaml';
import { entryWalk, templateLineage } from '../model/template.js';
import type { Entry, EntryWalk, Lineage, Template } from '../model/template.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import type { PositionMapper } from '../parse/positions.js';
import type { TypeResolver } from '../environment/registry.js';
import { isGroupType } from '../heat/resources.js';
import type { ProjectSnapshot } from '../project/snapshot.js';
import { spanSince } from '../parse/reparse.js';
import { ownCopy } from '../util/own-copy.js';
import type { Diagnostic, Position, Range } from '../types.js';

type EntrySection = 'resources' | 'outputs';

/** One resource or output as last checked, with the findings the entry-scoped rules made inside it. */
export interface CheckedEntry {
  section: EntrySection;
  name: string;
  /** The value node checked: reparseEdit keeps the node of every entry it did not parse again. */
  value: Node | null;
  /** The line of its key when its findings were made (they move with it: State.lines has where it is now). */
  line: number;
  /** A resource's text outside its properties (type, depends_on, condition...), which other entries' checks may read. */
  summary: string;
  findings: Diagnostic[];
  /** False when one of its findings (or their fixes) reaches outside it: then it is checked every time. */
  cacheable: boolean;
}

interface State {
  key: string;
  /** The text linted, and its number of lines. */
  text: string;
  lineCount: number;
  /** Every top-level value and, for mappings, every entry's value: what must be unchanged outside resources and outputs. */
  others: Array<Node | null | string>;
  entries: CheckedEntry[];
  /** The Lineage id of the model linted (null when it has none). */
  build: number | null;
  /** Per entry: the line of its key, and the offsets where it starts and ends (key to value), in the text linted. */
  lines: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The entries with findings, and those checked every time (not cacheable), in order. */
  withFindings: number[];
  uncacheable: number[];
  /** The findings of the model-scoped rules (RuleMeta.scope) and what they were found in; absent when not kept. */
  model?: ModelFindings;
}

interface ModelFindings {
  findings: Diagnostic[];
  text: string;
  positions: PositionMapper;
  snapshot: ProjectSnapshot | null;
}

/** What an incremental lint checks again: the view of the template the entry-scoped rules are given. */
export interface IncrementalPlan {
  view: Template;
  dirty: ReadonlySet<CheckedEntry>;
  /** The dirty entries' places, when the model was built from the one last linted (templateLineage): then finish reads only those. */
  places?: ReadonlyMap<CheckedEntry, number>;
}

const SECTIONS: readonly EntrySection[] = ['resources', 'outputs'];

/** Every entry of a lint in order, with its line, start and end offsets now, and which are checked again (fresh). */
interface Places {
  checked: CheckedEntry[];
  fresh: Set<number>;
  lines: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The findings of the entry-scoped rules (RuleMeta.scope) of one document, kept per resource and
 * output between lints of successive texts of that document (an editor's buffer), so that an edit
 * inside one entry re-checks that entry only. Holds the last lint's model and findings, nothing
 * older: its size follows the document's.
 */
export class IncrementalLint {
  private state: State | null = null;
  /**
   * How many lints re-checked only some entries, how many checked everything, and how many kept the
   * model-scoped rules' findings: for tests and benchmarks.
   */
  readonly stats = { incremental: 0, full: 0, modelKept: 0 };

  /**
   * The entries to check again when `template` follows the last lint with the same `key` (the
   * options) and differs from it only inside resources or outputs, their names and order unchanged,
   * a changed resource's text outside its properties unchanged; null when everything is checked.
   */
  plan(document: ParsedDocument, template: Template, key: string, catalog: Catalog): IncrementalPlan | null {
    const state = this.state;
    if (!state || state.key !== key) return null;
    const lineage = templateLineage(template);
    if (lineage && state.build !== null && lineage.base === state.build) return this.planFromLineage(state, lineage, document, template, catalog);
    const others = outsideEntries(template);
    if (others.length !== state.others.length || others.some((value, i) => value !== state.others[i])) return null;
    const count = template.resources.size + template.outputs.size;
    if (count !== state.entries.length) return null;
    const dirty = new Set<CheckedEntry>();
    let i = 0;
    for (const section of SECTIONS) {
      for (const entry of template[section].values()) {
        const before = state.entries[i++]!;
        if (before.section !== section || before.name !== entry.name) return null;
        if (before.value === entry.value && before.cacheable) continue;
        if (before.value !== entry.value && summaryOf(document, section, entry) !== before.summary) return null;
        dirty.add(before);
      }
    }
    return this.view(template, catalog, dirty, count);
  }

  /**
   * The plan when `template` was built from the model last linted: the entries it modelled again
   * and those checked every time are the candidates, the others are the same objects (no need
   * to look at them). Parameters or conditions modelled again change what the entries' checks read.
   */
  private planFromLineage(state: State, lineage: Lineage, document: ParsedDocument, template: Template, catalog: Catalog): IncrementalPlan | null {
    const count = template.resources.size + template.outputs.size;
    if (count !== state.entries.length) return null;
    const resources = template.resources.size;
    const places = new Map<CheckedEntry, number>();
    for (const index of state.uncacheable) places.set(state.entries[index]!, index);
    for (const { section, index } of lineage.replaced) {
      if (section !== 'resources' && section !== 'outputs') return null;
      const place = section === 'resources' ? index : resources + index;
      const before = state.entries[place]!;
      const entry = template[section].get(before.name);
      if (!entry || before.section !== section) return null;
      if (before.value !== entry.value && summaryOf(document, section, entry) !== before.summary) return null;
      places.set(before, place);
    }
    const dirty = new Set([...places.keys()].filter((before) => before.value !== template[before.section].get(before.name)?.value || !before.cacheable));
    for (const before of places.keys()) if (!dirty.has(before)) places.delete(before);
    const plan = this.view(template, catalog, dirty, count);
    if (plan) plan.places = places;
    return plan;
  }

  private view(template: Template, catalog: Catalog, dirty: Set<CheckedEntry>, count: number): IncrementalPlan | null {
    if (dirty.size > count / 2) return null;
    const names = (section: EntrySection) => new Set([...dirty].filter((e) => e.section === section).map((e) => e.name));
    const resources = names('resources');
    const outputs = names('outputs');
    const inScope = (where: { section: string; owner: string }) =>
      where.section === 'resources' ? resources.has(where.owner) : where.section === 'outputs' ? outputs.has(where.owner) : true;
    const walked = walksOf(template, catalog, dirty);
    const view: Template = {
      ...template,
      resources: new EntryView(template.resources, resources),
      outputs: new EntryView(template.outputs, outputs),
      calls: walked?.calls ?? template.calls.filter(inScope),
      maps: walked?.maps ?? template.maps.filter(inScope),
      strings: walked?.strings ?? template.strings.filter(inScope),
    };
    return { view, dirty };
  }

  /**
   * The last lint's findings of the model-scoped rules, moved to where they are in this text, when
   * the plan's changed entries change nothing those rules read (RuleMeta.scope 'model'): each is a
   * resource of a catalog type that is not a group, with the same function calls at the same paths
   * (the text outside properties is the plan's to compare), and the project's files are the same.
   * Null when they must be checked again.
   */
  modelFindings(
    plan: IncrementalPlan | null,
    document: ParsedDocument,
    template: Template,
    types: TypeResolver,
    snapshot: ProjectSnapshot | null,
    base: string,
  ): Diagnostic[] | null {
    const kept = this.state?.model;
    if (!plan || !kept) return null;
    if ((snapshot === null) !== (kept.snapshot === null) || (snapshot && !snapshot.sameFiles(kept.snapshot!))) return null;
    if (document.positions.shifted || kept.positions.shifted) return null;
    const catalog = types.catalog;
    for (const entry of plan.dirty) {
      const resource = entry.section === 'resources' ? template.resources.get(entry.name) : undefined;
      if (resource?.value === entry.value) continue;
      if (!resource?.type) return null;
      const resolution = types.resolve(resource.type, base, resource.name);
      if (resolution.kind !== 'catalog' || isGroupType(resolution.type)) return null;
      const before = callsOf(entryWalk(catalog, entry.value), entry.name, kept.text);
      if (before === null || before !== callsOf(entryWalk(catalog, resource.value), entry.name, document.text)) return null;
    }
    // The text changed in one span: what lies before it stays, what lies after it moves by the change in length.
    const { start, oldEnd } = spanSince(kept.text, document);
    const delta = document.text.length - kept.text.length;
    const lines = document.positions.lineCount !== kept.positions.lineCount;
    const move = (range: Range): Range | null => {
      const from = kept.positions.offset(range.start);
      const to = kept.positions.offset(range.end);
      // A range touching the span may be on a token the edit extended: checked again.
      if (to < start) return range;
      if (from > oldEnd) return { start: document.positions.position(from + delta), end: document.positions.position(to + delta) };
      return null;
    };
    const findings: Diagnostic[] = [];
    for (const finding of kept.findings) {
      // A message naming a line (another finding's place) would need moving too.
      if (lines && /\bline \d/.test(finding.message)) return null;
      const range = move(finding.range);
      if (!range) return null;
      const result: Diagnostic = { ...finding, range };
      if (finding.fixes) {
        const fixes = [];
        for (const fix of finding.fixes) {
          const edits = [];
          for (const edit of fix.edits) {
            const moved = move(edit.range);
            if (!moved) return null;
            edits.push({ ...edit, range: moved });
          }
          fixes.push({ ...fix, edits });
        }
        result.fixes = fixes;
      }
      findings.push(result);
    }
    this.stats.modelKept++;
    return findings;
  }

  /**
   * The findings of the entry-scoped rules for the whole template: `found` (what they found in the
   * plan's view, or in the whole template without a plan) with the kept findings of the entries not
   * checked again, moved to where those entries are now. Remembers them for the next lint.
   */
  finish(
    plan: IncrementalPlan | null,
    document: ParsedDocument,
    template: Template,
    key: string,
    found: readonly Diagnostic[],
    model?: { findings: readonly Diagnostic[]; snapshot: ProjectSnapshot | null },
  ): Diagnostic[] {
    if (plan) this.stats.incremental++;
    else this.stats.full++;
    const state = plan ? this.state! : null;
    const entries = state && plan!.places ? this.placesFrom(state, plan!.places, document, template) : this.placesOf(state, plan, document, template);
    const { checked, fresh, lines, starts, ends } = entries;
    const rest: Diagnostic[] = [];
    const offset = (position: Position) => document.positions.offset(position);
    // Outputs may come before resources: then the entries are not in document order.
    let ordered = true;
    for (let i = 1; i < starts.length && ordered; i++) ordered = starts[i - 1]! < starts[i]!;
    for (const finding of found) {
      const at = offset(finding.range.start);
      const index = entryAt(starts, ends, ordered, at);
      if (index < 0) rest.push(finding);
      else if (fresh.has(index)) {
        const owner = checked[index]!;
        owner.findings.push(finding);
        const inside = (range: Range) => offset(range.start) >= starts[index]! && offset(range.end) <= ends[index]!;
        if (!inside(finding.range) || !(finding.fixes ?? []).every((fix) => fix.edits.every((edit) => inside(edit.range)))) owner.cacheable = false;
      }
      // Else a finding in an entry not checked again, made while checking another: that entry's kept findings stand.
    }
    // The entries with findings and those not cacheable: the last lint's, but for the entries checked again.
    const reuse = state !== null && plan!.places !== undefined;
    const listed = (before: readonly number[] | null, test: (entry: CheckedEntry) => boolean): number[] => {
      if (!before) return checked.flatMap((entry, i) => (test(entry) ? [i] : []));
      const list = before.filter((i) => !fresh.has(i));
      for (const i of fresh) if (test(checked[i]!)) list.push(i);
      return list.sort((a, b) => a - b);
    };
    const withFindings = listed(reuse ? state.withFindings : null, (entry) => entry.findings.length > 0);
    const uncacheable = listed(reuse ? state.uncacheable : null, (entry) => !entry.cacheable);
    const internal = found.some((f) => f.ruleId === 'internal-error');
    this.state = internal
      ? null
      : {
          key,
          text: document.text,
          lineCount: document.positions.lineCount,
          others: reuse ? state.others : outsideEntries(template),
          entries: checked,
          build: templateLineage(template)?.id ?? null,
          lines,
          starts,
          ends,
          withFindings,
          uncacheable,
        };
    if (this.state && model && !model.findings.some((f) => f.ruleId === 'internal-error')) {
      this.state.model = { findings: model.findings.map(copy), text: document.text, positions: document.positions, snapshot: model.snapshot };
    }
    const all = [...rest];
    for (const finding of model?.findings ?? []) all.push(copy(finding));
    for (const i of withFindings) {
      const entry = checked[i]!;
      const delta = lines[i]! - entry.line;
      for (const finding of entry.findings) all.push(delta === 0 ? copy(finding) : moved(finding, delta));
    }
    return all;
  }

  /**
   * Every entry of `template` in order (resources, then outputs), read from the model: the last
   * lint's checked entry when it is not checked again (moved), a fresh one when it is.
   */
  private placesOf(state: State | null, plan: IncrementalPlan | null, document: ParsedDocument, template: Template): Places {
    // An entry before the edited span keeps its line, one after it moves by the lines the edit added.
    const span = state ? spanSince(state.text, document) : null;
    const lineDelta = state ? document.positions.lineCount - state.lineCount : 0;
    const count = template.resources.size + template.outputs.size;
    const places: Places = { checked: [], fresh: new Set(), lines: new Int32Array(count), starts: new Int32Array(count), ends: new Int32Array(count) };
    for (const section of SECTIONS) {
      for (const entry of template[section].values()) {
        const i = places.checked.length;
        const start = entry.key.range![0];
        places.starts[i] = start;
        places.ends[i] = entryEnd(entry);
        const before = state ? state.entries[i]! : null;
        if (before && !plan!.dirty.has(before)) {
          const was = state!.lines[i]!;
          const line = start < span!.start ? was : start >= span!.newEnd ? was + lineDelta : document.positions.position(start).line;
          places.lines[i] = line;
          places.checked.push(before);
          continue;
        }
        places.fresh.add(i);
        const line = document.positions.position(start).line;
        places.lines[i] = line;
        places.checked.push(uncheckedEntry(document, section, entry, line));
      }
    }
    return places;
  }

  /**
   * The entries when the plan knows the places of the dirty ones (the model was built from the one
   * last linted): the others are the last lint's, their places moved by the edit, without reading them.
   */
  private placesFrom(state: State, dirty: ReadonlyMap<CheckedEntry, number>, document: ParsedDocument, template: Template): Places {
    const span = spanSince(state.text, document);
    const lineDelta = document.positions.lineCount - state.lineCount;
    const delta = span.newEnd - span.oldEnd;
    const places: Places = { checked: state.entries.slice(), fresh: new Set(), lines: state.lines.slice(), starts: state.starts.slice(), ends: state.ends.slice() };
    const changed = span.oldEnd > span.start;
    for (let i = 0; i < places.starts.length; i++) {
      const start = state.starts[i]!;
      const end = state.ends[i]!;
      // Offsets before the span stay, those after it move; an entry reaching into it is read again (below).
      if (changed && ((start >= span.start && start < span.oldEnd) || (end >= span.start && end < span.oldEnd))) {
        places.lines[i] = -1;
        continue;
      }
      if (start >= span.oldEnd) {
        places.starts[i] = start + delta;
        places.lines[i] = state.lines[i]! + lineDelta;
      }
      if (end >= span.oldEnd) places.ends[i] = end + delta;
    }
    for (let i = 0; i < places.lines.length; i++) {
      if (places.lines[i] !== -1) continue;
      const before = state.entries[i]!;
      const entry = template[before.section].get(before.name)!;
      places.starts[i] = entry.key.range![0];
      places.ends[i] = entryEnd(entry);
      places.lines[i] = document.positions.position(places.starts[i]!).line;
    }
    for (const [before, i] of dirty) {
      const entry = template[before.section].get(before.name)!;
      const start = entry.key.range![0];
      const line = document.positions.position(start).line;
      places.starts[i] = start;
      places.ends[i] = entryEnd(entry);
      places.lines[i] = line;
      places.fresh.add(i);
      places.checked[i] = uncheckedEntry(document, before.section, entry, line);
    }
    return places;
  }

  /** Forgets the last lint: the next one checks everything. */
  reset(): void {
    this.state = null;
  }
}

/**
 * A section's entries for the entry-scoped rules: lookups see every entry, iteration only those
 * checked again.
 */
class EntryView<V> extends Map<string, V> {
  /** `scope`: names of `all`, in its order; neither is copied, so a view costs what its scope holds. */
  constructor(
    private readonly all: ReadonlyMap<string, V>,
    private readonly scope: ReadonlySet<string>,
  ) {
    super();
  }

  override get size(): number {
    return this.all.size;
  }

  override get(name: string): V | undefined {
    return this.all.get(name);
  }

  override has(name: string): boolean {
    return this.all.has(name);
  }

  override *entries(): MapIterator<[string, V]> {
    for (const name of this.scope) if (this.all.has(name)) yield [name, this.all.get(name)!];
  }

  override *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }
}

/**
 * The calls, maps and strings of the dirty entries and of the conditions, in template order, from
 * buildTemplate's walks; null when one is not kept (then they are filtered from the template's).
 */
function walksOf(template: Template, catalog: Catalog, dirty: ReadonlySet<CheckedEntry>): Pick<Template, 'calls' | 'maps' | 'strings'> | null {
  const view: Pick<Template, 'calls' | 'maps' | 'strings'> = { calls: [], maps: [], strings: [] };
  const add = (section: 'resources' | 'outputs' | 'conditions', entry: Entry | undefined): boolean => {
    const walk = entry ? entryWalk(catalog, entry.value) : undefined;
    if (!walk || walk.section !== section || walk.owner !== entry!.name) return false;
    for (const call of walk.calls) view.calls.push(call);
    for (const map of walk.maps) view.maps.push(map);
    for (const string of walk.strings) view.strings.push(string);
    return true;
  };
  for (const section of SECTIONS) {
    for (const entry of dirty) if (entry.section === section && !add(section, template[section].get(entry.name))) return null;
  }
  for (const condition of template.conditions.values()) if (!add('conditions', condition)) return null;
  return view;
}

/** The top-level keys and values, and the entries of every other section, in order. */
function outsideEntries(template: Template): Array<Node | null | string> {
  const values: Array<Node | null | string> = [];
  for (const pair of template.root.items) {
    const name = String((pair.key as { value?: unknown } | null)?.value);
    values.push(name, pair.value as Node | null);
    if (name === 'resources' || name === 'outputs') continue;
    const value = pair.value as { items?: unknown[] } | null;
    if (value && Array.isArray(value.items)) {
      for (const item of value.items as Array<{ key?: unknown; value?: unknown }>) values.push((item?.value ?? null) as Node | null);
    }
  }
  return values;
}

/** Where an entry ends: its value's end, or its key's when it has no value. */
function entryEnd(entry: Entry): number {
  return Math.max(entry.key.range![1], entry.value?.range?.[1] ?? 0);
}

/** An entry to be checked again, at `line`: no findings yet. */
function uncheckedEntry(document: ParsedDocument, section: EntrySection, entry: Entry, line: number): CheckedEntry {
  return { section, name: entry.name, value: entry.value, line, summary: summaryOf(document, section, entry), findings: [], cacheable: true };
}

function summaryOf(document: ParsedDocument, section: EntrySection, entry: Entry): string {
  const range = entry.value?.range;
  if (section !== 'resources' || !range) return '';
  const properties = entry.definition?.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === 'properties')?.value as Node | null | undefined;
  const text = document.text;
  // Own copies: a summary is kept while its entry is unchanged, when the text it was read from is long gone.
  if (!properties?.range) return ownCopy(text.slice(range[0], range[1]));
  return ownCopy(`${text.slice(range[0], properties.range[0])}\0${text.slice(properties.range[1], range[1])}`);
}

/**
 * A resource's function calls as the model-scoped rules see them: name, path and text of each;
 * null when its walk is not kept or a call has no range.
 */
function callsOf(walk: Readonly<EntryWalk> | undefined, owner: string, text: string): string | null {
  if (!walk || walk.section !== 'resources' || walk.owner !== owner) return null;
  let result = '';
  for (const call of walk.calls) {
    const range = call.map.range;
    if (!range) return null;
    result += `${call.name}\u0001${JSON.stringify(call.path)}\u0001${call.conditionContext}\u0001${text.slice(range[0], range[1])}\u0000`;
  }
  return result;
}

/** The entry (by key start and value end offsets, in document order) an offset lies in, or -1. */
function entryAt(starts: Int32Array, ends: Int32Array, ordered: boolean, at: number): number {
  if (!ordered) return starts.findIndex((start, i) => start <= at && at <= ends[i]!);
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && at <= ends[found]! ? found : -1;
}

function moveRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}

function moved(finding: Diagnostic, delta: number): Diagnostic {
  const result: Diagnostic = { ...finding, range: moveRange(finding.range, delta) };
  if (finding.fixes) result.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: moveRange(edit.range, delta) })) }));
  return result;
}

/** The caller changes findings it is given (redaction, severity): the kept ones stay as found. */
function copy(finding: Diagnostic): Diagnostic {
  return { ...finding };
}
