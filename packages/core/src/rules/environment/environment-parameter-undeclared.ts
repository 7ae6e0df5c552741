import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-parameter-undeclared',
    area: 'environment',
    description: "An environment's parameters must be declared by the template it is used with.",
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      dropped: {
        severity: 'warning',
        heatCatches: 'never',
        description: 'An environment merged after one that already gave parameters: Heat silently drops its undeclared names.',
      },
    },
    enabledByDefault: true,
    docs: `Values under an environment's \`parameters\` go to the top-level template only, and Heat
rejects one the template does not declare: "The Parameter (x) was not defined in template.".
Values under \`parameter_defaults\` apply to every nested stack that declares them and are
ignored elsewhere, so they are not reported.

Heat's merge of several environment files (\`-e a.yaml -e b.yaml\`) keeps the first
non-empty \`parameters\` section whole but silently drops undeclared names from the later
ones; there the value is lost without a word, so hot-lint reports it as a warning.

Only checked when hot-lint knows which template the environment goes with (\`-e\` on the
command line, or the configuration file's \`environments\`).
`,
  },
  checkEnvironment({ environment, environments, template, report, rangeOf }) {
    if (!template) return;
    // heat/common/environment_util.py merge_parameters: the first non-empty section is taken as
    // it is (undeclared names then fail); later files' undeclared names are dropped.
    const first = environments.find((env) => env.parameters.size > 0);
    const dropped = first !== undefined && first !== environment;
    for (const [name, pair] of environment.parameters) {
      if (template.parameters.has(name)) continue;
      const matches = closestMatches(name, template.parameters.keys());
      const message = dropped
        ? `The Parameter (${name}) is not defined in template; Heat silently drops it when merging this environment after an earlier one.`
        : `The Parameter (${name}) was not defined in template.`;
      report(pair.key, `${message}${didYouMean(matches)}`, {
        fixes: suggestionFixes(rangeOf, pair.key, matches),
        ...(dropped ? { variant: 'dropped' as const } : {}),
      });
    }
  },
});
