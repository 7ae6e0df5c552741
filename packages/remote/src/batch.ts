import type { Credentials } from './credentials.js';
import { resolveCredentials, secretsOf } from './credentials.js';
import type { FailureKind, RemoteFailure } from './errors.js';
import { authenticate } from './keystone.js';
import type { Session } from './keystone.js';
import { validateRemote } from './validate.js';
import type { ValidateRemoteOptions, ValidateRemoteResult } from './validate.js';
import { parseIgnoreErrors } from './ignore-errors.js';
import { proxyFromEnv } from './proxy.js';
import { Redactor } from './redact.js';

/** One template of a run. */
export interface RemoteTemplate {
  path: string;
  /** The text to send (e.g. after --fix); read from path when absent. */
  text?: string;
  /** Environment files (-e) for this template, in merge order. */
  environmentFiles?: string[];
  /** Its project root (overrides the run's `root`): nothing outside it is read or sent. */
  root?: string;
}

export interface RemoteRunOptions extends Omit<ValidateRemoteOptions, 'templateText' | 'templatePath' | 'environmentFiles' | 'session' | 'signal'> {
  /** Templates validated at the same time. Default 4. */
  concurrency?: number;
  /** Called when a template's answer is in (in the order answers arrive). */
  onResult?: (template: RemoteTemplate, result: ValidateRemoteResult, done: number, total: number) => void;
}

export interface RemoteRunResult {
  /** The answer for each template that got one, by path. */
  results: Map<string, ValidateRemoteResult>;
  /** The failure that stopped the run (credentials, authentication, authorisation, connection, timeout...), once. */
  failure?: RemoteFailure;
  /** Templates not validated because the run stopped. */
  skipped: string[];
}

/**
 * Failures that would repeat for every template: the run stops at the first one. Keystone is
 * asked once, so a wrong password counts once against its lockout; a hanging Heat costs one
 * timeout, not one per template.
 */
const STOPS_THE_RUN = new Set<FailureKind>(['credentials', 'unauthorized', 'forbidden', 'no-endpoint', 'dns', 'connection', 'tls', 'timeout']);

function stopsTheRun(failure: RemoteFailure): boolean {
  if (STOPS_THE_RUN.has(failure.kind)) return true;
  // 502/503/504 after retries: the service is down, not this template.
  return failure.kind === 'server' && failure.status !== undefined && failure.status !== 500;
}

/**
 * Validates many templates with one Keystone authentication, a bounded number at a time.
 * Never throws.
 */
export async function validateMany(templates: readonly RemoteTemplate[], options: RemoteRunOptions = {}): Promise<RemoteRunResult> {
  const results = new Map<string, ValidateRemoteResult>();
  const run: RemoteRunResult = { results, skipped: [] };
  if (templates.length === 0) return run;
  const stop = (failure: RemoteFailure) => {
    run.failure ??= failure;
    controller.abort();
  };
  const controller = new AbortController();

  if (options.ignoreErrors !== undefined) {
    const codes = parseIgnoreErrors(options.ignoreErrors);
    if (!codes.ok) return { results, failure: { kind: 'input', message: codes.message }, skipped: templates.map((t) => t.path) };
  }
  let credentials: Credentials | undefined = options.credentials;
  if (!credentials) {
    const resolved = resolveCredentials(options.env ?? process.env, options.credentialOptions);
    if (!resolved.ok) {
      return { results, failure: { kind: 'credentials', message: resolved.message }, skipped: templates.map((t) => t.path) };
    }
    credentials = resolved.credentials;
  }
  const transport = {
    ...options,
    proxy: options.proxy ?? proxyFromEnv(options.env ?? process.env),
    caCert: options.caCert ?? credentials.caCert,
    insecure: Boolean(options.insecure || credentials.insecure),
  };
  const auth = await authenticate(credentials, { ...transport, signal: controller.signal });
  if (!auth.ok) return { results, failure: auth.failure, skipped: templates.map((t) => t.path) };
  const session: Session = { token: auth.token, heatEndpoint: auth.heatEndpoint };
  if (auth.projectId) session.projectId = auth.projectId;
  const redactor = new Redactor([...secretsOf(credentials), auth.token]);

  const limit = Math.max(1, Math.floor(options.concurrency ?? 4));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < templates.length && !controller.signal.aborted) {
      const template = templates[next++]!;
      const validateOptions: ValidateRemoteOptions = { ...transport, credentials, session, templatePath: template.path, signal: controller.signal };
      if (template.text !== undefined) validateOptions.templateText = template.text;
      if (template.environmentFiles) validateOptions.environmentFiles = template.environmentFiles;
      if (template.root !== undefined) validateOptions.root = template.root;
      const result = await validateRemote(validateOptions);
      if (result.failure?.kind === 'cancelled') {
        run.skipped.push(template.path);
        continue;
      }
      if (result.failure && stopsTheRun(result.failure)) {
        stop({ ...result.failure, message: redactor.redact(result.failure.message) });
        run.skipped.push(template.path);
        continue;
      }
      results.set(template.path, result);
      options.onResult?.(template, result, ++done, templates.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, templates.length) }, worker));
  for (const t of templates.slice(next)) run.skipped.push(t.path);
  const order = new Map(templates.map((t, i) => [t.path, i]));
  run.skipped.sort((a, b) => order.get(a)! - order.get(b)!);
  return run;
}
