import { closestMatches, didYouMean } from '../../util/suggest.js';
import { languageOf } from '../../model/language.js';
import { describeNode } from '../../model/nodes.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { CONSTRAINT_ENTRY_KEYS, parseConstraint, readConstraints, versionConstraintKinds } from '../../heat/constraints.js';

export default defineRule({
  meta: {
    id: 'parameter-constraint',
    area: 'parameters',
    description: 'Parameter constraints must be a list of well-formed constraints that apply to the parameter type and version.',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      'ignored-kind': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'A constraint Heat ignores: a kind its HOT version lacks beside one it has, or a second kind in the same list item.',
      },
      unsatisfiable: {
        // Heat 19 rejects every value of such a parameter at create ("5 is out of range (min: 10, max: 1)").
        severity: 'error',
        heatCatches: 'create',
        description: 'A range or length whose min is greater than its max: validate accepts it (without a default), and stack create rejects every value.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'A range or length whose min is greater than its max passes validate when the parameter has no default; stack create then rejects every value ("5 is out of range (min: 10, max: 1)").',
    docs: `A parameter's \`constraints\` is a list; each item is a mapping with one constraint kind
(\`length\`, \`range\`, \`modulo\`, \`allowed_values\`, \`allowed_pattern\`, \`custom_constraint\`) and an
optional \`description\`. Heat rejects the template when:

- \`constraints\` is not a list, or an item is not a mapping, or an item has an unknown key
  ("Invalid key 'allowed_valuse' for parameter constraints") or no constraint at all
  ("No constraint expressed");
- a kind does not apply to the parameter's type ("Range constraint invalid for string"):
  \`range\` and \`modulo\` are for numbers, \`allowed_pattern\` for strings, \`length\` for strings,
  lists and json, \`allowed_values\` and \`custom_constraint\` for all but json;
- \`modulo\` is used before HOT 2017-02-24;
- \`range\`/\`length\` has no min and no max, non-numeric bounds or (length) non-integer bounds;
  \`modulo\` lacks step or offset, has step 0, or an offset not smaller than the step or of the
  other sign; \`allowed_values\` is not a list; \`allowed_pattern\` is not a string.

A warning: an item with several kinds (Heat keeps only one, in its own order, and silently
ignores the others). An error although validate accepts it: a \`range\`/\`length\` whose min is
above its max (no value can ever satisfy it, so stack create always fails).

    # bad
    parameters:
      port:
        type: string
        constraints:
          - range: { min: 1, max: 65535 }   # range is for numbers
          - allowed_valuse: [a, b]          # misspelled

    # good
    parameters:
      port:
        type: number
        constraints:
          - range: { min: 1, max: 65535 }
            description: A TCP port
`,
  },
  check({ template, catalog, yaml, report, rangeOf }) {
    if (!template.versionPair) return;
    const kindsInVersion = versionConstraintKinds(languageOf(template, catalog));
    const byType = catalog.language.constraint_kinds_by_type;
    for (const param of template.parameters.values()) {
      if (!param.definition) continue;
      const constraints = readConstraints(param, kindsInVersion, yaml);
      if (constraints.notAList) {
        report(constraints.notAList, `The constraints of parameter "${param.name}" must be a list of constraints, not ${describeNode(constraints.notAList, yaml)}.`);
        continue;
      }
      for (const item of constraints.notMaps) {
        report(item, `Each constraint of parameter "${param.name}" must be a mapping (e.g. "- length: {min: 1}"), not ${describeNode(item, yaml)}.`);
      }
      const typeKinds = param.type !== null && Object.prototype.hasOwnProperty.call(byType, param.type) ? byType[param.type] : undefined;
      for (const entry of constraints.entries) {
        for (const pair of entry.unknownKeys) {
          const name = String(pair.key.value);
          const matches = closestMatches(name, CONSTRAINT_ENTRY_KEYS);
          report(pair, `"${name}" is not a parameter constraint key; use one of ${CONSTRAINT_ENTRY_KEYS.join(', ')}.${didYouMean(matches)}`, {
            fixes: suggestionFixes(rangeOf, pair.key, matches),
          });
        }
        if (entry.unknownKeys.length) continue;
        if (entry.kinds.length === 0) {
          report(entry.map, `This constraint of parameter "${param.name}" expresses no constraint (it has only a description).`);
          continue;
        }
        const chosen = entry.chosen;
        for (const kind of entry.kinds) {
          if (kindsInVersion.includes(kind.kind) || !template.version) continue;
          const since = catalog.versions.find((v) => v.parameter_constraint_kinds.includes(kind.kind));
          const sinceText = since ? ` It needs heat_template_version ${since.version} or later.` : '';
          if (chosen) {
            report(kind.pair, `HOT ${template.version.version} has no "${kind.kind}" constraint: Heat ignores it here and uses "${chosen.kind}".${sinceText}`, {
              variant: 'ignored-kind',
            });
          } else {
            report(kind.pair, `HOT ${template.version.version} has no "${kind.kind}" constraint (Heat: "No constraint expressed").${sinceText}`);
          }
        }
        if (!chosen) continue;
        for (const kind of entry.kinds) {
          if (kind === chosen || !kindsInVersion.includes(kind.kind)) continue;
          report(kind.pair, `Heat uses only one constraint per list item: it keeps "${chosen.kind}" and ignores "${kind.kind}". Put each constraint in its own "- " item.`, {
            variant: 'ignored-kind',
          });
        }
        if (typeKinds && !typeKinds.includes(chosen.kind)) {
          const fits = Object.entries(byType)
            .filter(([, kinds]) => kinds.includes(chosen.kind))
            .map(([type]) => type);
          report(chosen.pair, `The "${chosen.kind}" constraint does not apply to a ${param.type} parameter ("${param.name}"); it applies to ${fits.join(', ')}.`);
          continue;
        }
        for (const problem of parseConstraint(chosen, yaml).problems) {
          report(problem.node, problem.message, problem.validateAccepts ? { variant: 'unsatisfiable' } : {});
        }
      }
    }
  },
});
