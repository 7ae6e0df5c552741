import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import {
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Location,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver-types';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import type { Analysis } from '../documents.js';
import { occurrenceAt, occurrencesOf } from './symbols-index.js';
import type { SymbolKindName } from './symbols-index.js';

export function definition(analysis: Analysis, position: Position): Location[] | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  const definitions = occurrencesOf(analysis, at.kind, at.name).filter((o) => o.isDefinition);
  if (definitions.length === 0) return null;
  return definitions.map((d) => Location.create(analysis.uri, d.range));
}

export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  return occurrencesOf(analysis, at.kind, at.name)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .map((o) => Location.create(analysis.uri, o.range));
}

/** The name under the cursor when it is a declared parameter, resource, condition or output. */
export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  if (!occurrencesOf(analysis, at.kind, at.name).some((o) => o.isDefinition)) return null;
  return { range: at.range, placeholder: at.name };
}

export class RenameError extends Error {}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Why a new name cannot be used, or null when it can. */
export function checkNewName(analysis: Analysis, kind: SymbolKindName, oldName: string, newName: string): string | null {
  if (!NAME.test(newName)) {
    return `"${newName}" is not a usable ${kind} name: use letters, digits, "_", "-" and "." (not first).`;
  }
  if (newName === oldName) return null;
  const template = analysis.template;
  const taken =
    kind === 'parameter'
      ? template?.parameters.has(newName) || analysis.catalog.language.pseudo_parameters.includes(newName)
      : kind === 'resource'
        ? template?.resources.has(newName)
        : kind === 'condition'
          ? template?.conditions.has(newName)
          : template?.outputs.has(newName);
  return taken ? `There is already a ${kind} named "${newName}".` : null;
}

export function rename(analysis: Analysis, position: Position, newName: string): WorkspaceEdit | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  const all = occurrencesOf(analysis, at.kind, at.name);
  if (!all.some((o) => o.isDefinition)) throw new RenameError(`"${at.name}" is not declared in this template.`);
  const problem = checkNewName(analysis, at.kind, at.name, newName);
  if (problem) throw new RenameError(problem);
  return { changes: { [analysis.uri]: all.map((o) => TextEdit.replace(o.range, newName)) } };
}

// ---------------------------------------------------------------------------------------------

const SECTION_KINDS: Record<string, { kind: SymbolKind; child: SymbolKind }> = {
  parameters: { kind: SymbolKind.Namespace, child: SymbolKind.Variable },
  resources: { kind: SymbolKind.Namespace, child: SymbolKind.Object },
  outputs: { kind: SymbolKind.Namespace, child: SymbolKind.Property },
  conditions: { kind: SymbolKind.Namespace, child: SymbolKind.Boolean },
};

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const template = analysis.template;
  if (!template) return [];
  const positions = analysis.document.positions;
  const pairRange = (key: Node, value: Node | null): Range => {
    const start = positions.nodeRange(key).start;
    const end = value?.range ? positions.nodeRange(value).end : positions.nodeRange(key).end;
    return { start, end };
  };
  const symbols: DocumentSymbol[] = [];
  for (const [section, pair] of template.sections) {
    const kinds = SECTION_KINDS[section];
    if (!kinds) continue;
    const entries =
      section === 'parameters'
        ? template.parameters
        : section === 'resources'
          ? template.resources
          : section === 'outputs'
            ? template.outputs
            : template.conditions;
    const children: DocumentSymbol[] = [];
    for (const entry of entries.values()) {
      const detail =
        section === 'resources' || section === 'parameters' ? ((entry as { type?: string | null }).type ?? undefined) : undefined;
      const range = pairRange(entry.key, entry.pair.value);
      children.push(DocumentSymbol.create(entry.name || '""', detail, kinds.child, range, positions.nodeRange(entry.key)));
    }
    symbols.push(
      DocumentSymbol.create(section, undefined, kinds.kind, pairRange(pair.key, pair.value), positions.nodeRange(pair.key), children),
    );
  }
  return symbols;
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const root = analysis.document.root;
  if (!root) return [];
  const positions = analysis.document.positions;
  const ranges: FoldingRange[] = [];
  const visit = (node: unknown, startLine: number | null): void => {
    if (isMap(node) || isSeq(node)) {
      if (startLine !== null && node.range) {
        const end = positions.nodeRange(node as Node).end.line;
        if (end > startLine) ranges.push(FoldingRange.create(startLine, end));
      }
      for (const item of node.items) {
        if (isPair(item)) {
          const keyLine = item.key && (item.key as Node).range ? positions.nodeRange(item.key as Node).start.line : null;
          visit(item.value, keyLine);
        } else {
          const line = item && (item as Node).range ? positions.nodeRange(item as Node).start.line : null;
          visit(item, isMap(item) || isSeq(item) ? line : null);
        }
      }
    } else if (isScalar(node) && startLine !== null && node.range && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const end = positions.nodeRange(node).end.line;
      if (end > startLine) ranges.push(FoldingRange.create(startLine, end));
    }
  };
  visit(root, null);
  // Sequence items that are maps start on their own line; drop ranges that begin and end alike.
  const seen = new Set<string>();
  return ranges
    .filter((r) => {
      const key = `${r.startLine}:${r.endLine}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}

const TEMPLATE_TYPE = /\.(yaml|yml|template|json)$/;

/** Resolves a path written in a template against the template's own URI. */
export function resolveReference(baseUri: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target;
  try {
    const base = URI.parse(baseUri);
    if (target.startsWith('/')) return base.with({ path: target }).toString();
    return Utils.resolvePath(Utils.dirname(base), target).toString();
  } catch {
    return null;
  }
}

export function documentLinks(analysis: Analysis): DocumentLink[] {
  const links: DocumentLink[] = [];
  const template = analysis.template;
  const add = (node: unknown, target: string) => {
    if (!isScalar(node) || !node.range) return;
    const resolved = resolveReference(analysis.uri, target);
    if (!resolved) return;
    const range = analysis.document.positions.nodeRange(node);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    links.push(
      DocumentLink.create(
        quoted && range.start.line === range.end.line
          ? { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } }
          : range,
        resolved,
      ),
    );
  };
  if (template) {
    for (const call of template.calls) {
      if (call.name === 'get_file' && isScalar(call.args) && typeof call.args.value === 'string' && call.args.value) add(call.args, call.args.value);
    }
    for (const resource of template.resources.values()) {
      if (resource.type && TEMPLATE_TYPE.test(resource.type)) add(resource.typeNode, resource.type);
    }
  } else if (analysis.kind === 'environment' && analysis.document.root) {
    // resource_registry values that name template files.
    const visit = (node: unknown, depth: number) => {
      if (!isMap(node) || depth > 3) return;
      for (const pair of node.items) {
        if (isScalar(pair.value) && typeof pair.value.value === 'string' && TEMPLATE_TYPE.test(pair.value.value)) add(pair.value, pair.value.value);
        else visit(pair.value, depth + 1);
      }
    };
    const root = analysis.document.root;
    if (isMap(root)) {
      const registry = root.items.find((p) => isScalar(p.key) && p.key.value === 'resource_registry');
      if (registry) visit(registry.value, 0);
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
