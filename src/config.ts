/**
 * The gateway's settings, read once from the environment (README "Configuration"). This is the
 * only module that reads process.env; everything else receives a `Config`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Role } from './principal';

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

/** The samplers OTEL_TRACES_SAMPLER may name (the ratio ones read OTEL_TRACES_SAMPLER_ARG). */
export const TRACE_SAMPLERS = ['parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio', 'always_on', 'always_off', 'traceidratio'] as const;
export type TraceSampler = (typeof TRACE_SAMPLERS)[number];

/**
 * Tracing settings, named as the OpenTelemetry SDKs name them, so the usual deployment
 * environment works unchanged. They are handed to the SDK objects explicitly (src/tracing.ts).
 */
export interface TracingConfig {
  /**
   * Where spans are sent (OTLP over HTTP, JSON): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or
   * OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. null: no exporter, so no tracing (neither is set,
   * OTEL_TRACES_EXPORTER=none, or OTEL_SDK_DISABLED=true). @default null
   */
  exporterUrl: string | null;
  /** Sent with every export (OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_TRACES_HEADERS), e.g. a vendor's API key: never logged. */
  exporterHeaders: Readonly<Record<string, string>>;
  /** `service.name` (OTEL_SERVICE_NAME, else `service.name` in OTEL_RESOURCE_ATTRIBUTES). @default 'telegent-graph' */
  serviceName: string;
  /** Other resource attributes (OTEL_RESOURCE_ATTRIBUTES: `key=value,…`, values percent-decoded). */
  resourceAttributes: Readonly<Record<string, string>>;
  /** OTEL_TRACES_SAMPLER. @default 'parentbased_always_on' */
  sampler: TraceSampler;
  /** The share of traces the ratio samplers keep (OTEL_TRACES_SAMPLER_ARG, 0 to 1). @default 1 */
  samplerRatio: number;
}

/**
 * `off`: documents only (a hash alone is answered PERSISTED_QUERY_NOT_SUPPORTED). `allow`: a known
 * hash runs its manifest document, and full documents still run. `require`: only hashes of the
 * manifest run (operators excepted, for GraphiQL); any other document is refused before parsing.
 */
export type PersistedDocumentsMode = 'off' | 'allow' | 'require';

export interface PersistedDocumentsConfig {
  /** PERSISTED_DOCUMENTS. @default 'off' */
  mode: PersistedDocumentsMode;
  /** The manifest (PERSISTED_DOCUMENTS_MANIFEST): hash → document text, as the codegen client preset writes `persisted-documents.json`. Empty when off. */
  documents: ReadonlyMap<string, string>;
}

/** The JWT claims the gateway reads a principal from (README "Authentication and access"). */
export interface ClaimNames {
  /** @default 'telegent_role' */
  role: string;
  /** @default 'telegent_accounts' */
  accounts: string;
  /** @default 'telegent_subscriber' */
  subscriber: string;
  /** @default 'scope' (Entra ID sends `scp`) */
  scope: string;
  /** The claim that must hold AUTH_AUDIENCE. @default 'aud' (Cognito's access tokens carry `client_id` instead) */
  audience: string;
}

export interface AuthConfig {
  /**
   * `jwt`: access tokens from the configured identity provider, and API keys. `sandbox`: sandbox
   * mode with no identity provider configured, so the gateway runs a development issuer (and API
   * keys). `none` (AUTH_MODE=none): no authentication, every caller is the operator, on 127.0.0.1 only.
   */
  mode: 'jwt' | 'sandbox' | 'none';
  /** The `iss` every token must carry (AUTH_ISSUER). */
  issuer: string | null;
  /** An `aud` every token must carry (AUTH_AUDIENCE). */
  audience: string | null;
  /** The identity provider's JWKS (AUTH_JWKS_URL): cached, refetched on an unknown `kid`. */
  jwksUrl: string | null;
  /**
   * The least time between two fetches of the JWKS (AUTH_JWKS_COOLDOWN_SEC): tokens naming unknown
   * keys cannot make the gateway hammer the IdP, and a key published since the last fetch is
   * found after at most this long. @default 10
   */
  jwksCooldownSec: number;
  /** Verification keys given inline (AUTH_JWT_PUBLIC_KEYS): PEM public keys, a JWK, or a JWKS. */
  publicKeys: string | null;
  /** Signature algorithms accepted: asymmetric only. @default RS256 … EdDSA (no HS*, never none) */
  algorithms: readonly string[];
  /** Clock difference tolerated on `exp` and `nbf`. @default 30 */
  clockToleranceSec: number;
  claims: ClaimNames;
  /**
   * Keys the hashes of stored API keys (AUTH_API_KEY_SECRET, at least 32 characters); null: derived
   * from the upstream secret. Changing it (or the upstream secret, when derived) invalidates every key.
   */
  apiKeySecret: string | null;
}

/** Asymmetric JWS algorithms: a public key can never be used as an HMAC secret. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** A bad or missing setting; `main` prints its message (one line naming the variable) and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got '${env[name]}'`);
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got '${raw}'`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got '${parsed.protocol}'`);
  }
  return raw.replace(/\/+$/, '');
}

/** A comma-separated list of web origins (`scheme://host[:port]`, no path), normalized as browsers send them. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const text = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(text);
    } catch {
      parsed = null;
    }
    // Only scheme, host and port: `https://a.example/x`, `?q`, `user@` are not origins.
    if (!parsed || !['https:', 'http:'].includes(parsed.protocol) || parsed.href !== `${parsed.origin}/`) {
      throw new ConfigError(`${name} must be a comma-separated list of origins such as https://app.example.com (scheme, host, optional port; no path), got '${text}'`);
    }
    return parsed.origin;
  });
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

const PERSISTED_DOCUMENTS_MODES: readonly PersistedDocumentsMode[] = ['off', 'allow', 'require'];

/**
 * PERSISTED_DOCUMENTS and its manifest, read and checked whole at start: a manifest that cannot be
 * read, is not a JSON object of hash → document, or holds a document that does not parse stops the
 * gateway, rather than refusing the app's operations one by one later.
 */
function persistedDocumentsConfig(env: NodeJS.ProcessEnv): PersistedDocumentsConfig {
  const mode = (env.PERSISTED_DOCUMENTS?.trim().toLowerCase() || 'off') as PersistedDocumentsMode;
  if (!PERSISTED_DOCUMENTS_MODES.includes(mode)) throw new ConfigError(`PERSISTED_DOCUMENTS must be off, allow or require, got '${env.PERSISTED_DOCUMENTS}'`);
  const path = env.PERSISTED_DOCUMENTS_MANIFEST?.trim() || null;
  if (mode === 'off') {
    if (path !== null) throw new ConfigError('PERSISTED_DOCUMENTS_MANIFEST is set but PERSISTED_DOCUMENTS is off: set PERSISTED_DOCUMENTS=allow or require, or unset the manifest');
    return Object.freeze({ mode, documents: new Map() });
  }
  if (path === null) throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST is required with PERSISTED_DOCUMENTS=${mode}: the persisted-documents.json the codegen client preset writes`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): '${path}'`);
  }
  const expected = `a JSON object of "<hash>": "<document>" (the codegen client preset's persisted-documents.json)`;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' is not valid JSON`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' is not an object`);
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (!/^\S{1,200}$/.test(hash) || typeof document !== 'string' || document.trim() === '') {
      throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST must be ${expected}; '${path}' has the entry '${hash.slice(0, 80)}' that is not`);
    }
    try {
      parse(document, { noLocation: true });
    } catch (error) {
      throw new ConfigError(`PERSISTED_DOCUMENTS_MANIFEST: the document of '${hash}' in '${path}' does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    documents.set(hash, document);
  }
  return Object.freeze({ mode, documents });
}

const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/**
 * Authentication is required outside sandbox mode: without an identity provider the gateway does
 * not start, unless AUTH_MODE=none says explicitly that every caller is the operator.
 */
function authConfig(env: NodeJS.ProcessEnv, sandboxMode: boolean): AuthConfig {
  const mode = env.AUTH_MODE?.trim().toLowerCase() || null;
  if (mode !== null && mode !== 'jwt' && mode !== 'none') throw new ConfigError(`AUTH_MODE must be jwt or none, got '${env.AUTH_MODE}'`);
  const issuer = env.AUTH_ISSUER?.trim() || null;
  const audience = env.AUTH_AUDIENCE?.trim() || null;
  const jwksUrl = url(env, 'AUTH_JWKS_URL', ['https:', 'http:']);
  const publicKeys = env.AUTH_JWT_PUBLIC_KEYS?.trim() || null;
  const algorithms = list(env, 'AUTH_ALGORITHMS') ?? [...ASYMMETRIC_ALGORITHMS];
  const refused = algorithms.filter((alg) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg));
  if (refused.length > 0) {
    throw new ConfigError(`AUTH_ALGORITHMS may list only asymmetric algorithms (${ASYMMETRIC_ALGORITHMS.join(', ')}), got '${refused.join(', ')}'`);
  }
  const configured = issuer !== null || audience !== null || jwksUrl !== null || publicKeys !== null;
  const settings = {
    issuer,
    audience,
    jwksUrl,
    jwksCooldownSec: int(env, 'AUTH_JWKS_COOLDOWN_SEC', 10, 1, 3_600),
    publicKeys,
    algorithms,
    clockToleranceSec: int(env, 'AUTH_CLOCK_TOLERANCE_SEC', 30, 0, 300),
    claims: {
      role: env.AUTH_CLAIM_ROLE?.trim() || 'telegent_role',
      accounts: env.AUTH_CLAIM_ACCOUNTS?.trim() || 'telegent_accounts',
      subscriber: env.AUTH_CLAIM_SUBSCRIBER?.trim() || 'telegent_subscriber',
      scope: env.AUTH_CLAIM_SCOPE?.trim() || 'scope',
      audience: env.AUTH_CLAIM_AUDIENCE?.trim() || 'aud',
    },
    apiKeySecret: apiKeySecret(env),
  };
  if (mode === 'none') {
    if (configured) throw new ConfigError('AUTH_MODE=none turns authentication off: unset AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL and AUTH_JWT_PUBLIC_KEYS, or unset AUTH_MODE');
    return { mode: 'none', ...settings };
  }
  if (!configured && sandboxMode && mode === null) return { mode: 'sandbox', ...settings };
  if (!configured) {
    throw new ConfigError(
      'Authentication is not configured: set AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL (or AUTH_JWT_PUBLIC_KEYS), ' +
        'or AUTH_MODE=none to let every caller act as the operator on 127.0.0.1 (README "Authentication and access")',
    );
  }
  if (issuer === null) throw new ConfigError('AUTH_ISSUER is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens from any other issuer are refused');
  if (audience === null) throw new ConfigError('AUTH_AUDIENCE is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens meant for another API are refused');
  if (jwksUrl === null && publicKeys === null) throw new ConfigError('AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS is required: the keys tokens are verified with');
  return { mode: 'jwt', ...settings };
}

/** The gateway's port (PORT, default 4000): `loadConfig` reads it so, and `npm run token` finds the gateway there. */
export function loadPort(env: NodeJS.ProcessEnv = process.env): number {
  return int(env, 'PORT', 4000, 0, 65_535);
}

/** The least length of AUTH_API_KEY_SECRET: it keys the hashes every stored API key is kept as. */
const MIN_API_KEY_SECRET_LENGTH = 32;

/** AUTH_API_KEY_SECRET (never repeated in an error); null when unset. */
function apiKeySecret(env: NodeJS.ProcessEnv): string | null {
  const raw = env.AUTH_API_KEY_SECRET;
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_API_KEY_SECRET_LENGTH) {
    throw new ConfigError(`AUTH_API_KEY_SECRET must be at least ${MIN_API_KEY_SECRET_LENGTH} characters (a random value, e.g. openssl rand -hex 32)`);
  }
  return raw;
}

/**
 * The OTEL_* variables this gateway honours (README "Tracing"). The endpoint turns tracing on;
 * what the SDKs would silently ignore or replace by a default (an unknown sampler or exporter, a
 * gRPC protocol, a ratio out of range) is refused here, naming the variable.
 */
function tracingConfig(env: NodeJS.ProcessEnv): TracingConfig {
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || 'otlp';
  if (exporter !== 'otlp' && exporter !== 'none') throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got '${env.OTEL_TRACES_EXPORTER}'`);
  for (const name of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']) {
    const protocol = env[name]?.trim();
    // Collectors take both encodings on their OTLP/HTTP port; the gateway's exporter sends JSON.
    if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json') {
      throw new ConfigError(`${name} must be http/protobuf or http/json (spans are sent over OTLP/HTTP), got '${protocol}'`);
    }
  }
  const tracesEndpoint = otlpUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const endpoint = otlpUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  // The signal-specific URL is used as given; the general one is a base the signal's path is appended to (OTLP exporter spec).
  const configuredUrl = tracesEndpoint ?? (endpoint === null ? null : `${endpoint.replace(/\/+$/, '')}/v1/traces`);
  const disabled = bool(env, 'OTEL_SDK_DISABLED', false);
  const resourceAttributes = keyValueList(env, 'OTEL_RESOURCE_ATTRIBUTES');
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || resourceAttributes['service.name'] || 'telegent-graph';
  delete resourceAttributes['service.name'];
  const sampler = (env.OTEL_TRACES_SAMPLER?.trim().toLowerCase() || 'parentbased_always_on') as TraceSampler;
  if (!TRACE_SAMPLERS.includes(sampler)) throw new ConfigError(`OTEL_TRACES_SAMPLER must be one of ${TRACE_SAMPLERS.join(', ')}, got '${env.OTEL_TRACES_SAMPLER}'`);
  const ratioText = env.OTEL_TRACES_SAMPLER_ARG?.trim();
  const samplerRatio = ratioText ? Number(ratioText) : 1;
  if (!Number.isFinite(samplerRatio) || samplerRatio < 0 || samplerRatio > 1) {
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1 (the share of traces kept), got '${ratioText}'`);
  }
  return Object.freeze({
    exporterUrl: disabled || exporter === 'none' ? null : configuredUrl,
    exporterHeaders: Object.freeze({ ...keyValueList(env, 'OTEL_EXPORTER_OTLP_HEADERS'), ...keyValueList(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS') }),
    serviceName,
    resourceAttributes: Object.freeze(resourceAttributes),
    sampler,
    samplerRatio,
  });
}

function otlpUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = null;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) throw new ConfigError(`${name} must be an http:// or https:// URL (OTLP over HTTP, e.g. http://localhost:4318), got '${raw}'`);
  return raw;
}

/**
 * A W3C-baggage-style `key=value,key2=value2` list (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS),
 * values percent-decoded. A bad entry is named by position, not quoted: header values are often API keys.
 */
function keyValueList(env: NodeJS.ProcessEnv, name: string): Record<string, string> {
  const raw = env[name]?.trim();
  const result: Record<string, string> = {};
  if (!raw) return result;
  raw.split(',').forEach((entry, index) => {
    if (entry.trim() === '') return;
    const equals = entry.indexOf('=');
    const key = equals > 0 ? entry.slice(0, equals).trim() : '';
    let value: string | null = null;
    try {
      value = equals > 0 ? decodeURIComponent(entry.slice(equals + 1).trim()) : null;
    } catch {
      value = null;
    }
    if (key === '' || value === null) throw new ConfigError(`${name} must be a comma-separated list of key=value pairs (values percent-encoded): entry ${index + 1} is not`);
    result[key] = value;
  });
  return result;
}

/** A comma- or space-separated list; null when unset. */
function list(env: NodeJS.ProcessEnv, name: string): string[] | null {
  const raw = env[name]?.trim();
  return raw ? raw.split(/[\s,]+/).filter(Boolean) : null;
}
