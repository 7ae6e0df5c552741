import { isScalar } from 'yaml';
import type { Pair, Scalar } from 'yaml';
import { entries } from '../../model/nodes.js';
import { replaceFix } from '../fixes.js';
import { defineRule } from '../rule.js';
import { activeFunctions } from '../../model/language.js';
import { takesList } from '../../heat/functions/table.js';

export default defineRule({
  meta: {
    id: 'function-extra-keys',
    area: 'functions',
    scope: 'entry',
    description: 'A function call is a mapping with exactly one key, the function name.',
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `Heat calls a function only when the mapping has a single key. A mapping that holds a
function name and other keys is plain data: the function never runs and its arguments are
passed on as they are. Heat accepts such a template (a mapping is valid data), hence a
warning; the value is almost never what was meant.

The classic cause is a flow mapping written like a list: YAML reads
\`{get_attr: server, console_urls, novnc}\` as a mapping with three keys (\`get_attr\`,
\`console_urls\` and \`novnc\`), not as a call with three arguments.

    # bad
    value: {get_attr: server, console_urls, novnc}

    # good
    value: {get_attr: [server, console_urls, novnc]}
`,
  },
  check({ template, report, rangeOf }) {
    const version = template.version;
    if (!version) return;
    const plain = activeFunctions(version, false);
    const conditional = activeFunctions(version, true);
    for (const value of template.maps) {
      const names = value.conditionContext ? conditional : plain;
      // Most mappings name no function: settle that before listing their entries.
      if (value.map.items.length < 2 || !value.map.items.some((pair) => isScalar(pair.key) && typeof pair.key.value === 'string' && names.has(pair.key.value))) continue;
      const pairs = entries(value.map);
      if (pairs.length < 2) continue;
      const fnPair = pairs.find((pair) => typeof pair.key.value === 'string' && names.has(pair.key.value));
      if (!fnPair) continue;
      const name = String(fnPair.key.value);
      const others = pairs.filter((pair) => pair !== fnPair);
      const otherNames = others.map((pair) => `"${keySource(pair.key)}"`).join(', ');
      let suggestion = '';
      let fixes;
      const listForm = flowListForm(name, fnPair, others, value.map.flow === true);
      if (listForm !== null) {
        suggestion = ` Did you mean {${name}: [${listForm}]}?`;
        fixes = [replaceFix(rangeOf(value.map), `{${name}: [${listForm}]}`, `Change to {${name}: [${listForm}]}`)];
      }
      report(
        fnPair.key,
        `This mapping has "${name}" and other keys (${otherNames}), so Heat takes it as data and "${name}" is never called; a call must be the only key of its mapping.${suggestion}`,
        { fixes },
      );
    }
  },
});

function keySource(key: Scalar): string {
  return key.source ?? String(key.value);
}

/**
 * `{fn: a, b, c}` (a flow mapping whose other keys have no value, written as a list) as the
 * list body `a, b, c`, or null when the mapping does not look like that.
 */
function flowListForm(name: string, fnPair: Pair<Scalar, unknown>, others: Array<Pair<Scalar, unknown>>, flow: boolean): string | null {
  if (!flow || !takesList(name)) return null;
  const first = fnPair.value;
  if (!isScalar(first) || first.value === null) return null;
  const parts = [render(first)];
  for (const pair of others) {
    if (pair.value !== null && pair.value !== undefined) return null;
    parts.push(render(pair.key));
  }
  return parts.includes(null) ? null : parts.join(', ');
}

/** A scalar as written (plain, or re-quoted), or null for block scalars. */
function render(scalar: Scalar): string | null {
  if (scalar.type === 'PLAIN') return scalar.source ?? String(scalar.value);
  if (scalar.type === 'QUOTE_DOUBLE') return JSON.stringify(String(scalar.value));
  if (scalar.type === 'QUOTE_SINGLE') return `'${String(scalar.value).replace(/'/g, "''")}'`;
  return null;
}
