import { Location } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { occurrenceAt, occurrencesOf } from './symbols-index.js';

/** textDocument/references: every use of the name under the cursor in this template, in source order. */
export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  return occurrencesOf(analysis, at.kind, at.name)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .map((o) => Location.create(analysis.uri, o.range));
}
