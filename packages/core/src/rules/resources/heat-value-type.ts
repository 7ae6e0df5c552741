import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { describeNode, field, resolve } from '../../model/nodes.js';
import { isFunctionCall } from '../../heat/functions/calls.js';
import { absence, ConditionEvaluator } from '../../heat/conditions.js';
import { defineRule } from '../rule.js';

/** Python's float() of a string: decimal, exponent, inf or nan, with surrounding whitespace. */
const PYTHON_FLOAT = /^\s*[+-]?((\d+(_\d+)*)?\.?\d+(_\d+)*([eE][+-]?\d+)?|\d+\.|inf(inity)?|nan)\s*$/i;

export default defineRule({
  meta: {
    id: 'heat-value-type',
    area: 'resources',
    scope: 'entry',
    description: "OS::Heat::Value's value must be of its declared type.",
    severity: 'error',
    heatCatches: 'create',
    variants: {
      conditional: {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The resource has a condition that is false with the default parameters: create fails only with values that bring it in.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Validate accepts any value; stack create fails converting it, e.g. "resources.x.properties.value: Value must be a string".',
    docs: `\`OS::Heat::Value\` converts \`value\` to its \`type\` when the stack is created, the way Heat
converts a parameter: a \`number\` must be a number or a string Python's \`float()\` reads, a
\`boolean\` a boolean or the string "true" or "false", a \`string\` no list or map, a
\`comma_delimited_list\` a list, a \`json\` a map (or a string holding a JSON object). Validate
accepts any literal value; create fails. Only values written literally are checked. A
resource whose condition is false with the default parameters gets a warning; one with
\`condition: false\` nothing.

    resources:
      replicas:
        type: OS::Heat::Value
        properties:
          type: number
          value: three        # bad: could not convert string to float
`,
  },
  check({ template, report, yaml, catalog, project }) {
    const conditions = new ConditionEvaluator(template, project?.environments ?? []);
    for (const resource of template.resources.values()) {
      if (resource.type !== 'OS::Heat::Value' || !resource.properties) continue;
      const absent = absence(resource.definition, conditions);
      if (absent === 'never-created') continue;
      const type = resolve(field(resource.properties, 'type')?.value, yaml);
      const valuePair = field(resource.properties, 'value');
      const value = resolve(valuePair?.value, yaml);
      if (!isScalar(type) || typeof type.value !== 'string' || !valuePair || !value) continue;
      if (isFunctionCall(value, catalog, yaml)) continue;
      const problem = mismatch(type.value, value);
      if (problem) {
        report(value, `The value of OS::Heat::Value "${resource.name}" ${problem}, not ${describeNode(value, yaml)}: stack create fails.`, absent ? { variant: 'conditional' } : {});
      }
    }
  },
});

function mismatch(type: string, value: Node): string | null {
  const scalar = isScalar(value) ? value.value : undefined;
  switch (type) {
    case 'string':
      return isMap(value) || isSeq(value) ? 'must be a string (type: string)' : null;
    case 'number':
      if (isMap(value) || isSeq(value)) return 'must be a number (type: number)';
      if (typeof scalar === 'string' && !PYTHON_FLOAT.test(scalar)) return 'must be a number (type: number)';
      return null;
    case 'boolean':
      if (isMap(value) || isSeq(value)) return 'must be a boolean (type: boolean)';
      if (typeof scalar === 'string' && !['true', 'false'].includes(scalar.trim().toLowerCase())) return 'must be a boolean: true or false (type: boolean)';
      return null;
    case 'comma_delimited_list':
      return isSeq(value) ? null : 'must be a list (type: comma_delimited_list)';
    case 'json':
      if (isMap(value)) return null;
      if (isSeq(value)) return 'must be a map (type: json)';
      if (typeof scalar === 'string') {
        try {
          const parsed: unknown = JSON.parse(scalar);
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return null;
        } catch {
          // not JSON: reported below
        }
        return 'must be a map or a string holding a JSON object (type: json)';
      }
      return null;
    default:
      return null;
  }
}
