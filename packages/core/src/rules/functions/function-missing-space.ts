import { replaceFix } from '../fixes.js';
import { languageOf } from '../../model/language.js';
import { defineRule } from '../rule.js';
import { functionsInContext } from './signatures.js';

export default defineRule({
  meta: {
    id: 'function-missing-space',
    area: 'functions',
    scope: 'entry',
    description: 'A function name followed by a colon without a space is read as one string.',
    severity: 'error',
    enabledByDefault: true,
    stricterThanHeat:
      'YAML reads `get_param:x` as one string, which validate accepts; the resource is then created with the literal text "get_param:x" (or create fails on the property constraints).',
    docs: `In YAML a colon makes a mapping only when a space (or the end of the line) follows
it. \`get_param:image\` is therefore one plain string, and the property receives the text
"get_param:image" instead of the parameter's value. In a flow mapping, \`{get_param:image}\`
is a mapping whose only key is that string.

The fix inserts the missing space.

    # bad
    image: get_param:image

    # good
    image: {get_param: image}
`,
  },
  check({ template, catalog, report, positions, rangeOf }) {
    const version = languageOf(template, catalog);
    const names = new Set<string>([...functionsInContext(version, false), ...version.condition_functions]);
    names.add('get_input');
    // A space can be inserted safely in a value, or in a flow mapping's key that has no value.
    const keys = new Set<unknown>();
    const flowKeys = new Set<unknown>();
    for (const value of template.maps) {
      for (const pair of value.map.items) {
        keys.add(pair.key);
        if (value.map.flow && (pair.value === null || pair.value === undefined)) flowKeys.add(pair.key);
      }
    }
    for (const string of template.strings) {
      const node = string.node;
      if (node.type !== 'PLAIN' || !node.range) continue;
      const match = /^([A-Za-z_:]+?):(\S[^\n]*)$/.exec(string.value);
      if (!match || !names.has(match[1]!)) continue;
      const name = match[1]!;
      const range = rangeOf(node);
      if (range.start.line !== range.end.line) continue;
      const isKey = keys.has(node);
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
