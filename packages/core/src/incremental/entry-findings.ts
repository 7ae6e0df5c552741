import type { Node } from 'yaml';
import type { Entry, Template } from '../model/template.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import type { Diagnostic, Position, Range } from '../types.js';

type EntrySection = 'resources' | 'outputs';

/** One resource or output as last checked, with the findings the entry-scoped rules made inside it. */
export interface CheckedEntry {
  section: EntrySection;
  name: string;
  /** The value node checked: reparseEdit keeps the node of every entry it did not parse again. */
  value: Node | null;
  /** The line of its key when checked: its findings move with it. */
  line: number;
  /** A resource's text outside its properties (type, depends_on, condition...), which other entries' checks may read. */
  summary: string;
  findings: Diagnostic[];
  /** False when one of its findings (or their fixes) reaches outside it: then it is checked every time. */
  cacheable: boolean;
}

interface State {
  key: string;
  /** Every top-level value and, for mappings, every entry's value: what must be unchanged outside resources and outputs. */
  others: Array<Node | null | string>;
  entries: CheckedEntry[];
}

/** What an incremental lint checks again: the view of the template the entry-scoped rules are given. */
export interface IncrementalPlan {
  view: Template;
  dirty: ReadonlySet<CheckedEntry>;
}

const SECTIONS: readonly EntrySection[] = ['resources', 'outputs'];

/**
 * The findings of the entry-scoped rules (RuleMeta.scope) of one document, kept per resource and
 * output between lints of successive texts of that document (an editor's buffer), so that an edit
 * inside one entry re-checks that entry only. Holds the last lint's model and findings, nothing
 * older: its size follows the document's.
 */
export class IncrementalLint {
  private state: State | null = null;
  /** How many lints re-checked only some entries, and how many checked everything: for tests and benchmarks. */
  readonly stats = { incremental: 0, full: 0 };

  /**
   * The entries to check again when `template` follows the last lint with the same `key` (the
   * options) and differs from it only inside resources or outputs, their names and order unchanged,
   * a changed resource's text outside its properties unchanged; null when everything is checked.
   */
  plan(document: ParsedDocument, template: Template, key: string): IncrementalPlan | null {
    const state = this.state;
    if (!state || state.key !== key) return null;
    const others = outsideEntries(template);
    if (others.length !== state.others.length || others.some((value, i) => value !== state.others[i])) return null;
    const current = entriesOf(template);
    if (current.length !== state.entries.length) return null;
    const dirty = new Set<CheckedEntry>();
    for (let i = 0; i < current.length; i++) {
      const [section, entry] = current[i]!;
      const before = state.entries[i]!;
      if (before.section !== section || before.name !== entry.name) return null;
      if (before.value === entry.value && before.cacheable) continue;
      if (before.value !== entry.value && summaryOf(document, section, entry) !== before.summary) return null;
      dirty.add(before);
    }
    if (dirty.size > current.length / 2) return null;
    const names = (section: EntrySection) => new Set([...dirty].filter((e) => e.section === section).map((e) => e.name));
    const resources = names('resources');
    const outputs = names('outputs');
    const inScope = (where: { section: string; owner: string }) =>
      where.section === 'resources' ? resources.has(where.owner) : where.section === 'outputs' ? outputs.has(where.owner) : true;
    const view: Template = {
      ...template,
      resources: new EntryView(template.resources, resources),
      outputs: new EntryView(template.outputs, outputs),
      calls: template.calls.filter(inScope),
      maps: template.maps.filter(inScope),
      strings: template.strings.filter(inScope),
    };
    return { view, dirty };
  }

  /**
   * The findings of the entry-scoped rules for the whole template: `found` (what they found in the
   * plan's view, or in the whole template without a plan) with the kept findings of the entries not
   * checked again, moved to where those entries are now. Remembers them for the next lint.
   */
  finish(plan: IncrementalPlan | null, document: ParsedDocument, template: Template, key: string, found: readonly Diagnostic[]): Diagnostic[] {
    if (plan) this.stats.incremental++;
    else this.stats.full++;
    const current = entriesOf(template);
    const fresh = new Set<number>();
    const checked: CheckedEntry[] = current.map(([section, entry], i) => {
      const line = document.positions.position(entry.key.range![0]).line;
      const before = plan ? this.state!.entries[i]! : null;
      if (before && !plan!.dirty.has(before)) {
        const delta = line - before.line;
        return { ...before, line, findings: delta === 0 ? before.findings : before.findings.map((f) => moved(f, delta)) };
      }
      fresh.add(i);
      return { section, name: entry.name, value: entry.value, line, summary: summaryOf(document, section, entry), findings: [], cacheable: true };
    });
    const rest: Diagnostic[] = [];
    const starts = current.map(([, entry]) => entry.key.range![0]);
    const ends = current.map(([, entry]) => Math.max(entry.key.range![1], entry.value?.range?.[1] ?? 0));
    const offset = (position: Position) => document.positions.offset(position);
    // Outputs may come before resources: then the entries are not in document order.
    const ordered = starts.every((start, i) => i === 0 || starts[i - 1]! < start);
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
    const internal = found.some((f) => f.ruleId === 'internal-error');
    this.state = internal ? null : { key, others: outsideEntries(template), entries: checked };
    const all = [...rest];
    for (const entry of checked) for (const finding of entry.findings) all.push(copy(finding));
    return all;
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
  constructor(
    all: ReadonlyMap<string, V>,
    private readonly scope: ReadonlySet<string>,
  ) {
    super(all);
  }

  override *entries(): MapIterator<[string, V]> {
    for (const entry of super.entries()) if (this.scope.has(entry[0])) yield entry;
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

function entriesOf(template: Template): Array<[EntrySection, Entry]> {
  const list: Array<[EntrySection, Entry]> = [];
  for (const section of SECTIONS) for (const entry of template[section].values()) list.push([section, entry]);
  return list;
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

function summaryOf(document: ParsedDocument, section: EntrySection, entry: Entry): string {
  const range = entry.value?.range;
  if (section !== 'resources' || !range) return '';
  const properties = entry.definition?.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === 'properties')?.value as Node | null | undefined;
  const text = document.text;
  if (!properties?.range) return text.slice(range[0], range[1]);
  return `${text.slice(range[0], properties.range[0])}\0${text.slice(properties.range[1], range[1])}`;
}

/** The entry (by key start and value end offsets, in document order) an offset lies in, or -1. */
function entryAt(starts: readonly number[], ends: readonly number[], ordered: boolean, at: number): number {
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
