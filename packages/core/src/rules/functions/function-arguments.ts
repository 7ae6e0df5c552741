import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { argumentChecker, checkedOnlyWhenResolved, resolvesArguments } from '../../heat/functions/arguments/index.js';
import type { FailOptions, Kind } from '../../heat/functions/arguments/index.js';
import { isFunctionCall, STRUCTURED_CONFIG_INPUT } from '../../heat/functions/calls.js';
import { functionSyntax } from '../../heat/functions/table.js';
import { callStatus, languageOf } from '../../model/language.js';
import { resolve, soleEntry } from '../../model/nodes.js';
import { suggestionFixes } from '../fixes.js';
import type { ReportTarget } from '../rule.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'function-arguments',
    area: 'functions',
    scope: 'entry',
    description: 'Each intrinsic function gets arguments of the shape Heat expects.',
    severity: 'error',
    heatCatches: 'create',
    variants: {
      'output-show': {
        severity: 'warning',
        heatCatches: 'output-show',
        description: 'The call is in an output of a top-level stack, which Heat evaluates only when the output is shown: create completes.',
      },
      'get-input-data': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'get_input with anything but an input name: Heat accepts it and the deployment passes the mapping on as it is.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Most shapes are rejected by validate; a few (e.g. str_replace params that are not strings or numbers) only fail when stack create resolves the function.',
    docs: `Every intrinsic function takes arguments of a fixed shape: \`get_attr\` a list
\`[resource, attribute, path...]\`, \`str_replace\` a mapping with \`template\` and \`params\`,
\`list_join\` a list \`[delimiter, list, ...]\`, and so on. Heat rejects a wrong shape when it reads
the template, or fails the stack when it evaluates the function.

Only what is written literally is checked: an argument that is itself a function call is
taken as right, since its value is known only at runtime. The messages follow Heat's.

When Heat catches it: most shapes when it reads the template (validate). Some only when it
evaluates the function (\`get_param\`, \`get_file\`, \`map_merge\`, \`map_replace\`,
\`list_concat\`, and the item, delimiter and index checks of \`list_join\`, \`str_split\`,
\`str_replace\`): in a resource that is at stack create (an error), in a top-level stack's
\`outputs\` only when the output is shown — create completes and the output carries the
error — so there they are warnings (errors again when the template is linted as a nested
stack, whose outputs feed the parent's \`get_attr\`).

Also checked: \`digest\` algorithms, \`resource_facade\` data types, \`make_url\` keys and
ports, \`str_split\` indexes, params of \`str_replace_strict\` missing from the template, empty
params of \`str_replace_vstrict\`, items of \`list_join\` that are not strings, lists or maps,
\`get_input\` (used in structured configs) with anything but an input name, and the clear
syntax errors of a \`yaql\` expression (empty, an unterminated string, unbalanced brackets,
ending in an operator, empty list items: validate rejects them; a full yaql parser it is
not, so e.g. \`1 2\` passes).

    # bad: a string, not a list
    value: {get_attr: server.first_address}

    # good
    value: {get_attr: [server, first_address]}
`,
  },
  check(context) {
    const { template, catalog, yaml: doc } = context;
    const version = languageOf(template, catalog);
    const kind = (node: unknown): Kind => {
      const target = resolve(node, doc);
      if (!target) return 'null';
      if (isFunctionCall(target, catalog, doc)) return 'call';
      if (isMap(target)) return 'map';
      if (isSeq(target)) return 'list';
      if (isScalar(target)) {
        const v = target.value;
        if (v === null || v === undefined) return 'null';
        if (typeof v === 'string') return 'string';
        if (typeof v === 'number' || typeof v === 'bigint') return 'number';
        if (typeof v === 'boolean') return 'boolean';
      }
      return 'other';
    };
    // A top-level stack's outputs are evaluated only when shown: create completes and the
    // output carries the error. A nested stack's outputs feed its parent's get_attr.
    const outputsResolvedAtCreate = (context.project?.ancestors.length ?? 0) > 0;
    const run = (name: string, key: Scalar, args: Node | null, inOutput: boolean) => {
      const checker = argumentChecker(name);
      if (!checker) return;
      const fail = (node: unknown, message: string, options: FailOptions = {}) => {
        const target = resolve(node, doc);
        // An empty value (`get_param:` alone) has no text of its own: report on the function key.
        const precise = target && target.range && target.range[1] > target.range[0];
        const { resolved, ...reportOptions } = options;
        const onlyAtShow = inOutput && !outputsResolvedAtCreate && (resolved || checkedOnlyWhenResolved(name));
        context.report(
          (precise ? target : key) as ReportTarget,
          onlyAtShow ? `${message} Heat reports it only when the output is shown.` : message,
          onlyAtShow ? { ...reportOptions, variant: 'output-show' } : reportOptions,
        );
      };
      if (kind(args) === 'call') {
        if (!resolvesArguments(name)) {
          fail(
            args,
            `The arguments of "${name}" must be written out, not computed by another function: Heat checks their shape when it reads the template (${functionSyntax(name, catalog) ?? ''}).`,
          );
        }
        return;
      }
      const suggest = (node: unknown, matches: readonly string[]) => suggestionFixes(context.rangeOf, node, matches);
      checker({ name, key, args, language: version, doc, catalog, kind, fail, suggest });
    };
    for (const call of template.calls) {
      // Only functions Heat evaluates here; function-version reports the others.
      if (callStatus(version, catalog, call) === 'active') run(call.name, call.key, call.args, call.section === 'outputs');
    }
    for (const value of template.maps) {
      const sole = soleEntry(value.map);
      if (sole && sole.key.value === STRUCTURED_CONFIG_INPUT) {
        run(STRUCTURED_CONFIG_INPUT, sole.key, resolve(sole.value, doc), value.section === 'outputs');
      }
    }
  },
});
