import dagre from '@dagrejs/dagre';
import type { StackGraph, StackNode } from '../stack-graph.js';
import { xml } from '../../util/xml.js';
import { CYCLE, dashed, FILL, nodeLines, worst } from './style.js';

const FONT_SIZE = 12;
const LINE_HEIGHT = 16;
/** An average glyph width of the sans-serif font at FONT_SIZE: labels are sized without a browser. */
const CHAR_WIDTH = 7;
const PADDING = 10;
const MARGIN = 20;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A self-contained SVG of the graph (no script, font file or link), laid out with dagre:
 * ranks from dependents down to what they need.
 */
export function toSvg(graph: StackGraph, title: string): string {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, edgesep: 12, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) {
    const lines = nodeLines(node);
    const textWidth = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
    const grow = node.kind === 'condition' ? 1.6 : 1; // a diamond needs room around its text
    g.setNode(node.id, { width: Math.ceil((textWidth + 2 * PADDING) * grow), height: Math.ceil((lines.length * LINE_HEIGHT + PADDING) * grow) });
  }
  graph.edges.forEach((edge, i) => g.setEdge(edge.from, edge.to, { label: edge.kind, width: edge.kind.length * 6, height: 12, labelpos: 'c' }, String(i)));
  dagre.layout(g);
  const size = g.graph();
  const width = Math.ceil(size.width ?? 0);
  const height = Math.ceil(size.height ?? 0);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${xml(title)}</title>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>',
    `<marker id="arrow-cycle" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${CYCLE}"/></marker>`,
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  graph.edges.forEach((edge, i) => {
    const laid = g.edge(edge.from, edge.to, String(i));
    const points: Array<{ x: number; y: number }> = laid.points ?? [];
    const d = points.map((p, j) => `${j === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ');
    const stroke = edge.inCycle ? CYCLE : '#555';
    out.push(
      `<g class="edge ${edge.kind}"><path d="${d}" fill="none" stroke="${stroke}" stroke-width="${edge.inCycle ? 2 : 1}"${dashed(edge) ? ' stroke-dasharray="5,4"' : ''} marker-end="url(#${edge.inCycle ? 'arrow-cycle' : 'arrow'})"/>` +
        (laid.x === undefined ? '' : `<text x="${round(laid.x)}" y="${round(laid.y! + 4)}" text-anchor="middle" font-size="9" fill="#555">${xml(edge.kind)}</text>`) +
        '</g>',
    );
  });
  for (const node of graph.nodes) {
    const laid = g.node(node.id);
    const box = { x: laid.x - laid.width / 2, y: laid.y - laid.height / 2, width: laid.width, height: laid.height };
    const lines = nodeLines(node);
    const level = worst(node);
    const fill = FILL[level ?? 'none'];
    const stroke = node.inCycle ? CYCLE : '#333';
    out.push(`<g class="node ${node.kind}${level ? ` ${level}` : ''}${node.inCycle ? ' cycle' : ''}"><title>${xml(lines.join('\n'))}</title>`);
    out.push(shape(node, box, fill, stroke, node.inCycle ? 2.5 : 1));
    const top = laid.y - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE / 3;
    lines.forEach((line, j) => {
      const weight = j === 0 ? ' font-weight="bold"' : '';
      out.push(`<text x="${round(laid.x)}" y="${round(top + j * LINE_HEIGHT)}" text-anchor="middle"${weight}>${xml(line)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function shape(node: StackNode, box: Box, fill: string, stroke: string, strokeWidth: number): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  const { x, y, width, height } = box;
  switch (node.kind) {
    case 'condition':
      return `<polygon points="${round(x + width / 2)},${round(y)} ${round(x + width)},${round(y + height / 2)} ${round(x + width / 2)},${round(y + height)} ${round(x)},${round(y + height / 2)}" ${paint}/>`;
    case 'template':
      return `<path d="M${round(x)},${round(y)} L${round(x + width - 10)},${round(y)} L${round(x + width)},${round(y + 10)} L${round(x + width)},${round(y + height)} L${round(x)},${round(y + height)} z" ${paint}/>`;
    case 'member':
      return `<rect x="${round(x + 4)}" y="${round(y - 4)}" width="${round(width)}" height="${round(height)}" rx="4" ${paint}/><rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" rx="4" ${paint}/>`;
    default:
      return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" rx="4" ${paint}/>`;
  }
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
