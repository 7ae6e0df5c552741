import type { AttributeSchema, LanguageSpec, PropertySchema, ResourceCatalog, ResourceTypeSchema, SupportStatus } from '@hot-lint/core';
import { secretsOf } from './credentials.js';
import type { CredentialOptions, Credentials } from './credentials.js';
import { RemoteError } from './errors.js';
import type { RemoteFailure } from './errors.js';
import { errorText, openSession, rid, sendWithRetry, toRemoteError } from './keystone.js';
import type { RemoteOptions, Session } from './keystone.js';
import { Redactor } from './redact.js';

/** What `hot-lint catalog pull` writes: a cloud's own catalog, for `catalog: ./heat-catalog.json`. */
export interface PulledCatalogFile {
  format: 'hot-lint-pulled-catalog/1';
  pulled: {
    /** Heat's endpoint the catalog was read from (no token or password is ever written). */
    endpoint: string;
    /** ISO date and time of the pull. */
    date: string;
    /** The release catalog that filled what the API does not return. */
    filled_from: string;
    /** Types the API listed. */
    types: number;
    /** Types and properties taken from the release catalog (hidden types, unimplemented properties). */
    filled: string[];
  };
  catalog: ResourceCatalog;
  language: LanguageSpec;
}

export interface PullCatalogOptions extends RemoteOptions {
  credentials?: Credentials;
  env?: Record<string, string | undefined>;
  credentialOptions?: CredentialOptions;
  session?: Session;
  /** The release catalog nearest the cloud, chosen from the types the API lists: fills what the API leaves out. */
  base: (listed: Record<string, { description?: string; properties?: Record<string, unknown>; support_status?: { status?: string } }>) => {
    version: string;
    resources: ResourceCatalog;
    language: LanguageSpec;
  };
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** One line per step, for stderr. */
  progress?: (line: string) => void;
  now?: () => Date;
}

export type PullCatalogResult = { ok: true; file: PulledCatalogFile } | { ok: false; failure: RemoteFailure };

const SUPPORTED: SupportStatus = { status: 'SUPPORTED', version: null, message: null, previous_status: null };

/**
 * Reads a cloud's resource types (each type's schema) and template versions with their
 * functions and condition functions from its Heat API, after one authentication. Never throws.
 */
export async function pullCatalog(options: PullCatalogOptions): Promise<PullCatalogResult> {
  const redactor = new Redactor([...secretsOf(options.credentials ?? {}), options.session?.token]);
  const log = options.debugLog;
  const transport: RemoteOptions = { ...options, debugLog: log ? (line: string) => log(redactor.redact(line)) : undefined };
  const progress = options.progress ?? (() => {});
  try {
    const session = await openSession(options, transport, redactor);
    redactor.add(session.token);
    const headers: Record<string, string> = { 'X-Auth-Token': session.token };
    if (session.projectId) headers['X-Project-Id'] = session.projectId;
    const endpoint = session.heatEndpoint.replace(/\/+$/, '');
    const get = async (path: string): Promise<unknown> => {
      const response = await sendWithRetry({ method: 'GET', url: `${endpoint}${path}`, headers }, transport, redactor, 'Heat');
      if (response.status !== 200) {
        throw new RemoteError(
          response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : 'http',
          `Heat answered ${response.status} to GET ${path}${rid(response)}: ${errorText(response, redactor)}`,
          response.status,
          response.requestId,
        );
      }
      try {
        return JSON.parse(response.body) as unknown;
      } catch {
        throw new RemoteError('http', `Heat answered GET ${path} with something other than JSON${rid(response)}.`, 200, response.requestId);
      }
    };

    const listed = (await get('/resource_types?with_description=true')) as {
      resource_types?: Array<{ resource_type?: string; description?: string } | string>;
    };
    const descriptions = new Map<string, string>();
    for (const t of listed.resource_types ?? []) {
      if (typeof t === 'object' && typeof t.resource_type === 'string' && typeof t.description === 'string') descriptions.set(t.resource_type, t.description);
    }
    const names = (listed.resource_types ?? [])
      .map((t) => (typeof t === 'string' ? t : t.resource_type))
      .filter((n): n is string => typeof n === 'string')
      .sort();
    progress(`${names.length} resource types listed; reading their schemas...`);
    let read = 0;
    const schemas = await mapLimited(names, options.concurrency ?? 4, async (name) => {
      const schema = (await get(`/resource_types/${encodeURIComponent(name)}?with_description=true`)) as ApiTypeSchema;
      if (!schema.description && descriptions.get(name)) schema.description = descriptions.get(name);
      read++;
      if (read % 25 === 0 || read === names.length) progress(`${read}/${names.length} resource type schemas read`);
      return schema;
    });

    const base = options.base(Object.fromEntries(names.map((name, i) => [name, schemas[i]!])));
    progress(`filling what the API leaves out from Heat ${base.version}`);
    const filled: string[] = [];
    const resourceTypes: Record<string, ResourceTypeSchema> = {};
    names.forEach((name, i) => {
      resourceTypes[name] = typeFromApi(schemas[i]!, base.resources.resource_types[name], name, base.version, filled);
    });
    // What the API does not list: hidden types (Heat answers them only by name, if at all).
    for (const [name, schema] of Object.entries(base.resources.resource_types)) {
      if (resourceTypes[name] || schema.support_status.status !== 'HIDDEN') continue;
      resourceTypes[name] = { ...schema, filled_from: base.version };
      filled.push(name);
    }

    const versions = (await get('/template_versions')) as { template_versions?: Array<{ version?: string; type?: string; aliases?: string[] }> };
    const hot = (versions.template_versions ?? []).filter((v) => v.type === 'hot' && typeof v.version === 'string');
    progress(`${hot.length} HOT template versions; reading their functions...`);
    const languageVersions = await mapLimited(hot, options.concurrency ?? 4, async (v) => {
      const id = v.version!;
      const date = id.replace(/^heat_template_version\./, '');
      const functions = (await get(`/template_versions/${encodeURIComponent(id)}/functions`)) as ApiFunctions;
      const conditions = (await get(`/template_versions/${encodeURIComponent(id)}/functions?with_condition_func=true`)) as ApiFunctions;
      const known = base.language.versions.find((s) => s.version === date);
      const fnNames = functionNames(functions);
      const fnSet = new Set(fnNames);
      const condNames = functionNames(conditions).filter((n) => !fnSet.has(n) || (known?.condition_functions ?? []).includes(n));
      const statuses: Record<string, 'supported' | 'removed' | 'invalid'> = {};
      for (const [fn, status] of Object.entries(known?.functions ?? {})) if (status !== 'supported') statuses[fn] = status;
      for (const fn of fnNames) statuses[fn] = 'supported';
      const aliases = (v.aliases ?? []).map((a) => a.replace(/^heat_template_version\./, ''));
      const fallback = base.language.versions[base.language.versions.length - 1]!;
      const spec = known ?? fallback;
      return { ...spec, version: date, aliases: aliases.length ? aliases : (known?.aliases ?? []), functions: statuses, condition_functions: condNames.sort() };
    });

    const date = (options.now ?? (() => new Date()))().toISOString();
    const file: PulledCatalogFile = {
      format: 'hot-lint-pulled-catalog/1',
      pulled: { endpoint: redactor.redact(endpoint), date, filled_from: base.version, types: names.length, filled },
      catalog: {
        heat_version: `${base.version} (pulled from ${redactor.redact(endpoint)})`,
        generated_by: 'hot-lint catalog pull',
        resource_types: resourceTypes,
        type_aliases: base.resources.type_aliases,
      },
      language: { ...base.language, heat_version: base.version, generated_by: 'hot-lint catalog pull', versions: languageVersions },
    };
    progress(`done: ${names.length} types from the API, ${filled.length} filled from Heat ${base.version}.`);
    return { ok: true, file };
  } catch (error) {
    return { ok: false, failure: toRemoteError(error, redactor).toFailure() };
  }
}

interface ApiTypeSchema {
  resource_type?: string;
  description?: string;
  support_status?: SupportStatus;
  properties?: Record<string, Partial<PropertySchema>>;
  attributes?: Record<string, AttributeSchema>;
}

type ApiFunctions = { template_functions?: Array<{ functions?: string }> };

function functionNames(answer: ApiFunctions): string[] {
  return (answer.template_functions ?? []).map((f) => f.functions).filter((n): n is string => typeof n === 'string');
}

/** A type's schema from the API, with what the API leaves out (unimplemented or hidden properties) taken from the release catalog. */
function typeFromApi(api: ApiTypeSchema, known: ResourceTypeSchema | undefined, name: string, baseVersion: string, filled: string[]): ResourceTypeSchema {
  const properties: Record<string, PropertySchema> = {};
  for (const [prop, schema] of Object.entries(api.properties ?? {})) properties[prop] = propertyFromApi(schema, known?.properties[prop]);
  for (const [prop, schema] of Object.entries(known?.properties ?? {})) {
    if (properties[prop]) continue;
    if (schema.implemented === false || schema.support_status?.status === 'HIDDEN') {
      properties[prop] = { ...schema, filled_from: baseVersion };
      filled.push(`${name}.${prop}`);
    }
  }
  const attributes: Record<string, AttributeSchema> = { ...(api.attributes ?? {}) };
  for (const [attr, schema] of Object.entries(known?.attributes ?? {})) if (!attributes[attr] && schema.support_status?.status === 'HIDDEN') attributes[attr] = schema;
  const result: ResourceTypeSchema = {
    description: api.description ?? known?.description ?? '',
    support_status: api.support_status ?? known?.support_status ?? SUPPORTED,
    properties,
    attributes,
  };
  if (known?.placeholder) result.placeholder = true;
  if (known?.snapshot_delete) result.snapshot_delete = true;
  return result;
}

function propertyFromApi(api: Partial<PropertySchema>, known: PropertySchema | undefined): PropertySchema {
  const result: PropertySchema = {
    ...api,
    type: (api.type ?? 'any') as PropertySchema['type'],
    required: api.required ?? false,
    update_allowed: api.update_allowed ?? false,
    immutable: api.immutable ?? false,
  };
  if (api.schema) {
    const nested: Record<string, PropertySchema> = {};
    for (const [key, sub] of Object.entries(api.schema)) nested[key] = propertyFromApi(sub, known?.schema?.[key]);
    result.schema = nested;
  }
  if (!result.support_status) result.support_status = known?.support_status ?? SUPPORTED;
  if (known?.allow_conversion) result.allow_conversion = true;
  return result;
}

/** Runs fn over items with at most `limit` at once; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
