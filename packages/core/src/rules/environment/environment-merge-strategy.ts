import { isScalar } from 'yaml';
import { resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { defineRule } from '../rule.js';

const STRATEGIES = ['overwrite', 'merge', 'deep_merge'];

export default defineRule({
  meta: {
    id: 'environment-merge-strategy',
    area: 'environment',
    description: 'parameter_merge_strategies values must be overwrite, merge or deep_merge.',
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `\`parameter_merge_strategies\` says how a parameter's value from this environment combines
with the same parameter from earlier ones. Heat knows ${STRATEGIES.join(', ')}; any other value
is silently replaced by the file's \`default\` strategy (overwrite), which is rarely what the
author meant.

    parameter_merge_strategies:
      default: overwrite
      ServiceNetMap: deep_merge
      ExtraConfig: deepmerge     # silently overwrite
`,
  },
  checkEnvironment({ environment, yaml, report }) {
    for (const [name, pair] of environment.mergeStrategies) {
      const value = resolve(pair.value, yaml);
      const text = isScalar(value) ? String(value.value) : null;
      if (text !== null && STRATEGIES.includes(text)) continue;
      const fallback = name === 'default' ? 'overwrite' : 'the default strategy';
      report(value ?? pair.key, `Unknown merge strategy "${text ?? '?'}" for "${name}"; Heat silently uses ${fallback}. Valid: ${STRATEGIES.join(', ')}.${didYouMean(text ? closestMatches(text, STRATEGIES) : [])}`);
    }
  },
});
