import type { TypeResolver } from '../../environment/registry.js';
import type { ResourceModel } from '../../model/template.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { groupMembers, isGroupMember } from '../../heat/resources.js';

const FILE_LIKE = /\.(yml|json)$/i;

export default defineRule({
  meta: {
    id: 'resource-type-unknown',
    area: 'resources',
    description: 'A resource type must be one Heat knows, one an environment maps, or a nested template file.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    variants: {
      'group-member': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The unknown type is the member type of a ResourceGroup or AutoScalingGroup, which Heat resolves only at stack create.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      "The member type of a ResourceGroup or AutoScalingGroup is resolved only at stack create (a warning): create fails with \"The Resource Type (X) could not be found.\"",
    docs: `Heat looks a resource's \`type\` up in its resource registry and refuses the template when
the type is not there: "The Resource Type (X) could not be found." Type names are
case-sensitive (\`OS::nova::server\` is not \`OS::Nova::Server\`).

Names that Heat's default environment maps to another type (\`OS::Ceilometer::Alarm\` →
\`OS::Aodh::Alarm\`, \`OS::Quantum::*\` → \`OS::Neutron::*\`) are accepted. Heat treats a type as
a nested template file only when it ends in \`.yaml\` or \`.template\`: \`server.yml\` or
\`server.json\` is looked up as a type name and not found.

A custom name such as \`My::Server\` works when an environment's \`resource_registry\` maps
it. hot-lint resolves it through the environments given (\`-e\`, or the configuration file);
without one, Heat rejects the name, and so does this rule, once per name, saying which
environments were consulted.

    # bad: misspelled
    resources:
      server:
        type: OS::Nova::Servr

    # good
    resources:
      server:
        type: OS::Nova::Server
`,
  },
  check({ template, catalog, types, report, rangeOf, project }) {
    let candidates: string[] | undefined;
    const unknown = new Map<string, ResourceModel[]>();
    for (const resource of [...template.resources.values(), ...groupMembers({ template, catalog, types })]) {
      const type = resource.type;
      if (type === null || !resource.typeNode || type === '') continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(type)) continue;
      const resolution = types.resolve(type, project?.path ?? '', resource.name);
      if (resolution.kind === 'cycle') {
        report(resource.typeNode, `The Resource Type (${type}) could not be found: the resource_registry maps it in a cycle (${resolution.chain.join(' -> ')}).`);
      } else if (resolution.kind === 'unknown') {
        const uses = unknown.get(type) ?? [];
        uses.push(resource);
        unknown.set(type, uses);
      }
    }
    const consulted = types.environments.map((e) => `"${e.path.split('/').pop()}"`);
    // The files of a run share a resolver (and so these answers) when they share environments.
    const remembered = types.catalog === catalog ? suggestionsFor(types) : null;
    for (const [type, uses] of unknown) {
      const first = uses[0]!;
      let matches = FILE_LIKE.test(type) ? [] : remembered?.matches.get(type);
      if (!matches) {
        candidates ??= remembered?.candidates ?? [
          ...types.knownTypes().filter((name) => catalog.resourceType(name)?.support_status.status !== 'HIDDEN'),
          ...Object.keys(catalog.resources.type_aliases ?? {}).filter((name) => !name.endsWith('*')),
        ];
        if (remembered) remembered.candidates = candidates;
        matches = closestMatches(type, candidates);
        // An editor's session meets every type typed: a bounded number are kept.
        if (remembered && remembered.matches.size >= 1024) remembered.matches.clear();
        remembered?.matches.set(type, matches);
      }
      matches = [...matches];
      const hint = FILE_LIKE.test(type)
        ? ' Heat treats a type as a template file only when it ends in .yaml or .template.'
        : type.includes('::') && !catalog.resolveTypeName(type) && consulted.length > 0
          ? ` No resource_registry maps it (consulted ${consulted.join(', ')}).`
          : '';
      const others = uses.length > 1 ? ` (${uses.length - 1} more resource${uses.length > 2 ? 's' : ''} use this type.)` : '';
      // A group's member type is resolved only at stack create: a warning.
      const member = isGroupMember(first) ? ' (in a group member: stack create fails)' : '';
      report(first.typeNode, `The Resource Type (${type}) could not be found${member}.${catalog.releaseNote(`t|${type}`)}${hint}${didYouMean(matches)}${others}`, {
        fixes: suggestionFixes(rangeOf, first.typeNode, matches),
        ...(member ? { variant: 'group-member' as const } : {}),
      });
    }
  },
});

/** The type names a resolver knows (the candidates for a suggestion) and the suggestions made for unknown types. */
const suggestions = new WeakMap<TypeResolver, { candidates: string[] | undefined; matches: Map<string, readonly string[]> }>();

function suggestionsFor(types: TypeResolver): { candidates: string[] | undefined; matches: Map<string, readonly string[]> } {
  let found = suggestions.get(types);
  if (!found) suggestions.set(types, (found = { candidates: undefined, matches: new Map() }));
  return found;
}
