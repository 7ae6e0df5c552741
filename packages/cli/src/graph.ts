import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, ProjectSession } from '@hot-lint/core';
import type { CliOptions } from './args.js';
import { describeFsError } from './files.js';
import type { Io } from './main.js';
import { displayPath } from './main.js';

type Core = typeof import('@hot-lint/core');

/** `hot-lint graph FILE`: the template's stack graph as SVG, DOT or Mermaid. */
export async function drawGraph(
  core: Core,
  session: ProjectSession,
  absolute: string,
  environments: readonly string[],
  diagnostics: readonly Diagnostic[],
  options: CliOptions,
  io: Io,
): Promise<number> {
  const template = session.template(absolute);
  if (!template) {
    io.stderr(`hot-lint: ${displayPath(absolute, io.cwd)}: cannot draw a template that does not read as a mapping; run hot-lint on it for the details.\n`);
    return 2;
  }
  const models = environments.map((path) => session.environment(path)).filter((e) => e !== null);
  const graph = core.stackGraph(template, session.catalog, { path: absolute, environments: models, diagnostics });
  const title = displayPath(absolute, io.cwd);
  const format = options.graph!.format;
  let text: string;
  if (format === 'dot') text = (await import('@hot-lint/core/graph')).toDot(graph, title);
  else if (format === 'mermaid') text = (await import('@hot-lint/core/graph')).toMermaid(graph);
  else text = (await import('@hot-lint/core/graph')).toSvg(graph, title);
  if (options.output === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    const target = resolve(io.cwd, options.output);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return 0;
  } catch (error) {
    io.stderr(`hot-lint: ${options.output}: the graph could not be written: ${describeFsError(error)}\n`);
    return 2;
  }
}
