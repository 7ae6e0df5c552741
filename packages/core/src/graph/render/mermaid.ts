import type { StackGraph, StackNode } from '../stack-graph.js';
import { CYCLE, dashed, FILL, nodeLines, worst } from './style.js';

const SHAPES: Record<StackNode['kind'], [string, string]> = { resource: ['[', ']'], member: ['[[', ']]'], condition: ['{', '}'], template: ['[/', '/]'] };

/** A Mermaid flowchart: GitHub and GitLab render it in Markdown (```mermaid). */
export function toMermaid(graph: StackGraph): string {
  const ids = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const lines = ['flowchart TB'];
  for (const node of graph.nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}"${nodeLines(node).map(text).join('<br/>')}"${close}`);
  }
  for (const edge of graph.edges) {
    const arrow = dashed(edge) ? '-.->' : '-->';
    lines.push(`  ${ids.get(edge.from)} ${arrow}|${edge.kind}| ${ids.get(edge.to)}`);
  }
  const classes: Array<[string, string, (node: StackNode) => boolean]> = [
    ['error', `fill:${FILL.error}`, (n) => worst(n) === 'error'],
    ['warning', `fill:${FILL.warning}`, (n) => worst(n) === 'warning'],
    ['info', `fill:${FILL.info}`, (n) => worst(n) === 'info'],
    ['cycle', `stroke:${CYCLE},stroke-width:3px`, (n) => n.inCycle],
  ];
  for (const [name, style, applies] of classes) {
    const members = graph.nodes.filter(applies).map((n) => ids.get(n.id)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${name} ${style}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  const cycleEdges = graph.edges.flatMap((edge, i) => (edge.inCycle ? [i] : []));
  if (cycleEdges.length) lines.push(`  linkStyle ${cycleEdges.join(',')} stroke:${CYCLE},stroke-width:2px`);
  return `${lines.join('\n')}\n`;
}

/** Label text Mermaid shows as written: quotes and markup characters as entity codes. */
function text(value: string): string {
  return value.replace(/[#"<>&]/g, (c) => `#${c.charCodeAt(0)};`);
}
