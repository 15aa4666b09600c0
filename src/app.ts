import 'reflect-metadata';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import KeyvRedis from '@keyv/redis';
import express from 'express';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { Config, UpstreamCredentials } from './config';
import type { Context, Services } from './context';
import { type OrderProfiles, ProfileStore } from './stores/profile-store';
import { ApiKeyStore, MemoryApiKeyBackend, RedisApiKeyBackend } from './stores/api-keys';
import { IdempotencyStore } from './stores/idempotency';
import { MemoryLeaseStore, RedisLeaseStore } from './stores/leases';
import { MemoryEventClaims, RedisEventClaims } from './stores/event-claims';
import { BoundedMemoryStore } from './stores/memory-store';
import { createStoreRedisClient } from './stores/redis-client';
import { MESSAGE_ROUTES_PATH, MessageRouteReceivers } from './stores/message-route-receivers';
import { MessageStreams } from './realtime/message-streams';
import { OrderStreams } from './realtime/order-streams';
import { OrderWatcher } from './realtime/order-watcher';
import { registerOrderWebhooks } from './realtime/order-webhooks';
import { deriveSecret } from './stores/derived-secrets';
import { createGatewayPubSub } from './realtime/pubsub';
import { ACCOUNT_EVENTS_PATH, accountEventsReceiver } from './realtime/receivers/account-events';
import { messageRouteReceivers } from './realtime/receivers/message-routes';
import { serveSubscriptions } from './server/websocket';
import { SlidingWindowRateLimiter } from './telegent/rate-limiter';
import { RedisRateLimiter } from './telegent/redis-rate-limiter';
import { TelegentClient } from './telegent/client';
import { ReadCache } from './telegent/read-cache/read-cache';
import { RefreshBudget } from './telegent/read-cache/refresh-budget';
import { warmEntries } from './telegent/read-cache/warm-up';
import { MemoryCacheStore, RedisCacheStore } from './stores/read-cache-store';
import { graphiqlRouter } from './server/graphiql';
import type { GraphiQLExampleData } from './server/graphiql-examples';
import { createLogger } from './logger';
import { graphqlErrors, jsonErrors } from './server/http-errors';
import { TrustedDocuments } from './server/trusted-documents';
import { healthRouter } from './server/health';
import { OperationPipeline } from './server/pipeline';
import { InboundRateLimit } from './server/inbound-limit';
import { OriginPolicy } from './server/origins';
import { buildGatewaySchema } from './graph/build-schema';
import { Metrics } from './metrics';
import { recordOf, requestIds } from './server/operation-log';
import { Authenticator } from './server/auth/authenticator';
import { DEV_AUDIENCE, DEV_ISSUER, type DemoPrincipal, DevIssuer } from './server/auth/dev-issuer';
import { DEV_PRINCIPALS_PATH, devRouter } from './server/auth/dev-routes';
import { principalOf, requirePrincipal } from './server/auth/http';
import { JwtVerifier } from './server/auth/jwt-verifier';
import { StoredApiKeyVerifier } from './server/auth/api-key-verifier';
import { createTracing } from './tracing';

export const GRAPHQL_PATH = '/graphql';
const GRAPHIQL_ASSETS_PATH = '/graphiql';
/** The largest GraphQL request body read (1 MiB); a larger one is answered 413 PAYLOAD_TOO_LARGE. */
const MAX_BODY_BYTES = 1_048_576;

export interface App {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (known once started). */
  readonly url: string;
  /** The upstream base URL in use. */
  readonly upstreamUrl: string;
  /** Where Prometheus scrapes the metrics: the main port's `/metrics`, or METRICS_PORT's (known once started). */
  readonly metricsUrl: string;
  /** Sandbox mode without an identity provider: the development issuer that mints demo tokens. */
  readonly devIssuer: DevIssuer | null;
  start(port?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The Telegent platform the gateway serves: the real one, or a sandbox `index.ts` started. */
export interface Upstream {
  /** Base URL without /v1.0. */
  baseUrl: string;
  credentials: UpstreamCredentials;
  /**
   * An emulator beside the gateway (the embedded sandbox): it reaches the gateway on loopback, so
   * webhooks and message routes work without PUBLIC_URL.
   */
  local?: boolean;
}

export interface BuildAppOptions {
  /** Default: the one the configuration names (TELEGENT_BASE_URL and credentials). */
  upstream?: Upstream;
  logger?: Logger;
  /** Sandbox mode: the demo principals the development issuer offers (GraphiQL's picker, `/dev/principals`). */
  demoPrincipals?: readonly DemoPrincipal[];
  /** Spans go here, each as it ends, whatever OTEL_* says (tests: an InMemorySpanExporter). Default: the OTLP exporter OTEL_* configures, if any. */
  spanExporter?: SpanExporter;
  /** Sandbox mode: the demo data GraphiQL's example operations name. */
  graphiqlExampleData?: GraphiQLExampleData;
}

/**
 * Wires the gateway in front of the upstream it is given: token store, rate limiter, Telegent
 * client, schema, the operation pipeline, Apollo Server on express 5 and graphql-ws, GraphiQL and
 * the health endpoints, on one http server.
 */
export async function buildApp(config: Readonly<Config>, options: BuildAppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const upstream = options.upstream ?? configuredUpstream(config);
  const { baseUrl, credentials } = upstream;
  // This app's own tracer provider (src/tracing.ts), flushed and shut down by stop().
  const tracing = createTracing(config.tracing, { exporter: options.spanExporter });
  const metrics = new Metrics({ maxOperationNames: config.metricsMaxOperationNames });

  // One store for everything the gateway keeps (tokens, idempotency records, profiles), keys prefixed by use.
  // Its failures throw (keyv would otherwise answer "no record"), fast: README "When Redis is down".
  const redisClient = config.redisUrl ? createStoreRedisClient(config.redisUrl, config.redisCommandTimeoutMs, logger, 'store') : null;
  const sharedStore = new Keyv({
    namespace: 'telegent-graph',
    store: redisClient ? new KeyvRedis(redisClient, { throwOnErrors: true }) : new BoundedMemoryStore(config.memoryStoreMaxEntries),
    throwOnErrors: true,
  });
  // Losing and regaining Redis is logged once each (createStoreRedisClient); each failed command only at debug.
  sharedStore.on('error', (error: Error) => logger.debug({ err: error.message }, 'shared store error'));
  // With Redis, every instance draws on one quota per credential.
  const burst = config.upstreamRateLimitBurst ?? undefined;
  const limiter = config.redisUrl
    ? new RedisRateLimiter({
        redis: createStoreRedisClient(config.redisUrl, config.redisCommandTimeoutMs, logger, 'rate limiter'),
        perMinute: config.upstreamRateLimitPerMinute,
        burst,
        fallbackPerMinute: config.upstreamRateLimitFallbackPerMinute,
        onError: (error) => logger.warn({ err: error.message }, 'rate limiter: a Redis command failed (the local share applies while Redis is away)'),
      })
    : new SlidingWindowRateLimiter({ perMinute: config.upstreamRateLimitPerMinute, burst });
  metrics.watchQueueDepth(() => limiter.queueDepth());
  const client = new TelegentClient({
    baseUrl,
    credentials: credentials,
    tokenStore: sharedStore,
    limiter,
    logger,
    connectTimeoutMs: config.upstreamConnectTimeoutMs,
    requestTimeoutMs: config.upstreamRequestTimeoutMs,
    maxRetries: config.upstreamMaxRetries,
    tokenRefreshSkewSec: config.tokenRefreshSkewSec,
    tracer: tracing.tracer,
    metrics,
  });
  const redisStore = sharedStore.store instanceof KeyvRedis ? (sharedStore.store as KeyvRedis<unknown>) : null;
  const leases = redisStore ? new RedisLeaseStore(redisStore) : new MemoryLeaseStore();
  // Only keyed hashes are stored: the key comes from configuration, or the upstream secret, never the store.
  const apiKeys = new ApiKeyStore(
    redisStore ? new RedisApiKeyBackend(redisStore, client.credentialId) : new MemoryApiKeyBackend(),
    config.auth.apiKeySecret ?? deriveSecret(credentials.accountSecret, 'api-keys'),
  );
  const { pubSub, close: closePubSub } = createGatewayPubSub(
    config.redisUrl ? { url: config.redisUrl, commandTimeoutMs: config.redisCommandTimeoutMs } : null,
    client.credentialId,
    logger,
  );
  const orderProfiles: OrderProfiles = new ProfileStore(sharedStore, client.credentialId, 'order');
  // Known once the server listens: PUBLIC_URL, or in sandbox mode the gateway's own loopback URL.
  let publicUrl: string | null = null;
  const readCache = new ReadCache({
    store: config.redisUrl
      ? new RedisCacheStore(createStoreRedisClient(config.redisUrl, config.redisCommandTimeoutMs, logger, 'read cache'), `telegent-graph:read-cache:${client.credentialId}:`)
      : new MemoryCacheStore(),
    leases,
    budget: new RefreshBudget({
      perMinute: config.readCache.refreshPerMinute,
      redis: config.redisUrl ? createStoreRedisClient(config.redisUrl, config.redisCommandTimeoutMs, logger, 'read cache budget') : null,
      scope: client.credentialId,
      onRedisError: (error) => logger.warn({ err: error.message }, 'read cache budget: a Redis command failed (this instance counts alone for a few seconds)'),
    }),
    client,
    logger,
    scope: client.credentialId,
    ...config.readCache,
    metrics,
  });
  const orderWatcher = new OrderWatcher({
    client,
    orderProfiles,
    pubSub,
    leases,
    interestStore: sharedStore,
    scope: client.credentialId,
    logger,
    minIntervalMs: config.orderPollMinIntervalMs,
    maxIntervalMs: config.orderPollMaxIntervalMs,
    readCache,
    metrics,
  });
  const routeReceivers = new MessageRouteReceivers(sharedStore, client.credentialId, deriveSecret(credentials.accountSecret, 'message-route-credentials'));
  const services: Services = {
    client,
    readCache,
    accountProfiles: new ProfileStore(sharedStore, client.credentialId, 'account'),
    numberProfiles: new ProfileStore(sharedStore, client.credentialId, 'number'),
    orderProfiles,
    // The upstream secret keys the fingerprints: every instance has it, the shared store does not.
    idempotency: new IdempotencyStore(sharedStore, leases, client.credentialId, deriveSecret(credentials.accountSecret, 'idempotency-fingerprints')),
    messageSearchLagMs: config.messageSearchLagSec * 1000,
    pubSub,
    orderWatcher,
    orderStreams: new OrderStreams(orderWatcher, pubSub),
    messageStreams: new MessageStreams(pubSub, routeReceivers),
    messageRouteReceivers: routeReceivers,
    publicUrl: () => publicUrl,
    apiKeys,
  };
  const webhookToken = deriveSecret(credentials.accountSecret, 'account-webhook-token');

  const expressApp = express();
  expressApp.disable('x-powered-by');
  // First: every answer, whoever gives it, carries the request's id.
  expressApp.use(requestIds());
  const httpServer: Server = createServer(expressApp);
  const sockets = new Set<Socket>();
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const schema = await buildGatewaySchema();
  const { authenticator, devIssuer } = await createAuthenticator(config, apiKeys);
  if (config.auth.mode === 'none') {
    logger.warn(`AUTH_MODE=none: every caller is the operator, with every scope; listening on ${config.host} only`);
  }
  // Every caller is one principal under AUTH_MODE=none: a limit per principal would be one for everybody.
  const inboundLimit =
    config.auth.mode === 'none'
      ? null
      : new InboundRateLimit({
          perMinute: config.inboundRateLimitPerMinute,
          redis: config.redisUrl ? createStoreRedisClient(config.redisUrl, config.redisCommandTimeoutMs, logger, 'inbound limit') : null,
          scope: client.credentialId,
          onRedisError: (error) => logger.warn({ err: error.message }, 'inbound limit: a Redis command failed (this instance counts alone for a few seconds)'),
        });
  const pipeline = new OperationPipeline({
    schema,
    services,
    maxQueryTokens: config.maxQueryTokens,
    maxQueryUpstreamCalls: config.maxQueryUpstreamCalls,
    shape: { maxResultNodes: config.maxQueryResultNodes, maxDepth: config.maxQueryDepth },
    requestDeadlineMs: config.requestDeadlineMs,
    logger,
    authenticator,
    inboundLimit,
    tracer: tracing.tracer,
    trustedDocuments: new TrustedDocuments(config.persistedDocuments),
    metrics,
  });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // Clients get codes, never internals: Apollo adds stack traces unless NODE_ENV=production.
    includeStacktraceInErrorResponses: false,
    parseOptions: pipeline.parseOptions,
    // Operations by hash are trusted documents only (pipeline.httpDocuments, README "Trusted documents"):
    // Apollo's automatic persisted queries would let any client register any document.
    persistedQueries: false,
    // index.ts owns the signals: Apollo's own handler would race it, end the process by signal and
    // drop what is in flight after its own 10 s.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      // Freshness is the read cache's (`extensions.freshness`); Apollo's cache hints would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      pipeline.apolloPlugin(),
      pipeline.tracing.apolloPlugin(),
    ],
    formatError: (formatted, error) => pipeline.formatError(formatted, error),
  });
  await apollo.start();

  expressApp.use(healthRouter(() => client.checkReady(), redisClient ? async () => void (await redisClient.ping()) : undefined));
  expressApp.get('/cachez', (_req, res) => void res.json(readCache.stats()));
  // With METRICS_PORT the metrics are served there only, off the public port (README "Metrics").
  const serveMetrics: express.RequestHandler = (_req, res, next) => {
    // Written as prom-client gives it: express's send would reorder the Content-Type's parameters.
    metrics.text().then((text) => void res.writeHead(200, { 'Content-Type': metrics.contentType }).end(text), next);
  };
  if (config.metricsPort === null) expressApp.get(METRICS_PATH, serveMetrics);
  expressApp.use(ACCOUNT_EVENTS_PATH, accountEventsReceiver({ token: webhookToken, orders: orderWatcher, logger }));
  const claims = redisStore ? new RedisEventClaims(redisStore) : new MemoryEventClaims();
  expressApp.use(MESSAGE_ROUTES_PATH, messageRouteReceivers({ receivers: services.messageRouteReceivers, pubSub, claims, scope: client.credentialId, logger }));
  // Before GraphiQL's route on the same path, which would answer preflights itself.
  const origins = new OriginPolicy(config.allowedOrigins, upstream.local === true);
  expressApp.use(GRAPHQL_PATH, origins.cors());
  expressApp.use(graphiqlRouter({ graphqlPath: GRAPHQL_PATH, assetsPath: GRAPHIQL_ASSETS_PATH, principalsPath: devIssuer ? DEV_PRINCIPALS_PATH : null, exampleData: options.graphiqlExampleData ?? null }));
  const graphqlOverHttp = expressMiddleware(apollo, {
    context: async ({ req, res }) =>
      pipeline.context(principalOf(res), {
        requestId: recordOf(res).requestId,
        upstream: recordOf(res).upstream,
        idempotencyKey: req.get('idempotency-key') ?? null,
        signal: abandonment(res),
        noCache: asksNoCache(req.get('cache-control')),
      }),
  });
  if (devIssuer) {
    expressApp.get(DEV_JWKS_PATH, (_req, res) => void res.json(devIssuer.jwks));
    expressApp.use(devRouter(devIssuer, options.demoPrincipals ?? []));
  }
  expressApp.use(
    GRAPHQL_PATH,
    pipeline.recordOperation(),
    pipeline.tracing.httpSpan(),
    requirePrincipal(authenticator),
    pipeline.admission(),
    express.json({ limit: MAX_BODY_BYTES }),
    pipeline.httpDocuments(),
    pipeline.httpOperationScope(),
    (req, res, next) => pipeline.execution(recordOf(res).upstream, () => graphqlOverHttp(req, res, next)),
  );
  // What the middleware above refuses is answered in GraphQL's shape, with a code.
  expressApp.use(GRAPHQL_PATH, graphqlErrors(logger, MAX_BODY_BYTES));
  expressApp.use(jsonErrors(logger));
  const subscriptions = serveSubscriptions({
    httpServer,
    path: GRAPHQL_PATH,
    pipeline,
    connectionInitTimeoutMs: config.wsConnectionInitTimeoutMs,
    keepAliveMs: config.wsKeepAliveMs,
    origins,
    maxPayloadBytes: config.wsMaxPayloadBytes,
    maxOperations: config.wsMaxSubscriptions,
    metrics,
  });
  const metricsServer = config.metricsPort === null ? null : createServer(express().disable('x-powered-by').get(METRICS_PATH, serveMetrics));

  let url = '';
  let metricsUrl = '';
  return {
    get url() {
      return url;
    },
    get metricsUrl() {
      return metricsUrl;
    },
    upstreamUrl: baseUrl,
    devIssuer,
    async start(port = config.port) {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, config.host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
      metricsUrl = `http://${host}:${address.port}${METRICS_PATH}`;
      if (metricsServer) {
        await new Promise<void>((resolve, reject) => {
          metricsServer.once('error', reject);
          metricsServer.listen(config.metricsPort!, config.host, () => resolve());
        });
        metricsUrl = `http://${host}:${(metricsServer.address() as AddressInfo).port}${METRICS_PATH}`;
      }
      readCache.start(() => warmEntries(readCache));
      // A local upstream reaches the gateway on loopback; a real one needs PUBLIC_URL.
      publicUrl = config.publicUrl ?? (upstream.local ? `http://127.0.0.1:${address.port}` : null);
      origins.addOwn(url, publicUrl);
      if (publicUrl === null) {
        logger.info('PUBLIC_URL is not set: order changes are found by polling only, and message routes cannot point at the gateway');
      } else {
        void registerOrderWebhooks({ client, logger }, `${publicUrl}${ACCOUNT_EVENTS_PATH}`, webhookToken).catch((error: Error) =>
          logger.warn({ err: error.message }, 'order webhook registration failed; polling still finds order changes'),
        );
      }
    },
    async stop() {
      // Subscribers first, told to reconnect (1012); then Apollo's drain stops accepting connections
      // and lets in-flight operations finish within SHUTDOWN_GRACE_MS before closing what is left.
      await subscriptions.close();
      orderWatcher.close();
      await readCache.close();
      await apollo.stop();
      for (const socket of sockets) socket.destroy();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      if (metricsServer?.listening) {
        metricsServer.closeAllConnections();
        await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
      }
      limiter.close();
      inboundLimit?.close();
      await client.close();
      await sharedStore.disconnect().catch(() => undefined);
      await closePubSub();
      await tracing.shutdown();
    },
  };
}

/** Where Prometheus scrapes (README "Metrics"). */
export const METRICS_PATH = '/metrics';

/** Where the development issuer's keys are served (sandbox mode without an identity provider). */
export const DEV_JWKS_PATH = '/.well-known/jwks.json';

/**
 * How callers are authenticated: the configured identity provider (JWT), the sandbox's development
 * issuer when sandbox mode has none, or nobody (AUTH_MODE=none); API keys beside either issuer.
 */
async function createAuthenticator(config: Readonly<Config>, apiKeys: ApiKeyStore): Promise<{ authenticator: Authenticator; devIssuer: DevIssuer | null }> {
  const { auth } = config;
  if (auth.mode === 'none') return { authenticator: new Authenticator({ jwt: null, apiKeys: null }), devIssuer: null };
  const settings = { algorithms: auth.algorithms, clockToleranceSec: auth.clockToleranceSec, claims: auth.claims };
  const keys = new StoredApiKeyVerifier(apiKeys);
  if (auth.mode === 'sandbox') {
    const devIssuer = await DevIssuer.create(auth.claims);
    // The development issuer puts its audience in `aud`, whatever AUTH_CLAIM_AUDIENCE says.
    const jwt = new JwtVerifier({ ...settings, claims: { ...auth.claims, audience: 'aud' }, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: devIssuer.jwks });
    return { authenticator: new Authenticator({ jwt, apiKeys: keys }), devIssuer };
  }
  const jwt = new JwtVerifier({
    ...settings,
    issuer: auth.issuer!,
    audience: auth.audience!,
    jwksUrl: auth.jwksUrl,
    jwksCooldownSec: auth.jwksCooldownSec,
    publicKeys: auth.publicKeys,
  });
  return { authenticator: new Authenticator({ jwt, apiKeys: keys }), devIssuer: null };
}

/** The upstream the configuration names; `index.ts` passes the embedded sandbox when it names none. */
function configuredUpstream(config: Readonly<Config>): Upstream {
  if (config.telegentBaseUrl === null || config.credentials === null) {
    throw new Error('buildApp needs an upstream: TELEGENT_BASE_URL and its credentials, or the one passed in options.upstream.');
  }
  return { baseUrl: config.telegentBaseUrl, credentials: config.credentials };
}

/** `Cache-Control: no-cache` (any casing, among other directives): the client pays for fresh data (README "The read cache"). */
function asksNoCache(header: string | undefined): boolean {
  return header !== undefined && header.split(',').some((directive) => directive.trim().toLowerCase() === 'no-cache');
}

/** Aborted when the client goes away before its answer is complete (the connection closed early). */
function abandonment(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
