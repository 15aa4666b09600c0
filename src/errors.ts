import { GraphQLError } from 'graphql';

/** Every code a client can branch on (`extensions.code`); listed in the README. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  QUERY_COST_EXCEEDED = 'QUERY_COST_EXCEEDED',
  /** The query could return more objects than allowed (`extensions.estimatedResultNodes`, `maxResultNodes`). */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** The query nests fields deeper than allowed (`extensions.depth`, `maxDepth`). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The principal started more operations this minute than it may (INBOUND_RATE_LIMIT_PER_MINUTE): retry after `extensions.retryAfter` seconds. */
  RATE_LIMITED = 'RATE_LIMITED',
  UPSTREAM_RATE_LIMITED = 'UPSTREAM_RATE_LIMITED',
  UPSTREAM_TIMEOUT = 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_ERROR = 'UPSTREAM_ERROR',
  /** A write was sent but no answer came: it may or may not have happened upstream. */
  UPSTREAM_OUTCOME_UNKNOWN = 'UPSTREAM_OUTCOME_UNKNOWN',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_USE = 'IDEMPOTENCY_KEY_IN_USE',
  /** The gateway has no URL Telegent can reach (PUBLIC_URL), so it cannot receive a route's messages. */
  PUBLIC_URL_NOT_CONFIGURED = 'PUBLIC_URL_NOT_CONFIGURED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The shared store (Redis) did not answer in time: a write that needs it was refused before anything was sent. */
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  /** The client went away before its write was sent, so it was not sent (it could no longer be told the outcome). */
  REQUEST_ABANDONED = 'REQUEST_ABANDONED',

  // Expected business failures of writes (README "Errors"): Telegent refused the request for this reason.
  /** The e-mail is already registered (e-mails are unique across the whole platform). */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** The number asked for was bought by someone else since it was listed as available. */
  NUMBER_CLAIMED = 'NUMBER_CLAIMED',
  /** The number cannot be ported into the classification asked for (`extensions.reason` says why). */
  PORT_IN_NOT_ELIGIBLE = 'PORT_IN_NOT_ELIGIBLE',
  /** The order is final (COMPLETED, REJECTED, CANCELLED, ERROR) and can no longer change (`extensions.status`, Telegent's word in `extensions.statusText`). */
  ORDER_CLOSED = 'ORDER_CLOSED',
  /** The route still serves numbers (`extensions.numbers`) and cannot be deleted. */
  ROUTE_IN_USE = 'ROUTE_IN_USE',
  /** The subscriber's Guardian flag for this (`extensions.feature`: CALLS, MESSAGES, CALLS_OR_MESSAGES) is off (`extensions.subscriberId`). */
  GUARDIAN_NOT_ENABLED = 'GUARDIAN_NOT_ENABLED',
  /** An age preset needs a guardian relation in which the subscriber (`extensions.subscriberId`) is the child. */
  GUARDIAN_RELATION_REQUIRED = 'GUARDIAN_RELATION_REQUIRED',
  /** The two subscribers are already linked (`extensions.relation`, with its parent and child IDs). */
  GUARDIAN_RELATION_EXISTS = 'GUARDIAN_RELATION_EXISTS',
  /** The number already has a filter of that kind (`extensions.filterId`): update or delete it instead. */
  FILTER_EXISTS = 'FILTER_EXISTS',
  /** Voicemail is already active on the number: change it with updateVoicemail. */
  VOICEMAIL_ALREADY_ACTIVE = 'VOICEMAIL_ALREADY_ACTIVE',
  /** Voicemail is not active on the number: activate it first. */
  VOICEMAIL_NOT_ACTIVE = 'VOICEMAIL_NOT_ACTIVE',
  /** The sending number cannot send messages now (`extensions.reason`: NOT_ACTIVE, MESSAGING_DISABLED or NO_MESSAGE_ROUTE). */
  SENDER_CANNOT_MESSAGE = 'SENDER_CANNOT_MESSAGE',
  /** The number already has an active subscription (`extensions.subscriptionId`): one per number. */
  NUMBER_HAS_SUBSCRIPTION = 'NUMBER_HAS_SUBSCRIPTION',
  /** The subscription was cancelled (`extensions.subscriptionId`) and can no longer change. */
  SUBSCRIPTION_ENDED = 'SUBSCRIPTION_ENDED',
  /** The feature is already assigned to that subscription (`extensions.featureAssignmentId`). */
  FEATURE_ALREADY_ASSIGNED = 'FEATURE_ALREADY_ASSIGNED',

  /**
   * messageReceived / messageStatusChanged on a number whose deliveries do not reach this gateway
   * (`extensions.reason`: NO_MESSAGE_ROUTE, NOT_AT_GATEWAY, NO_RECEIPTS_AT_GATEWAY, RECEIVER_FORGOTTEN;
   * `messageRouteId`, `phoneNumber`): the subscription would never fire.
   */
  MESSAGE_ROUTE_NOT_AT_GATEWAY = 'MESSAGE_ROUTE_NOT_AT_GATEWAY',

  /** A WebSocket already runs as many operations as allowed (WS_MAX_SUBSCRIPTIONS). */
  TOO_MANY_OPERATIONS = 'TOO_MANY_OPERATIONS',

  // The HTTP request itself (README "Errors"), answered before any operation is read.
  /** The request is not one the gateway can read: a body that is not a JSON object, a malformed field (Apollo uses the same code). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The body is larger than the gateway reads (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',

  // Trusted documents (README "Trusted documents"), with the codes Apollo Client's persisted-queries link and Apollo's router use.
  /** The hash names no document of the manifest. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** A hash without a document while trusted documents are off (PERSISTED_DOCUMENTS=off): Apollo Client then sends the document. */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** A document sent as text while only hashes are accepted (PERSISTED_DOCUMENTS=require). */
  PERSISTED_QUERY_ID_REQUIRED = 'PERSISTED_QUERY_ID_REQUIRED',
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

/**
 * Business errors Telegent reports only in words (REFERENCE.md §2.3 "Common errors", Quick Start):
 * the one place upstream message text is read.
 */
const DOCUMENTED_REFUSALS: Partial<Record<ErrorCode, RegExp>> = {
  [ErrorCode.EMAIL_TAKEN]: /email already exists/i,
  [ErrorCode.NUMBER_CLAIMED]: /claimed by another user/i,
};

/** An upstream answer that refused the request itself (400 or 409): the failures a business reason can explain. */
export function isUpstreamRefusal(error: unknown): error is GatewayError {
  if (!(error instanceof GatewayError)) return false;
  const status = (error.extensions.upstream as UpstreamInfo | undefined)?.status;
  return status === 400 || status === 409;
}

/** Whether a refusal carries the wording Telegent documents for `code`. */
export function refusalSays(refusal: GatewayError, code: ErrorCode): boolean {
  return DOCUMENTED_REFUSALS[code]?.test(refusal.message) === true;
}

/**
 * An expected business failure in place of an upstream refusal: a client branches on `code`,
 * `details` say what it needs (the order's status, the numbers using a route…), and the
 * refusal's status and endpoint stay in `extensions.upstream`.
 */
export function domainError(code: ErrorCode, message: string, refusal: GatewayError, details: Record<string, unknown> = {}): GatewayError {
  return new GatewayError(message, code, { ...details, upstream: refusal.extensions.upstream as UpstreamInfo });
}

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

/** A 200 whose body says the write failed (REFERENCE.md §2.3: "failure inside a 200"), e.g. `Successful: false`. */
export function failedInsideSuccess(endpoint: string, what: string): GatewayError {
  return new GatewayError(`Telegent answered that ${what} failed.`, ErrorCode.UPSTREAM_ERROR, { upstream: { status: 200, endpoint } });
}

/** A request that never got an answer: timed out, refused, or the connection dropped. */
export function fromNetworkFailure(kind: 'timeout' | 'unreachable', endpoint: string): GatewayError {
  const upstream = { status: null, endpoint };
  return kind === 'timeout'
    ? new GatewayError('Telegent did not answer in time.', ErrorCode.UPSTREAM_TIMEOUT, { upstream })
    : new GatewayError('Telegent could not be reached.', ErrorCode.UPSTREAM_UNAVAILABLE, { upstream });
}

/** The operation's deadline passed before this request was sent: nothing reached Telegent. */
export function deadlinePassed(endpoint: string): GatewayError {
  return new GatewayError(
    'The operation ran out of time (REQUEST_DEADLINE_MS) before this request was sent to Telegent; nothing was sent, so a retry is safe.',
    ErrorCode.UPSTREAM_TIMEOUT,
    { upstream: { status: null, endpoint }, sent: false },
  );
}

/**
 * A write that reached (or may have reached) Telegent without an answer: a timeout after sending,
 * a dropped connection, a gateway timeout. Retrying blindly could buy twice; retry with the same
 * idempotency key and the gateway reconciles with what the upstream recorded.
 */
export function outcomeUnknown(endpoint: string, status: number | null = null): GatewayError {
  return new GatewayError(
    'Telegent received the request but its answer was lost, so whether it took effect is unknown. ' +
      'Retry with the same idempotency key where the mutation takes one (the gateway then finds what happened instead of ' +
      'doing it twice); otherwise read the current state before retrying.',
    ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
    { upstream: { status, endpoint } },
  );
}

/** Whether `error` says that something does not exist (or is outside the caller's reach, which answers alike). */
export function isNotFound(error: unknown): error is GatewayError {
  return error instanceof GatewayError && error.code === ErrorCode.NOT_FOUND;
}

/** Relay convention for lookups: something that does not exist answers null, not an error. */
export function nullWhenNotFound(error: unknown): null {
  if (isNotFound(error)) return null;
  throw error;
}

/**
 * The shared store (Redis) failed or did not answer within its command timeout while `what` needed
 * it. Raised before the write it guards is sent, so nothing happened upstream: retry shortly.
 */
export function storeUnavailable(what: string): GatewayError {
  return new GatewayError(
    `The gateway's shared store is unavailable, so it cannot ${what}; nothing was sent to Telegent. Retry shortly (with the same idempotency key, if any).`,
    ErrorCode.STORE_UNAVAILABLE,
  );
}
