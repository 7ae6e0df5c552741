import { Location } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { occurrencesAcrossFiles } from './rename.js';
import type { LinkedFiles } from './rename.js';

/**
 * textDocument/references: every use of the name under the cursor in this template, in source
 * order, then (given the linked files) where the other files of the project name a parameter
 * or an output: the same places a rename changes.
 */
export function references(analysis: Analysis, position: Position, includeDeclaration: boolean, linked?: LinkedFiles): Location[] | null {
  const found = occurrencesAcrossFiles(analysis, position, linked);
  if (!found) return null;
  return found.filter((o) => includeDeclaration || !o.isDefinition).map((o) => Location.create(o.uri, o.range));
}
