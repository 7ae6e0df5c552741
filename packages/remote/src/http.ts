import { readFileSync } from 'node:fs';
import type * as http from 'node:http';
import type * as tls from 'node:tls';
import type { Socket } from 'node:net';
import { RemoteError } from './errors.js';
import { proxyFor } from './proxy.js';
import type { ProxySettings } from './proxy.js';
import type { Redactor } from './redact.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_BODY = 32 * 1024 * 1024;

export interface TransportOptions {
  /** Per request, from connecting to the last byte of the answer. Default 30 s. */
  timeoutMs?: number;
  /** A PEM file of CA certificates to trust instead of the system ones (OS_CACERT). */
  caCert?: string;
  /** Skip certificate verification. Only when explicitly asked. */
  insecure?: boolean;
  /** HTTP(S) proxies (see proxyFromEnv); none when absent. */
  proxy?: ProxySettings;
  /** Sent as User-Agent, e.g. `hot-lint/1.2.0`; this package's name and Node's version follow it. */
  userAgent?: string;
  /** Aborts the request (a run stopping at its first failure); it then fails with kind 'cancelled'. */
  signal?: AbortSignal;
  /** Receives one line per request and answer; secrets are already hidden. */
  debugLog?: (line: string) => void;
  /** Sees each request as sent (secret headers and fields hidden); for tests and tracing. */
  onRequest?: (request: RecordedRequest) => void;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  requestId: string | undefined;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * node:http, node:https and node:tls, taken by the first request: importing node:tls as an ES
 * module reads every root certificate (about 7 ms), which each start of the CLI and of each of
 * its workers would pay although most runs never ask an API.
 */
const transport = () => ({
  http: process.getBuiltinModule('node:http'),
  https: process.getBuiltinModule('node:https'),
  tls: process.getBuiltinModule('node:tls'),
});

/** One HTTP(S) exchange. Network failures become RemoteError with a short message; never anything else. */
export async function send(request: HttpRequest, options: TransportOptions, redactor: Redactor): Promise<HttpResponse> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new RemoteError('http', `"${redactor.redact(request.url)}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RemoteError('http', `"${redactor.redact(request.url)}" is not an http or https URL.`);
  }
  const shown = redactor.redact(`${url.origin}${url.pathname}${url.search}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': userAgent(options.userAgent), ...request.headers };
  if (request.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(request.body));
  }
  const tlsOptions: tls.ConnectionOptions = {};
  if (url.protocol === 'https:') {
    if (options.insecure) tlsOptions.rejectUnauthorized = false;
    if (options.caCert) {
      try {
        tlsOptions.ca = readFileSync(options.caCert);
      } catch (error) {
        throw new RemoteError('tls', `Cannot read the CA file "${options.caCert}" (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    }
  }
  options.onRequest?.({
    method: request.method,
    url: redactor.redact(url.href),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, redactor.headerValue(k, v)])),
    body: request.body === undefined ? undefined : redactor.redact(request.body),
  });
  options.debugLog?.(`${request.method} ${shown} {${redactor.headers(headers)}}`);
  const started = Date.now();

  const proxy = proxyFor(url, options.proxy);
  if (proxy?.password) redactor.add(decodeURIComponent(proxy.password));
  if (options.signal?.aborted) throw cancelled(shown);
  const { http, https, tls } = transport();

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    // A CONNECT tunnel's socket is ours once the proxy hands it over: left open, it would keep the process alive.
    let tunnel: Socket | undefined;
    const fail = (error: RemoteError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tunnel?.destroy();
      options.signal?.removeEventListener('abort', onAbort);
      options.debugLog?.(`${request.method} ${shown} failed: ${error.message}`);
      req?.destroy();
      reject(error);
    };
    const onAbort = () => fail(cancelled(shown));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      fail(new RemoteError('timeout', `No answer from ${shown} within ${formatSeconds(timeoutMs)}.`));
    }, timeoutMs);
    const onResponse = (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) fail(new RemoteError('http', `The answer from ${shown} is larger than ${MAX_BODY / 1024 / 1024} MB.`));
        else chunks.push(chunk);
      });
      res.on('error', (error) => fail(networkError(error, shown, redactor)));
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        tunnel?.destroy();
        options.signal?.removeEventListener('abort', onAbort);
        const requestId = header(res.headers, 'x-openstack-request-id') ?? header(res.headers, 'x-compute-request-id');
        options.debugLog?.(
          `${request.method} ${shown} -> ${res.statusCode} ${res.statusMessage ?? ''} in ${Date.now() - started} ms` +
            ` {${redactor.headers(res.headers as Record<string, string>)}}`,
        );
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          requestId,
        });
      });
    };
    const start = (socket?: Socket) => {
      if (settled) return;
      const lib = url.protocol === 'https:' ? https : http;
      const base: http.RequestOptions = { method: request.method, headers, agent: false };
      if (proxy && url.protocol === 'http:') {
        // A plain-HTTP request goes to the proxy with the absolute URL as its target.
        const proxyHeaders = { ...headers, Host: url.host, ...proxyAuthorization(proxy) };
        req = http.request({ ...base, host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: proxyHeaders }, onResponse);
      } else if (socket) {
        req = https.request(url, { ...base, ...tlsOptions, createConnection: () => tls.connect({ ...tlsOptions, socket, ...(process.getBuiltinModule('node:net').isIP(url.hostname) ? {} : { servername: url.hostname }) }) }, onResponse);
      } else {
        req = lib.request(url, { ...base, ...tlsOptions }, onResponse);
      }
      req.on('error', (error) => fail(networkError(error, shown, redactor)));
      if (request.body !== undefined) req.write(request.body);
      req.end();
    };
    if (proxy && url.protocol === 'https:') {
      // HTTPS goes through a CONNECT tunnel; TLS is spoken with Heat or Keystone, not the proxy.
      const target = `${url.hostname}:${url.port || 443}`;
      const connect = http.request({
        method: 'CONNECT',
        host: proxy.hostname,
        port: proxy.port || 80,
        path: target,
        headers: { Host: target, 'User-Agent': headers['User-Agent']!, ...proxyAuthorization(proxy) },
        agent: false,
      });
      req = connect;
      connect.on('connect', (res, socket) => {
        tunnel = socket;
        if (res.statusCode !== 200) {
          socket.destroy();
          fail(new RemoteError('connection', `The proxy ${proxy.host} refused to connect to ${target} (HTTP ${res.statusCode}).`));
          return;
        }
        start(socket);
      });
      connect.on('error', (error) => fail(networkError(error, `${proxy.protocol}//${proxy.host}`, redactor, 'the proxy ')));
      connect.end();
    } else {
      start();
    }
  });
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const user = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'Proxy-Authorization': `Basic ${Buffer.from(user).toString('base64')}` };
}

function cancelled(shown: string): RemoteError {
  return new RemoteError('cancelled', `The request to ${shown} was cancelled.`);
}

let packageVersion: string | undefined;
/** `hot-lint/1.0.0 hot-lint-remote/0.1.0 node/v20.x`: the caller's product first, as keystoneauth does. */
export function userAgent(product: string | undefined): string {
  if (packageVersion === undefined) {
    try {
      packageVersion = String((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0');
    } catch {
      packageVersion = '0';
    }
  }
  return `${product ? `${product} ` : ''}hot-lint-remote/${packageVersion} node/${process.version}`;
}

export function header(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME|EPROTO/;

function networkError(error: Error, shown: string, redactor: Redactor, via = ''): RemoteError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const host = (() => {
    try {
      return new URL(shown).host;
    } catch {
      return shown;
    }
  })();
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new RemoteError('dns', `Cannot resolve the host name "${new URL(shown).hostname}" (${code}) for ${shown}.`);
  }
  if (code === 'ECONNREFUSED') return new RemoteError('connection', `Connection refused by ${via}${host} (${shown}).`);
  if (code === 'ECONNRESET' || code === 'EPIPE') return new RemoteError('connection', `The connection to ${host} was closed unexpectedly (${code}) during ${shown}.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return new RemoteError('connection', `Cannot reach ${host} (${code}).`);
  }
  if (TLS_CODES.test(code)) {
    return new RemoteError(
      'tls',
      `TLS error with ${host}: ${redactor.redact(error.message.split('\n')[0] ?? code)} (${code}). Trust its CA with a CA file (OS_CACERT), or use insecure mode only if you accept the risk.`,
    );
  }
  return new RemoteError('connection', `Request to ${shown} failed: ${redactor.redact(error.message.split('\n')[0] ?? 'unknown error')}${code ? ` (${code})` : ''}.`);
}
