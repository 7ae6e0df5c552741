import { defineRule } from '../rule.js';

/** Findings of this rule come from lint.ts, before any other rule runs; the rule carries their metadata. */
export default defineRule({
  meta: {
    id: 'template-jinja2',
    area: 'syntax',
    description: 'A Jinja2 template (*.j2.yaml) is not a Heat template until it is rendered.',
    severity: 'info',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Projects such as TripleO keep some templates as Jinja2 sources (\`overcloud.j2.yaml\`,
\`role.role.j2.yaml\`) and render them into Heat templates before deploying
(\`tools/process-templates.py\`). The source is not YAML that Heat could read: \`{% for %}\`
lines and \`{{ name }}\` keys would otherwise produce thousands of \`yaml-syntax\` errors.

hot-lint recognises such a file (by its name, \`*.j2.yaml\`, \`*.j2\`, \`*.jinja2\`, or, for any
other name, by Jinja2 tags where the YAML does not parse) and reports this one finding on
its first tag instead of linting it. Heat never sees the file: render it and lint the
rendered output, where every rule applies.

    # overcloud.j2.yaml: reported once, not linted
    resources:
    {% for role in roles %}
      {{role.name}}:
        type: OS::Heat::ResourceGroup
    {% endfor %}
`,
  },
});
