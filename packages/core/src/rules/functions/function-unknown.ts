import type { Catalog } from '../../catalog/catalog.js';
import { activeFunctions, languageOf } from '../../model/language.js';
import type { PropertySchema } from '../../catalog/catalog-types.js';
import { soleEntry } from '../../model/nodes.js';
import { editDistance } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { STRUCTURED_CONFIG_INPUT } from '../../heat/functions/calls.js';

/** Prefixes that only function names have; a key with one is very likely meant as a call. */
const FUNCTION_PREFIXES = ['get_', 'str_', 'list_', 'map_', 'fn::'];

export default defineRule({
  meta: {
    id: 'function-unknown',
    area: 'functions',
    scope: 'entry',
    description: 'A single-key mapping whose key is a misspelled function name.',
    severity: 'error',
    heatCatches: 'create',
    enabledByDefault: true,
    stricterThanHeat:
      "Heat's validate keeps a misspelled function as a plain mapping; at stack create the property receives that mapping instead of a value and fails its type check (e.g. \"Value must be a string\"), or an output shows the raw mapping.",
    docs: `A mapping with a single key is a function call only when the key is exactly a function
name of the template's version. \`{get_parame: flavor}\`, \`{Get_Param: flavor}\` or
\`{str-replace: ...}\` are plain data to Heat: the property gets a mapping instead of a value, and
the template fails later or, worse, works with the wrong value.

A key is taken as a misspelling when it differs from a function name only in case or in
\`-\`/\`_\`, or by one or two letters with a function-like prefix (\`get_\`, \`str_\`, \`list_\`,
\`map_\`, \`Fn::\`), or when it is a function name with a short ending added
(\`get_attribute\`); keys that are property names of some resource type are never reported.

    # bad
    flavor: {get_parame: flavor}

    # good
    flavor: {get_param: flavor}
`,
  },
  check({ template, catalog, report, rangeOf }) {
    const version = languageOf(template, catalog);
    const plain = [...activeFunctions(version, false)];
    const conditional = [...activeFunctions(version, true)];
    const propertyNames = propertyNamesOf(catalog);
    for (const value of template.maps) {
      const sole = soleEntry(value.map);
      if (!sole) continue;
      const key = sole.key;
      if (typeof key.value !== 'string') continue;
      const name = key.value;
      if (catalog.allFunctionNames.has(name) || name === STRUCTURED_CONFIG_INPUT || propertyNames.has(name)) continue;
      // `get_param:x` (no space after the colon) is function-missing-space's finding.
      if (/^[^:]+:[^:]/.test(name)) continue;
      const inCondition = value.conditionContext && version.condition_functions.length > 0;
      const matches = misspellingsOf(name, activeFunctions(version, inCondition), inCondition ? conditional : plain, inCondition);
      if (matches.length === 0) continue;
      const suggestion = matches.length === 1 ? `"${matches[0]}"` : `one of ${matches.map((m) => `"${m}"`).join(', ')}`;
      report(key, `Unknown function "${name}". Did you mean ${suggestion}?`, {
        fixes: suggestionFixes(rangeOf, key, matches),
      });
    }
  },
});

/** misspelledFunction's answers by the set of functions it was given: a run meets the same keys in file after file. */
const REMEMBERED_NAMES = 4096;
const misspellings = [new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>(), new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>()];

function misspellingsOf(name: string, active: ReadonlySet<string>, candidates: readonly string[], allowShort: boolean): string[] {
  const byActive = misspellings[allowShort ? 1 : 0]!;
  let known = byActive.get(active);
  if (!known) byActive.set(active, (known = new Map()));
  let matches = known.get(name);
  if (!matches) {
    // An editor's session meets every key typed: the answers are kept for a bounded number of them.
    if (known.size >= REMEMBERED_NAMES) known.clear();
    known.set(name, (matches = misspelledFunction(name, candidates, allowShort)));
  }
  return matches.length === 0 ? [] : [...matches];
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-\s]/g, '_');
}

/** The function names a key is a likely misspelling of, best first; empty when none. */
export function misspelledFunction(name: string, candidates: readonly string[], allowShort = false): string[] {
  const norm = normalize(name);
  // Short names (if, not, and, or, yaql) are too close to ordinary words outside conditions.
  const exact = candidates.filter((c) => normalize(c) === norm && (allowShort || c.length >= 5));
  if (exact.length > 0) return exact;
  const prefixed = FUNCTION_PREFIXES.some((p) => norm.startsWith(p));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    const target = normalize(candidate);
    if (target.length < 5) continue;
    // "filters", "digests": the plural of a plain word is a data key, not a slip.
    if (!prefixed && norm === `${target}s`) continue;
    const max = prefixed && target.length >= 8 ? 2 : 1;
    const distance = editDistance(norm, target, max);
    if (distance <= max && (prefixed || norm.length >= 5)) {
      scored.push({ candidate, score: distance });
    } else if (prefixed && norm.startsWith(target) && norm.length - target.length <= 5 && !norm.slice(target.length).includes('_')) {
      // get_attribute, get_parameter, get_resources
      scored.push({ candidate, score: 3 });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  const best = scored[0]?.score;
  return scored.filter((s) => s.score === best).map((s) => s.candidate);
}

const propertyNamesCache = new WeakMap<Catalog, Set<string>>();

/** Every property name (at any depth) of every resource type: such keys are data, not misspellings. */
function propertyNamesOf(catalog: Catalog): Set<string> {
  let names = propertyNamesCache.get(catalog);
  if (names) return names;
  names = new Set();
  const add = (schema: Record<string, PropertySchema> | undefined) => {
    for (const [key, sub] of Object.entries(schema ?? {})) {
      if (key !== '*') names!.add(key);
      add(sub.schema);
    }
  };
  for (const name of catalog.resourceTypeNames()) add(catalog.resourceType(name)?.properties);
  propertyNamesCache.set(catalog, names);
  return names;
}
