import type { Node } from 'yaml';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Range } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';

const SECTION_KINDS: Record<string, { kind: SymbolKind; child: SymbolKind }> = {
  parameters: { kind: SymbolKind.Namespace, child: SymbolKind.Variable },
  resources: { kind: SymbolKind.Namespace, child: SymbolKind.Object },
  outputs: { kind: SymbolKind.Namespace, child: SymbolKind.Property },
  conditions: { kind: SymbolKind.Namespace, child: SymbolKind.Boolean },
};

/** textDocument/documentSymbol: the outline, one symbol per section with its entries. */
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
