import { Location } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { occurrenceAt, occurrencesOf } from './symbols-index.js';

/** textDocument/definition: where the parameter, resource, condition or output under the cursor is declared. */
export function definition(analysis: Analysis, position: Position): Location[] | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  const definitions = occurrencesOf(analysis, at.kind, at.name).filter((o) => o.isDefinition);
  if (definitions.length === 0) return null;
  return definitions.map((d) => Location.create(analysis.uri, d.range));
}
