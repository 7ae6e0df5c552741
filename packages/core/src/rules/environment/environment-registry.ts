import { isScalar, isSeq } from 'yaml';
import { TypeResolver } from '../../environment/registry.js';
import { resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { defineRule } from '../rule.js';

const HOOK_TYPES = ['pre-create', 'pre-update', 'pre-delete', 'post-create', 'post-update', 'post-delete'];
const RESTRICTED_ACTIONS = ['update', 'replace'];

export default defineRule({
  meta: {
    id: 'environment-registry',
    area: 'environment',
    description: 'resource_registry entries must map to existing templates or known types, without cycles.',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      'outside-root': {
        severity: 'warning',
        heatCatches: 'validate',
        description: 'The registry entry\'s template is outside the project root: hot-lint does not read it; it may exist where the stack is deployed from.',
      },
      'unknown-target': {
        severity: 'warning',
        heatCatches: 'validate',
        description: 'A registry entry maps to a type Heat does not know: Heat accepts the environment, and rejects a template that uses the type.',
      },
    },
    enabledByDefault: true,
    docs: `Checks each \`resource_registry\` entry the way Heat's ResourceRegistry reads it:
- a template target (\`My::Server: server.yaml\`) must be a readable file, relative to the
  environment file (URLs are not fetched);
- a type target (\`OS::Nova::Server: My::Server\`, or a glob \`OS::Project::*: OS::Heat::None\`)
  should resolve to a type Heat knows or to another entry of the environments used
  together. Heat accepts the environment either way, and fails only a template that uses
  the type ("The Resource Type (x) could not be found", reported there by
  \`resource-type-unknown\`): a warning. An environment linted alone may alias a type that
  another environment of its deployment maps; the message says so;
- a template target outside the project root is not read: a warning;
- entries must not map types in a cycle (\`A: B\`, \`B: A\`);
- \`hooks\` take ${HOOK_TYPES.join(', ')}; \`restricted_actions\` take ${RESTRICTED_ACTIONS.join(', ')}.

    resource_registry:
      My::Server: templates/server.yaml
      OS::Project::*: OS::Heat::None
      resources:
        web:
          hooks: pre-create
`,
  },
  checkEnvironment(context) {
    const { environment, yaml, report, catalog, project } = context;
    const resolver = new TypeResolver(catalog, context.environments);
    const reportedCycles = new Set<string>();
    // Linted without the other environments of its deployment: an alias may point into them.
    const alone = context.template === null && context.environments.every((e) => e === environment);
    for (const entry of environment.registry) {
      const value = resolve(entry.valueNode, yaml);
      if (entry.kind === 'invalid') {
        report(entry.valueNode ?? entry.key, `Registry entry "${entry.path.join('.')}" must map to a type name or a template file.`);
      } else if (entry.kind === 'hooks' || entry.kind === 'restricted_actions') {
        const allowed = entry.kind === 'hooks' ? HOOK_TYPES : RESTRICTED_ACTIONS;
        const values = isSeq(value) ? value.items : [value];
        for (const item of values) {
          const text = isScalar(item) ? String(item.value) : null;
          if (text !== null && allowed.includes(text)) continue;
          const label = entry.kind === 'hooks' ? 'hook type' : 'restricted_action type';
          report(item as never, `Invalid ${label} "${text ?? '?'}", acceptable ${entry.kind === 'hooks' ? 'hook types' : 'restricted_action types'} are: ${allowed.join(', ')}.${didYouMean(text ? closestMatches(text, allowed) : [])}`);
        }
      } else if (entry.kind === 'template') {
        const written = entry.target!.endsWith('.yaml') || entry.target!.endsWith('.template') ? entry.target! : entry.path.at(-1)!;
        if (!project) continue;
        const found = project.snapshot.reference(environment.path, written);
        if (found.kind === 'outside') {
          report(entry.valueNode ?? entry.key, `Template "${written}" for registry entry "${entry.path.at(-1)}" cannot be read: it is outside the project root, so it was not read.`, { variant: 'outside-root' });
        } else if (found.kind === 'unreadable') {
          report(entry.valueNode ?? entry.key, `Template "${written}" for registry entry "${entry.path.at(-1)}" cannot be read: ${found.reason}.`);
        }
      } else if (entry.kind === 'map' || entry.kind === 'glob') {
        const type = entry.path.at(-1)!;
        const probe = entry.kind === 'glob' ? `${type.slice(0, -1)}Probe` : type;
        const resolution = resolver.resolve(probe, environment.path, entry.resourceName);
        if (resolution.kind === 'cycle') {
          const members = [...new Set(resolution.chain)].sort().join('\n');
          if (reportedCycles.has(members)) continue;
          reportedCycles.add(members);
          report(entry.key, `Registry cycle: ${resolution.chain.join(' -> ')}.`);
        } else if (resolution.kind === 'unknown' && entry.kind === 'map' && entry.target) {
          // Heat accepts the environment; a template that uses the type fails (resource-type-unknown).
          const end = resolution.missing;
          const through = end === entry.target ? '' : ` (through "${entry.target}")`;
          const matches = closestMatches(end, catalog.resourceTypeNames());
          const unless = alone && matches.length === 0 ? ' nor an entry of this environment; another environment of the deployment must map it.' : ' nor another registry entry.';
          report(entry.valueNode, `Registry entry "${type}" maps${through} to "${end}", which is not a resource type Heat knows${unless}${didYouMean(matches)}`, {
            variant: 'unknown-target',
          });
        }
      }
    }
  },
});
