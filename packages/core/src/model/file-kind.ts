import { isMap, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import { parseDocument } from '../parse/parse-document.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import { asMap, keyName, resolve } from './nodes.js';

/** The sections Heat accepts in an environment file (heat/common/environment_format.py). */
export const ENVIRONMENT_SECTIONS = [
  'parameters',
  'resource_registry',
  'parameter_defaults',
  'encrypted_param_names',
  'event_sinks',
  'parameter_merge_strategies',
] as const;

export type FileKind = 'template' | 'environment' | 'other';

/** Why a file got its kind; `key` names the top-level key that decided, when one did. */
export type FileKindReason =
  | { kind: 'template'; reason: 'version-key' | 'cfn-version-key' | 'misspelled-version-key'; key: string }
  /** The text could not be read as a mapping, but a version key stands at the start of a line. */
  | { kind: 'template'; reason: 'version-key-in-text' }
  | { kind: 'environment'; reason: 'environment-sections' }
  | { kind: 'other'; reason: 'not-a-mapping' | 'empty' | 'other-keys' };

const VERSION_KEY = 'heat_template_version';
const CFN_VERSION_KEYS = new Set(['AWSTemplateFormatVersion', 'HeatTemplateFormatVersion']);
const SECTIONS: ReadonlySet<string> = new Set(ENVIRONMENT_SECTIONS);
/** Only for text that does not parse to a mapping: a syntax error must still be reported in a template. */
const VERSION_KEY_IN_TEXT = /(^|[\s{,])["']?(heat_template_version|AWSTemplateFormatVersion|HeatTemplateFormatVersion)["']?[ \t]*:/m;

/**
 * What a file is, decided once for the CLI, the server and (through the server) the editor:
 * a HOT or CFN template (a top-level version key whose value is not a mapping or list, or a key a
 * few edits from `heat_template_version`), a Heat environment (every top-level key is an
 * environment section), or something else (Heat's api-ref `parameters.yaml` has a
 * `heat_template_version:` key too, holding a mapping).
 */
export function classifyDocument(text: string, parsed?: ParsedDocument): FileKindReason {
  const document = parsed ?? parseDocument(text);
  const root = asMap(document.root, document.yaml);
  if (!root) {
    if (VERSION_KEY_IN_TEXT.test(document.text)) return { kind: 'template', reason: 'version-key-in-text' };
    return { kind: 'other', reason: document.root === null && document.text.trim() === '' ? 'empty' : 'not-a-mapping' };
  }
  if (root.items.length === 0) return { kind: 'other', reason: 'empty' };
  const keys = root.items.map((pair) => ({ name: keyName(pair) ?? '', value: pair.value as Node | null }));
  for (const { name, value } of keys) {
    if (name === VERSION_KEY && holdsVersion(value, document.yaml)) return { kind: 'template', reason: 'version-key', key: name };
    if (CFN_VERSION_KEYS.has(name) && holdsVersion(value, document.yaml)) return { kind: 'template', reason: 'cfn-version-key', key: name };
  }
  if (keys.every(({ name }) => SECTIONS.has(name))) return { kind: 'environment', reason: 'environment-sections' };
  const misspelled = keys.find(({ name }) => name !== VERSION_KEY && nearVersionKey(name));
  if (misspelled) return { kind: 'template', reason: 'misspelled-version-key', key: misspelled.name };
  const broken = document.problems.some((problem) => problem.severity === 'error');
  if (broken && VERSION_KEY_IN_TEXT.test(document.text)) return { kind: 'template', reason: 'version-key-in-text' };
  return { kind: 'other', reason: 'other-keys' };
}

/** True when a parsed YAML document reads as an environment rather than a template. */
export function looksLikeEnvironment(root: Node | null, doc: Document | null): boolean {
  const map = asMap(root, doc);
  if (!map || map.items.length === 0) return false;
  return map.items.every((pair) => SECTIONS.has(keyName(pair) ?? ''));
}

/** A version is a scalar (a date, a string, empty while typing); a mapping or list is a description of one. */
function holdsVersion(value: Node | null, doc: Document | null): boolean {
  const target = resolve(value, doc);
  return !isMap(target) && !isSeq(target);
}

function nearVersionKey(key: string): boolean {
  const target = VERSION_KEY;
  if (Math.abs(key.length - target.length) > 3) return false;
  // Levenshtein, small and bounded: a misspelled version key still makes a template.
  let previous = Array.from({ length: target.length + 1 }, (_, i) => i);
  for (let i = 1; i <= key.length; i++) {
    const current = [i];
    for (let j = 1; j <= target.length; j++) {
      const cost = key[i - 1]!.toLowerCase() === target[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[target.length]! <= 3;
}
