import { isMap } from 'yaml';
import { resolve } from '../../model/nodes.js';
import { defineRule } from '../rule.js';

const CFN_VERSION_KEYS = ['AWSTemplateFormatVersion', 'HeatTemplateFormatVersion'];

export default defineRule({
  meta: {
    id: 'template-format',
    area: 'template',
    description: 'A template is a YAML mapping (or JSON object) with a heat_template_version key.',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      cloudformation: {
        severity: 'info',
        heatCatches: 'never',
        description: 'A CloudFormation-format template: Heat runs it, hot-lint checks HOT only.',
      },
    },
    enabledByDefault: true,
    docs: `Heat refuses a template that is empty, that is not a mapping at its top level (a list,
a plain string), or that names no format version ("Template format version not found.").

Templates in the CloudFormation-compatible format (\`AWSTemplateFormatVersion\`,
\`HeatTemplateFormatVersion\`) are valid Heat input, but hot-lint checks HOT only; it says
so instead of reporting every CloudFormation key.

    # bad: no version
    resources:
      server:
        type: OS::Nova::Server
`,
  },
  checkDocument({ document, yaml, report }) {
    const root = resolve(document.root, yaml);
    if (!root) {
      report(null, 'The file is empty: a template needs at least heat_template_version and resources.');
      return;
    }
    if (!isMap(root)) {
      report(root, 'The template is not a YAML mapping or JSON object.');
      return;
    }
    const keys = new Set(root.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value)));
    if (keys.has('heat_template_version')) return;
    const cfn = CFN_VERSION_KEYS.find((key) => keys.has(key));
    if (cfn) {
      const pair = root.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === cfn);
      report(pair, `This is a CloudFormation-format template (${cfn}); hot-lint checks HOT templates only.`, {
        variant: 'cloudformation',
      });
      return;
    }
    report(root.items[0] ?? root, 'Template format version not found: add heat_template_version (e.g. 2021-04-16).');
  },
});
