import type { CredentialOptions, Credentials } from './credentials.js';
import { resolveCredentials, secretsOf } from './credentials.js';
import { RemoteError, sentence } from './errors.js';
import type { RemoteFailure } from './errors.js';
import { header, send } from './http.js';
import type { HttpRequest, HttpResponse, TransportOptions } from './http.js';
import { Redactor } from './redact.js';

export interface RetryOptions {
  /** Tries for 502/503/504 answers, the first included. Default 3. */
  tries?: number;
  /** Wait before the second try; doubled for each further one. Default 500 ms. */
  backoffMs?: number;
}

export interface RemoteOptions extends TransportOptions {
  retry?: RetryOptions;
}

export interface Session {
  token: string;
  /** Heat's endpoint with the project id in its path, e.g. https://heat:8004/v1/PROJECT. */
  heatEndpoint: string;
  projectId?: string;
  expiresAt?: string;
  /** Request id of Keystone's answer, when a token was issued. */
  requestId?: string;
}

export type AuthResult = ({ ok: true } & Session) | { ok: false; failure: RemoteFailure };

/** Gets a project-scoped token and Heat's endpoint. Never throws. */
export async function authenticate(credentials: Credentials, options: RemoteOptions = {}): Promise<AuthResult> {
  const redactor = new Redactor(secretsOf(credentials));
  try {
    return { ok: true, ...(await authenticateOrThrow(credentials, options, redactor)) };
  } catch (error) {
    return { ok: false, failure: toRemoteError(error, redactor).toFailure() };
  }
}

export function toRemoteError(error: unknown, redactor: Redactor): RemoteError {
  if (error instanceof RemoteError) return new RemoteError(error.kind, redactor.redact(error.message), error.status, error.requestId);
  return new RemoteError('http', `Unexpected error: ${redactor.redact(String((error as Error)?.message ?? error))}`);
}

/** The Keystone v3 token URL for an auth URL given with or without /v3. */
export function tokenUrl(authUrl: string): string {
  let base = authUrl.trim().replace(/\/+$/, '');
  base = base.replace(/\/v2\.0$/, '');
  if (!/\/v3$/.test(base)) base += '/v3';
  return `${base}/auth/tokens`;
}

/** What a pass needs to reach Heat: a session already made, else credentials, else where to find them. */
export interface SessionSource {
  session?: Session | undefined;
  credentials?: Credentials | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  credentialOptions?: CredentialOptions | undefined;
}

/**
 * The session of a pass: the given one, or one login with the given or resolved credentials.
 * Their secrets join the redactor, and their TLS settings the transport: --insecure,
 * OS_INSECURE and clouds.yaml `verify: false` each turn verification off.
 */
export async function openSession(source: SessionSource, transport: RemoteOptions, redactor: Redactor): Promise<Session> {
  if (source.session) return source.session;
  let credentials = source.credentials;
  if (!credentials) {
    const resolved = resolveCredentials(source.env ?? process.env, source.credentialOptions);
    if (!resolved.ok) throw new RemoteError('credentials', resolved.message);
    credentials = resolved.credentials;
  }
  for (const s of secretsOf(credentials)) redactor.add(s);
  Object.assign(transport, { caCert: transport.caCert ?? credentials.caCert, insecure: Boolean(transport.insecure || credentials.insecure) });
  return authenticateOrThrow(credentials, transport, redactor);
}

export async function authenticateOrThrow(credentials: Credentials, options: RemoteOptions, redactor: Redactor): Promise<Session> {
  const c = credentials;
  if (c.authType === 'token' && c.heatUrl && c.token) {
    return { token: c.token, heatEndpoint: fillProject(c.heatUrl, c.projectId) };
  }
  if (!c.authUrl) throw new RemoteError('credentials', 'No OS_AUTH_URL to authenticate against.');
  const url = tokenUrl(c.authUrl);
  const response = await sendWithRetry(
    { method: 'POST', url, body: JSON.stringify(authBody(c)) },
    options,
    redactor,
    'Keystone',
  );
  if (response.status === 401) {
    throw new RemoteError('unauthorized', `Keystone refused the credentials from ${c.source} (HTTP 401${rid(response)}): ${errorText(response, redactor)}`, 401, response.requestId);
  }
  if (response.status === 403) {
    throw new RemoteError('forbidden', `Keystone refused a token for this project (HTTP 403${rid(response)}): ${errorText(response, redactor)}`, 403, response.requestId);
  }
  if (response.status !== 201 && response.status !== 200) throw unexpectedAnswer('Keystone', response, redactor);
  const token = header(response.headers, 'x-subject-token');
  if (!token) throw new RemoteError('http', `Keystone answered ${response.status} without an X-Subject-Token header (${url}).`, response.status, response.requestId);
  redactor.add(token);
  let body: { token?: { catalog?: CatalogEntry[]; project?: { id?: string }; expires_at?: string } };
  try {
    body = JSON.parse(response.body) as typeof body;
  } catch {
    throw new RemoteError('http', `Keystone's answer is not JSON (${url}).`, response.status, response.requestId);
  }
  const projectId = body.token?.project?.id;
  const session: Session = { token, heatEndpoint: '' };
  if (projectId) session.projectId = projectId;
  if (body.token?.expires_at) session.expiresAt = body.token.expires_at;
  if (response.requestId) session.requestId = response.requestId;
  session.heatEndpoint = c.heatUrl
    ? fillProject(c.heatUrl, projectId)
    : findEndpoint(body.token?.catalog ?? [], c.interface, c.regionName);
  return session;
}

interface CatalogEntry {
  type?: string;
  name?: string;
  endpoints?: Array<{ interface?: string; region?: string; region_id?: string; url?: string }>;
}

/** The orchestration endpoint for an interface and (optional) region; a 'no-endpoint' error otherwise. */
export function findEndpoint(catalog: CatalogEntry[], iface: string, region?: string): string {
  const services = Array.isArray(catalog) ? catalog.filter((s) => s?.type === 'orchestration') : [];
  const endpoints = services.flatMap((s) => (Array.isArray(s.endpoints) ? s.endpoints : []));
  const match = endpoints.find(
    (e) => e.interface === iface && typeof e.url === 'string' && (!region || e.region_id === region || e.region === region),
  );
  if (match?.url) return match.url.replace(/\/+$/, '');
  const where = `interface "${iface}"${region ? ` in region "${region}"` : ''}`;
  if (endpoints.length === 0) {
    throw new RemoteError('no-endpoint', 'The service catalog has no orchestration (Heat) endpoint; is Heat deployed in this cloud?');
  }
  const have = endpoints.map((e) => `${e.interface ?? '?'}${e.region_id ?? e.region ? `@${e.region_id ?? e.region}` : ''}`);
  throw new RemoteError('no-endpoint', `The service catalog has no orchestration endpoint for ${where} (it has: ${[...new Set(have)].join(', ')}).`);
}

function fillProject(url: string, projectId: string | undefined): string {
  const trimmed = url.replace(/\/+$/, '');
  if (!projectId) return trimmed;
  return trimmed.replace(/%\((?:tenant_id|project_id)\)s|\$\((?:tenant_id|project_id)\)s/g, projectId);
}

function authBody(c: Credentials): unknown {
  const domain = (id?: string, name?: string) => (id ? { id } : { name: name ?? 'Default' });
  const userDomain = domain(c.userDomainId, c.userDomainName);
  const project = c.projectId
    ? { id: c.projectId }
    : {
        name: c.projectName,
        domain: c.projectDomainId || c.projectDomainName ? domain(c.projectDomainId, c.projectDomainName) : userDomain,
      };
  const scope = c.projectId || c.projectName ? { project } : undefined;
  if (c.authType === 'applicationcredential') {
    const appCred: Record<string, unknown> = c.applicationCredentialId
      ? { id: c.applicationCredentialId, secret: c.applicationCredentialSecret }
      : {
          name: c.applicationCredentialName,
          secret: c.applicationCredentialSecret,
          user: c.userId ? { id: c.userId } : { name: c.username, domain: userDomain },
        };
    return { auth: { identity: { methods: ['application_credential'], application_credential: appCred } } };
  }
  if (c.authType === 'token') {
    return { auth: { identity: { methods: ['token'], token: { id: c.token } }, ...(scope ? { scope } : {}) } };
  }
  const user = c.userId ? { id: c.userId, password: c.password } : { name: c.username, domain: userDomain, password: c.password };
  return { auth: { identity: { methods: ['password'], password: { user } }, ...(scope ? { scope } : {}) } };
}

const RETRIED = new Set([502, 503, 504]);

/** Sends a request, retrying 502/503/504 with exponential backoff; the last answer is returned. */
export async function sendWithRetry(
  request: HttpRequest,
  options: RemoteOptions,
  redactor: Redactor,
  service: string,
): Promise<HttpResponse> {
  const tries = Math.max(1, options.retry?.tries ?? 3);
  const backoff = options.retry?.backoffMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    const response = await send(request, options, redactor);
    if (!RETRIED.has(response.status) || attempt >= tries) {
      if (response.status >= 500) {
        throw new RemoteError(
          'server',
          `${service} answered ${response.status} ${response.statusText}${attempt > 1 ? ` after ${attempt} tries` : ''}${rid(response)}: ${errorText(response, redactor)}`,
          response.status,
          response.requestId,
        );
      }
      return response;
    }
    const wait = backoff * 2 ** (attempt - 1);
    options.debugLog?.(`${service} answered ${response.status}; retrying in ${wait} ms (try ${attempt + 1} of ${tries}).`);
    await new Promise((r) => setTimeout(r, wait));
  }
}

export function rid(response: HttpResponse): string {
  return response.requestId ? `, request ${response.requestId}` : '';
}

/** The longest error text an answer contributes to a message. */
export const MAX_ERROR_TEXT = 300;

/**
 * The error text of an OpenStack answer: error.message, explanation or title; else the start
 * of the body. Secrets are hidden in the whole body first (in every encoding they may be echoed
 * in), and only then is the text cut, so a cut can never leave part of a secret readable.
 */
export function errorText(response: HttpResponse, redactor: Redactor): string {
  const body = redactor.redact(response.body);
  let text = '';
  try {
    const parsed = JSON.parse(body) as {
      error?: { message?: unknown; title?: unknown } | string;
      explanation?: unknown;
      title?: unknown;
      message?: unknown;
    };
    const e = parsed?.error;
    const candidate =
      (typeof e === 'object' && e && typeof e.message === 'string' && e.message) ||
      (typeof e === 'string' && e) ||
      (typeof parsed?.explanation === 'string' && parsed.explanation) ||
      (typeof parsed?.message === 'string' && parsed.message) ||
      (typeof e === 'object' && e && typeof e.title === 'string' && e.title) ||
      (typeof parsed?.title === 'string' && parsed.title);
    if (candidate) text = candidate;
  } catch {
    text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  }
  if (!text) text = response.statusText || `HTTP ${response.status}`;
  // Decoding JSON may reveal a secret written with escapes the raw body hid.
  text = redactor.redact(text);
  if (text.length > MAX_ERROR_TEXT) text = `${text.slice(0, MAX_ERROR_TEXT - 3)}...`;
  return sentence(text);
}

export function unexpectedAnswer(service: string, response: HttpResponse, redactor: Redactor): RemoteError {
  return new RemoteError(
    'http',
    `${service} answered ${response.status} ${response.statusText}${rid(response)}: ${errorText(response, redactor)}`,
    response.status,
    response.requestId,
  );
}
