import { entries } from '../../model/nodes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'section-version',
    area: 'template',
    description: 'A section must exist in the template\'s heat_template_version.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Some sections belong to later HOT versions: \`conditions\` exists from 2016-10-14 (newton).
In an older template Heat rejects it like any unknown section ("The template section is
invalid: conditions"). Raise \`heat_template_version\` or remove the section.

    # bad
    heat_template_version: 2015-10-15
    conditions:
      is_prod: { equals: [{ get_param: env }, prod] }

    # good
    heat_template_version: 2016-10-14
    conditions:
      is_prod: { equals: [{ get_param: env }, prod] }
`,
  },
  check({ template, catalog, report }) {
    const version = template.version;
    if (!version) return;
    for (const pair of entries(template.root)) {
      const name = String(pair.key.value);
      if (version.sections.includes(name)) continue;
      const having = catalog.versions.filter((v) => v.sections.includes(name));
      if (having.length === 0) continue; // section-unknown
      const later = having.find((v) => v.version > version.version);
      const advice = later
        ? `it was introduced in ${later.version}${later.aliases.length ? ` (${later.aliases[0]})` : ''}: set heat_template_version to ${later.version} or later`
        : `it exists only in HOT ${having.map((v) => v.version).join(', ')}`;
      report(pair, `The section "${name}" is not valid in HOT ${version.version}; ${advice}.`);
    }
  },
});
