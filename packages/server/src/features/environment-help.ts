import { isMap, isScalar } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { DocumentSymbol, MarkupKind, SymbolKind } from 'vscode-languageserver-types';
import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { resourceTypeMarkdown } from './catalog-help.js';
import { nodeAt } from './locate.js';

const SECTION_HELP: Record<string, string> = {
  parameters: 'Values of the template\'s parameters (the template must declare each one).',
  parameter_defaults: 'Default values for parameters of this stack and of every nested stack that declares them.',
  resource_registry: 'Maps resource types to other types or to template files, globally or for named resources.',
  encrypted_param_names: 'Names of parameters whose values Heat stores encrypted.',
  event_sinks: 'Where Heat sends the stack\'s events (Zaqar queues).',
  parameter_merge_strategies: 'How values from several environments are merged: overwrite, merge or deep_merge.',
};

function rangeOf(analysis: Analysis, key: Node, value: Node | null): Range {
  const positions = analysis.document.positions;
  return { start: positions.nodeRange(key).start, end: value?.range ? positions.nodeRange(value).end : positions.nodeRange(key).end };
}

/** textDocument/documentSymbol for an environment: its sections with their entries (registry entries nested as written). */
export function environmentSymbols(analysis: Analysis): DocumentSymbol[] {
  const root = analysis.document.root;
  if (!isMap(root)) return [];
  const children = (map: YAMLMap, depth: number): DocumentSymbol[] =>
    (map.items as Array<Pair<Node, Node | null>>).flatMap((pair) => {
      if (!isScalar(pair.key) || !pair.key.range) return [];
      const name = String(pair.key.value) || '""';
      const detail = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : undefined;
      const nested = depth < 3 && isMap(pair.value) ? children(pair.value, depth + 1) : [];
      return [DocumentSymbol.create(name, detail, nested.length ? SymbolKind.Object : SymbolKind.Property, rangeOf(analysis, pair.key, pair.value), analysis.document.positions.nodeRange(pair.key), nested)];
    });
  return (root.items as Array<Pair<Node, Node | null>>).flatMap((pair) => {
    if (!isScalar(pair.key) || !pair.key.range) return [];
    const nested = isMap(pair.value) ? children(pair.value, pair.key.value === 'resource_registry' ? 1 : 3) : [];
    return [DocumentSymbol.create(String(pair.key.value), undefined, SymbolKind.Namespace, rangeOf(analysis, pair.key, pair.value), analysis.document.positions.nodeRange(pair.key), nested)];
  });
}

/** textDocument/hover for an environment: a section's purpose, a registry entry's resource type. */
export function environmentHover(analysis: Analysis, position: Position): Hover | null {
  const at = nodeAt(analysis, position);
  if (!at || !isScalar(at.node)) return null;
  const { path, node, onKey } = at;
  const markdown = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: analysis.document.positions.nodeRange(node) });
  if (path.length === 1 && onKey && typeof path[0] === 'string' && SECTION_HELP[path[0]]) return markdown(`**${path[0]}**\n\n${SECTION_HELP[path[0]]}`);
  if (path[0] !== 'resource_registry' || typeof node.value !== 'string') return null;
  const type = analysis.catalog.resourceType(node.value);
  if (type) return markdown(resourceTypeMarkdown(node.value, type));
  if (!onKey && /\.(ya?ml|template|json)$/.test(node.value)) return markdown(`**template** ${node.value}\n\nA nested template: its parameters are the type's properties, its outputs its attributes.`);
  return null;
}
