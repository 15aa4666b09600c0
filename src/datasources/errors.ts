import { GraphQLError } from 'graphql';

/** Every code a client can branch on (`extensions.code`); listed in the README. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  QUERY_COST_EXCEEDED = 'QUERY_COST_EXCEEDED',
  UPSTREAM_RATE_LIMITED = 'UPSTREAM_RATE_LIMITED',
  UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_ERROR = 'UPSTREAM_ERROR',
  /** A write was sent but no answer came: it may or may not have happened upstream. */
  UPSTREAM_OUTCOME_UNKNOWN = 'UPSTREAM_OUTCOME_UNKNOWN',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_USE = 'IDEMPOTENCY_KEY_IN_USE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Where an upstream failure came from: status and endpoint only, never the body, query or token. */
export interface UpstreamInfo {
  status: number | null;
  endpoint: string;
}

/** A coded GraphQL error; the only kind `formatError` lets through unmasked. */
export class GatewayError extends GraphQLError {
  constructor(
    message: string,
    readonly code: ErrorCode,
    extensions: { upstream?: UpstreamInfo; retryAfter?: number; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
    this.name = 'GatewayError';
  }
}

export const notFound = (what: string): GatewayError => new GatewayError(`${what} was not found.`, ErrorCode.NOT_FOUND);

export const badUserInput = (message: string, field?: string): GatewayError =>
  new GatewayError(message, ErrorCode.BAD_USER_INPUT, field ? { field } : {});

/** The upstream's error body: current `{StatusCode, Message}` or the older RFC 7807 shape (REFERENCE.md §2.3). */
function upstreamMessage(body: unknown): string | null {
  if (body === null || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const message = record.Message ?? record.Detail ?? record.Title;
  return typeof message === 'string' && message.trim() !== '' ? message.trim() : null;
}

/** The single mapping of an upstream error answer to a coded GraphQL error. */
export function fromUpstream(status: number, body: unknown, endpoint: string, retryAfterSec?: number): GatewayError {
  const upstream = { status, endpoint };
  const detail = upstreamMessage(body);
  const say = (fallback: string): string => detail ?? fallback;
  switch (status) {
    case 400:
      return new GatewayError(say('Telegent rejected the request.'), ErrorCode.BAD_USER_INPUT, { upstream });
    case 401:
      return new GatewayError('Telegent did not accept the gateway credentials.', ErrorCode.UNAUTHENTICATED, { upstream });
    case 403:
      return new GatewayError('Telegent refused access to this resource.', ErrorCode.FORBIDDEN, { upstream });
    case 404:
      return new GatewayError(say('The resource was not found.'), ErrorCode.NOT_FOUND, { upstream });
    case 409:
      return new GatewayError(say('The request conflicts with the current state.'), ErrorCode.CONFLICT, { upstream });
    case 408:
    case 504:
      return new GatewayError('Telegent did not answer in time.', ErrorCode.UPSTREAM_TIMEOUT, { upstream });
    case 429:
      return new GatewayError('Telegent rate limit reached; retry later.', ErrorCode.UPSTREAM_RATE_LIMITED, {
        upstream,
        retryAfter: retryAfterSec ?? 60,
      });
    case 500:
    case 502:
    case 503:
      return new GatewayError('Telegent is unavailable right now.', ErrorCode.UPSTREAM_UNAVAILABLE, {
        upstream,
        ...(retryAfterSec !== undefined ? { retryAfter: retryAfterSec } : {}),
      });
    default:
      return new GatewayError(`Telegent answered with status ${status}.`, ErrorCode.UPSTREAM_ERROR, { upstream });
  }
}

/** A request that never got an answer: timed out, refused, or the connection dropped. */
export function fromNetworkFailure(kind: 'timeout' | 'unreachable', endpoint: string): GatewayError {
  const upstream = { status: null, endpoint };
  return kind === 'timeout'
    ? new GatewayError('Telegent did not answer in time.', ErrorCode.UPSTREAM_TIMEOUT, { upstream })
    : new GatewayError('Telegent could not be reached.', ErrorCode.UPSTREAM_UNAVAILABLE, { upstream });
}

/**
 * A write that reached (or may have reached) Telegent without an answer: a timeout after sending,
 * a dropped connection, a gateway timeout. Retrying blindly could buy twice; retry with the same
 * idempotency key and the gateway reconciles with what the upstream recorded.
 */
export function outcomeUnknown(endpoint: string, status: number | null = null): GatewayError {
  return new GatewayError(
    'Telegent received the request but its answer was lost, so whether it took effect is unknown. ' +
      'Retry with the same idempotency key: the gateway then finds what happened instead of doing it twice.',
    ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
    { upstream: { status, endpoint } },
  );
}

/** Relay convention for lookups: something that does not exist answers null, not an error. */
export function nullWhenNotFound(error: unknown): null {
  if (error instanceof GatewayError && error.code === ErrorCode.NOT_FOUND) return null;
  throw error;
}
