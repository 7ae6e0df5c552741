import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Everything needed to reach Heat; from clouds.yaml (OS_CLOUD), OS_* variables, or a token plus a Heat URL. */
export interface Credentials {
  /** password (v3password), applicationcredential (v3applicationcredential) or token (v3token / token + Heat URL). */
  authType: 'password' | 'applicationcredential' | 'token';
  authUrl?: string;
  username?: string;
  userId?: string;
  password?: string;
  userDomainName?: string;
  userDomainId?: string;
  projectName?: string;
  projectId?: string;
  projectDomainName?: string;
  projectDomainId?: string;
  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret?: string;
  token?: string;
  /** Heat's endpoint given explicitly (HEAT_URL / --heat-url); otherwise it comes from the catalog. */
  heatUrl?: string;
  regionName?: string;
  /** Catalog interface: public (default), internal or admin. */
  interface: string;
  caCert?: string;
  insecure?: boolean;
  /** Where the credentials came from, for messages: `environment` or `cloud "x" in /path/clouds.yaml`. */
  source: string;
}

export type CredentialsResult = { ok: true; credentials: Credentials } | { ok: false; message: string };

export interface CredentialOptions {
  /** Folder searched first for clouds.yaml; default process.cwd(). */
  cwd?: string;
  /** Home folder; default os.homedir(). */
  home?: string;
  /** Folders searched in order; default [cwd, ~/.config/openstack, /etc/openstack]. */
  configDirs?: string[];
  /** Overrides HEAT_URL (the CLI's --heat-url). */
  heatUrl?: string;
  /** Overrides OS_CLOUD (the CLI's --os-cloud). */
  cloud?: string;
}

type Env = Record<string, string | undefined>;

/** clouds.yaml auth keys -> Credentials fields. */
const AUTH_KEYS: Record<string, keyof Credentials> = {
  auth_url: 'authUrl',
  username: 'username',
  user_id: 'userId',
  password: 'password',
  user_domain_name: 'userDomainName',
  user_domain_id: 'userDomainId',
  project_name: 'projectName',
  tenant_name: 'projectName',
  project_id: 'projectId',
  tenant_id: 'projectId',
  project_domain_name: 'projectDomainName',
  project_domain_id: 'projectDomainId',
  application_credential_id: 'applicationCredentialId',
  application_credential_name: 'applicationCredentialName',
  application_credential_secret: 'applicationCredentialSecret',
  token: 'token',
};

/** OS_* variables -> Credentials fields. They override what clouds.yaml says, as in the openstack client. */
const ENV_KEYS: Record<string, keyof Credentials> = {
  OS_AUTH_URL: 'authUrl',
  OS_USERNAME: 'username',
  OS_USER_ID: 'userId',
  OS_PASSWORD: 'password',
  OS_USER_DOMAIN_NAME: 'userDomainName',
  OS_USER_DOMAIN_ID: 'userDomainId',
  OS_PROJECT_NAME: 'projectName',
  OS_TENANT_NAME: 'projectName',
  OS_PROJECT_ID: 'projectId',
  OS_TENANT_ID: 'projectId',
  OS_PROJECT_DOMAIN_NAME: 'projectDomainName',
  OS_PROJECT_DOMAIN_ID: 'projectDomainId',
  OS_APPLICATION_CREDENTIAL_ID: 'applicationCredentialId',
  OS_APPLICATION_CREDENTIAL_NAME: 'applicationCredentialName',
  OS_APPLICATION_CREDENTIAL_SECRET: 'applicationCredentialSecret',
  OS_TOKEN: 'token',
  OS_REGION_NAME: 'regionName',
  OS_INTERFACE: 'interface',
  OS_ENDPOINT_TYPE: 'interface',
  OS_CACERT: 'caCert',
  HEAT_URL: 'heatUrl',
};

const CLOUD_FILES = ['clouds.yaml', 'clouds.yml'];
const SECURE_FILES = ['secure.yaml', 'secure.yml'];

/**
 * Finds the credentials in the environment and the clouds.yaml search path. Never throws;
 * a problem is a short message (without any secret).
 */
export function resolveCredentials(env: Env = process.env, options: CredentialOptions = {}): CredentialsResult {
  const cwd = options.cwd ?? process.cwd();
  const home = options.home ?? homedir();
  const dirs = options.configDirs ?? [cwd, join(home, '.config', 'openstack'), '/etc/openstack'];
  const fields: Partial<Record<keyof Credentials, unknown>> = {};
  let authTypeRaw: string | undefined;
  let source = 'environment';

  const cloudName = options.cloud ?? nonEmpty(env.OS_CLOUD);
  if (cloudName) {
    const clouds = loadCloudFile(env.OS_CLIENT_CONFIG_FILE ? [env.OS_CLIENT_CONFIG_FILE] : candidates(dirs, CLOUD_FILES));
    if ('message' in clouds) return { ok: false, message: clouds.message };
    if (!clouds.path) {
      return { ok: false, message: `OS_CLOUD is "${cloudName}" but no clouds.yaml was found in ${dirs.join(', ')}.` };
    }
    const secure = loadCloudFile(env.OS_CLIENT_SECURE_FILE ? [env.OS_CLIENT_SECURE_FILE] : candidates(dirs, SECURE_FILES));
    if ('message' in secure) return { ok: false, message: secure.message };
    const base = cloudEntry(clouds.data, cloudName);
    if (base === undefined) {
      const names = Object.keys(asRecord(asRecord(clouds.data).clouds));
      return {
        ok: false,
        message: `No cloud "${cloudName}" in ${clouds.path}${names.length ? ` (it has: ${names.join(', ')})` : ''}.`,
      };
    }
    const cloud = deepMerge(base, cloudEntry(secure.data, cloudName) ?? {});
    const auth = asRecord(cloud.auth);
    for (const [key, field] of Object.entries(AUTH_KEYS)) {
      const v = auth[key];
      if (typeof v === 'string' || typeof v === 'number') fields[field] = String(v);
    }
    if (typeof cloud.region_name === 'string') fields.regionName = cloud.region_name;
    const iface = cloud.interface ?? cloud.endpoint_type;
    if (typeof iface === 'string') fields.interface = iface;
    if (typeof cloud.cacert === 'string') fields.caCert = cloud.cacert;
    if (cloud.verify === false || cloud.insecure === true) fields.insecure = true;
    const heat = cloud.orchestration_endpoint_override ?? cloud.heat_url;
    if (typeof heat === 'string') fields.heatUrl = heat;
    if (typeof cloud.auth_type === 'string') authTypeRaw = cloud.auth_type;
    source = `cloud "${cloudName}" in ${clouds.path}${secure.path ? ` and ${secure.path}` : ''}`;
  }

  for (const [name, field] of Object.entries(ENV_KEYS)) {
    const v = nonEmpty(env[name]);
    if (v !== undefined) fields[field] = v;
  }
  if (options.heatUrl) fields.heatUrl = options.heatUrl;
  if (env.OS_INSECURE && /^(1|true|yes)$/i.test(env.OS_INSECURE)) fields.insecure = true;
  if (nonEmpty(env.OS_AUTH_TYPE)) authTypeRaw = env.OS_AUTH_TYPE;

  const authType = normaliseAuthType(authTypeRaw, fields);
  if (authType === null) {
    return { ok: false, message: `Unsupported auth type "${authTypeRaw}": use v3password, v3applicationcredential or v3token.` };
  }
  const credentials = { ...fields, authType, interface: normaliseInterface(String(fields.interface ?? 'public')), source } as Credentials;
  const missing = missingFields(credentials);
  if (missing) return { ok: false, message: `Incomplete credentials from ${source}: ${missing}` };
  return { ok: true, credentials };
}

function normaliseAuthType(raw: string | undefined, fields: Partial<Record<keyof Credentials, unknown>>): Credentials['authType'] | null {
  if (raw === undefined) {
    if (fields.applicationCredentialSecret) return 'applicationcredential';
    if (fields.token && !fields.password) return 'token';
    return 'password';
  }
  switch (raw.toLowerCase()) {
    case 'password':
    case 'v3password':
      return 'password';
    case 'applicationcredential':
    case 'application_credential':
    case 'v3applicationcredential':
      return 'applicationcredential';
    case 'token':
    case 'v3token':
    case 'admin_token':
      return 'token';
    default:
      return null;
  }
}

function normaliseInterface(value: string): string {
  const v = value.toLowerCase().replace(/url$/, '');
  return v === 'publicurl' ? 'public' : v;
}

function missingFields(c: Credentials): string | null {
  const needs: string[] = [];
  if (c.authType === 'token') {
    if (!c.token) needs.push('OS_TOKEN');
    if (!c.heatUrl && !c.authUrl) needs.push('HEAT_URL (or OS_AUTH_URL to find Heat in the catalog)');
    if (!c.heatUrl && c.authUrl && !c.projectId && !c.projectName) needs.push('OS_PROJECT_NAME or OS_PROJECT_ID');
  } else if (c.authType === 'applicationcredential') {
    if (!c.authUrl) needs.push('OS_AUTH_URL');
    if (!c.applicationCredentialSecret) needs.push('OS_APPLICATION_CREDENTIAL_SECRET');
    if (!c.applicationCredentialId && !c.applicationCredentialName) needs.push('OS_APPLICATION_CREDENTIAL_ID or OS_APPLICATION_CREDENTIAL_NAME');
    if (!c.applicationCredentialId && !c.userId && !c.username) needs.push('OS_USERNAME or OS_USER_ID (with an application credential name)');
  } else {
    if (!c.authUrl) needs.push('OS_AUTH_URL');
    if (!c.username && !c.userId) needs.push('OS_USERNAME or OS_USER_ID');
    if (!c.password) needs.push('OS_PASSWORD');
    if (!c.projectName && !c.projectId) needs.push('OS_PROJECT_NAME or OS_PROJECT_ID');
  }
  return needs.length ? `set ${needs.join(', ')}.` : null;
}

function candidates(dirs: string[], names: string[]): string[] {
  return dirs.flatMap((dir) => names.map((name) => join(dir, name)));
}

/** The first of the paths that exists, parsed. */
function loadCloudFile(paths: string[]): { path: string | null; data: unknown } | { message: string } {
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return { message: `Cannot read ${path} (${code ?? 'error'}).` };
    }
    try {
      return { path, data: parseYaml(text) ?? {} };
    } catch (error) {
      const first = String((error as Error).message).split('\n')[0];
      return { message: `${path} is not valid YAML: ${first}` };
    }
  }
  return { path: null, data: {} };
}

function cloudEntry(data: unknown, name: string): Record<string, unknown> | undefined {
  const clouds = asRecord(asRecord(data).clouds);
  const entry = clouds[name];
  return entry === undefined ? undefined : asRecord(entry);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
      ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>)
      : v;
  }
  return out;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The secrets a credentials object holds, for redaction. */
export function secretsOf(c: Partial<Credentials>): string[] {
  return [c.password, c.token, c.applicationCredentialSecret].filter((s): s is string => typeof s === 'string' && s !== '');
}
