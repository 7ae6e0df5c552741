/** Keeps passwords, tokens and application credential secrets out of every message and log line. */

export const REDACTED = '***';

/** Header names whose values are always hidden. */
const SECRET_HEADERS = /^(x-auth-token|x-subject-token|authorization|x-service-token)$/i;

/** JSON fields whose string values are always hidden, whatever the secret list holds. */
const SECRET_FIELDS = /("(?:password|secret|token|id_token|access_token)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

export class Redactor {
  private readonly secrets = new Set<string>();

  constructor(secrets: Iterable<string | undefined | null> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Remembers a secret, and every form an answer may echo it in: raw, JSON-, URL- and HTML-escaped. */
  add(secret: string | undefined | null): void {
    if (!secret || secret.length < 3) return;
    for (const form of encodings(secret)) this.secrets.add(form);
  }

  redact(text: string): string {
    let out = text.replace(SECRET_FIELDS, `$1"${REDACTED}"`);
    // Longest first, so a secret that contains another is hidden whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  /** One header's value as it may be shown. */
  headerValue(name: string, value: string | string[] | number): string {
    return SECRET_HEADERS.test(name) ? REDACTED : this.redact(String(value));
  }

  /** Header lines for a debug log, secret header values hidden. */
  headers(headers: Record<string, string | string[] | number | undefined>): string {
    return Object.entries(headers)
      .filter((entry): entry is [string, string | string[] | number] => entry[1] !== undefined)
      .map(([k, v]) => `${k}: ${this.headerValue(k, v)}`)
      .join(', ');
  }
}

function encodings(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const asciiJson = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const html = (text: string, quote: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, `&${quote};`).replace(/'/g, '&#x27;');
  const forms = [
    secret,
    json,
    asciiJson,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    // Python's quote() leaves these unescaped where encodeURIComponent escapes, and the reverse.
    encodeURIComponent(secret).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    html(secret, 'quot'),
    html(secret, '#34').replace(/&#x27;/g, '&#39;'),
    html(json, 'quot'),
  ];
  return [...new Set(forms)];
}

/** Hides the secrets in one text: a convenience for callers that hold them. */
export function redact(text: string, secrets: Iterable<string | undefined | null>): string {
  return new Redactor(secrets).redact(text);
}
