import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { PropertySchema } from '../../catalog/catalog-types.js';
import { describeNode } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { PY_INT, propertyPath, stringToNumber, walkProperties } from '../../heat/resources.js';

const EXPECTED: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  map: 'a mapping',
  list: 'a list',
};

/**
 * Why Heat's Property.get_value would refuse a literal value, or null when it accepts it
 * (heat/engine/properties.py Property._get_string, _get_integer, _get_number, _get_bool,
 * _get_map, _get_list).
 */
export function typeProblem(node: Node | null, schema: PropertySchema): string | null {
  if (!node || schema.type === 'any') return null;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return null; // Heat uses the default
  const value = isScalar(node) ? node.value : undefined;
  switch (schema.type) {
    case 'string':
      if (typeof value === 'string' || typeof value === 'boolean') return null;
      if (typeof value === 'number') return Number.isInteger(value) ? null : 'Heat converts only integers and booleans to strings';
      return isScalar(node) ? null : '';
    case 'integer':
      if (typeof value === 'number' || typeof value === 'boolean') return null;
      if (typeof value === 'string') return PY_INT.test(value) ? null : '';
      return isScalar(node) ? null : '';
    case 'number':
      if (typeof value === 'number' || typeof value === 'boolean') return null;
      if (typeof value === 'string') return stringToNumber(value) === undefined ? '' : null;
      return isScalar(node) ? null : '';
    case 'boolean':
      if (typeof value === 'boolean') return null;
      if (typeof value === 'string') return ['true', 'false'].includes(value.toLowerCase()) ? null : 'Heat accepts true, false or those words as strings';
      if (typeof value === 'number') return 'numbers are not booleans for Heat';
      return isScalar(node) ? null : '';
    case 'map':
      if (isMap(node)) return null;
      if (schema.allow_conversion && (isSeq(node) || typeof value === 'string')) return null;
      return '';
    case 'list':
      if (isSeq(node)) return null;
      if (schema.allow_conversion && typeof value === 'string') return null;
      return typeof value === 'string' ? 'a string is not a list; write [item] or a YAML list' : '';
    default:
      return null;
  }
}

export default defineRule({
  meta: {
    id: 'property-type',
    area: 'resources',
    scope: 'entry',
    description: 'A literal property value must have the type the property schema asks for.',
    severity: 'warning',
    heatCatches: 'create',
    enabledByDefault: true,
    docs: `Heat converts each property value to the type of its schema when it creates the stack,
and fails when it cannot. It is lenient in known ways, which this rule follows exactly:

- string: numbers (integers) and booleans are converted to text; a list, a mapping or a
  decimal number such as \`1.5\` is refused;
- integer: a number or a string of digits (\`"8"\`); \`"eight"\` or \`"1.5"\` is refused;
- number: anything Python's int() or float() reads (\`"2.5"\`, \`"1e3"\`);
- boolean: true/false, or the strings "true"/"false" in any case; \`1\` or \`"yes"\` (quoted) is
  refused (an unquoted \`yes\` is a YAML 1.1 boolean and fine);
- list: a YAML list; a plain string is not a list;
- map: a YAML mapping.

Values computed by functions (\`get_param\`, \`get_attr\`...) are not known before create and are
not checked. Heat's template validation does not check values at all.

    # bad
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: ten
          metadata: [a, b]

    # good
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: 10
          metadata: { purpose: data }
`,
    stricterThanHeat: 'Stack create fails converting the value ("Value \'ten\' is not an integer", "... is not a map").',
  },
  check({ template, catalog, types, yaml, report }) {
    walkProperties({ template, catalog, types }, {
      value({ typed, node, target, schema, path }) {
        const problem = typeProblem(node, schema);
        if (problem === null) return;
        const name = path.filter((p) => typeof p === 'string').join('.');
        const item = typeof path[path.length - 1] === 'number' ? 'Each item of property' : 'Property';
        const expected = EXPECTED[schema.type] ?? schema.type;
        report(
          target,
          `${item} "${name}" must be ${expected}, not ${describeNode(node, yaml)} (${propertyPath(typed.resource.name, path)})${problem ? `: ${problem}` : ''}.`,
        );
      },
    });
  },
});
