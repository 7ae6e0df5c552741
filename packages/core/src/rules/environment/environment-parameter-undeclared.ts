import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-parameter-undeclared',
    area: 'environment',
    description: "An environment's parameters must be declared by the template it is used with.",
    severity: 'error',
    enabledByDefault: true,
    docs: `Values under an environment's \`parameters\` go to the top-level template only, and Heat
rejects one the template does not declare: "The Parameter (x) was not defined in template.".
Values under \`parameter_defaults\` apply to every nested stack that declares them and are
ignored elsewhere, so they are not reported.

Only checked when hot-lint knows which template the environment goes with (\`-e\` on the
command line, or the configuration file's \`environments\`).
`,
  },
  checkEnvironment({ environment, template, report, rangeOf }) {
    if (!template) return;
    for (const [name, pair] of environment.parameters) {
      if (template.parameters.has(name)) continue;
      const matches = closestMatches(name, template.parameters.keys());
      report(pair.key, `The Parameter (${name}) was not defined in template.${didYouMean(matches)}`, {
        fixes: suggestionFixes(rangeOf(pair.key), matches),
      });
    }
  },
});
