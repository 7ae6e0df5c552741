import { entries, field } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'output-value',
    area: 'outputs',
    description: 'Every output needs a value, and only the keys its HOT version allows.',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      'key-version': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'An output key of a later HOT version: Heat ignores it in this one.',
      },
      'unknown-key': {
        severity: 'warning',
        heatCatches: 'validate',
        description: 'An output key Heat does not know: ignored in a top-level stack, rejected when the template is a nested stack.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Heat ignores unknown keys in the outputs of a top-level stack, but rejects them ("\\"vaule\\" is not a valid keyword inside a output definition") when the template is used as a nested stack; these are warnings.',
    docs: `An output is a mapping with a \`value\` and optionally a \`description\`, and from HOT
2016-10-14 (newton) a \`condition\`. Heat rejects an output without \`value\` ("Each output
definition must contain a value key."). Other keys (a misspelled \`vaule\`, or \`condition\` in an
older version) are warnings: Heat silently ignores them in a top-level stack, but rejects the
template when it is used as a nested stack.

    # bad
    outputs:
      server_ip:
        description: The IP
        vaule: { get_attr: [server, first_address] }

    # good
    outputs:
      server_ip:
        description: The IP
        value: { get_attr: [server, first_address] }
`,
  },
  check({ template, catalog, report, rangeOf }) {
    if (!template.versionPair) return;
    const version = template.version;
    const allowed = version ? version.output_keys : [...new Set(catalog.versions.flatMap((v) => v.output_keys))];
    for (const output of template.outputs.values()) {
      if (!output.definition) continue; // not a mapping: template-structure
      if (!field(output.definition, 'value')) {
        report(output.key, `Output "${output.name}" has no value: each output definition must contain a value key.`);
      }
      for (const pair of entries(output.definition)) {
        const key = String(pair.key.value);
        if (allowed.includes(key)) continue;
        const since = catalog.versions.find((v) => v.output_keys.includes(key));
        if (since && version) {
          report(pair, `"${key}" is not an output key in HOT ${version.version} (Heat ignores it here); it needs heat_template_version ${since.version} or later.`, {
            variant: 'key-version',
          });
          continue;
        }
        const matches = closestMatches(key, allowed);
        report(pair, `"${key}" is not a valid key in an output definition; allowed: ${allowed.join(', ')}.${didYouMean(matches)}`, {
          variant: 'unknown-key',
          fixes: suggestionFixes(rangeOf, pair.key, matches),
        });
      }
    }
  },
});
