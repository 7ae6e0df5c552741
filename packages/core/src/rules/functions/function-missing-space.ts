import type { TemplateVersionSpec } from '../../catalog/catalog-types.js';
import { replaceFix } from '../fixes.js';
import { activeFunctions, languageOf } from '../../model/language.js';
import { defineRule } from '../rule.js';
import { STRUCTURED_CONFIG_INPUT } from '../../heat/functions/calls.js';

export default defineRule({
  meta: {
    id: 'function-missing-space',
    area: 'functions',
    scope: 'entry',
    description: 'A function name followed by a colon without a space is read as one string.',
    // Heat 19 accepts `value: get_param:x` at validate and at create: the property silently gets the text.
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `In YAML a colon makes a mapping only when a space (or the end of the line) follows
it. \`get_param:image\` is therefore one plain string, and the property receives the text
"get_param:image" instead of the parameter's value. In a flow mapping, \`{get_param:image}\`
is a mapping whose only key is that string. Heat's validate and stack create accept both: the
resource is created with the literal text (create fails only when a constraint of the property
rejects that text), so this is a warning.

The fix inserts the missing space.

    # bad
    image: get_param:image

    # good
    image: {get_param: image}
`,
  },
  check({ template, catalog, report, positions, rangeOf }) {
    const version = languageOf(template, catalog);
    const names = functionNames(version);
    // A space can be inserted safely in a value, or in a flow mapping's key that has no value.
    // (Which strings are keys is worked out only when one is found: most templates have none.)
    let keys: Set<unknown> | undefined;
    const flowKeys = new Set<unknown>();
    const keysOf = (): Set<unknown> => {
      if (keys) return keys;
      keys = new Set<unknown>();
      for (const value of template.maps) {
        for (const pair of value.map.items) {
          keys.add(pair.key);
          if (value.map.flow && (pair.value === null || pair.value === undefined)) flowKeys.add(pair.key);
        }
      }
      return keys;
    };
    for (const string of template.strings) {
      const node = string.node;
      if (node.type !== 'PLAIN' || !node.range || !string.value.includes(':')) continue;
      const match = /^([A-Za-z_:]+?):(\S[^\n]*)$/.exec(string.value);
      if (!match || !names.has(match[1]!)) continue;
      const name = match[1]!;
      const range = rangeOf(node);
      if (range.start.line !== range.end.line) continue;
      const isKey = keysOf().has(node);
      const message = `Missing space after "${name}:"; YAML reads "${string.value}" as one string${isKey ? ' (a key)' : ''}.`;
      if (isKey && !flowKeys.has(node)) {
        report(node, message);
        continue;
      }
      const at = positions.position(node.range[0] + name.length + 1);
      report(node, message, { fixes: [replaceFix({ start: at, end: at }, ' ', `Insert a space after "${name}:"`, true)] });
    }
  },
});

const namesByVersion = new WeakMap<TemplateVersionSpec, ReadonlySet<string>>();

/** The function names of a version (and get_input), made once per version. */
function functionNames(version: TemplateVersionSpec): ReadonlySet<string> {
  let names = namesByVersion.get(version);
  if (!names) {
    names = new Set<string>([...activeFunctions(version, false), ...version.condition_functions, STRUCTURED_CONFIG_INPUT]);
    namesByVersion.set(version, names);
  }
  return names;
}
