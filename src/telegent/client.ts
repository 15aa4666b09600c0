import { createHash } from 'node:crypto';
import type { Tracer } from '@opentelemetry/api';
import { decodeJwt } from 'jose';
import type Keyv from 'keyv';
import type { Logger } from 'pino';
import { Pool, errors as undiciErrors } from 'undici';
import type { UpstreamCredentials } from '../config';
import { deadlinePassed, fromNetworkFailure, fromUpstream, outcomeUnknown } from '../errors';
import type { Metrics } from '../metrics';
import { endpointOf } from './endpoints';
import { currentDeadline, tallyUpstreamRequest } from './operation-scope';
import { BACKGROUND, type Claimant } from './fair-queue';
import { RequestPriority, type UpstreamRateLimiter } from './rate-limiter';
import { type MintedToken, TokenProvider, parseTokenExpiry } from './token-provider';
import { UpstreamSpans } from './upstream-spans';
import { NOOP_TRACER } from '../tracing';

export const API_PREFIX = '/v1.0';
const TOKEN_PATH = `${API_PREFIX}/oauth2/tokens`;
/** Upper bound on a Retry-After we are willing to sleep through inside one GraphQL request. */
const MAX_RETRY_AFTER_MS = 10_000;

export interface TelegentClientOptions {
  /** Base URL without /v1.0. */
  baseUrl: string;
  credentials: UpstreamCredentials;
  /** keyv store for tokens (in-memory or Redis). */
  tokenStore: Keyv<MintedToken>;
  limiter: UpstreamRateLimiter;
  logger: Logger;
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  maxRetries: number;
  tokenRefreshSkewSec: number;
  /** Makes a span per upstream attempt (README "Tracing"). @default a no-op tracer */
  tracer?: Tracer;
  /** Upstream requests, quota waits and token mints are counted here (README "Operating"). */
  metrics?: Metrics;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface CallOptions {
  query?: Query;
  body?: unknown;
  priority?: RequestPriority;
  /** A POST that only reads (availability, data-usage settings/info, …): safe to retry like a GET. */
  readOnly?: boolean;
  /** A token request: the endpoint the token is for (its span names it). */
  tokenFor?: string;
}

interface RawResponse {
  status: number;
  body: unknown;
  retryAfterSec: number | undefined;
}

/**
 * The Telegent HTTP client: the only code that talks to the upstream. Every call goes through one
 * pipeline: token for the endpoint → rate limiter → request with timeouts → parse → error mapping.
 *
 * Each call draws on someone's share of the quota (README "Fair share of the quota"): the client
 * `buildApp` makes acts for nobody (`BACKGROUND`: order polls, webhook registration), and
 * `createContext` hands each operation's loaders and writes a view acting for its principal
 * (`actingFor`). The principal is passed along with the loaders and writes that are built for the
 * operation anyway, rather than read from an AsyncLocalStorage as the deadline is: it then reaches
 * subscriptions too (which run under no deadline), and background work an operation starts (a
 * poll timer, a webhook registration) can never inherit it by accident.
 */
export class TelegentClient {
  private readonly pool: Pool;
  private readonly tokens: TokenProvider;
  private readonly spans: UpstreamSpans;
  /** Rate-limit and token-cache key: identifies the credential without exposing the secret. */
  readonly credentialId: string;
  /** Whose share of the quota this client's interactive calls draw on; background calls always draw on `BACKGROUND`'s. */
  readonly claimant: Claimant = BACKGROUND;
  /** The priority of reads that name none: background for the view `inBackground` makes. */
  readonly readPriority: RequestPriority = RequestPriority.Interactive;
  /**
   * Identical reads in flight at the same moment share one upstream call (across requests and
   * principals, too), so a burst of identical queries costs what one does; the call waits for its
   * slot at the place of the first who asked. Nothing is kept once the call settles.
   */
  private readonly readsInFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly options: TelegentClientOptions) {
    const origin = new URL(options.baseUrl).origin;
    this.pool = new Pool(origin, {
      connections: 16,
      connect: { timeout: options.connectTimeoutMs },
      headersTimeout: options.requestTimeoutMs,
      bodyTimeout: options.requestTimeoutMs,
      keepAliveTimeout: 30_000,
    });
    this.spans = new UpstreamSpans(options.tracer ?? NOOP_TRACER, options.baseUrl);
    this.credentialId = createHash('sha256').update(`${options.baseUrl}\n${options.credentials.accountKey}`).digest('hex').slice(0, 16);
    this.tokens = new TokenProvider(
      options.tokenStore,
      this.credentialId,
      (path, claimant) => this.actingFor(claimant).mintToken(path),
      options.tokenRefreshSkewSec * 1000,
    );
  }

  /**
   * This client acting for `claimant`: the same pool, tokens and reads in flight (every field is
   * shared through the prototype; none is ever reassigned), its interactive calls drawing on that
   * claimant's share of the quota.
   */
  actingFor(claimant: Claimant): TelegentClient {
    const view = Object.create(this) as TelegentClient;
    Object.defineProperty(view, 'claimant', { value: claimant, enumerable: true });
    return view;
  }

  /**
   * This client for background reads (the read cache's refreshes): every read it makes waits at
   * background priority, on nobody's share of the quota, with no operation's deadline.
   */
  inBackground(): TelegentClient {
    const view = Object.create(this) as TelegentClient;
    Object.defineProperty(view, 'readPriority', { value: RequestPriority.Background, enumerable: true });
    return view;
  }

  get<T>(path: string, query?: Query, priority: RequestPriority = this.readPriority): Promise<T> {
    const key = `${path}${query ? toQueryString(query) : ''}`;
    let pending = this.readsInFlight.get(key);
    if (!pending) {
      const shared: Promise<unknown> = this.call<T>('GET', path, { query, priority }).finally(() => {
        if (this.readsInFlight.get(key) === shared) this.readsInFlight.delete(key);
      });
      pending = shared;
      this.readsInFlight.set(key, pending);
    }
    return pending as Promise<T>;
  }

  post<T>(path: string, body: unknown, options: Omit<CallOptions, 'body'> = {}): Promise<T> {
    const result = this.call<T>('POST', path, { ...options, body });
    // Reads started before a write must not be shared with reads made after it.
    return options.readOnly ? result : result.finally(() => this.readsInFlight.clear());
  }

  /**
   * Readiness: the token endpoint answers with our credentials. It asks for the token of an
   * endpoint the graph uses anyway, so once cached a probe costs no upstream request.
   */
  async checkReady(): Promise<void> {
    await this.tokens.get(`${API_PREFIX}/distributor/subscribers`);
  }

  /** Slots left in the current quota window for this credential (every instance's calls, with Redis). */
  quotaRemaining(): Promise<number> {
    return this.options.limiter.remaining(this.credentialId);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Calls an authenticated endpoint; a refused token (401, scope 403) is replaced once. */
  private async call<T>(method: 'GET' | 'POST', path: string, options: CallOptions): Promise<T> {
    const fullPath = `${API_PREFIX}${path}`;
    const safe = method === 'GET' || options.readOnly === true;
    for (let renewed = false; ; renewed = true) {
      const token = await this.tokens.get(fullPath, options.priority === RequestPriority.Background ? BACKGROUND : this.claimant);
      const response = await this.send(method, fullPath, options, safe, { Authorization: `Bearer ${token}` });
      if ((response.status === 401 || response.status === 403) && !renewed) {
        await this.tokens.invalidate(fullPath, token);
        continue;
      }
      if (response.status >= 200 && response.status < 300) return response.body as T;
      // A proxy or upstream timeout on a write says nothing about whether the write happened.
      if (!safe && OUTCOME_UNKNOWN_STATUSES.has(response.status)) throw outcomeUnknown(`${method} ${fullPath}`, response.status);
      throw fromUpstream(response.status, response.body, `${method} ${fullPath}`, response.retryAfterSec);
    }
  }

  private async mintToken(endpointPath: string): Promise<MintedToken> {
    const { accountKey, accountSecret } = this.options.credentials;
    const response = await this.send(
      'POST',
      TOKEN_PATH,
      { body: { AccountKey: accountKey, AccountSecret: accountSecret, ApiEndpoint: `${this.options.baseUrl}${endpointPath}` }, tokenFor: endpointPath },
      true,
      {},
    );
    const body = response.body as { token?: unknown; successful?: unknown; tokenExpiry?: unknown } | null;
    if (response.status !== 200 || typeof body?.token !== 'string' || body.successful === false || body.token === '') {
      const status = response.status === 200 ? 401 : response.status;
      throw fromUpstream(status, response.body, `POST ${TOKEN_PATH}`, response.retryAfterSec);
    }
    this.options.metrics?.tokenMinted(endpointOf('', endpointPath));
    const fromString = typeof body.tokenExpiry === 'string' ? parseTokenExpiry(body.tokenExpiry) : null;
    let expiresAtMs = fromString;
    if (expiresAtMs === null) {
      const exp = decodeJwt(body.token).exp;
      expiresAtMs = typeof exp === 'number' ? exp * 1000 : Date.now() + 5 * 60_000;
    }
    return { token: body.token, expiresAtMs };
  }

  /**
   * One upstream exchange, with retries for safe requests on 429/503/504 and network failures
   * (backoff with jitter, honouring Retry-After). Unsafe requests are never retried here.
   *
   * The operation's deadline (`currentDeadline`) bounds the wait for a quota slot, the retries and,
   * for safe requests, the wait for the answer; a write once sent keeps the full request timeout,
   * since cutting it short would only turn its answer into UPSTREAM_OUTCOME_UNKNOWN.
   */
  private async send(
    method: 'GET' | 'POST',
    path: string,
    options: CallOptions,
    safe: boolean,
    headers: Record<string, string>,
  ): Promise<RawResponse> {
    const endpoint = `${method} ${path}`;
    const { metrics } = this.options;
    const label = metrics ? endpointOf(method, path) : '';
    const query = options.query ? toQueryString(options.query) : '';
    const priority = options.priority ?? RequestPriority.Interactive;
    // Background work (order polls, webhook registration) serves no client's operation, even when
    // one started it, so a finished request's deadline must not bind it.
    const deadlineAt = priority === RequestPriority.Interactive ? currentDeadline() : undefined;
    const claimant = priority === RequestPriority.Interactive ? this.claimant : BACKGROUND;
    for (let attempt = 0; ; attempt += 1) {
      if (deadlineAt !== undefined && Date.now() >= deadlineAt) throw deadlinePassed(endpoint);
      const queued = Date.now();
      await this.options.limiter.acquire(this.credentialId, { claimant, priority, deadlineAt });
      const started = Date.now();
      metrics?.quotaWaited(priority === RequestPriority.Interactive ? 'interactive' : 'background', (started - queued) / 1000);
      tallyUpstreamRequest();
      // Calls for nobody's operation (claimant BACKGROUND) trace as roots, whatever started them.
      const span = this.spans.start({ method, path, attempt, background: claimant === BACKGROUND, startedAt: queued, quotaWaitMs: started - queued, tokenFor: options.tokenFor });
      const timeoutMs = safe && deadlineAt !== undefined ? Math.max(1, Math.min(this.options.requestTimeoutMs, deadlineAt - started)) : this.options.requestTimeoutMs;
      let response: RawResponse;
      try {
        response = await this.exchange(method, `${path}${query}`, options.body, headers, timeoutMs);
      } catch (error) {
        const failure = classifyNetworkError(error);
        this.spans.failed(span, failure.kind);
        metrics?.upstreamRequest(label, failure.kind === 'timeout' ? 'timeout' : 'network_error', (Date.now() - started) / 1000);
        this.options.logger.warn({ endpoint, attempt, failure, durationMs: Date.now() - started }, 'upstream request failed');
        // A write that may have been sent is never retried here, nor reported as failed.
        if (!safe && failure.maybeSent) throw outcomeUnknown(endpoint);
        if (!safe || attempt >= this.options.maxRetries) throw fromNetworkFailure(failure.kind, endpoint);
        const backoff = backoffMs(attempt);
        if (deadlineAt !== undefined && Date.now() + backoff >= deadlineAt) throw fromNetworkFailure(failure.kind, endpoint);
        await sleep(backoff);
        continue;
      }
      this.spans.answered(span, response.status);
      metrics?.upstreamRequest(label, response.status, (Date.now() - started) / 1000);
      this.options.logger.debug({ endpoint, status: response.status, attempt, durationMs: Date.now() - started }, 'upstream');
      const retryable = response.status === 429 || response.status === 503 || response.status === 504;
      if (response.status === 429 && response.retryAfterSec !== undefined) {
        this.options.limiter.pause(this.credentialId, response.retryAfterSec);
      }
      if (!retryable || !safe || attempt >= this.options.maxRetries) return response;
      const waitMs = response.retryAfterSec !== undefined ? response.retryAfterSec * 1000 : backoffMs(attempt);
      if (waitMs > MAX_RETRY_AFTER_MS || (deadlineAt !== undefined && Date.now() + waitMs >= deadlineAt)) return response;
      await sleep(waitMs);
    }
  }

  private async exchange(method: string, pathWithQuery: string, body: unknown, headers: Record<string, string>, timeoutMs: number): Promise<RawResponse> {
    const { statusCode, headers: responseHeaders, body: stream } = await this.pool.request({
      method: method as 'GET' | 'POST',
      path: pathWithQuery,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      headers: {
        accept: 'application/json',
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await stream.text();
    let parsed: unknown = null;
    if (text.trim() !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    const retryAfter = Number(responseHeaders['retry-after']);
    return { status: statusCode, body: parsed, retryAfterSec: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined };
  }
}

function toQueryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Statuses that, on a write, leave its outcome open (request timeout, bad gateway, gateway timeout). */
const OUTCOME_UNKNOWN_STATUSES = new Set([408, 502, 504]);

/** Failures that happen before a connection exists, so the request cannot have been sent. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

interface NetworkFailure {
  kind: 'timeout' | 'unreachable';
  /** Whether the request may have reached the upstream (anything after the connection was made). */
  maybeSent: boolean;
}

function classifyNetworkError(error: unknown): NetworkFailure {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  const maybeSent = !(error instanceof undiciErrors.ConnectTimeoutError) && !(typeof code === 'string' && NOT_CONNECTED_CODES.has(code));
  const timeout =
    error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError || error instanceof undiciErrors.ConnectTimeoutError;
  return { kind: timeout ? 'timeout' : 'unreachable', maybeSent };
}

/** 200 ms, 400 ms, 800 ms … with ±50 % jitter, so retrying instances do not move in step. */
function backoffMs(attempt: number): number {
  const base = 200 * 2 ** attempt;
  return base / 2 + Math.random() * base;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
