import { entries } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

/** CloudFormation parameter keys and where HOT expresses them. */
const CFN_KEYS: Record<string, string> = {
  NoEcho: 'use hidden: true',
  AllowedValues: 'use constraints: [{allowed_values: [...]}]',
  AllowedPattern: 'use constraints: [{allowed_pattern: "..."}]',
  MinLength: 'use constraints: [{length: {min: ...}}]',
  MaxLength: 'use constraints: [{length: {max: ...}}]',
  MinValue: 'use constraints: [{range: {min: ...}}]',
  MaxValue: 'use constraints: [{range: {max: ...}}]',
  ConstraintDescription: 'put a description in the constraint',
};

export default defineRule({
  meta: {
    id: 'parameter-keys',
    area: 'parameters',
    description: 'A parameter definition may only use the keys its HOT version allows.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `A parameter definition takes \`type\`, \`label\`, \`description\`, \`default\`, \`hidden\`,
\`constraints\`, \`immutable\` and \`schema\`, plus \`tags\` from HOT 2018-03-02 (queens). Heat rejects
any other key: "Invalid key 'defualt' for parameter (flavor)". CloudFormation keys such as
\`AllowedValues\` or \`NoEcho\` have HOT equivalents (\`constraints\`, \`hidden\`).

    # bad
    heat_template_version: 2017-09-01
    parameters:
      flavor:
        type: string
        defualt: m1.small
        tags: [compute]      # needs 2018-03-02

    # good
    heat_template_version: 2018-03-02
    parameters:
      flavor:
        type: string
        default: m1.small
        tags: [compute]
`,
  },
  check({ template, catalog, report, rangeOf }) {
    if (!template.versionPair) return;
    const version = template.version;
    const allowed = version ? version.parameter_keys : [...new Set(catalog.versions.flatMap((v) => v.parameter_keys))];
    for (const param of template.parameters.values()) {
      for (const pair of entries(param.definition)) {
        const key = String(pair.key.value);
        if (allowed.includes(key)) continue;
        const since = catalog.versions.find((v) => v.parameter_keys.includes(key));
        if (since && version) {
          report(pair, `"${key}" is not allowed in a parameter in HOT ${version.version}; it needs heat_template_version ${since.version} or later.`);
          continue;
        }
        const cfn = Object.prototype.hasOwnProperty.call(CFN_KEYS, key) ? CFN_KEYS[key] : undefined;
        if (cfn) {
          report(pair, `"${key}" is a CloudFormation parameter key, not a HOT one (parameter "${param.name}"): ${cfn}.`);
          continue;
        }
        const matches = closestMatches(key, allowed);
        report(pair, `"${key}" is not a valid key in a parameter definition (parameter "${param.name}"); allowed: ${allowed.join(', ')}.${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf, pair.key, matches),
        });
      }
    }
  },
});
