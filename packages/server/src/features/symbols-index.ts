import { nodes } from '@hot-lint/core';
import { isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
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

const cache = new WeakMap<Analysis, SymbolOccurrence[]>();

/** Every definition and use of a parameter, resource, condition or output, in source order. */
export function collectSymbols(analysis: Analysis): SymbolOccurrence[] {
  const known = cache.get(analysis);
  if (known) return known;
  const found: SymbolOccurrence[] = [];
  const template = analysis.template;
  if (template) {
    const doc = template.yaml;
    const add = (kind: SymbolKindName, node: unknown, isDefinition: boolean, via?: string) => {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const occurrence: SymbolOccurrence = { kind, name: node.value, range: scalarTextRange(analysis, node), node, isDefinition };
      if (via) occurrence.via = via;
      found.push(occurrence);
    };
    const first = (args: Node | null): unknown => (isSeq(args) ? args.items[0] : args);
    for (const p of template.parameters.values()) add('parameter', p.key, true);
    for (const r of template.resources.values()) {
      add('resource', r.key, true);
      for (const d of r.dependsOn) add('resource', d.node, false, 'depends_on');
      const condition = nodes.field(r.definition ?? null, 'condition');
      if (condition) add('condition', condition.value, false, 'condition');
    }
    for (const o of template.outputs.values()) {
      add('output', o.key, true);
      const condition = nodes.field(o.definition ?? null, 'condition');
      if (condition) add('condition', condition.value, false, 'condition');
    }
    for (const c of template.conditions.values()) {
      add('condition', c.key, true);
      // A condition may be just another condition's name.
      if (isScalar(c.value)) add('condition', c.value, false, 'condition');
    }
    for (const call of template.calls) {
      switch (call.name) {
        case 'get_param':
          add('parameter', first(call.args), false, call.name);
          break;
        case 'get_resource':
          add('resource', call.args, false, call.name);
          break;
        case 'get_attr':
        case 'Fn::GetAtt':
          if (isSeq(call.args)) add('resource', call.args.items[0], false, call.name);
          break;
        case 'Ref': {
          const name = isScalar(call.args) ? String(call.args.value) : '';
          add(template.parameters.has(name) ? 'parameter' : 'resource', call.args, false, call.name);
          break;
        }
        case 'if':
          if (isSeq(call.args)) add('condition', call.args.items[0], false, call.name);
          break;
        case 'not':
        case 'and':
        case 'or':
          if (!call.conditionContext && call.section !== 'conditions') break;
          if (isSeq(call.args)) for (const item of call.args.items) add('condition', item, false, call.name);
          else add('condition', call.args, false, call.name);
          break;
        default:
          break;
      }
    }
    void doc;
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
