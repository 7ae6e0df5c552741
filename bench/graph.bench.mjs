// `hot-lint graph` cost: the stack graph (model + dagre layout + SVG) of TripleO's largest HOT
// template (network/endpoints/endpoint_map.yaml) and of the one with the most resources
// (common/services/role.role.j2.yaml), against linting the same text, in the same run.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTemplate, lint, loadCatalog, parseDocument, stackGraph } from '../packages/core/dist/index.js';
import { toDot, toSvg } from '../packages/core/dist/graph/render/index.js';
import { medianMs } from './timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tripleo = resolve(here, '../../shared/corpus/tripleo-heat-templates-queens');
const FILES = ['network/endpoints/endpoint_map.yaml', 'common/services/role.role.j2.yaml'];
const catalog = loadCatalog();

console.log('| template | KiB | nodes | edges | lint ms (baseline) | graph: parse + lint + model + layout + SVG ms | ratio | layout + SVG alone ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const file of FILES) {
  const path = resolve(tripleo, file);
  const text = readFileSync(path, 'utf8');
  const lintOnly = () => lint(text, { catalog });
  const whole = () => {
    const { diagnostics } = lint(text, { catalog });
    const template = buildTemplate(parseDocument(text), catalog);
    return toSvg(stackGraph(template, catalog, { path, diagnostics }), file);
  };
  const graph = stackGraph(buildTemplate(parseDocument(text), catalog), catalog, { path });
  const render = () => toSvg(graph, file);
  for (let i = 0; i < 3; i++) { lintOnly(); whole(); render(); toDot(graph, file); }
  const rounds = 15;
  const lintMs = medianMs(lintOnly, rounds);
  const wholeMs = medianMs(whole, rounds);
  const renderMs = medianMs(render, rounds);
  console.log(`| ${file} | ${(text.length / 1024).toFixed(0)} | ${graph.nodes.length} | ${graph.edges.length} | ${lintMs.toFixed(1)} | ${wholeMs.toFixed(1)} | ${(wholeMs / lintMs).toFixed(2)}x | ${renderMs.toFixed(2)} |`);
}
