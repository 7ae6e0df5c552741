/**
 * @hot-lint/remote: the optional remote pass. Authenticates with Keystone v3, sends the
 * template (with its files and environment, bundled as python-heatclient does) to Heat's
 * `POST /validate`, and maps Heat's verdict back onto the template source.
 *
 * Nothing here throws: failures come back as `{ ok: false, failure: { kind, message } }`
 * with short messages that never hold a password, token or application credential secret.
 */
export { validateRemote } from './validate.js';
export type { ValidateRemoteOptions, ValidateRemoteResult, HeatParameter } from './validate.js';
export { validateMany } from './batch.js';
export type { RemoteTemplate, RemoteRunOptions, RemoteRunResult } from './batch.js';
export { parseIgnoreErrors } from './ignore-errors.js';
export type { IgnoreErrorsResult } from './ignore-errors.js';
export { HEAT_ERROR_CODES } from './heat-error-codes.js';
export { proxyFromEnv, proxyFor } from './proxy.js';
export type { ProxySettings } from './proxy.js';
export { resolveCredentials, secretsOf } from './credentials.js';
export type { Credentials, CredentialOptions, CredentialsResult } from './credentials.js';
export { authenticate, tokenUrl, findEndpoint } from './keystone.js';
export type { AuthResult, RemoteOptions, RetryOptions, Session } from './keystone.js';
export { heatErrorToDiagnostics, locateHeatError, REMOTE_RULE_ID } from './map-error.js';
export type { EnvironmentSource, HeatErrorLocation, MapErrorOptions } from './map-error.js';
export { buildBundle, defaultReader, fileUrl, urljoin, baseUrlFor, pythonJson, deepUpdate } from './files.js';
export type { Bundle, BundleInput, ReadPolicy, Reader } from './files.js';
export { DEFAULT_TIMEOUT_MS } from './http.js';
export type { RecordedRequest, TransportOptions } from './http.js';
export { Redactor, redact, REDACTED } from './redact.js';
export type { FailureKind, RemoteFailure } from './errors.js';
export { pullCatalog } from './pull-catalog.js';
export type { PullCatalogOptions, PullCatalogResult, PulledCatalogFile } from './pull-catalog.js';
