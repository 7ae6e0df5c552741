import type { TemplateVersionSpec } from '../../catalog/catalog-types.js';
import { describeNode } from '../../model/nodes.js';
import { closestMatches } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export default defineRule({
  meta: {
    id: 'template-version',
    area: 'template',
    description: 'heat_template_version must be a HOT version Heat knows (a date or a release name).',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `\`heat_template_version\` selects the template language: which sections, keys and intrinsic
functions are available. Heat accepts only the dates of its HOT releases (2013-05-23 to
2021-04-16) or their release names (\`newton\`, \`ocata\`, ... \`wallaby\`). Any other date is rejected,
even one that looks plausible.

    # bad: not a HOT version (the nearest is 2021-04-16)
    heat_template_version: 2021-01-03

    # good
    heat_template_version: 2021-04-16
`,
  },
  check({ template, catalog, yaml, report, rangeOf }) {
    const pair = template.versionPair;
    if (!pair || template.version) return;
    const value = template.versionValue;
    const valid = validList(catalog.versions);
    if (value === null) {
      report(pair.value ?? pair, `heat_template_version must be a date or release name, not ${describeNode(pair.value, yaml)}. Valid: ${valid}.`);
      return;
    }
    const suggestion = suggest(value, catalog.versions);
    const replaceWith = suggestion ? ` Did you mean "${suggestion}"?` : '';
    report(pair.value, `"${value}" is not a HOT template version.${catalog.releaseNote(`v|${value}`)}${replaceWith} Valid: ${valid}.`, {
      fixes: suggestion ? suggestionFixes(rangeOf, pair.value, [suggestion]) : [],
    });
  },
});

function validList(versions: readonly TemplateVersionSpec[]): string {
  return versions.map((v) => (v.aliases.length ? `${v.version} (${v.aliases.join(', ')})` : v.version)).join(', ');
}

function suggest(value: string, versions: readonly TemplateVersionSpec[]): string | undefined {
  const date = DATE.exec(value);
  if (date) {
    const time = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    let best: { version: string; distance: number } | undefined;
    for (const spec of versions) {
      const [y, m, d] = spec.version.split('-').map(Number);
      const distance = Math.abs(Date.UTC(y!, m! - 1, d!) - time);
      if (!best || distance < best.distance) best = { version: spec.version, distance };
    }
    return best?.version;
  }
  const names = versions.flatMap((v) => [v.version, ...v.aliases]);
  return closestMatches(value, names, 1)[0];
}
