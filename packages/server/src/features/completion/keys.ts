import { CompletionItemKind } from 'vscode-languageserver-types';
import { addKeys } from './items.js';
import type { CompletionProvider } from './items.js';

const MAP_SECTIONS = new Set(['parameters', 'resources', 'outputs', 'conditions', 'parameter_groups', 'parameter_defaults', 'resource_registry', 'event_sinks', 'parameter_merge_strategies']);

/** The template's top-level sections. */
export const templateSections: CompletionProvider = (context, out) =>
  context.mode === 'key' && context.path.length === 0 && addKeys(context, out, context.version.sections, CompletionItemKind.Module, (name) => MAP_SECTIONS.has(name));

/** A parameter's keys: type, default, constraints... */
export const parameterKeys: CompletionProvider = (context, out) =>
  context.mode === 'key' &&
  context.section === 'parameters' &&
  context.path.length === 2 &&
  addKeys(context, out, context.version.parameter_keys, CompletionItemKind.Keyword, (k) => k === 'constraints');

/** The kinds of a parameter's constraint its type allows. */
export const constraintKeys: CompletionProvider = (context, out) => {
  const { path, version } = context;
  if (context.mode !== 'key' || context.section !== 'parameters' || path.length !== 4 || path[2] !== 'constraints' || typeof path[3] !== 'number') return false;
  const type = context.template?.parameters.get(String(path[1]))?.type ?? 'string';
  const byType = context.catalog.language.constraint_kinds_by_type[type] ?? version.parameter_constraint_kinds;
  return addKeys(
    context,
    out,
    version.parameter_constraint_kinds.filter((k) => byType.includes(k) || k === 'description'),
    CompletionItemKind.Keyword,
  );
};

/** A resource's keys: type, properties, depends_on... */
export const resourceKeys: CompletionProvider = (context, out) =>
  context.mode === 'key' &&
  context.section === 'resources' &&
  context.path.length === 2 &&
  addKeys(context, out, context.version.resource_keys, CompletionItemKind.Keyword, (k) => k === 'properties' || k === 'metadata' || k === 'update_policy');

/** An output's keys: value, description, condition. */
export const outputKeys: CompletionProvider = (context, out) =>
  context.mode === 'key' && context.section === 'outputs' && context.path.length === 2 && addKeys(context, out, context.version.output_keys, CompletionItemKind.Keyword);
