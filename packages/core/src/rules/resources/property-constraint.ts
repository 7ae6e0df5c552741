import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Constraint, PropertySchema } from '../../catalog/catalog-types.js';
import { toValue } from '../../model/nodes.js';
import type { Template } from '../../model/template.js';
import { defineRule } from '../rule.js';
import { matchesAllowedPattern } from '../../util/python-regex.js';
import { propertyPath, stringToNumber, walkProperties } from '../../heat/resources.js';
import { typeProblem } from './property-type.js';

/** Python's json.dumps for the values a template holds (for Heat's own message forms). */
function dumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(dumps).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${dumps(v)}`).join(', ')}}`;
  }
  return JSON.stringify(String(value));
}

/** Python's str() of a scalar, as Heat's _get_string and to_schema_type produce it. */
function pyStr(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  return String(value);
}

/** Python equality of two plain values (True == 1 == 1.0). */
function pyEquals(a: unknown, b: unknown): boolean {
  const numeric = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Heat's Schema.to_schema_type; undefined when the value cannot be converted. */
function toSchemaType(value: unknown, type: PropertySchema['type']): unknown {
  if (type === 'integer' || type === 'number') {
    const n = typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : typeof value === 'string' ? stringToNumber(value) : undefined;
    if (n === undefined || (type === 'integer' && !Number.isInteger(n))) return undefined;
    return n;
  }
  if (type === 'string') return pyStr(value);
  if (type === 'boolean') {
    const s = pyStr(value).toLowerCase();
    return ['1', 't', 'true', 'on', 'y', 'yes'].includes(s) ? true : ['0', 'f', 'false', 'off', 'n', 'no'].includes(s) ? false : undefined;
  }
  return value;
}

interface Finding {
  node: Node;
  message: string;
  /** The value an allowed_values constraint rejected (another release may allow it). */
  rejected?: unknown;
}

/** The value after Heat's Property.get_value, for the types constraints apply to. */
function converted(node: Node, schema: PropertySchema, template: Template): unknown {
  const raw = toValue(node, template.yaml);
  switch (schema.type) {
    case 'string':
      return pyStr(raw);
    case 'integer':
    case 'number':
      return typeof raw === 'string' ? stringToNumber(raw) : Number(raw);
    default:
      return raw;
  }
}

function check(constraint: Constraint, node: Node, schema: PropertySchema, template: Template): Finding[] {
  const value = converted(node, schema, template);
  const fail = (message: string, at: Node = node): Finding[] => [{ node: at, message: constraint.description ? constraint.description : message }];
  if ('allowed_values' in constraint) {
    const allowed = constraint.allowed_values;
    const list = `[${allowed.map(dumps).join(', ')}]`;
    if (Array.isArray(value) && isSeq(node)) {
      const bad: Finding[] = [];
      value.forEach((item, i) => {
        if (!allowed.some((a) => pyEquals(a, item))) {
          bad.push(...fail(`${dumps(item)} is not an allowed value ${list}`, (node.items[i] as Node) ?? node).map((f) => ({ ...f, rejected: item })));
        }
      });
      return bad;
    }
    if (schema.type === 'map') return [];
    const mine = toSchemaType(value, schema.type);
    if (mine === undefined) return [];
    return allowed.some((a) => pyEquals(toSchemaType(a, schema.type), mine))
      ? []
      : fail(`${dumps(value)} is not an allowed value ${list}`).map((f) => ({ ...f, rejected: value }));
  }
  if ('range' in constraint) {
    if (typeof value !== 'number' || Number.isNaN(value)) return [];
    const { min, max } = constraint.range;
    if ((min !== undefined && min !== null && value < min) || (max !== undefined && max !== null && value > max)) {
      return fail(`${pyStr(value)} is out of range (min: ${min ?? 'None'}, max: ${max ?? 'None'})`);
    }
    return [];
  }
  if ('length' in constraint) {
    const length = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : isMap(node) ? node.items.length : undefined;
    if (length === undefined) return [];
    const { min, max } = constraint.length;
    if ((min !== undefined && min !== null && length < min) || (max !== undefined && max !== null && length > max)) {
      return fail(`length (${length}) is out of range (min: ${min ?? 'None'}, max: ${max ?? 'None'})`);
    }
    return [];
  }
  if ('modulo' in constraint) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [];
    const { step, offset } = constraint.modulo;
    const remainder = ((value % step) + step) % step;
    return remainder === offset ? [] : fail(`${pyStr(value)} is not a multiple of ${step} with an offset of ${offset}`);
  }
  if ('allowed_pattern' in constraint) {
    if (typeof value !== 'string') return [];
    if (matchesAllowedPattern(constraint.allowed_pattern, value) !== false) return [];
    return fail(`"${value}" does not match pattern "${constraint.allowed_pattern}"`);
  }
  return []; // custom_constraint: needs the cloud
}

export default defineRule({
  meta: {
    id: 'property-constraint',
    area: 'resources',
    scope: 'entry',
    description: 'A literal property value must satisfy the constraints of its schema.',
    severity: 'warning',
    heatCatches: 'create',
    enabledByDefault: true,
    docs: `Property schemas carry constraints: allowed values, a numeric range, a length, a modulo
or a pattern. Stack create checks them on the value after conversion (so \`"10"\` counts as
10 for an integer property) and fails with Heat's message, or with the constraint's own
description when it has one. Values computed by functions, and custom constraints (an
image or flavor that must exist in the cloud), are not checked.

    # bad
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTPX
          delay: 5
          timeout: 5
          max_retries: 20

    # good
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries: 5
`,
    stricterThanHeat: 'Stack create fails validating the property value against its constraints.',
  },
  check({ template, catalog, types, report }) {
    walkProperties({ template, catalog, types }, {
      value({ typed, node, schema, path }) {
        if (!node || !schema.constraints?.length) return;
        if (isScalar(node) && (node.value === null || node.value === undefined)) return;
        if (typeProblem(node, schema) !== null) return; // property-type reports it
        const name = path.filter((p) => typeof p === 'string').join('.');
        for (const constraint of schema.constraints) {
          for (const finding of check(constraint, node, schema, template)) {
            const note = finding.rejected !== undefined && path.length === 1 ? catalog.releaseNote(`av|${typed.typeName}|${name}|${String(finding.rejected)}`) : '';
            report(finding.node, `Property "${name}" (${propertyPath(typed.resource.name, path)}): ${finding.message.trim().replace(/[.]?$/, '.')}${note}`);
          }
        }
      },
    });
  },
});
