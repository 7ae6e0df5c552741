import { fileURLToPath } from 'node:url';
import type { ValidateRemoteOptions, ValidateRemoteResult } from '@hot-lint/remote';

/** `hotLint.remote.*`. Credentials are never settings: they come from OS_CLOUD / OS_* in the server's environment. */
export interface RemoteSettings {
  heatUrl?: unknown;
  cloud?: unknown;
  insecure?: unknown;
  caCert?: unknown;
  timeoutSeconds?: unknown;
  resourceValidate?: unknown;
}

export interface RemoteRequest {
  text: string;
  /** The template's file path; null for an untitled document. */
  path: string | null;
  environments: readonly string[];
  settings: RemoteSettings;
  env: Record<string, string | undefined>;
  /** Where clouds.yaml is looked for first. */
  cwd: string;
  /** The editor's unsaved text of a file, if it is open. */
  buffer: (path: string) => string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The options of validateRemote for a template in the editor. Pure. */
export function remoteOptions(request: RemoteRequest): ValidateRemoteOptions {
  const { settings } = request;
  const heatUrl = text(settings.heatUrl);
  const cloud = text(settings.cloud);
  const caCert = text(settings.caCert);
  const timeout = typeof settings.timeoutSeconds === 'number' && Number.isFinite(settings.timeoutSeconds) && settings.timeoutSeconds > 0 ? settings.timeoutSeconds : undefined;
  const options: ValidateRemoteOptions = {
    templateText: request.text,
    environmentFiles: [...request.environments],
    resourceValidate: settings.resourceValidate !== false,
    env: request.env,
    credentialOptions: { cwd: request.cwd, ...(heatUrl ? { heatUrl } : {}), ...(cloud ? { cloud } : {}) },
  };
  if (request.path !== null) options.templatePath = request.path;
  if (settings.insecure === true) options.insecure = true;
  if (caCert) options.caCert = caCert;
  if (timeout !== undefined) options.timeoutMs = Math.round(timeout * 1000);
  // Nested templates, environments and get_file targets being edited are sent as typed.
  const buffer = request.buffer;
  const opened = (url: string): string | undefined => {
    if (!url.startsWith('file:')) return undefined;
    try {
      return buffer(fileURLToPath(url));
    } catch {
      return undefined;
    }
  };
  options.reader = {
    async read(url: string): Promise<string> {
      const open = opened(url);
      if (open !== undefined) return open;
      const { defaultReader, Redactor } = await import('@hot-lint/remote');
      return defaultReader(options, new Redactor([])).read(url);
    },
  };
  return options;
}

/** The one-line message shown after a remote validation. */
export function remoteSummary(result: ValidateRemoteResult): string {
  const request = result.requestId ? ` (request ${result.requestId})` : '';
  if (result.failure) return `hot-lint: remote validation failed${request}: ${result.failure.message}`;
  if (result.ok) return `hot-lint: Heat accepts the template${request}.`;
  const count = result.diagnostics.length;
  return `hot-lint: Heat rejects the template${request}: ${count === 1 ? '1 problem' : `${count} problems`}.`;
}
