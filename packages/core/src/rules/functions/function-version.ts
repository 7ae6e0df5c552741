import { defineRule } from '../rule.js';
import { functionEntry } from '../../heat/functions/table.js';

export default defineRule({
  meta: {
    id: 'function-version',
    area: 'functions',
    scope: 'entry',
    description: 'A function must exist in the template version and be allowed where it is used.',
    severity: 'error',
    heatCatches: 'create',
    variants: {
      'condition-function-as-data': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'A condition function outside the places conditions are evaluated: Heat passes the mapping on as data.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'A function from a later version is kept as a plain mapping by validate; at stack create the property receives that mapping and fails its type check, or the output shows the raw mapping. Removed functions are rejected by validate itself.',
    docs: `Which intrinsic functions a template may call depends on its \`heat_template_version\`.

- A CloudFormation function removed from HOT (\`Fn::Join\`, \`Ref\`, \`Fn::Select\` from
  2015-10-15, ...) makes Heat reject the template: "The function Fn::Join is not supported in
  this version of HOT."
- A function that only a later version has (\`repeat\` before 2015-04-30, \`yaql\` and \`if\`
  before 2016-10-14, \`filter\` before 2017-02-24, \`contains\` or \`make_url\` before
  2017-09-01) is not called at all: Heat takes the mapping as plain data, which silently
  breaks the template.
- In the \`conditions\` section, in a \`condition:\` field and in the first argument of \`if\`, only
  condition functions (\`get_param\`, \`equals\`, \`not\`, \`and\`, \`or\`, and from 2017-09-01 \`yaql\`
  and \`contains\`) apply: Heat rejects any other ('The function "get_attr" is invalid in this
  context').
- The condition functions \`equals\`, \`not\`, \`and\` and \`or\` mean nothing elsewhere: a
  property written \`{equals: [...]}\` is passed on as a mapping (a warning).

    # bad: yaql needs 2016-10-14
    heat_template_version: 2015-04-30
    outputs:
      total:
        value: {yaql: {expression: $.data.sum(), data: [1, 2]}}

    # good
    heat_template_version: 2016-10-14
`,
  },
  check({ template, catalog, report }) {
    const version = template.version;
    if (!version) return;
    const written = template.versionValue ?? version.version;
    const hasConditions = version.condition_functions.length > 0;
    const conditionFunctions = new Set(version.condition_functions);
    for (const call of template.calls) {
      const { name } = call;
      const status = catalog.functionStatus(version, name);
      if (call.conditionContext && hasConditions) {
        if (conditionFunctions.has(name)) continue;
        if (status === 'removed') {
          report(call.key, removedMessage(name));
        } else if (status === 'supported') {
          report(
            call.key,
            `The function "${name}" is invalid in this context: conditions can only use ${list(version.condition_functions)}.`,
          );
        } else {
          const first = catalog.versions.find((v) => v.condition_functions.includes(name));
          if (first && first.version > version.version) {
            report(call.key, needsMessage(name, first.version, written, ' in conditions'));
          }
        }
        continue;
      }
      if (status === 'supported') continue;
      if (status === 'removed') {
        report(call.key, removedMessage(name));
        continue;
      }
      const first = catalog.firstVersionWith(name);
      if (first && first.version > version.version) {
        report(call.key, needsMessage(name, first.version, written, ''));
        continue;
      }
      const signature = functionEntry(name);
      if (hasConditions && signature?.conditionOnly && !status) {
        report(
          call.key,
          `"${name}" is a condition function: it only works in the conditions section, a condition: field or the first argument of "if"; here Heat passes the mapping on as data.`,
          { variant: 'condition-function-as-data' },
        );
      }
    }
  },
});

function removedMessage(name: string): string {
  const replacement = functionEntry(name)?.replacement;
  return `The function "${name}" is not supported in this version of HOT.${replacement ? ` Use ${replacement} instead.` : ''}`;
}

function needsMessage(name: string, needed: string, written: string, where: string): string {
  return `The function "${name}" needs heat_template_version ${needed} or later${where}; this template is ${written}, where Heat takes the mapping as plain data.`;
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}
