import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import { field, resolve } from './nodes.js';
import type { FunctionCall, Location, Template } from './template.js';
import { isActiveCall, languageOf } from './language.js';

export { isActiveCall } from './language.js';

/**
 * Every name a template refers to, found in one pass over `template.calls` and the resources'
 * `depends_on` and `condition` fields. The references rules, the language server's go-to-definition,
 * find-references and rename all build on this.
 */

/**
 * - `param`: get_param (and Ref naming a parameter in 2013-05-23), `name` is the parameter.
 * - `resource`: get_resource (and Ref naming no parameter in 2013-05-23), `name` is the resource.
 * - `attr`: get_attr, `name` is the resource; `attribute` is the attribute when written literally.
 * - `depends_on`: one entry of a resource's depends_on, `name` is the resource depended on.
 * - `condition`: a resource's or output's `condition:`, the first argument of `if`, or an
 *   argument of and/or/not in a condition; `name` is the condition.
 */
export type ReferenceKind = 'param' | 'resource' | 'attr' | 'depends_on' | 'condition';

export interface Reference extends Location {
  kind: ReferenceKind;
  name: string;
  /** The scalar that holds the name: what to underline, rename or jump from. */
  node: Scalar;
  /** What the reference is written with: a function name, "depends_on" or "condition". */
  via: string;
  /** The call the name is an argument of; null for depends_on entries and `condition:` fields. */
  call: FunctionCall | null;
  /** get_attr only: the attribute name when it is a literal string. */
  attribute: { name: string; node: Scalar } | null;
  /** get_attr only: whether a path follows the attribute name. */
  hasPath: boolean;
  /** Whether the name is declared (pseudo parameters count as declared). */
  defined: boolean;
}

export interface ReferenceIndex {
  references: Reference[];
  /**
   * Calls whose target is computed (e.g. `get_param: [{get_param: which}]`): any parameter,
   * resource or condition could be meant, so "unused" findings would be guesses.
   */
  dynamic: { param: FunctionCall[]; resource: FunctionCall[]; condition: FunctionCall[] };
}

const CONDITION_OPERATORS = new Set(['and', 'or', 'not']);

const cache = new WeakMap<Template, { catalog: Catalog; index: ReferenceIndex }>();

/** Every reference of the template, in source order of the model's walk. Memoised per template. */
export function collectReferences(template: Template, catalog: Catalog): ReferenceIndex {
  const cached = cache.get(template);
  if (cached && cached.catalog === catalog) return cached.index;
  const index = buildIndex(template, catalog);
  cache.set(template, { catalog, index });
  return index;
}

function buildIndex(template: Template, catalog: Catalog): ReferenceIndex {
  const doc = template.yaml;
  const pseudo = new Set(catalog.language.pseudo_parameters);
  const isParam = (name: string) => template.parameters.has(name) || pseudo.has(name);
  const references: Reference[] = [];
  const dynamic: ReferenceIndex['dynamic'] = { param: [], resource: [], condition: [] };
  // Needed only for a get_param where a condition name goes: made then, not on every lint.
  let calls: Map<unknown, FunctionCall> | undefined;
  const callByMap = { get: (map: unknown) => (calls ??= new Map<unknown, FunctionCall>(template.calls.map((call) => [call.map, call]))).get(map) };
  const add = (
    kind: ReferenceKind,
    name: string,
    node: Scalar,
    where: Location,
    via: string,
    call: FunctionCall | null,
    extra: Partial<Pick<Reference, 'attribute' | 'hasPath'>> = {},
  ) => {
    const defined =
      kind === 'param' ? isParam(name) : kind === 'condition' ? template.conditions.has(name) : template.resources.has(name);
    references.push({
      kind,
      name,
      node,
      section: where.section,
      owner: where.owner,
      path: where.path,
      via,
      call,
      attribute: extra.attribute ?? null,
      hasPath: extra.hasPath ?? false,
      defined,
    });
  };

  // A condition name given where a condition is expected: a literal string names one, a
  // boolean is a value, a mapping is an expression (its calls are visited on their own).
  const conditionArgument = (raw: unknown, where: Location, via: string, call: FunctionCall | null) => {
    const node = resolve(raw, doc);
    if (isScalar(node)) {
      if (typeof node.value === 'string') add('condition', node.value, node, where, via, call);
    } else if (isMap(node) && node.items.length === 1) {
      // get_param there yields a condition name only known at create time.
      const key = node.items[0]!.key;
      if (isScalar(key) && key.value === 'get_param') {
        const inner = callByMap.get(node);
        if (inner) dynamic.condition.push(inner);
      }
    }
  };

  const language = languageOf(template, catalog);
  const canConditions = language.resource_keys.includes('condition');

  for (const [name, resource] of template.resources) {
    for (const [i, entry] of resource.dependsOn.entries()) {
      if (typeof entry.node.value !== 'string') continue;
      add('depends_on', entry.name, entry.node, { section: 'resources', owner: name, path: ['depends_on', i] }, 'depends_on', null);
    }
    if (canConditions) {
      const value = field(resource.definition, 'condition')?.value;
      conditionArgument(value, { section: 'resources', owner: name, path: ['condition'] }, 'condition', null);
    }
  }
  if (language.output_keys.includes('condition')) {
    for (const [name, output] of template.outputs) {
      const value = field(output.definition, 'condition')?.value;
      conditionArgument(value, { section: 'outputs', owner: name, path: ['condition'] }, 'condition', null);
    }
  }

  for (const call of template.calls) {
    if (!isActiveCall(template, catalog, call)) continue;
    const args = call.args;
    switch (call.name) {
      case 'get_param': {
        const first = isSeq(args) ? resolve(args.items[0], doc) : args;
        if (isScalar(first)) {
          if (typeof first.value === 'string' && first.value !== '') add('param', first.value, first, call, 'get_param', call);
        } else if (isMap(first)) {
          dynamic.param.push(call);
        }
        break;
      }
      case 'get_resource': {
        if (isScalar(args)) {
          if (typeof args.value === 'string') add('resource', args.value, args, call, 'get_resource', call);
        } else if (isMap(args)) {
          dynamic.resource.push(call);
        }
        break;
      }
      case 'Ref': {
        if (isScalar(args) && typeof args.value === 'string') {
          add(isParam(args.value) ? 'param' : 'resource', args.value, args, call, 'Ref', call);
        } else if (isMap(args)) {
          dynamic.param.push(call);
          dynamic.resource.push(call);
        }
        break;
      }
      case 'get_attr': {
        if (!isSeq(args)) break;
        const target = resolve(args.items[0], doc);
        if (isScalar(target) && typeof target.value === 'string') {
          const attr = resolve(args.items[1], doc);
          const attribute = isScalar(attr) && typeof attr.value === 'string' ? { name: attr.value, node: attr } : null;
          add('attr', target.value, target, call, 'get_attr', call, { attribute, hasPath: args.items.length > 2 });
        } else if (isMap(target)) {
          dynamic.resource.push(call);
        }
        break;
      }
      case 'if': {
        if (isSeq(args)) conditionArgument(args.items[0], call, 'if', call);
        break;
      }
      default: {
        if (!CONDITION_OPERATORS.has(call.name)) break;
        if (call.name === 'not') conditionArgument(args, call, 'not', call);
        else if (isSeq(args)) for (const item of args.items) conditionArgument(item, call, call.name, call);
      }
    }
  }
  return { references, dynamic };
}
