import { isScalar } from 'yaml';
import { describeNode, field } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

/** Type names from CloudFormation and programming languages, and the HOT type they mean. */
const ALIASES: Record<string, string> = {
  String: 'string',
  Number: 'number',
  CommaDelimitedList: 'comma_delimited_list',
  Json: 'json',
  Boolean: 'boolean',
  str: 'string',
  text: 'string',
  int: 'number',
  integer: 'number',
  float: 'number',
  list: 'comma_delimited_list',
  array: 'comma_delimited_list',
  map: 'json',
  dict: 'json',
  object: 'json',
  bool: 'boolean',
};

export default defineRule({
  meta: {
    id: 'parameter-type',
    area: 'parameters',
    description: 'A parameter type must be one of string, number, comma_delimited_list, json, boolean.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `HOT parameters have five types: \`string\`, \`number\`, \`comma_delimited_list\`, \`json\` and
\`boolean\`, written in lower case. The CloudFormation names (\`String\`, \`Number\`,
\`CommaDelimitedList\`, \`Json\`, \`Boolean\`) are not accepted in a HOT template: Heat rejects it
with "Invalid type (String)". A parameter without \`type\` is reported by \`template-structure\`.

    # bad
    parameters:
      flavor:
        type: String

    # good
    parameters:
      flavor:
        type: string
`,
  },
  check({ template, catalog, yaml, report, rangeOf }) {
    if (!template.versionPair) return;
    const types = catalog.language.parameter_types;
    for (const param of template.parameters.values()) {
      const pair = field(param.definition, 'type');
      if (!pair) continue;
      const node = pair.value;
      const value = isScalar(node) && typeof node.value === 'string' ? node.value : null;
      if (value !== null && types.includes(value)) continue;
      const valid = types.join(', ');
      if (value === null) {
        report(node ?? pair, `The type of parameter "${param.name}" must be one of ${valid}, not ${describeNode(node, yaml)}.`);
        continue;
      }
      const alias = Object.prototype.hasOwnProperty.call(ALIASES, value) ? ALIASES[value] : undefined;
      const matches = alias ? [alias] : closestMatches(value, types);
      report(node, `"${value}" is not a HOT parameter type (parameter "${param.name}"); use one of ${valid}.${didYouMean(matches)}`, {
        fixes: suggestionFixes(rangeOf, node, matches),
      });
    }
  },
});
