/** The stack graph's renderings, for the command and the language server. */
export { toDot } from './dot.js';
export { toMermaid } from './mermaid.js';
export { toSvg } from './svg.js';
