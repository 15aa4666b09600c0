/** An upstream error answer: the body is always `{ StatusCode, Message }` (REFERENCE.md §2.3). */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SandboxError';
  }

  toBody(): { StatusCode: number; Message: string } {
    return { StatusCode: this.status, Message: this.message };
  }
}

export const badRequest = (detail: string): SandboxError => new SandboxError(400, `Bad request: ${detail}`);

export const notFound = (what: string): SandboxError =>
  new SandboxError(404, `Not found: ${what} does not exist or belongs to a different account.`);

export const conflict = (detail: string): SandboxError => new SandboxError(409, `Conflict: ${detail}`);

export const unauthorized = (detail = 'Bearer token is missing, expired, or invalid.'): SandboxError =>
  new SandboxError(401, `Unauthorized: ${detail} Re-authenticate via POST /v1.0/oauth2/tokens.`);

export const forbidden = (): SandboxError =>
  new SandboxError(
    403,
    'Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope.',
  );

export const methodNotAllowed = (): SandboxError =>
  new SandboxError(405, 'Method not allowed: verify the HTTP method required for this endpoint.');

export const tooManyRequests = (retryAfterSec: number): SandboxError =>
  new SandboxError(429, `Too many requests: rate limit exceeded, retry after ${retryAfterSec} seconds.`, {
    'Retry-After': String(retryAfterSec),
  });

/** Standard wording for a fault-injected status (PUT /_sandbox/faults). */
export function faultError(status: number): SandboxError {
  const messages: Record<number, string> = {
    400: 'Bad request: one or more required fields are missing or contain an invalid value.',
    408: 'Request timeout: the server did not receive a complete request in time.',
    429: 'Too many requests: rate limit exceeded.',
    500: 'Internal server error: an unexpected error occurred. Contact support@telegent.com if it persists.',
    502: 'Bad gateway: an upstream service returned an invalid response.',
    503: 'Service unavailable: the API is temporarily unavailable. Retry with backoff.',
    504: 'Gateway timeout: an upstream service did not answer in time.',
  };
  const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
  return new SandboxError(status, messages[status] ?? `Injected fault: status ${status}.`, headers);
}
