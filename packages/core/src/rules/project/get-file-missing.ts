import { isScalar } from 'yaml';
import { isActiveCall } from '../../model/language.js';
import { defineRule } from '../rule.js';
import { hasProject } from '../../project/nested-templates.js';

export default defineRule({
  meta: {
    id: 'get-file-missing',
    area: 'project',
    description: 'get_file must name a readable file inside the project.',
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    variants: {
      'outside-root': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The path is outside the project root: hot-lint does not read it; it may exist where the stack is deployed from.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Heat\'s validate does not read get_file targets (the function resolves at stack create); create then fails with \'No content found in the "files" section for get_file path: x\'.',
    docs: `\`get_file\` paths are resolved relative to the file that names them, the way
python-heatclient reads them into the request's \`files\` map. A path that does not exist
makes Heat fail with 'No content found in the "files" section for get_file path: ...'.

For safety hot-lint never reads a path outside the project root (the folder of the
configuration file, or the current directory) and never fetches URLs: a path outside the
root is a warning (the client reads it on the machine that deploys, where it may well
exist), a URL is skipped.

    # bad: the script is in scripts/, not beside the template
    config: { get_file: install.sh }

    # good
    config: { get_file: scripts/install.sh }
`,
  },
  check(context) {
    if (!hasProject(context)) return;
    const { template, project, report } = context;
    for (const call of template.calls) {
      if (call.name !== 'get_file' || !isScalar(call.args) || typeof call.args.value !== 'string') continue;
      if (!isActiveCall(template, context.catalog, call)) continue;
      const written = call.args.value;
      const found = project.snapshot.reference(project.path, written);
      if (found.kind === 'outside') {
        // The client reads it where Heat is deployed from; whether it exists there is unknown here.
        report(call.args, `get_file path "${written}" is outside the project root; hot-lint does not read it.`, { variant: 'outside-root' });
      } else if (found.kind === 'unreadable') {
        report(call.args, `get_file path "${written}" cannot be read: ${found.reason}.`);
      }
    }
  },
});
