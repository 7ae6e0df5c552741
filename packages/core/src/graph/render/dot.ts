import type { StackGraph, StackNode } from '../stack-graph.js';
import { CYCLE, dashed, FILL, nodeLines, worst } from './style.js';

const SHAPES: Record<StackNode['kind'], string> = { resource: 'box', member: 'box3d', condition: 'diamond', template: 'note' };

/** Graphviz DOT: `dot -Tsvg stack.dot > stack.svg`. */
export function toDot(graph: StackGraph, title: string): string {
  const lines = [`digraph ${quote(title)} {`, '  rankdir=TB;', '  node [fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff"];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const node of graph.nodes) {
    const attributes = [`label=${quote(nodeLines(node).join('\n'))}`, `shape=${SHAPES[node.kind]}`];
    const level = worst(node);
    if (level) attributes.push(`fillcolor="${FILL[level]}"`);
    if (node.inCycle) attributes.push(`color="${CYCLE}"`, 'penwidth=2');
    lines.push(`  ${quote(node.id)} [${attributes.join(', ')}];`);
  }
  for (const edge of graph.edges) {
    const attributes = [`label=${quote(edge.kind)}`];
    if (dashed(edge)) attributes.push('style=dashed');
    if (edge.inCycle) attributes.push(`color="${CYCLE}"`, 'penwidth=2');
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
