import { dirname, relative, resolve } from 'node:path';
import { nodes, parseDocument } from '@hot-lint/core';
import type { Diagnostic } from '@hot-lint/core';
import type { Credentials } from './credentials.js';
import { secretsOf } from './credentials.js';
import type { CredentialOptions } from './credentials.js';
import { RemoteError } from './errors.js';
import type { RemoteFailure } from './errors.js';
import { buildBundle, defaultReader, filePathOf, fileUrl } from './files.js';
import type { BundleSources, ReadPolicy, Reader } from './files.js';
import { errorText, openSession, rid, sendWithRetry, toRemoteError, unexpectedAnswer } from './keystone.js';
import type { RemoteOptions, Session } from './keystone.js';
import { heatErrorToDiagnostics } from './map-error.js';
import type { NestedContext } from './map-error.js';
import { parseIgnoreErrors } from './ignore-errors.js';
import { proxyFromEnv } from './proxy.js';
import { Redactor } from './redact.js';

export interface ValidateRemoteOptions extends RemoteOptions, ReadPolicy {
  /** The template text (an editor's buffer may differ from the file). Read from templatePath when absent. */
  templateText?: string;
  /** Where the template lives: relative get_file / nested template paths resolve against its folder. */
  templatePath?: string;
  /** Extra files, merged over the collected ones (key: the URL as sent, value: content). */
  files?: Record<string, string>;
  /** An environment object sent as it is. */
  environment?: Record<string, unknown>;
  /** Environment files (-e), in order; sent as environment_files and merged into environment, as heatclient does. */
  environmentFiles?: string[];
  /** Ask Heat to check resources too (quota, existence). Default true. */
  resourceValidate?: boolean;
  /** Comma-separated Heat error codes to ignore: `99001` or as Heat prints them, `HEAT-E99001`. An unknown code is a failure of kind 'input'. */
  ignoreErrors?: string;
  showNested?: boolean;
  /** Credentials; resolved from the environment and clouds.yaml when absent. */
  credentials?: Credentials;
  /** A session from authenticate(), to skip Keystone (e.g. an editor validating on each save). */
  session?: Session;
  /** Where resolveCredentials looks when credentials are not given. */
  env?: Record<string, string | undefined>;
  credentialOptions?: CredentialOptions;
  /** Replaces file and URL reading (for editors with unsaved buffers, and tests). */
  reader?: Reader;
}

export interface HeatParameter {
  Type?: string;
  Default?: unknown;
  Description?: string;
  Label?: string;
  NoEcho?: string | boolean;
  [constraint: string]: unknown;
}

export interface ValidateRemoteResult {
  /** True when Heat accepted the template (HTTP 200). */
  ok: boolean;
  /** Heat's verdict on the template (ruleId 'heat-remote'); empty when ok or when there was no verdict. */
  diagnostics: Diagnostic[];
  /** X-Openstack-Request-Id of Heat's answer. */
  requestId?: string;
  /** The parameter summary of a 200 answer. */
  parameters?: Record<string, HeatParameter>;
  /** The whole 200 answer (Description, Parameters, ParameterGroups, Environment). */
  response?: Record<string, unknown>;
  /** Set when no verdict could be obtained (credentials, network, TLS, 401/403, 5xx...); ok is false. */
  failure?: RemoteFailure;
}

/**
 * Validates a template with Heat's `POST /validate`. Never throws: Heat's verdict becomes
 * diagnostics on the template source, anything else a `failure` with a short message that
 * holds no password, token or secret.
 */
export async function validateRemote(options: ValidateRemoteOptions): Promise<ValidateRemoteResult> {
  const redactor = new Redactor([
    ...secretsOf(options.credentials ?? {}),
    options.session?.token,
  ]);
  const log = options.debugLog;
  const transport: RemoteOptions = {
    ...options,
    // As the openstack client does, the environment's proxy variables apply unless told otherwise.
    proxy: options.proxy ?? proxyFromEnv(options.env ?? process.env),
    debugLog: log ? (line: string) => log(redactor.redact(line)) : undefined,
  };
  try {
    let ignoreErrors: string | undefined;
    if (options.ignoreErrors !== undefined) {
      const parsed = parseIgnoreErrors(options.ignoreErrors);
      if (!parsed.ok) throw new RemoteError('input', parsed.message);
      ignoreErrors = parsed.codes.join(',');
    }
    let text = options.templateText;
    if (text === undefined) {
      if (!options.templatePath) throw new RemoteError('input', 'No template given (templateText or templatePath).');
      try {
        text = await process.getBuiltinModule('node:fs/promises').readFile(options.templatePath, 'utf8');
      } catch (error) {
        throw new RemoteError('input', `Cannot read ${options.templatePath} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    }
    const document = parseDocument(text);
    if (!document.root || document.problems.some((p) => p.ruleId === 'yaml-syntax' && p.severity === 'error')) {
      throw new RemoteError('input', 'The template cannot be read as YAML; fix the yaml-syntax findings before validating remotely.');
    }
    const sources: BundleSources = { templates: new Map(), references: [], environments: [] };
    const bundle = await buildBundle(
      {
        template: nodes.toValue(document.root, document.yaml),
        templatePath: options.templatePath,
        environment: options.environment,
        environmentFiles: options.environmentFiles,
      },
      options.reader ?? defaultReader(transport, redactor),
      sources,
    );

    const session = await openSession(options, transport, redactor);
    redactor.add(session.token);

    const query = new URLSearchParams({ resource_validate: String(options.resourceValidate ?? true) });
    if (options.showNested) query.set('show_nested', 'true');
    if (ignoreErrors) query.set('ignore_errors', ignoreErrors);
    const body: Record<string, unknown> = {
      template: bundle.template,
      files: { ...bundle.files, ...options.files },
      environment: bundle.environment,
    };
    if (bundle.environmentFiles.length) body.environment_files = bundle.environmentFiles;
    if (ignoreErrors) body.ignore_errors = ignoreErrors;
    if (options.showNested) body.show_nested = true;
    const headers: Record<string, string> = { 'X-Auth-Token': session.token };
    if (session.projectId) headers['X-Project-Id'] = session.projectId;
    const response = await sendWithRetry(
      { method: 'POST', url: `${session.heatEndpoint}/validate?${query}`, headers, body: JSON.stringify(body) },
      transport,
      redactor,
      'Heat',
    );
    const requestId = response.requestId;
    const withId = <T extends object>(r: T): T & { requestId?: string } => (requestId ? { ...r, requestId } : r);
    if (response.status === 200) {
      const parsed = verdictOf(response.body);
      if (!parsed) {
        // Heat answers some bad requests (an unknown ignore_errors code) with 200 and a body that is no verdict.
        const start = redactor.redact(response.body).replace(/\s+/g, ' ').trim();
        const shown = start.length > 120 ? `${start.slice(0, 117)}...` : start;
        throw new RemoteError('http', `Heat answered 200 without a validation result${rid(response)} (the body is ${shown ? `"${shown}"` : 'empty'}); the template was not checked.`, 200, requestId);
      }
      const result: ValidateRemoteResult = withId({ ok: true, diagnostics: [] as Diagnostic[], response: parsed });
      result.parameters = parsed.Parameters as Record<string, HeatParameter>;
      return result;
    }
    if (response.status === 400) {
      const message = errorText(response, redactor);
      const nested = nestedContext(sources, options.templatePath);
      const environments = (sources.environments ?? []).map(({ url, text }) => ({ file: filePathOf(url) ?? url, document: parseDocument(text) }));
      return withId({ ok: false, diagnostics: heatErrorToDiagnostics(message, document, { requestId, nested, environments }) });
    }
    if (response.status === 401) {
      throw new RemoteError('unauthorized', `Heat refused the token (HTTP 401${rid(response)}): ${errorText(response, redactor)}`, 401, requestId);
    }
    if (response.status === 403) {
      throw new RemoteError('forbidden', `Heat refused to validate for this project (HTTP 403${rid(response)}): ${errorText(response, redactor)}`, 403, requestId);
    }
    throw unexpectedAnswer('Heat', response, redactor);
  } catch (error) {
    const failure = toRemoteError(error, redactor).toFailure();
    log?.(redactor.redact(`remote validation failed: ${failure.message}`));
    const result: ValidateRemoteResult = { ok: false, diagnostics: [], failure };
    if (failure.requestId) result.requestId = failure.requestId;
    return result;
  }
}

/** Heat's documented 200 answer: an object with a Parameters object (and Description, ParameterGroups, Environment); null for anything else. */
function verdictOf(body: string): Record<string, unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed) || !isObject(parsed.Parameters)) return null;
  if ('Error' in parsed) return null;
  if (parsed.Description !== undefined && typeof parsed.Description !== 'string') return null;
  if (parsed.ParameterGroups !== undefined && !Array.isArray(parsed.ParameterGroups)) return null;
  if (parsed.Environment !== undefined && !isObject(parsed.Environment)) return null;
  return parsed;
}

/** The nested templates read for the bundle, parsed, for mapping Heat's errors into them. */
function nestedContext(sources: BundleSources, templatePath: string | undefined): NestedContext {
  const absolute = resolve(templatePath ?? 'template.yaml');
  return {
    templateUrl: fileUrl(absolute),
    templates: [...sources.templates].map(([url, text]) => ({ url, file: filePathOf(url) ?? url, document: parseDocument(text) })),
    references: sources.references,
    label: (t) => (t.file === t.url ? t.url : relative(dirname(absolute), t.file)),
  };
}
