import { posix } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import { CONFIG_KEYS, ENVIRONMENT_ITEM_KEYS, RULE_SETTINGS } from './config-schema.js';
import { heatReleaseChoices, resolveHeatRelease } from '../catalog/release.js';
import type { HeatReleaseSpec, RuleSetting } from '../lint.js';
import { resolve } from '../model/nodes.js';
import { parseDocument } from '../parse/parse-document.js';
import { allRules } from '../rules/index.js';
import { ruleSettingKeys } from '../rules/rule.js';
import type { Diagnostic } from '../types.js';
import { closestMatches, didYouMean } from '../util/suggest.js';

/** The rule id of every problem found in a configuration file. */
export const CONFIG_RULE_ID = 'config';


/** Templates (a glob, relative to the configuration file) and the environment files they are used with. */
export interface EnvironmentBinding {
  templates: string;
  files: string[];
}

/** A `.hot-lint.yaml` file, validated. Every field is present; absent ones are empty. */
export interface HotLintConfig {
  /** Per-rule severity or 'off'; `rule-id/variant` keys set one variant of a rule. */
  rules: Record<string, RuleSetting>;
  /** Globs, relative to the configuration file's folder, of files not to lint. */
  ignore: string[];
  environments: EnvironmentBinding[];
  /** The Heat release whose catalog to check against (a version, e.g. "13.1.0"); undefined means the newest. */
  catalog?: string;
  /** `catalog: ./heat-catalog.json`: a catalog pulled from a cloud (`hot-lint catalog pull`), relative to the configuration file. */
  catalogFile?: string;
  /**
   * `heatRelease:` as written (a series, a major or a version), or a range [from, to] (each end
   * already checked to name a release); undefined means the newest release.
   */
  heatRelease?: HeatReleaseSpec;
  /** The largest file to lint, in bytes; undefined means the default (10 MiB). */
  maxFileSize?: number;
  /** The command line reuses the findings of unchanged files (like --cache). */
  cache?: boolean;
}

export interface ConfigParseResult {
  config: HotLintConfig;
  /** Errors with their ranges (0-based, rule id "config"); the config should not be used when there are any. */
  problems: Diagnostic[];
}

export interface ConfigParseOptions {
  /** The keys `rules:` may name; every rule of hot-lint and its variants (`rule-id/variant`) by default. */
  ruleIds?: Iterable<string>;
}

// The keys come from the JSON Schema editors check the file with: one list of what is allowed.
const TOP_KEYS = CONFIG_KEYS;
const ENVIRONMENT_KEYS = ENVIRONMENT_ITEM_KEYS;

export function emptyConfig(): HotLintConfig {
  return { rules: {}, ignore: [], environments: [] };
}

/**
 * Reads and validates the text of a `.hot-lint.yaml` file. Pure; never throws. An empty file
 * is an empty configuration.
 */
export function parseConfig(text: string, options: ConfigParseOptions = {}): ConfigParseResult {
  const config = emptyConfig();
  const document = parseDocument(text);
  const problems: Diagnostic[] = document.problems.map((p) => ({
    ...p,
    ruleId: CONFIG_RULE_ID,
    severity: 'error' as const,
  }));
  if (problems.length > 0 || !document.root) return { config, problems };
  const ruleIds = [...(options.ruleIds ?? ruleSettingKeys(allRules))];
  const ruleIdSet = new Set(ruleIds);
  const doc = document.yaml;
  const positions = document.positions;
  const error = (node: Node | Pair | null | undefined, message: string): void => {
    problems.push({ ruleId: CONFIG_RULE_ID, severity: 'error', message, range: positions.nodeRange(node) });
  };

  const root = resolve(document.root, doc);
  if (isScalar(root) && (root.value === null || root.value === undefined)) return { config, problems };
  if (!isMap(root)) {
    error(root, `The configuration must be a mapping with some of the keys ${TOP_KEYS.join(', ')}.`);
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = resolve(pair.value, doc);
    if (key === null) {
      error(pair.key as Node, 'Configuration keys must be plain names.');
      continue;
    }
    switch (key) {
      case 'rules':
        readRules(value, pair, config, ruleIds, ruleIdSet, doc, error);
        break;
      case 'ignore':
        config.ignore = readStringList(value, pair, 'ignore', 'a list of globs', doc, error);
        break;
      case 'environments':
        readEnvironments(value, pair, config, doc, error);
        break;
      case 'catalog': {
        // The older spelling of a single heatRelease.
        const text = scalarText(value);
        const release = text === null ? undefined : resolveHeatRelease(text);
        if (text === null) error(value ?? pair, `"catalog" must be a Heat release (${heatReleaseChoices()}) or a pulled catalog file (./heat-catalog.json).`);
        else if (/\.json$/i.test(text)) config.catalogFile = text;
        else if (!release) error(value, `There is no catalog for Heat "${text}"; a release is ${heatReleaseChoices()}, or a file is a path ending in .json.`);
        else config.catalog = release.version;
        break;
      }
      case 'heatRelease':
        readHeatRelease(value, pair, config, doc, error);
        break;
      case 'maxFileSize': {
        const raw = isScalar(value) ? (value as Scalar).value : undefined;
        if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) config.maxFileSize = raw;
        else error(value ?? pair, `"maxFileSize" must be a whole number of bytes greater than 0, such as 1048576.`);
        break;
      }
      case 'cache': {
        const raw = isScalar(value) ? (value as Scalar).value : undefined;
        if (typeof raw === 'boolean') config.cache = raw;
        else error(value ?? pair, `"cache" must be true or false.`);
        break;
      }
      default:
        error(pair.key as Node, `Unknown configuration key "${key}".${didYouMean(closestMatches(key, TOP_KEYS))} Known keys: ${TOP_KEYS.join(', ')}.`);
    }
  }
  return { config, problems };
}

type ErrorAt = (node: Node | Pair | null | undefined, message: string) => void;

function readRules(
  value: Node | null,
  pair: Pair,
  config: HotLintConfig,
  ruleIds: string[],
  known: Set<string>,
  doc: Document | null,
  error: ErrorAt,
): void {
  if (isNull(value)) return;
  if (!isMap(value)) {
    error(value ?? pair, '"rules" must be a mapping of rule ids to error, warning, info or off.');
    return;
  }
  for (const rulePair of value.items) {
    const id = keyOf(rulePair);
    if (id === null) {
      error(rulePair.key as Node, 'Rule ids must be plain names.');
      continue;
    }
    if (!known.has(id)) {
      error(rulePair.key as Node, `Unknown rule "${id}".${didYouMean(closestMatches(id, ruleIds))}`);
      continue;
    }
    const settingNode = resolve(rulePair.value, doc);
    const setting = scalarText(settingNode);
    if (setting !== null && (RULE_SETTINGS as readonly string[]).includes(setting)) {
      config.rules[id] = setting as RuleSetting;
      continue;
    }
    const hint = setting === null ? '' : didYouMean(closestMatches(setting, RULE_SETTINGS));
    const shown = setting === null ? 'this value' : `"${setting}"`;
    error(settingNode ?? rulePair, `The setting of rule "${id}" must be error, warning, info or off, not ${shown}.${hint}`);
  }
}

function readEnvironments(value: Node | null, pair: Pair, config: HotLintConfig, doc: Document | null, error: ErrorAt): void {
  if (isNull(value)) return;
  if (!isSeq(value)) {
    error(value ?? pair, '"environments" must be a list of mappings with "templates" (a glob) and "files" (a list of environment files).');
    return;
  }
  for (const itemNode of value.items) {
    const item = resolve(itemNode, doc);
    if (!isMap(item)) {
      error(item, 'Each item of "environments" must be a mapping with "templates" and "files".');
      continue;
    }
    let templates: string | null = null;
    let files: string[] | null = null;
    for (const entry of item.items) {
      const key = keyOf(entry);
      const entryValue = resolve(entry.value, doc);
      if (key === 'templates') {
        templates = scalarText(entryValue);
        if (templates === null || templates === '') {
          error(entryValue ?? entry, '"templates" must be a glob of template files, e.g. "stacks/*.yaml".');
          templates = null;
        }
      } else if (key === 'files') {
        files = readStringList(entryValue, entry, 'files', 'a list of environment files', doc, error);
        const outside = isSeq(entryValue) ? entryValue.items.map((node) => resolve(node, doc)).filter((node) => leavesFolder(scalarText(node))) : [];
        for (const node of outside) error(node, `"${scalarText(node)}" is outside the configuration's folder; environment files must be inside it (hot-lint reads nothing outside the project).`);
        if (outside.length) files = files.filter((file) => !leavesFolder(file));
      } else {
        const name = key ?? '';
        error(entry.key as Node, `Unknown key "${name}" in an environments item.${didYouMean(closestMatches(name, ENVIRONMENT_KEYS))} Expected templates and files.`);
      }
    }
    if (templates === null && !item.items.some((e) => keyOf(e) === 'templates')) error(item, 'This environments item has no "templates" glob.');
    if (files === null && !item.items.some((e) => keyOf(e) === 'files')) error(item, 'This environments item has no "files" list.');
    if (templates !== null && files !== null) config.environments.push({ templates, files });
  }
}

function readHeatRelease(value: Node | null, pair: Pair, config: HotLintConfig, doc: Document | null, error: ErrorAt): void {
  const shape = `"heatRelease" must be a Heat release (${heatReleaseChoices()}) or a range [from, to] of two.`;
  const one = (node: Node | null): string | null => {
    const text = scalarText(node);
    if (text === null) {
      error(node ?? pair, shape);
      return null;
    }
    const release = resolveHeatRelease(text);
    if (!release) {
      error(node, `There is no catalog for Heat "${text}"; a release is ${heatReleaseChoices()}.`);
      return null;
    }
    return release.version;
  };
  if (isSeq(value)) {
    if (value.items.length !== 2) {
      error(value, `A heatRelease range is a list of two releases, [from, to], not ${value.items.length}.`);
      return;
    }
    const ends = value.items.map((item) => one(resolve(item, doc)));
    if (ends[0] && ends[1]) config.heatRelease = [ends[0], ends[1]];
    return;
  }
  const release = one(value);
  if (release) config.heatRelease = release;
}

function readStringList(value: Node | null, pair: Pair, name: string, what: string, doc: Document | null, error: ErrorAt): string[] {
  if (isNull(value)) return [];
  if (!isSeq(value)) {
    error(value ?? pair, `"${name}" must be ${what}.`);
    return [];
  }
  const list: string[] = [];
  for (const itemNode of value.items) {
    const item = resolve(itemNode, doc);
    const text = scalarText(item);
    if (text === null || text === '') error(item, `Each item of "${name}" must be a non-empty string.`);
    else list.push(text);
  }
  return list;
}

/** True for an absolute path or one that climbs above the folder it is relative to. */
function leavesFolder(path: string | null): boolean {
  if (!path) return false;
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  return posix.isAbsolute(normal) || /^[a-z]:/i.test(normal) || normal === '..' || normal.startsWith('../');
}

function keyOf(pair: Pair): string | null {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : null;
}

function isNull(node: Node | null): boolean {
  return node === null || (isScalar(node) && (node.value === null || node.value === undefined));
}

/** A scalar's text when it is a string, number or boolean; null otherwise. */
function scalarText(node: Node | null): string | null {
  if (!isScalar(node)) return null;
  const value = (node as Scalar).value;
  if (typeof value === 'string') return value;
  // YAML 1.1 reads off/on/yes/no as booleans and 19.0 as a number: the text as written is what counts.
  if (typeof value === 'number' || typeof value === 'boolean') return (node as Scalar).source ?? String(value);
  return null;
}


/** The release(s) a configuration chooses: heatRelease, else the older key catalog; undefined means the newest. */
export function configuredHeatRelease(config: HotLintConfig | null | undefined): HeatReleaseSpec | undefined {
  return config?.heatRelease ?? config?.catalog;
}

/** The single release whose catalog a session uses for a spec: the release itself, or the oldest of a range. */
export function sessionRelease(spec: HeatReleaseSpec | undefined): string | undefined {
  if (spec === undefined) return undefined;
  const ends = (Array.isArray(spec) ? spec : [spec]).map((end) => resolveHeatRelease(end as string | number));
  const known = ends.filter((r) => r !== undefined);
  if (known.length === 0) return undefined;
  return known.reduce((a, b) => (a.major <= b.major ? a : b)).version;
}

/** True when a spec names more than one release (a range whose ends differ). */
export function isReleaseRange(spec: HeatReleaseSpec | undefined): spec is readonly [string | number, string | number] {
  if (!Array.isArray(spec)) return false;
  const [a, b] = spec.map((end) => resolveHeatRelease(end as string | number));
  return a !== undefined && b !== undefined && a !== b;
}

/** Formats a configuration problem as `file:line:col: message` (1-based). */
export function formatConfigProblem(file: string, problem: Diagnostic): string {
  return `${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
}
