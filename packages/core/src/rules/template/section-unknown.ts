import type { Catalog } from '../../catalog/catalog.js';
import { entries } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'section-unknown',
    area: 'template',
    description: 'Top-level keys must be sections of HOT.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `A HOT template has the sections \`heat_template_version\`, \`description\`, \`parameter_groups\`,
\`parameters\`, \`resources\`, \`outputs\` and (from 2016-10-14) \`conditions\`. Heat rejects any other
top-level key: "The template section is invalid: resource". CloudFormation section names
(\`Resources\`, \`Outputs\`...) are not HOT sections either. A section that exists only in other
HOT versions is reported by \`section-version\`.

    # bad
    heat_template_version: 2021-04-16
    resource:
      server:
        type: OS::Nova::Server

    # good
    heat_template_version: 2021-04-16
    resources:
      server:
        type: OS::Nova::Server
`,
  },
  check({ template, catalog, report, rangeOf }) {
    if (!template.versionPair) return; // not HOT: template-format says so
    const everywhere = sectionsOfAnyVersion(catalog);
    const sections = template.version?.sections ?? [...everywhere];
    for (const pair of entries(template.root)) {
      const name = String(pair.key.value);
      if (everywhere.has(name)) continue;
      const matches = closestMatches(name, sections);
      const valid = template.version ? ` Sections of HOT ${template.version.version}: ${sections.join(', ')}.` : '';
      report(pair, `Unknown section "${name}": Heat rejects the template ("The template section is invalid").${didYouMean(matches) || valid}`, {
        fixes: suggestionFixes(rangeOf, pair.key, matches),
      });
    }
  },
});

const anyVersion = new WeakMap<Catalog, ReadonlySet<string>>();

/** The sections some HOT version has, made once per catalog. */
function sectionsOfAnyVersion(catalog: Catalog): ReadonlySet<string> {
  let sections = anyVersion.get(catalog);
  if (!sections) anyVersion.set(catalog, (sections = new Set(catalog.versions.flatMap((v) => v.sections))));
  return sections;
}
