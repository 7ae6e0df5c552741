import { isMap, isScalar } from 'yaml';
import type { Document, Node } from 'yaml';
import type { PropertySchema } from '../../catalog/catalog-types.js';
import type { Template } from '../../model/template.js';
import { entries, field, resolve, toValue } from '../../model/nodes.js';
import { absence, ConditionEvaluator } from '../references/condition-values.js';
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
  map_merge: 'map',
  map_replace: 'map',
  list_join: 'string',
  str_replace: 'string',
  str_replace_strict: 'string',
  str_replace_vstrict: 'string',
  digest: 'string',
  get_resource: 'string',
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
    enabledByDefault: true,
    stricterThanHeat:
      'Validate does not resolve functions in properties; stack create fails converting the value, e.g. "Value must be a string; got [\'a\', \'b\']".',
    docs: `Heat's validate checks property values only when they are written literally; a value that
comes from \`get_param\` or from a function is converted when the stack is created, and fails
there: a \`comma_delimited_list\` or \`json\` parameter into a string property ("Value must be
a string; got [...]"), a \`string\` parameter into a list or map property ("is not a list"),
\`str_split\`, \`list_concat\` or \`repeat\` (lists) and \`map_merge\` or \`map_replace\` (maps) into a
string property, \`list_join\` or \`str_replace\` (strings) into a list or map property.

An error when every value of the parameter or function fails; a warning when only the
default does (a \`json\` parameter whose default is a list, flowing into a map property: a
user may pass a map). Results of \`get_attr\`, \`yaql\`, \`if\` and paths into parameters are
not inferred. Heat catches all of these at create, never at validate. A resource whose
condition is false with the default parameters gets a warning (other values bring it in);
one with \`condition: false\` nothing.

    parameters:
      dns: {type: comma_delimited_list, default: "8.8.8.8,1.1.1.1"}
    resources:
      subnet:
        type: OS::Neutron::Subnet
        properties:
          network: private
          name: {get_param: dns}     # bad: a list into a string property
`,
  },
  check({ template, report, types, project, yaml, catalog }) {
    const conditions = new ConditionEvaluator(template, project?.environments ?? []);
    for (const resource of template.resources.values()) {
      if (!resource.type || !resource.properties) continue;
      const absent = absence(resource.definition, conditions);
      if (absent === 'never-created') continue;
      const resolution = types.resolve(resource.type, project?.path ?? '', resource.name);
      if (resolution.kind !== 'catalog') continue;
      for (const pair of entries(resource.properties)) {
        const schema = resolution.schema.properties[String(pair.key.value)];
        if (!schema) continue;
        const value = resolve(pair.value, yaml);
        const inferred = infer(value, template, yaml, catalog.allFunctionNames);
        if (!inferred) continue;
        const always = inferred.possible.every((kind) => REJECTS[kind].includes(schema.type));
        const byDefault = inferred.byDefault !== null && REJECTS[inferred.byDefault].includes(schema.type);
        if (!always && !byDefault) continue;
        const yields = inferred.possible.length === 1 || !inferred.byDefault ? inferred.possible.join(' or ') : inferred.byDefault;
        report(
          value,
          `Property "${String(pair.key.value)}" of "${resource.name}" is a ${schema.type}, but ${inferred.origin} yields a ${yields}${always ? '' : ' with its default'}: stack create fails.`,
          always && !absent ? {} : { severity: 'warning' },
        );
      }
    }
  },
});

function infer(node: Node | null, template: Template, doc: Document | null, functions: ReadonlySet<string>): Inferred | null {
  if (!isMap(node) || node.items.length !== 1) return null;
  const [pair] = entries(node);
  const name = String(pair!.key.value);
  if (!functions.has(name)) return null;
  if (name === 'get_param') {
    const arg = resolve(pair!.value, doc);
    if (!isScalar(arg) || typeof arg.value !== 'string') return null; // a path, or computed
    return inferParameter(arg.value, template, doc);
  }
  const kind = RESULT_KINDS[name];
  if (!kind || !template.version || !(template.version.functions as Record<string, string>)[name]) return null;
  return { possible: [kind], byDefault: kind, origin: `"${name}"` };
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

