/** Proxy settings as the openstack client (python requests) reads them from the environment. */
export interface ProxySettings {
  /** For http: URLs (HTTP_PROXY / http_proxy). */
  http?: string;
  /** For https: URLs (HTTPS_PROXY / https_proxy). */
  https?: string;
  /** Hosts reached directly (NO_PROXY / no_proxy): names, .domains, host:port, IPv4 CIDRs, or *. */
  noProxy?: string;
}

type Env = Record<string, string | undefined>;

/** The lower-case variable wins over the upper-case one, as in Python's urllib. */
export function proxyFromEnv(env: Env): ProxySettings {
  const pick = (name: string) => nonEmpty(env[name.toLowerCase()]) ?? nonEmpty(env[name]);
  const settings: ProxySettings = {};
  const http = pick('HTTP_PROXY');
  const https = pick('HTTPS_PROXY');
  const noProxy = pick('NO_PROXY');
  if (http) settings.http = http;
  if (https) settings.https = https;
  if (noProxy) settings.noProxy = noProxy;
  return settings;
}

/** The proxy URL to reach `target` through, or null to connect directly. */
export function proxyFor(target: URL, settings: ProxySettings | undefined): URL | null {
  if (!settings) return null;
  const raw = target.protocol === 'https:' ? settings.https : settings.http;
  if (!raw || bypassed(target, settings.noProxy)) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return null;
  }
}

function bypassed(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const [name, entryPort] = splitPort(entry);
    if (entryPort && entryPort !== port) continue;
    if (name.includes('/') && inCidr(host, name)) return true;
    const bare = name.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}

function splitPort(entry: string): [string, string | undefined] {
  const m = /^(.*?):(\d+)$/.exec(entry);
  return m && !m[1]!.includes(':') ? [m[1]!, m[2]] : [entry, undefined];
}

function inCidr(host: string, cidr: string): boolean {
  const [net, bitsText] = cidr.split('/');
  const bits = Number(bitsText);
  const a = ipv4(host);
  const b = ipv4(net ?? '');
  if (a === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => (n << 8) + Number(p), 0) >>> 0;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
