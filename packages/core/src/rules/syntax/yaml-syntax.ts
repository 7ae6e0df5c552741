import { defineRule } from '../rule.js';

/** Findings of this rule come from the parser (parse/parse-document.ts); the rule carries their metadata. */
export default defineRule({
  meta: {
    id: 'yaml-syntax',
    area: 'syntax',
    description: 'The file must be readable YAML or JSON text within the size and nesting limits.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Reports what stops the file from being read at all: YAML syntax errors (tabs used for
indentation, unclosed brackets, bad indentation), more than one YAML document in the file, a
binary file, a file over the size limit, collections nested too deeply, and aliases that
expand the document beyond a safe size (the "billion laughs" attack).

Heat would reject the template with a "Error parsing template" message; nothing else is
checked until the file reads.

    # bad: tab used for indentation
    resources:
    \tserver:
        type: OS::Nova::Server
`,
  },
});
