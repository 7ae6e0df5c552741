/**
 * Applies a patch of the release store (schemas/tools/json-diff.mjs writes them): {"v": value}
 * replaces; {"o": {key: patch}, "d": [keys]} changes some keys of an object and deletes others.
 * The base is not modified: unchanged subtrees are shared, so the base catalog stays valid.
 */
export type ReleasePatch = { v: unknown } | { o?: Record<string, ReleasePatch>; d?: string[] };

export function applyReleasePatch(base: unknown, patch: ReleasePatch): unknown {
  if ('v' in patch) return patch.v;
  if (base === null || typeof base !== 'object' || Array.isArray(base)) {
    throw new Error('release patch: an object patch over a non-object');
  }
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const key of patch.d ?? []) delete result[key];
  for (const [key, sub] of Object.entries(patch.o ?? {})) {
    result[key] = applyReleasePatch(Object.prototype.hasOwnProperty.call(result, key) ? result[key] : undefined, sub);
  }
  return result;
}
