/**
 * The gateway's settings, read once from the environment (README "Configuration"). `loadConfig`
 * (and `loadPort`) are the only readers of process.env: they hand the environment to the parsers
 * of this folder (`parse.ts`, and one file per group of settings: `auth.ts`, `tracing.ts`,
 * `persisted-documents.ts`); everything else receives a `Config`.
 */
import type { Role } from '../principal';
import { type AuthConfig, LOOPBACK_HOSTS, authConfig } from './auth';
import { ConfigError, bool, int, origins, url } from './parse';
import { type PersistedDocumentsConfig, persistedDocumentsConfig } from './persisted-documents';
import { type TracingConfig, tracingConfig } from './tracing';

export { ASYMMETRIC_ALGORITHMS, type AuthConfig, type ClaimNames } from './auth';
export { ConfigError } from './parse';
export type { PersistedDocumentsConfig, PersistedDocumentsMode } from './persisted-documents';
export { TRACE_SAMPLERS, type TraceSampler, type TracingConfig } from './tracing';

/** The kinds of upstream lists the read cache keeps. */
export const CACHE_KINDS = ['subscribers', 'inventory', 'subscriptions', 'packages', 'products', 'services', 'features'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

export interface ReadCacheConfig {
  /** CACHE=off reads every list from the upstream for each request, as before the cache (for diagnosis and comparison). @default true */
  enabled: boolean;
  /** The oldest data each kind may serve (CACHE_MAX_AGE_SEC, CACHE_MAX_AGE_<KIND>_SEC). @default 600 s; 3600 s for the catalog kinds */
  maxAgeMs: Readonly<Record<CacheKind, number>>;
  /** Share of the upstream quota background refreshes may spend (CACHE_REFRESH_QUOTA_PERCENT). @default 50 % */
  refreshPerMinute: number;
  /** No entry is refreshed in the background sooner than this after its last refresh (CACHE_MIN_REFRESH_SEC). @default 15 s */
  minRefreshIntervalMs: number;
  /** Entries nobody read for this long are no longer refreshed (CACHE_IDLE_SEC). @default 600 s */
  idleAfterMs: number;
  /** Records each instance keeps parsed over all entries (CACHE_MAX_RECORDS). @default 300_000 */
  maxRecords: number;
  /** Read the directory, the catalog and every account's inventory at start, within the refresh budget (CACHE_WARM). @default true */
  warm: boolean;
}

export interface UpstreamCredentials {
  accountKey: string;
  accountSecret: string;
}

export interface Config {
  port: number;
  host: string;
  /**
   * Telegent base URL without /v1.0 (e.g. https://api.telegent.com). `null` means sandbox mode:
   * the gateway starts the embedded Telegent sandbox and talks to it.
   */
  telegentBaseUrl: string | null;
  credentials: UpstreamCredentials | null;
  /** Upstream requests per minute per credential (the standard tier allows 50). */
  upstreamRateLimitPerMinute: number;
  /**
   * Upstream requests the one-minute window may hold before the next ones are paced (spread over
   * the rest of the window, README "Fair share of the quota"); null: half of upstreamRateLimitPerMinute.
   * @default null
   */
  upstreamRateLimitBurst: number | null;
  /**
   * Operations (HTTP requests, WebSocket subscribe messages) each principal may start per minute,
   * by its role; beyond, RATE_LIMITED (HTTP 429). Shared by every instance with REDIS_URL. Not
   * applied under AUTH_MODE=none, where every caller is one principal. @default 120 for every role
   */
  inboundRateLimitPerMinute: Readonly<Record<Role, number>>;
  /** @default 5000 */
  upstreamConnectTimeoutMs: number;
  /** Time to the response headers and between body chunks. @default 15000 */
  upstreamRequestTimeoutMs: number;
  /** Retries of safe reads on 429/503/504 and network errors. @default 2 */
  upstreamMaxRetries: number;
  /** Tokens are renewed this long before they expire. @default 60 */
  tokenRefreshSkewSec: number;
  /** Redis for everything instances share: the keyv store (tokens, idempotency records, profiles, receivers), leases and pub/sub; null = in-process. */
  redisUrl: string | null;
  /** Entries the in-process store keeps (without Redis) before dropping the least recently used. @default 50_000 */
  memoryStoreMaxEntries: number;
  /** The shared read cache (README "The read cache"). */
  readCache: ReadCacheConfig;
  introspection: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Queries with more lexical tokens are refused before parsing finishes. @default 5000 */
  maxQueryTokens: number;
  /** Queries estimated to make more per-item upstream calls are refused before any is made. @default 50 */
  maxQueryUpstreamCalls: number;
  /** Queries that could return more objects are refused before they run (QUERY_TOO_LARGE). @default 10_000 */
  maxQueryResultNodes: number;
  /** Queries nesting fields deeper are refused before they run (QUERY_TOO_DEEP). @default 12 */
  maxQueryDepth: number;
  /**
   * The gateway's URL as the upstream reaches it, for the webhooks it registers and serves (order
   * events, message routes). null: none, unless in sandbox mode, where it is the gateway's own URL.
   */
  publicUrl: string | null;
  /** Order polling interval right after a change (it doubles while nothing moves). @default 10_000 */
  orderPollMinIntervalMs: number;
  /** The longest order polling interval. @default 600_000 // 10 minutes */
  orderPollMaxIntervalMs: number;
  /** A WebSocket that sends no connection_init within this time is closed (4408). @default 10_000 */
  wsConnectionInitTimeoutMs: number;
  /** WebSocket ping interval; a socket that does not answer is closed. @default 12_000 */
  wsKeepAliveMs: number;
  /** On SIGTERM/SIGINT, in-flight operations get this long to finish before their connections are closed. @default 20_000 */
  shutdownGraceMs: number;
  /**
   * How long Telegent's message search may take to show a sent message (REFERENCE.md §3.7: "may lag a few
   * minutes"). A sendMessage whose answer was lost is taken as not sent only once this has passed. @default 300
   */
  messageSearchLagSec: number;
  /**
   * Origins (`https://app.example.com`) whose browser pages may use the gateway: WebSocket upgrades
   * from other origins are refused, and HTTP answers CORS for these only. The gateway's own origin
   * (its URL, PUBLIC_URL, the host a request was sent to) is always allowed, and in sandbox mode any loopback origin; requests with
   * no Origin (servers, mobile apps) are not concerned. @default [] // those only
   */
  allowedOrigins: readonly string[];
  /** A WebSocket message larger than this closes the socket (1009), as HTTP bodies are capped. @default 1_048_576 // 1 MiB */
  wsMaxPayloadBytes: number;
  /**
   * Operations one WebSocket may have running at once (subscriptions, mostly); more are refused. Each
   * subscription reads its number or order once, so this also bounds what one socket spends of the
   * upstream quota (about 50 requests a minute) when it opens. @default 20
   */
  wsMaxSubscriptions: number;
  /**
   * How long a query or mutation may take, waiting for the quota and retries included; a request
   * whose quota slot would come later fails at once with UPSTREAM_RATE_LIMITED. @default 10_000
   */
  requestDeadlineMs: number;
  /**
   * With Redis, the per-minute share of the quota each instance keeps to while Redis is unreachable.
   * @default a fifth of upstreamRateLimitPerMinute (at least 1)
   */
  upstreamRateLimitFallbackPerMinute: number;
  /**
   * Longest wait for one Redis command (and for a connection); a command sent while Redis is
   * unreachable fails at once instead of waiting in an offline queue. @default 500
   */
  redisCommandTimeoutMs: number;
  /** How callers prove who they are (README "Authentication and access"). */
  auth: AuthConfig;
  /** OpenTelemetry tracing, from the standard OTEL_* variables (README "Tracing"). */
  tracing: TracingConfig;
  /** Trusted documents (README "Trusted documents"): which operations clients may send, and how. */
  persistedDocuments: PersistedDocumentsConfig;
  /**
   * Where `/metrics` is served (README "Operating"): null, on the main port beside `/healthz`; a
   * port, on a server of its own on that port (0: any free one) and no longer on the main port,
   * for operators who keep metrics off the public port. @default null
   */
  metricsPort: number | null;
  /** Distinct operation names the metrics label as themselves; later ones are labelled `other`. @default 100 */
  metricsMaxOperationNames: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  let telegentBaseUrl = url(env, 'TELEGENT_BASE_URL', ['https:', 'http:']);
  if (telegentBaseUrl?.toLowerCase().endsWith('/v1.0')) telegentBaseUrl = telegentBaseUrl.slice(0, -'/v1.0'.length);
  const accountKey = env.TELEGENT_ACCOUNT_KEY?.trim();
  const accountSecret = env.TELEGENT_ACCOUNT_SECRET;
  let credentials: UpstreamCredentials | null = null;
  if (telegentBaseUrl !== null) {
    if (!accountKey) throw new ConfigError('TELEGENT_ACCOUNT_KEY is required when TELEGENT_BASE_URL is set');
    if (!accountSecret) throw new ConfigError('TELEGENT_ACCOUNT_SECRET is required when TELEGENT_BASE_URL is set');
    credentials = { accountKey, accountSecret };
  } else if (accountKey || accountSecret) {
    throw new ConfigError('TELEGENT_BASE_URL is required when TELEGENT_ACCOUNT_KEY or TELEGENT_ACCOUNT_SECRET is set');
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);

  const orderPollMinIntervalMs = int(env, 'ORDER_POLL_MIN_INTERVAL_MS', 10_000, 10, 3_600_000);
  const orderPollMaxIntervalMs = int(env, 'ORDER_POLL_MAX_INTERVAL_MS', 600_000, 10, 86_400_000);
  if (orderPollMaxIntervalMs < orderPollMinIntervalMs) {
    throw new ConfigError(`ORDER_POLL_MAX_INTERVAL_MS (${orderPollMaxIntervalMs}) must not be below ORDER_POLL_MIN_INTERVAL_MS (${orderPollMinIntervalMs})`);
  }

  const upstreamRateLimitPerMinute = int(env, 'UPSTREAM_RATE_LIMIT_PER_MINUTE', 50, 1, 100_000);
  const upstreamRateLimitFallbackPerMinute = int(
    env,
    'UPSTREAM_RATE_LIMIT_FALLBACK_PER_MINUTE',
    Math.max(1, Math.floor(upstreamRateLimitPerMinute / 5)),
    1,
    upstreamRateLimitPerMinute,
  );

  const upstreamRateLimitBurst = env.UPSTREAM_RATE_LIMIT_BURST?.trim() ? int(env, 'UPSTREAM_RATE_LIMIT_BURST', 1, 1, upstreamRateLimitPerMinute) : null;
  const inboundPerMinute = int(env, 'INBOUND_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000);
  const inboundFor = (role: Role): number => int(env, `INBOUND_RATE_LIMIT_PER_MINUTE_${role.toUpperCase()}`, inboundPerMinute, 1, 1_000_000);

  const cacheMaxAgeSec = int(env, 'CACHE_MAX_AGE_SEC', 600, 1, 86_400);
  const catalogMaxAgeSec = Math.max(cacheMaxAgeSec, 3_600);
  const maxAgeOf = (kind: CacheKind): number =>
    int(env, `CACHE_MAX_AGE_${kind.toUpperCase()}_SEC`, ['packages', 'products', 'services', 'features'].includes(kind) ? catalogMaxAgeSec : cacheMaxAgeSec, 1, 86_400) * 1000;
  const refreshPercent = int(env, 'CACHE_REFRESH_QUOTA_PERCENT', 50, 0, 90);
  const cacheSetting = env.CACHE?.trim().toLowerCase() || 'on';
  if (cacheSetting !== 'on' && cacheSetting !== 'off') throw new ConfigError(`CACHE must be 'on' or 'off', got '${env.CACHE}'`);
  const readCache: ReadCacheConfig = Object.freeze({
    enabled: cacheSetting === 'on',
    maxAgeMs: Object.freeze(Object.fromEntries(CACHE_KINDS.map((kind) => [kind, maxAgeOf(kind)])) as Record<CacheKind, number>),
    refreshPerMinute: Math.floor((upstreamRateLimitPerMinute * refreshPercent) / 100),
    minRefreshIntervalMs: int(env, 'CACHE_MIN_REFRESH_SEC', 15, 1, 86_400) * 1000,
    idleAfterMs: int(env, 'CACHE_IDLE_SEC', 600, 1, 86_400) * 1000,
    maxRecords: int(env, 'CACHE_MAX_RECORDS', 300_000, 0, 100_000_000),
    warm: bool(env, 'CACHE_WARM', true),
  });

  const requestDeadlineMs = int(env, 'REQUEST_DEADLINE_MS', 10_000, 100, 600_000);
  const shutdownGraceMs = int(env, 'SHUTDOWN_GRACE_MS', 20_000, 0, 600_000);
  if (shutdownGraceMs <= requestDeadlineMs) {
    throw new ConfigError(`SHUTDOWN_GRACE_MS (${shutdownGraceMs}) must be longer than REQUEST_DEADLINE_MS (${requestDeadlineMs}), so operations in flight at shutdown can finish`);
  }

  const auth = authConfig(env, telegentBaseUrl === null);
  const host = env.HOST?.trim() || (auth.mode === 'jwt' ? '0.0.0.0' : '127.0.0.1');
  if (auth.mode === 'none' && !LOOPBACK_HOSTS.includes(host)) {
    throw new ConfigError(`AUTH_MODE=none serves every caller as the operator, so the gateway listens on loopback only: HOST must be 127.0.0.1, ::1 or localhost, got '${host}'`);
  }

  const port = loadPort(env);
  const metricsPort = env.METRICS_PORT?.trim() ? int(env, 'METRICS_PORT', 0, 0, 65_535) : null;
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port) {
    throw new ConfigError(`METRICS_PORT (${metricsPort}) must differ from PORT: unset it to serve /metrics on the main port`);
  }

  return Object.freeze({
    port,
    host,
    telegentBaseUrl,
    credentials,
    upstreamRateLimitPerMinute,
    upstreamRateLimitBurst,
    inboundRateLimitPerMinute: Object.freeze({
      operator: inboundFor('operator'),
      partner: inboundFor('partner'),
      manager: inboundFor('manager'),
      subscriber: inboundFor('subscriber'),
    }),
    upstreamConnectTimeoutMs: int(env, 'UPSTREAM_CONNECT_TIMEOUT_MS', 5_000, 100, 120_000),
    upstreamRequestTimeoutMs: int(env, 'UPSTREAM_REQUEST_TIMEOUT_MS', 15_000, 100, 300_000),
    upstreamMaxRetries: int(env, 'UPSTREAM_MAX_RETRIES', 2, 0, 10),
    tokenRefreshSkewSec: int(env, 'TOKEN_REFRESH_SKEW_SEC', 60, 0, 3_600),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    memoryStoreMaxEntries: int(env, 'MEMORY_STORE_MAX_ENTRIES', 50_000, 100, 10_000_000),
    readCache,
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', true),
    logLevel,
    maxQueryTokens: int(env, 'GRAPHQL_MAX_TOKENS', 5_000, 100, 1_000_000),
    maxQueryUpstreamCalls: int(env, 'GRAPHQL_MAX_UPSTREAM_CALLS', 50, 1, 100_000),
    maxQueryResultNodes: int(env, 'GRAPHQL_MAX_RESULT_NODES', 10_000, 1, 10_000_000),
    maxQueryDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 1_000),
    publicUrl: url(env, 'PUBLIC_URL', ['https:', 'http:']),
    orderPollMinIntervalMs,
    orderPollMaxIntervalMs,
    wsConnectionInitTimeoutMs: int(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', 10_000, 100, 600_000),
    wsKeepAliveMs: int(env, 'WS_KEEPALIVE_MS', 12_000, 100, 600_000),
    shutdownGraceMs,
    messageSearchLagSec: int(env, 'MESSAGE_SEARCH_LAG_SEC', 300, 0, 86_400),
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    wsMaxPayloadBytes: int(env, 'WS_MAX_PAYLOAD_BYTES', 1_048_576, 1_024, 104_857_600),
    wsMaxSubscriptions: int(env, 'WS_MAX_SUBSCRIPTIONS', 20, 1, 100_000),
    requestDeadlineMs,
    upstreamRateLimitFallbackPerMinute,
    redisCommandTimeoutMs: int(env, 'REDIS_COMMAND_TIMEOUT_MS', 500, 50, 60_000),
    auth,
    tracing: tracingConfig(env),
    persistedDocuments: persistedDocumentsConfig(env),
    metricsPort,
    metricsMaxOperationNames: int(env, 'METRICS_MAX_OPERATION_NAMES', 100, 0, 10_000),
  });
}

/** The gateway's port (PORT, default 4000): `loadConfig` reads it so, and `npm run token` finds the gateway there. */
export function loadPort(env: NodeJS.ProcessEnv = process.env): number {
  return int(env, 'PORT', 4000, 0, 65_535);
}
