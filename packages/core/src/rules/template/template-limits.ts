import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { resolve } from '../../model/nodes.js';
import { collectionReprLength, scalarReprLength } from '../../parse/parse-document.js';
import { latestParseOf } from '../../parse/reparse.js';
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
    // The parse measured it in passing, unless the text had aliases, or an edit has since spliced
    // a new entry into this document's tree (reparseEdit): then it is measured here.
    const measuredByParse = document.root === template.root && latestParseOf(document) === document ? document.pythonReprLength : undefined;
    const parsed = measuredByParse ?? pythonReprLength(template.root, yaml);
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

/**
 * Lengths of the entries (a parameter's, resource's, output's definition: depth 2) without
 * aliases: their subtrees are never changed in place (reparseEdit replaces an entry whole), so an
 * editor's next lint measures only what changed. Only entries: remembering every collection below
 * them too cost more (a WeakMap entry each, which the collector must trace) than it saved.
 */
const lengths = new WeakMap<Node, number>();

/** Aliases followed so far by measured: an entry is pure (memoisable) when measuring it followed none. */
let aliasesFollowed = 0;

/** The length of Python's str() of the parsed value, which Heat's API compares to the limit. */
function pythonReprLength(node: unknown, doc: Document | null): number {
  aliasesFollowed = 0;
  return measured(node, doc, 0);
}

/** One walk with no allocation per node: this runs over every node of every template. */
function measured(node: unknown, doc: Document | null, depth: number): number {
  const target = resolve(node, doc);
  if (target !== node) aliasesFollowed++; // an alias may name a section, which reparseEdit changes in place
  if (!target) return 4; // None
  if (isScalar(target)) return scalarReprLength(target.value);
  const memo = depth === 2 && target === node;
  if (memo) {
    const known = lengths.get(target);
    if (known !== undefined) return known;
  }
  const before = aliasesFollowed;
  let length = 0;
  if (isSeq(target)) {
    const items = target.items;
    length = collectionReprLength(items.length, false);
    for (let i = 0; i < items.length; i++) length += measured(items[i], doc, depth + 1);
  } else if (isMap(target)) {
    const items = target.items;
    length = collectionReprLength(items.length, true);
    for (let i = 0; i < items.length; i++) {
      const pair = items[i]!;
      length += measured(pair.key, doc, depth + 1) + measured(pair.value, doc, depth + 1);
    }
  }
  if (memo && aliasesFollowed === before) lengths.set(target, length);
  return length;
}
