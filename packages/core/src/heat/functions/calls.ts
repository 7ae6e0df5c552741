import { isMap, isScalar } from 'yaml';
import type { Document } from 'yaml';
import type { Catalog } from '../../catalog/catalog.js';
import { resolve } from '../../model/nodes.js';

/** Not a Heat intrinsic: OS::Heat::StructuredDeployment substitutes it in a StructuredConfig's config. */
export const STRUCTURED_CONFIG_INPUT = 'get_input';

/** True for a single-key mapping whose key is a function name of some HOT version: its value is computed. */
export function isFunctionCall(node: unknown, catalog: Catalog, doc: Document | null): boolean {
  const target = resolve(node, doc);
  if (!isMap(target) || target.items.length !== 1) return false;
  const key = target.items[0]!.key;
  return isScalar(key) && typeof key.value === 'string' && (catalog.allFunctionNames.has(key.value) || key.value === STRUCTURED_CONFIG_INPUT);
}
