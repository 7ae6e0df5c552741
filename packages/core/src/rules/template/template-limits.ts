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
    enabledByDefault: true,
    docs: `Heat refuses a template larger than \`max_template_size\` (${MAX_TEMPLATE_SIZE} by default), measured
on the template as the API receives it ("Template size (N bytes) exceeds maximum allowed
size (${MAX_TEMPLATE_SIZE} bytes)."), and a stack with more than \`max_resources_per_stack\`
resources (${MAX_RESOURCES_PER_STACK} by default) at create. hot-lint estimates the size the
way Heat measures it (the parsed template written out, not the file with its comments and
indentation). Both limits are settings of the cloud, so these are warnings: split the stack
into nested templates, or ask the operator.
`,
  },
  check({ template, yaml, report }) {
    const size = pythonReprLength(template.root, yaml);
    if (size > MAX_TEMPLATE_SIZE) {
      report(
        template.versionPair ?? template.root,
        `Template size (about ${size} bytes as Heat measures it) exceeds Heat's default maximum (${MAX_TEMPLATE_SIZE} bytes, max_template_size).`,
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
