import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { PropertySchema } from '../../catalog/catalog-types.js';
import type { Template } from '../../model/template.js';
import type { TypeResolver } from '../../environment/registry.js';
import { entries, field, resolve, toValue } from '../../model/nodes.js';
import { absence, ConditionEvaluator } from '../../heat/conditions.js';
import { defineRule } from '../rule.js';

/** What a function or parameter yields, as far as it is known without running it. */
type Kind = 'string' | 'number' | 'boolean' | 'list' | 'map';
interface Inferred {
  /** Every kind the value can have. */
  possible: Kind[];
  /** The kind of the value with the defaults, when known. */
  byDefault: Kind | null;
  /** How the value is made, for the message. */
  origin: string;
}

const RESULT_KINDS: Record<string, Kind> = {
  str_split: 'list',
  list_concat: 'list',
  list_concat_unique: 'list',
  repeat: 'list',
  filter: 'list',
  map_merge: 'map',
  map_replace: 'map',
  list_join: 'string',
  str_replace: 'string',
  str_replace_strict: 'string',
  str_replace_vstrict: 'string',
  digest: 'string',
  get_resource: 'string',
  make_url: 'string',
  get_file: 'string',
  contains: 'boolean',
};

/** Property types a value of each kind cannot be converted to at create. */
const REJECTS: Record<Kind, ReadonlyArray<PropertySchema['type']>> = {
  string: ['list', 'map'],
  number: ['list', 'map'],
  boolean: ['list', 'map'],
  list: ['string', 'integer', 'number', 'boolean', 'map'],
  map: ['string', 'integer', 'number', 'boolean', 'list'],
};

export default defineRule({
  meta: {
    id: 'property-value-flow',
    area: 'resources',
    scope: 'entry',
    description: 'A parameter or function result that flows into a property must be of the property\'s type.',
    severity: 'error',
    heatCatches: 'create',
    variants: {
      'some-inputs': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The wrong type comes only with the default parameter values, or the resource has a condition: create fails only with some inputs.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Validate does not resolve functions in properties; stack create fails converting the value, e.g. "Value must be a string; got [\'a\', \'b\']".',
    docs: `Heat's validate checks property values only when they are written literally; a value that
comes from \`get_param\` or from a function is converted when the stack is created, and fails
there: a \`comma_delimited_list\` or \`json\` parameter into a string property ("Value must be
a string; got [...]"), a \`string\` parameter into a list or map property ("is not a list"),
\`str_split\`, \`list_concat\`, \`repeat\` or \`filter\` (lists) and \`map_merge\` or \`map_replace\`
(maps) into a string property, \`list_join\`, \`str_replace\`, \`make_url\` or \`get_file\` (strings)
or \`contains\` (a boolean) into a list or map property.

The type is also inferred for \`get_attr: [resource, attribute]\` of a Heat resource type
whose schema declares the attribute's type (\`refs\` of a ResourceGroup is a list, \`networks\`
of a server a map, \`value\` of a RandomString a string), for a member attribute of a
ResourceGroup (\`get_attr: [group, x]\` is the list of each member's \`x\`), and for \`if\` when both branches
have the same type (a function result or a value written literally). Values are followed
into the items of a literal list or map whose items Heat types: a list parameter as an item
of a server's \`tags\` (a list of strings) fails like it fails for the whole property.
Nothing is reported when the type is not certain: \`get_attr\` with a path, of a nested
template's output or of \`OS::Heat::Value\`'s \`value\`; \`yaql\`; \`if\` whose branches differ
or are \`null\`; paths into parameters.

An error when every value of the parameter or function fails; a warning when only the
default does (a \`json\` parameter whose default is a list, flowing into a map property: a
user may pass a map). Heat catches all of these at create, never at validate: validate
skips the values of functions, and create converts them once the resources they name
exist (agreement/heat_validate.py's create-time mode confirms each class, \`get_attr\`
resolved to a value of the attribute's declared type). A resource whose condition is
false with the default parameters gets a warning (other values bring it in); one with
\`condition: false\` nothing, nor one with an \`external_id\` (Heat adopts it).

    parameters:
      dns: {type: comma_delimited_list, default: "8.8.8.8,1.1.1.1"}
    resources:
      subnet:
        type: OS::Neutron::Subnet
        properties:
          network: private
          name: {get_param: dns}     # bad: a list into a string property
      server:
        type: OS::Nova::Server
        properties:
          image: cirros
          flavor: m1.tiny
          name: {get_attr: [subnet, allocation_pools]}   # bad: a list attribute
          tags:
            - {get_param: dns}       # bad: a list as one item of a list of strings
`,
  },
  check({ template, report, types, project, yaml, catalog }) {
    const conditions = new ConditionEvaluator(template, project?.environments ?? []);
    const scope: Scope = { template, doc: yaml, functions: catalog.allFunctionNames, types, base: project?.path ?? '' };
    for (const resource of template.resources.values()) {
      if (!resource.type || !resource.properties) continue;
      const absent = absence(resource.definition, conditions);
      if (absent === 'never-created') continue;
      // Heat neither validates nor creates an external resource: it adopts the existing one.
      const externalId = field(resource.definition, 'external_id');
      if (externalId && resolve(externalId.value, yaml) !== null) continue;
      const resolution = types.resolve(resource.type, scope.base, resource.name);
      if (resolution.kind !== 'catalog') continue;
      const visit = (node: Node | null, schema: PropertySchema, path: string): void => {
        const value = resolve(node, yaml);
        const inferred = infer(value, scope);
        if (inferred) {
          const always = inferred.possible.every((kind) => REJECTS[kind].includes(schema.type));
          const byDefault = inferred.byDefault !== null && REJECTS[inferred.byDefault].includes(schema.type);
          if (!always && !byDefault) return;
          const yields = inferred.possible.length === 1 || !inferred.byDefault ? inferred.possible.join(' or ') : inferred.byDefault;
          report(
            value,
            `Property "${path}" of "${resource.name}" is a ${schema.type}, but ${inferred.origin} yields a ${yields}${always ? '' : ' with its default'}: stack create fails.`,
            always && !absent ? {} : { variant: 'some-inputs' },
          );
          return;
        }
        // Into the items of a literal list or map whose items Heat types (a function result in
        // one item fails like it fails for the whole property).
        if (!schema.schema || isFunctionCall(value, scope.functions)) return;
        if (schema.type === 'list' && isSeq(value)) {
          const item = schema.schema['*'];
          if (item) value.items.forEach((child, i) => visit(child as Node, item, `${path}[${i}]`));
        } else if (schema.type === 'map' && isMap(value)) {
          for (const pair of entries(value)) {
            const child = schema.schema[String(pair.key.value)];
            if (child) visit(pair.value, child, `${path}.${String(pair.key.value)}`);
          }
        }
      };
      for (const pair of entries(resource.properties)) {
        const schema = resolution.schema.properties[String(pair.key.value)];
        if (schema) visit(pair.value, schema, String(pair.key.value));
      }
    }
  },
});

interface Scope {
  template: Template;
  doc: Document | null;
  functions: ReadonlySet<string>;
  types: TypeResolver;
  base: string;
}

/** Heat's attribute schema types, as kinds of value. */
const ATTRIBUTE_KINDS: Record<string, Kind> = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', list: 'list', map: 'map' };

function isFunctionCall(node: Node | null, functions: ReadonlySet<string>): boolean {
  return isMap(node) && node.items.length === 1 && functions.has(String(entries(node)[0]!.key.value));
}

function supported(name: string, template: Template): boolean {
  return !!template.version && !!(template.version.functions as Record<string, string>)[name];
}

function infer(node: Node | null, scope: Scope): Inferred | null {
  if (!isFunctionCall(node, scope.functions)) return null;
  const [pair] = entries(node as YAMLMap);
  const name = String(pair!.key.value);
  const { template, doc } = scope;
  if (name === 'get_param') {
    const arg = resolve(pair!.value, doc);
    if (!isScalar(arg) || typeof arg.value !== 'string') return null; // a path, or computed
    return inferParameter(arg.value, template, doc);
  }
  if (!supported(name, template)) return null;
  if (name === 'get_attr') return inferAttribute(resolve(pair!.value, doc), scope);
  if (name === 'if') return inferIf(resolve(pair!.value, doc), scope);
  const kind = RESULT_KINDS[name];
  if (!kind) return null;
  return { possible: [kind], byDefault: kind, origin: `"${name}"` };
}

/** `get_attr: [resource, attribute]` of a Heat type whose schema declares the attribute's type. */
function inferAttribute(args: Node | null, scope: Scope): Inferred | null {
  // With a path the result is a part of the attribute, of no declared type.
  if (!isSeq(args) || args.items.length !== 2) return null;
  const [resourceName, attributeName] = args.items.map((item) => resolve(item as Node, scope.doc));
  if (!isScalar(resourceName) || !isScalar(attributeName) || typeof resourceName.value !== 'string' || typeof attributeName.value !== 'string') return null;
  const resource = scope.template.resources.get(resourceName.value);
  if (!resource?.type) return null;
  // A nested template's outputs have no declared type.
  const resolution = scope.types.resolve(resource.type, scope.base, resource.name);
  if (resolution.kind !== 'catalog') return null;
  const attribute = resolution.schema.attributes[attributeName.value];
  if (!attribute && resolution.type === 'OS::Heat::ResourceGroup' && !attributeName.value.startsWith('resource.')) {
    // Not one of the group's own: the list of that attribute of every member.
    return { possible: ['list'], byDefault: 'list', origin: `attribute "${attributeName.value}" of the members of "${resource.name}"` };
  }
  const kind = attribute?.type ? ATTRIBUTE_KINDS[attribute.type] : undefined;
  if (!kind) return null;
  return { possible: [kind], byDefault: kind, origin: `attribute "${attributeName.value}" of "${resource.name}"` };
}

/** `if: [condition, a, b]`: a type only when both branches have the same one. */
function inferIf(args: Node | null, scope: Scope): Inferred | null {
  if (!isSeq(args) || args.items.length !== 3) return null;
  const [whenTrue, whenFalse] = args.items.slice(1).map((item) => inferBranch(resolve(item as Node, scope.doc), scope));
  if (!whenTrue || !whenFalse) return null;
  const same = (a: Kind[], b: Kind[]) => a.length === b.length && a.every((k) => b.includes(k));
  if (!same(whenTrue.possible, whenFalse.possible)) return null;
  return {
    possible: whenTrue.possible,
    byDefault: whenTrue.byDefault === whenFalse.byDefault ? whenTrue.byDefault : null,
    origin: `"if" (${whenTrue.origin} or ${whenFalse.origin})`,
  };
}

/** A branch of `if`: a function result, or a value written literally (null: unset, no type). */
function inferBranch(node: Node | null, scope: Scope): Inferred | null {
  if (isFunctionCall(node, scope.functions)) return infer(node, scope);
  const kind: Kind | null = isSeq(node)
    ? 'list'
    : isMap(node)
      ? 'map'
      : isScalar(node)
        ? typeof node.value === 'string'
          ? 'string'
          : typeof node.value === 'number'
            ? 'number'
            : typeof node.value === 'boolean'
              ? 'boolean'
              : null
        : null;
  return kind ? { possible: [kind], byDefault: kind, origin: `a literal ${kind}` } : null;
}

function inferParameter(name: string, template: Template, doc: Document | null): Inferred | null {
  const parameter = template.parameters.get(name);
  if (!parameter) return null;
  const origin = `parameter "${name}" (${parameter.type})`;
  switch (parameter.type) {
    case 'string':
      return { possible: ['string'], byDefault: 'string', origin };
    case 'comma_delimited_list':
      return { possible: ['list'], byDefault: 'list', origin };
    case 'json': {
      const defaultPair = field(parameter.definition, 'default');
      let value: unknown = defaultPair ? toValue(defaultPair.value, doc) : undefined;
      if (typeof value === 'string') {
        try {
          value = JSON.parse(value);
        } catch {
          value = undefined;
        }
      }
      // Any json value is a map or a list: never a string, number or boolean.
      const byDefault: Kind | null = Array.isArray(value) ? 'list' : value && typeof value === 'object' ? 'map' : null;
      return { possible: ['map', 'list'], byDefault, origin };
    }
    default:
      return null;
  }
}

