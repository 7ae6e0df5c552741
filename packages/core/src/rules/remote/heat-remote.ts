import { defineRule } from '../rule.js';

/**
 * Heat's own verdict. hot-lint's remote pass (`--remote`, @hot-lint/remote) finds these and
 * hands them to lint as external findings, so they are configured and suppressed like any other.
 */
export default defineRule({
  meta: {
    id: 'heat-remote',
    area: 'remote',
    description: "What Heat's validate API (POST /v1/{project}/validate) rejects, asked with --remote.",
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    external: true,
    docs: `With \`--remote\`, hot-lint sends each template, with its environment files (\`-e\`), nested
templates and \`get_file\` targets as python-heatclient bundles them, to the validate API of a real
Heat, and reports Heat's answer on the node it names: the property, the resource's \`type\` (a
service the cloud lacks, \`HEAT-E99001\`), the parameter, the section, or the environment file
that sets an undeclared parameter. Heat gives one error per template at a time.

It finds only what your cloud's Heat finds: its release, its resource types and the services its
catalog has. Nothing is created; with \`resource_validate\` (the default) Heat may also check
quota and existence on clouds that support it.

    # bad: Heat on a cloud without Nova answers
    # HEAT-E99001 Service nova is not available for resource type OS::Nova::Server
    resources:
      server:
        type: OS::Nova::Server

    # good: a type the cloud provides, or the code ignored on purpose:
    #   hot-lint --remote --ignore-errors HEAT-E99001 template.yaml

A finding of this rule can be turned off or given another severity in \`.hot-lint.yaml\`
(\`heat-remote: warning\`) and suppressed on its line like any other; without \`--remote\` the
rule does not run, so its suppressions are never reported as unused.
`,
  },
});
