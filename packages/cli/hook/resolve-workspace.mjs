// Module resolution hook (node:module register): "@hot-lint/<name>" resolves to the workspace
// folder packages/<name> when it is not installed as a dependency.
const WORKSPACE = /^@hot-lint\/(core|remote|cli)$/;

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const match = WORKSPACE.exec(specifier);
    if (!match) throw error;
    return nextResolve(new URL(`../../${match[1]}/dist/index.js`, import.meta.url).href, context);
  }
}
