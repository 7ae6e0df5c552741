import { isMap, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { resolve } from '../../model/nodes.js';
import { defineRule } from '../rule.js';

/** Heat's defaults (heat/common/config.py); operators may change them in heat.conf. */
const MAX_TEMPLATE_SIZE = 524288;
const MAX_RESOURCES_PER_STACK = 1000;

export default defineRule({
  meta: {
    id: 'template-limits',
    area: 'template',
    description: "A template should stay within Heat's default size and resource-count limits.",
    severity: 'warning',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Heat refuses a template larger than \`max_template_size\` (${MAX_TEMPLATE_SIZE} by default), measured
on the template as the API receives it ("Template size (N bytes) exceeds maximum allowed
size (${MAX_TEMPLATE_SIZE} bytes)."), and a stack with more than \`max_resources_per_stack\`
resources (${MAX_RESOURCES_PER_STACK} by default) at create. A template the client sends parsed
(\`openstack stack create -t\`) is measured as Python writes the parsed object out, which
hot-lint estimates; one Heat reads as text (a nested template, a \`template_url\`) is measured
as that text, comments and indentation included. Both limits are settings of the cloud, so
these are warnings: split the stack into nested templates, or ask the operator.
`,
  },
  check({ template, yaml, report, document }) {
    const target = template.versionPair ?? template.root;
    const parsed = pythonReprLength(template.root, yaml);
    // heat/api/openstack/v1/stacks.py: a template sent as an object is measured as str(object);
    // one Heat reads as text (a nested template from `files`, a template_url) as that text.
    const text = document.text.length;
    if (parsed > MAX_TEMPLATE_SIZE) {
      report(target, `Template size (about ${parsed} bytes as Heat measures it) exceeds Heat's default maximum (${MAX_TEMPLATE_SIZE} bytes, max_template_size).`);
    } else if (text > MAX_TEMPLATE_SIZE) {
      report(
        target,
        `The file is ${text} characters, over Heat's default max_template_size (${MAX_TEMPLATE_SIZE}) wherever Heat reads it as text (a nested template, a template_url); \`openstack stack create -t\` sends it parsed, about ${parsed}.`,
      );
    }
    if (template.resources.size > MAX_RESOURCES_PER_STACK) {
      const section = template.sections.get('resources');
      report(
        section ?? template.root,
        `${template.resources.size} resources exceed Heat's default maximum per stack (${MAX_RESOURCES_PER_STACK}, max_resources_per_stack); stack create fails: "Maximum resources per stack exceeded."`,
      );
    }
  },
});

/** The length of Python's str() of the parsed value, which Heat's API compares to the limit. */
function pythonReprLength(node: unknown, doc: Document | null): number {
  const target = resolve(node, doc);
  if (!target) return 4; // None
  if (isScalar(target)) {
    const value = target.value;
    if (value === null || value === undefined) return 4;
    if (typeof value === 'boolean') return value ? 4 : 5;
    if (typeof value === 'number') return String(value).length;
    return String(value).length + 2; // quotes; escapes make it slightly longer
  }
  if (isSeq(target)) {
    let length = 2;
    target.items.forEach((item, i) => (length += pythonReprLength(item, doc) + (i > 0 ? 2 : 0)));
    return length;
  }
  if (isMap(target)) {
    let length = 2;
    target.items.forEach((pair, i) => (length += pythonReprLength(pair.key, doc) + 2 + pythonReprLength(pair.value, doc) + (i > 0 ? 2 : 0)));
    return length;
  }
  return 0;
}
