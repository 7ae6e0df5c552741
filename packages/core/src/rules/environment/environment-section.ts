import { isMap } from 'yaml';
import { ENVIRONMENT_SECTIONS } from '../../environment/environment.js';
import { resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-section',
    area: 'environment',
    description: 'An environment file is a mapping of known, non-empty sections.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Heat accepts only these sections in an environment file: ${ENVIRONMENT_SECTIONS.join(', ')}.
Any other key fails with 'environment has wrong section "x"', and a section left empty
(\`parameters:\` with nothing under it) fails with 'environment has empty section "x"'.

    # bad
    parameter_default:      # did you mean "parameter_defaults"?
      image: cirros
    resource_registry:      # empty
`,
  },
  checkEnvironment({ environment, yaml, report, rangeOf }) {
    const root = resolve(environment.document.root, yaml);
    if (root === null) return;
    if (!isMap(root)) {
      report(root, 'The environment is not a valid YAML mapping data type.');
      return;
    }
    for (const [name, pair] of environment.sections) {
      if (!(ENVIRONMENT_SECTIONS as readonly string[]).includes(name)) {
        const matches = closestMatches(name, ENVIRONMENT_SECTIONS);
        report(pair.key, `environment has wrong section "${name}".${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf, pair.key, matches),
        });
        continue;
      }
      const value = resolve(pair.value, yaml);
      if (value === null || (value as { value?: unknown }).value === null) {
        report(pair.key, `environment has empty section "${name}".`);
      }
    }
  },
});
