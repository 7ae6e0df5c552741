import { defineRule } from '../rule.js';

/** Findings of this rule come from the parser (parse/parse-document.ts); the rule carries their metadata. */
export default defineRule({
  meta: {
    id: 'duplicate-key',
    area: 'syntax',
    description: 'A mapping must not repeat a key: Heat silently keeps only the last one.',
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `Heat reads templates with PyYAML, which keeps the last of two equal keys without a word.
The first definition is silently lost, which is almost never what the author meant (two
resources with the same name after a copy and paste, a property given twice).

    # bad: the first server is lost
    resources:
      server:
        type: OS::Nova::Server
      server:
        type: OS::Nova::Server
`,
  },
});
