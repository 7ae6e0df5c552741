import { nodes } from '@hot-lint/core';
import { isMap, isScalar } from 'yaml';
import { DocumentLink } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import type { Analysis } from '../documents.js';

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

/** textDocument/documentLink: `get_file` paths and nested templates (resource types, resource_registry targets). */
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
      const registry = nodes.field(root, 'resource_registry');
      if (registry) visit(registry.value, 0);
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
