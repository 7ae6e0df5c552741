/** Why a remote validation could not give a verdict. Messages are short, end with a period and hold no secret. */
export type FailureKind =
  | 'credentials' // missing or unreadable credentials / clouds.yaml
  | 'input' // the template or an environment / get_file target could not be read
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'no-endpoint' // no orchestration endpoint in the catalog
  | 'dns' // host name does not resolve
  | 'connection' // refused, reset, unreachable
  | 'tls' // certificate or handshake problem
  | 'timeout'
  | 'server' // 5xx (after retries for 502/503/504)
  | 'http' // any other unexpected answer (and a 200 that is not the documented verdict)
  | 'cancelled'; // not sent or not finished: the run stopped at an earlier failure

export interface RemoteFailure {
  kind: FailureKind;
  message: string;
  status?: number;
  requestId?: string;
}

export class RemoteError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }

  toFailure(): RemoteFailure {
    const failure: RemoteFailure = { kind: this.kind, message: this.message };
    if (this.status !== undefined) failure.status = this.status;
    if (this.requestId !== undefined) failure.requestId = this.requestId;
    return failure;
  }
}

/** Ends a sentence with a period unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}
