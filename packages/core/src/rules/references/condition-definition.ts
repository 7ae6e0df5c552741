import { isMap, isScalar, isSeq } from 'yaml';
import { describeNode, field, resolve } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { usedConditions } from '../../heat/conditions.js';
import { collectReferences } from '../../model/references.js';

export default defineRule({
  meta: {
    id: 'condition-definition',
    area: 'references',
    description: 'A condition is defined by a boolean or a condition function; condition: fields take a name or a boolean.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `Heat's validate rejects, for every condition of the \`conditions\` section:
- a definition that is not a boolean nor a condition function: a quoted \`"true"\`, a number,
  \`null\`, a list, or the bare name of another condition ("The definition of condition "c" is
  invalid"). To reuse a condition, combine it: \`{and: [other, true]}\`;

and, where a condition is used:
- \`not\` given a list (\`{not: [a]}\`): it takes one condition (\`{not: a}\`) — "Invalid condition";
- a resource's or output's \`condition:\` that is a number, a list or null ("condition type
  must be string_or_boolean", "Invalid condition").

All are caught by validate.

    conditions:
      prod: "true"              # bad: a string
      not_prod: {not: [prod]}   # bad when used: a list
      prod: true                # good
      not_prod: {not: prod}     # good
`,
  },
  check(context) {
    const { template, catalog, report, yaml: doc } = context;
    if (!template.version || template.version.condition_functions.length === 0) return;
    for (const condition of template.conditions.values()) {
      const value = resolve(condition.value, doc);
      if (isScalar(value) && typeof value.value === 'boolean') continue;
      if (isMap(value)) continue;
      const named = isScalar(value) && typeof value.value === 'string' && template.conditions.has(value.value);
      const hint = named ? ` To reuse condition "${String((value as { value: string }).value)}", write {and: [${String((value as { value: string }).value)}, true]}.` : '';
      const hasText = value?.range && value.range[1] > value.range[0];
      report(
        hasText ? value : condition.key,
        `The definition of condition "${condition.name}" is invalid: ${describeNode(value, doc)}; it must be a boolean or a condition function.${hint}`,
      );
    }
    const index = collectReferences(template, catalog);
    const used = usedConditions(index);
    for (const call of template.calls) {
      if (call.name !== 'not' || !call.conditionContext) continue;
      if (call.section === 'conditions' && used && !used.has(call.owner)) continue;
      if (isSeq(resolve(call.args, doc))) {
        report(call.args, `"not" takes one condition, not a list: write {not: <condition>}; Heat rejects the list as an invalid condition.`);
      }
    }
    const owners = [
      ...[...template.resources.values()].map((r) => ({ kind: 'resource', entry: r })),
      ...[...template.outputs.values()].map((o) => ({ kind: 'output', entry: o })),
    ];
    for (const { kind, entry } of owners) {
      const pair = field(entry.definition, 'condition');
      if (!pair) continue;
      const value = resolve(pair.value, doc);
      const scalar = isScalar(value) ? value.value : undefined;
      if (isMap(value) || typeof scalar === 'string' || typeof scalar === 'boolean') continue;
      report(value ?? pair.key, `The condition of ${kind} "${entry.name}" must be a condition name, a boolean or a condition function, not ${describeNode(value, doc)}.`);
    }
  },
});
