import { collectReferences } from '@hot-lint/core';
import type { ReferenceKind } from '@hot-lint/core';
import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { rangeContains, scalarTextRange } from './locate.js';

export type SymbolKindName = 'parameter' | 'resource' | 'condition' | 'output';

export interface SymbolOccurrence {
  kind: SymbolKindName;
  name: string;
  /** The name's text, without quotes. */
  range: Range;
  node: Scalar;
  isDefinition: boolean;
  /** The function or key that makes this a reference: get_param, get_resource, get_attr, depends_on, condition... */
  via?: string;
}

const SYMBOL_KIND: Record<ReferenceKind, SymbolKindName> = {
  param: 'parameter',
  resource: 'resource',
  attr: 'resource',
  depends_on: 'resource',
  condition: 'condition',
};

const cache = new WeakMap<Analysis, SymbolOccurrence[]>();

/** Every definition and use of a parameter, resource, condition or output, in source order. */
export function collectSymbols(analysis: Analysis): SymbolOccurrence[] {
  const known = cache.get(analysis);
  if (known) return known;
  const found: SymbolOccurrence[] = [];
  const template = analysis.template;
  if (template) {
    const add = (kind: SymbolKindName, node: unknown, isDefinition: boolean, via?: string) => {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const occurrence: SymbolOccurrence = { kind, name: node.value, range: scalarTextRange(analysis, node), node, isDefinition };
      if (via) occurrence.via = via;
      found.push(occurrence);
    };
    for (const p of template.parameters.values()) add('parameter', p.key, true);
    for (const r of template.resources.values()) add('resource', r.key, true);
    for (const o of template.outputs.values()) add('output', o.key, true);
    for (const c of template.conditions.values()) {
      add('condition', c.key, true);
      // A condition may be just another condition's name.
      if (isScalar(c.value)) add('condition', c.value, false, 'condition');
    }
    // Uses come from core's reference index, which knows which functions the template's version has.
    for (const reference of collectReferences(template, analysis.catalog).references) {
      add(SYMBOL_KIND[reference.kind], reference.node, false, reference.via);
    }
    found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  cache.set(analysis, found);
  return found;
}

export function occurrenceAt(analysis: Analysis, position: { line: number; character: number }): SymbolOccurrence | undefined {
  const all = collectSymbols(analysis);
  // Ranges exclude quotes; accept a cursor just after the name too.
  return all.find((o) => rangeContains(o.range, position));
}

export function occurrencesOf(analysis: Analysis, kind: SymbolKindName, name: string): SymbolOccurrence[] {
  return collectSymbols(analysis).filter((o) => o.kind === kind && o.name === name);
}
