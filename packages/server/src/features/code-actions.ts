import { nodes } from '@hot-lint/core';
import { isMap, isScalar } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { CodeActionKind, TextEdit } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { Fix } from '@hot-lint/core';
import type { Analysis } from '../documents.js';
import { comparePositions, rangeContains, splitLines } from './locate.js';

/** What a published diagnostic carries in `data`, so code actions need no re-lint. */
export interface DiagnosticData {
  fixes?: Fix[];
}

export function codeActions(analysis: Analysis, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [analysis.uri]: fix.edits.map((e) => TextEdit.replace(e.range, e.newText)) } },
      };
      if (fix.certain) action.isPreferred = true;
      actions.push(action);
    }
    if (diagnostic.code === 'property-required') {
      const action = addRequiredProperties(analysis, diagnostic);
      if (action) actions.push(action);
    }
    if (diagnostic.code === 'get-param-undefined') {
      const action = declareParameter(analysis, diagnostic);
      if (action) actions.push(action);
    }
  }
  void range;
  return actions;
}

function lineIndent(lines: string[], line: number): number {
  return /^\s*/.exec(lines[line] ?? '')![0].length;
}

/** Where to insert lines after a pair: the start of the line after its last line. */
function afterPair(analysis: Analysis, pair: Pair<Scalar, Node | null>, lines: string[]): { position: Range['start']; prefix: string } {
  const positions = analysis.document.positions;
  const value = pair.value;
  const end = value && value.range ? positions.nodeRange(value).end : positions.nodeRange(pair.key).end;
  if (end.line + 1 < lines.length) return { position: { line: end.line + 1, character: 0 }, prefix: '' };
  return { position: { line: end.line, character: lines[end.line]!.length }, prefix: '\n' };
}

export function addRequiredProperties(analysis: Analysis, diagnostic: Diagnostic): CodeAction | null {
  const template = analysis.template;
  if (!template) return null;
  const positions = analysis.document.positions;
  const resource = [...template.resources.values()].find((r) => {
    const start = positions.nodeRange(r.key).start;
    const end = r.value?.range ? positions.nodeRange(r.value).end : positions.nodeRange(r.key).end;
    return rangeContains({ start, end }, diagnostic.range.start);
  });
  if (!resource?.type || !resource.definition) return null;
  const type = analysis.catalog.resourceType(resource.type);
  if (!type) return null;
  const present = new Set(resource.properties?.items.filter((p) => isScalar(p.key)).map((p) => String((p.key as Scalar).value)) ?? []);
  const missing = Object.entries(type.properties)
    .filter(([name, schema]) => schema.required && !present.has(name))
    .map(([name]) => name);
  if (missing.length === 0) return null;
  const lines = splitLines(analysis.text);
  const propertiesPair = nodes.field(resource.definition, 'properties');
  let edit: TextEdit;
  if (propertiesPair && resource.properties && resource.properties.items.length > 0 && !resource.properties.flow) {
    const firstKey = resource.properties.items[0]!.key as Node;
    const indent = positions.nodeRange(firstKey).start.character;
    const lastPair = resource.properties.items[resource.properties.items.length - 1] as Pair<Scalar, Node | null>;
    const at = afterPair(analysis, lastPair, lines);
    edit = TextEdit.insert(at.position, at.prefix + missing.map((name) => `${' '.repeat(indent)}${name}: \n`).join(''));
  } else if (propertiesPair && (propertiesPair.value === null || (isScalar(propertiesPair.value) && propertiesPair.value.value === null))) {
    const indent = positions.nodeRange(propertiesPair.key).start.character + 2;
    const at = afterPair(analysis, propertiesPair, lines);
    edit = TextEdit.insert(at.position, at.prefix + missing.map((name) => `${' '.repeat(indent)}${name}: \n`).join(''));
  } else if (!propertiesPair) {
    const firstKey = resource.definition.items[0]?.key as Node | undefined;
    if (!firstKey || resource.definition.flow) return null;
    const indent = positions.nodeRange(firstKey).start.character;
    const lastPair = resource.definition.items[resource.definition.items.length - 1] as Pair<Scalar, Node | null>;
    const at = afterPair(analysis, lastPair, lines);
    edit = TextEdit.insert(
      at.position,
      `${at.prefix}${' '.repeat(indent)}properties:\n${missing.map((name) => `${' '.repeat(indent + 2)}${name}: \n`).join('')}`,
    );
  } else {
    return null;
  }
  return {
    title: missing.length === 1 ? `Add required property "${missing[0]}"` : `Add required properties ${missing.map((m) => `"${m}"`).join(', ')}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [analysis.uri]: [edit] } },
  };
}

export function declareParameter(analysis: Analysis, diagnostic: Diagnostic): CodeAction | null {
  const template = analysis.template;
  if (!template) return null;
  const call = template.calls.find((c) => {
    if (c.name !== 'get_param') return false;
    const r = analysis.document.positions.nodeRange(c.map);
    return rangeContains(r, diagnostic.range.start);
  });
  const arg = call ? (isMap(call.args) ? null : call.args && 'items' in call.args ? (call.args as { items: unknown[] }).items[0] : call.args) : null;
  if (!isScalar(arg) || typeof arg.value !== 'string' || !arg.value) return null;
  const name = arg.value;
  if (template.parameters.has(name)) return null;
  const lines = splitLines(analysis.text);
  const positions = analysis.document.positions;
  const section = template.sections.get('parameters');
  const stub = (indent: number) => `${' '.repeat(indent)}${name}:\n${' '.repeat(indent + 2)}type: string\n`;
  let edit: TextEdit;
  const params = section && isMap(section.value) ? section.value : null;
  if (section && params && params.items.length > 0 && !params.flow) {
    const indent = positions.nodeRange(params.items[0]!.key as Node).start.character;
    const at = afterPair(analysis, params.items[params.items.length - 1] as Pair<Scalar, Node | null>, lines);
    edit = TextEdit.insert(at.position, at.prefix + stub(indent));
  } else if (section && (section.value === null || (isScalar(section.value) && section.value.value === null))) {
    const at = afterPair(analysis, section, lines);
    edit = TextEdit.insert(at.position, at.prefix + stub(lineIndent(lines, positions.nodeRange(section.key).start.line) + 2));
  } else if (!section) {
    // Before `resources:` (or whichever section comes first after the header).
    const before = ['resources', 'outputs', 'conditions']
      .map((s) => template.sections.get(s))
      .filter((p): p is NonNullable<typeof p> => Boolean(p))
      .map((p) => positions.nodeRange(p.key).start)
      .sort(comparePositions)[0];
    if (before) edit = TextEdit.insert({ line: before.line, character: 0 }, `parameters:\n${stub(2)}\n`);
    else edit = TextEdit.insert({ line: lines.length, character: 0 }, `${analysis.text.endsWith('\n') ? '' : '\n'}parameters:\n${stub(2)}`);
  } else {
    return null;
  }
  return {
    title: `Declare parameter "${name}"`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [analysis.uri]: [edit] } },
  };
}
