/** @hot-lint/server: the language server's protocol-free features and its wiring. */
export { startServer, STACK_GRAPH_COMMAND, VALIDATE_REMOTE_COMMAND } from './server.js';
export type { ServerOptions } from './server.js';
export { analyze, AnalysisCache, detectKind } from './documents.js';
export type { Analysis, DocumentKind } from './documents.js';
export { complete } from './features/completion.js';
export { hover } from './features/hover.js';
export { codeActions, addRequiredProperties, declareParameter } from './features/code-actions.js';
export { diagnostics, toLspDiagnostic } from './features/diagnostics.js';
export { definition } from './features/definition.js';
export { references } from './features/references.js';
export { prepareRename, rename, checkNewName, RenameError } from './features/rename.js';
export type { LinkedFiles } from './features/rename.js';
export { documentSymbols } from './features/document-symbols.js';
export { foldingRanges } from './features/folding-ranges.js';
export { documentLinks } from './features/document-links.js';
export { linkedFiles, scanTemplateFiles, SCAN_LIMITS } from './linked-files.js';
export { collectSymbols } from './features/symbols-index.js';
export { textContext, nodeAt } from './features/locate.js';
