import { defineRule } from '../rule.js';

/** Findings of this rule come from applying suppression comments (suppressions/); the rule carries their metadata. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    area: 'syntax',
    description: 'A "# hot-lint-disable" comment must suppress a finding; one that suppresses nothing should go.',
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `Findings can be silenced with comments:

    # hot-lint-disable-next-line RULE[, RULE...]   the next line
    key: value  # hot-lint-disable-line RULE       this line
    # hot-lint-disable [RULE, ...]                  the whole file (no rule: every rule)

Anything after \` -- \` is a free-text reason. A comment that suppresses nothing (the problem
was fixed, the rule name is misspelled, the comment moved away from its line) hides nothing
today but would silently hide a future finding, so it is reported, on the comment or on the
rule name in it that is not needed. A rule that is turned off is not reported as unneeded.

    # bad: nothing on the next line is a duplicate key
    # hot-lint-disable-next-line duplicate-key
    heat_template_version: 2021-04-16

    # good
    heat_template_version: 2021-04-16
    resources:
      server:
        type: OS::Nova::Server
      # hot-lint-disable-next-line duplicate-key -- generated file, the last one wins
      server:
        type: OS::Nova::Server
`,
  },
});
