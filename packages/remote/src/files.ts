/**
 * Builds the `files`, `template`, `environment` and `environment_files` fields the way
 * python-heatclient 3.1 does (heatclient/common/template_utils.py): every `get_file` target
 * and every nested template (`type: x.yaml` / `.template`) is read, keyed by its URL joined
 * onto the including file's URL, and the reference in the including template is replaced by
 * that URL. Nested templates are resolved recursively and sent as JSON.
 */
import { isAbsolute, relative, resolve as resolvePath } from 'node:path';
import { nodes, parseDocument } from '@hot-lint/core';
import { RemoteError } from './errors.js';
import { send } from './http.js';
import type { TransportOptions } from './http.js';
import type { Redactor } from './redact.js';

export const ENVIRONMENT_SECTIONS = [
  'parameter_defaults',
  'parameters',
  'resource_registry',
  'encrypted_param_names',
  'event_sinks',
  'parameter_merge_strategies',
];

const TEMPLATE_VERSION_KEYS = ['heat_template_version', 'HeatTemplateFormatVersion', 'AWSTemplateFormatVersion'];

type Json = Record<string, unknown>;

export interface Bundle {
  template: unknown;
  files: Record<string, string>;
  environment: Json;
  environmentFiles: string[];
}

export interface BundleInput {
  /** The template, already read into plain values (core's parseDocument + nodes.toValue). */
  template: unknown;
  /** Where the template lives; relative references resolve against its folder. Default: a file in the working folder. */
  templatePath?: string;
  /** An environment object, taken as it is (no file references resolved). */
  environment?: Json;
  /** Environment files, applied in order after `environment` (heatclient's -e). */
  environmentFiles?: string[];
}

/**
 * What buildBundle read, for mapping Heat's answer back onto the files: the text of each
 * nested template (by URL as sent) and each reference to one (a `type` value in a template,
 * or a resource_registry name in an environment file).
 */
export interface BundleSources {
  templates: Map<string, string>;
  /** The environment files as read (URL as sent, text), in merge order. */
  environments?: Array<{ url: string; text: string }>;
  references: Array<{ from: string; to: string; value: string }>;
}

export interface Reader {
  /** Reads a file: or http(s): URL; content as text (base64 when not UTF-8, as heatclient does). */
  read(url: string): Promise<string>;
}

/** What a reader may read: the promise hot-lint's offline pass makes holds for the remote pass too. */
export interface ReadPolicy {
  /** Files outside this folder are never read (nor sent to Heat). */
  root?: string;
  /** False: http(s) URLs are never fetched. Default true (heatclient fetches them). */
  fetchUrls?: boolean;
}

/** Reads file: URLs from disk and http(s) URLs with the given transport options, within the policy. */
export function defaultReader(options: TransportOptions & ReadPolicy, redactor: Redactor): Reader {
  const root = options.root === undefined ? undefined : resolvePath(options.root);
  return {
    async read(url: string): Promise<string> {
      if (url.startsWith('file:')) {
        const path = filePathOf(url)!;
        if (root !== undefined && !isInside(root, resolvePath(path))) {
          throw new RemoteError('input', `${path} is outside the project root ${root}; hot-lint does not read it, so the template was not sent to Heat.`);
        }
        if (root !== undefined) {
          // A link inside the root may lead outside it.
          // Node's modules are loaded here, not when the CLI starts: most runs never ask an API.
          const { realpath } = process.getBuiltinModule('node:fs/promises');
          const [realRoot, real] = await Promise.all([realpath(root).catch(() => root), realpath(path).catch(() => path)]);
          if (!isInside(realRoot, real)) {
            throw new RemoteError('input', `${path} leads outside the project root ${root} (to ${real}); hot-lint does not read it, so the template was not sent to Heat.`);
          }
        }
        let bytes: Buffer;
        try {
          bytes = await process.getBuiltinModule('node:fs/promises').readFile(path);
        } catch (error) {
          throw new RemoteError('input', `Cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
        }
        return decodeContent(bytes);
      }
      if (/^https?:/i.test(url)) {
        if (options.fetchUrls === false) {
          throw new RemoteError('input', `${redactor.redact(url)} is a URL; hot-lint does not fetch URLs, so the template was not sent to Heat.`);
        }
        const response = await send({ method: 'GET', url }, options, redactor);
        if (response.status !== 200) throw new RemoteError('input', `Cannot fetch ${url} (HTTP ${response.status}).`);
        return response.body;
      }
      throw new RemoteError('input', `Cannot read "${url}": only files and http(s) URLs are supported.`);
    },
  };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Text as it is when it is UTF-8, else base64 with a line break every 76 characters (Python's encodebytes). */
export function decodeContent(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const b64 = bytes.toString('base64');
    return b64.replace(/.{1,76}/g, (line) => `${line}\n`);
  }
}

export async function buildBundle(input: BundleInput, reader: Reader, sources?: BundleSources): Promise<Bundle> {
  const files: Record<string, string> = {};
  const inProgress = new Set<string>();
  const templateUrl = fileUrl(input.templatePath ?? resolvePath('template.yaml'));
  const template = structuredClone(input.template);
  const walk: Walk = { files, reader, inProgress, sources, from: templateUrl };
  await resolveTemplateFiles(template, baseUrlFor(templateUrl), walk);

  let environment: Json = structuredClone(input.environment ?? {});
  const environmentFiles: string[] = [];
  for (const path of input.environmentFiles ?? []) {
    const envUrl = fileUrl(path);
    const text = await reader.read(envUrl);
    sources?.environments?.push({ url: envUrl, text });
    const env = parseEnvironment(text, path);
    const registry = env.resource_registry;
    if (isObject(registry)) await resolveEnvironmentUrls(registry, baseUrlFor(envUrl), { ...walk, from: envUrl });
    files[envUrl] = pythonJson(env);
    environment = deepUpdate(environment, env);
    environmentFiles.push(envUrl);
  }
  return { template, files, environment, environmentFiles };
}

/** The state of one bundling walk; `from` is the URL of the file being read. */
interface Walk {
  files: Record<string, string>;
  reader: Reader;
  inProgress: Set<string>;
  sources: BundleSources | undefined;
  from: string;
}

async function resolveTemplateFiles(template: unknown, baseUrl: string, walk: Walk): Promise<void> {
  const ignore = (key: string, value: unknown) =>
    (key !== 'get_file' && key !== 'type') ||
    typeof value !== 'string' ||
    (key === 'type' && !(value.endsWith('.yaml') || value.endsWith('.template')));
  await getFileContents(template, baseUrl, ignore, true, walk);
}

async function getFileContents(
  data: unknown,
  baseUrl: string | undefined,
  ignore: (key: string, value: unknown) => boolean,
  recurse: boolean,
  walk: Walk,
): Promise<void> {
  const { files, reader, inProgress, sources } = walk;
  if (recurse && (Array.isArray(data) || isObject(data))) {
    for (const value of Array.isArray(data) ? data : Object.values(data)) {
      await getFileContents(value, baseUrl, ignore, recurse, walk);
    }
  }
  if (!isObject(data)) return;
  for (const [key, value] of Object.entries(data)) {
    if (ignore(key, value)) continue;
    let base = baseUrl;
    if (base && !base.endsWith('/')) base += '/';
    const url = urljoin(base, value as string);
    // A template names a nested template by its `type` value, an environment by the registry name.
    if (key !== 'get_file') sources?.references.push({ from: walk.from, to: url, value: recurse ? (value as string) : key });
    if (!(url in files) && !inProgress.has(url)) {
      let content = await reader.read(url);
      const nested = parseTemplate(content);
      if (nested !== null) {
        sources?.templates.set(url, content);
        inProgress.add(url);
        await resolveTemplateFiles(nested, baseUrlFor(url), { ...walk, from: url });
        inProgress.delete(url);
        content = pythonJson(nested);
      }
      files[url] = content;
    }
    data[key] = url;
  }
}

async function resolveEnvironmentUrls(registry: Json, envBaseUrl: string, walk: Walk): Promise<void> {
  const base = typeof registry.base_url === 'string' ? registry.base_url : envBaseUrl;
  const ignore = (key: string, value: unknown) =>
    key === 'base_url' || typeof value !== 'string' || value.includes('::') || key === 'hooks' || key === 'restricted_actions';
  await getFileContents(registry, base, ignore, false, walk);
  const resources = registry.resources;
  if (!isObject(resources)) return;
  for (const entry of Object.values(resources)) {
    if (!isObject(entry)) continue;
    const entryBase = typeof entry.base_url === 'string' ? entry.base_url : base;
    await getFileContents(entry, entryBase, ignore, false, walk);
  }
}

/** A template's plain value when the text is one (has a template version key), else null. */
function parseTemplate(text: string): Json | null {
  const doc = parseDocument(text);
  if (!doc.root || doc.problems.some((p) => p.severity === 'error')) return null;
  const value = nodes.toValue(doc.root, doc.yaml);
  if (!isObject(value)) return null;
  return TEMPLATE_VERSION_KEYS.some((k) => k in value) ? value : null;
}

function parseEnvironment(text: string, path: string): Json {
  const doc = parseDocument(text);
  const error = doc.problems.find((p) => p.severity === 'error');
  if (error) {
    throw new RemoteError('input', `The environment file ${path} is not valid YAML (line ${error.range.start.line + 1}: ${error.message})`);
  }
  const value = doc.root ? nodes.toValue(doc.root, doc.yaml) : {};
  if (value === null || value === undefined) return {};
  if (!isObject(value)) throw new RemoteError('input', `The environment file ${path} is not a YAML mapping.`);
  for (const section of Object.keys(value)) {
    if (!ENVIRONMENT_SECTIONS.includes(section)) {
      throw new RemoteError('input', `The environment file ${path} has an unknown section "${section}" (expected one of ${ENVIRONMENT_SECTIONS.join(', ')}).`);
    }
  }
  return value;
}

/** heatclient's deep_update: mappings merge, a null never replaces a mapping, anything else replaces. */
export function deepUpdate(old: Json, update: Json): Json {
  const out: Json = old ?? {};
  for (const [k, v] of Object.entries(update)) {
    if (isObject(v)) out[k] = deepUpdate(isObject(out[k]) ? (out[k] as Json) : {}, v);
    else if (v === null && isObject(out[k])) continue;
    else out[k] = v;
  }
  return out;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** heatclient's normalise_file_path_to_url: URLs stay, paths become absolute file: URLs, quoted. */
export function fileUrl(path: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path)) return path;
  return `file://${quote(resolvePath(path))}`;
}

/** Python's urllib.parse.quote with safe '/'. */
function quote(path: string): string {
  return encodeURIComponent(path)
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function unquote(s: string): string {
  return s.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The file path of a file: URL; null for other URLs. */
export function filePathOf(url: string): string | null {
  return url.startsWith('file:') ? unquote(url.replace(/^file:(\/\/[^/]*)?/, '')) : null;
}

/** heatclient's base_url_for_url: the URL of the folder holding the file. */
export function baseUrlFor(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/.exec(url);
  if (!m) return url;
  const path = m[2]!;
  const slash = path.lastIndexOf('/');
  const dir = slash <= 0 ? '/' : path.slice(0, slash);
  return m[1] + dir;
}

/** Python's urllib.parse.urljoin for the cases heatclient meets (no percent-encoding of the reference). */
export function urljoin(base: string | undefined, ref: string): string {
  if (!base) return ref;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref)) return ref;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)/.exec(base);
  if (!m) return ref;
  const scheme = m[1]!;
  const authority = m[2] ?? '';
  if (ref.startsWith('//')) return scheme + ref;
  if (ref === '') return base;
  let path: string;
  let suffix = '';
  const q = ref.search(/[?#]/);
  const refPath = q >= 0 ? ref.slice(0, q) : ref;
  if (q >= 0) suffix = ref.slice(q);
  if (refPath.startsWith('/')) path = refPath;
  else {
    const basePath = m[3] ?? '';
    path = basePath.slice(0, basePath.lastIndexOf('/') + 1) + refPath;
  }
  return scheme + authority + removeDotSegments(path) + suffix;
}

function removeDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s === '.') {
      if (i === segments.length - 1) out.push('');
    } else if (s === '..') {
      if (out.length > 1) out.pop();
      if (i === segments.length - 1) out.push('');
    } else out.push(s);
  }
  return out.join('/');
}

/** JSON as Python's json.dumps writes it by default: ", " and ": " separators, non-ASCII escaped. */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  if (typeof value === 'string') return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Json).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(String(value));
}
