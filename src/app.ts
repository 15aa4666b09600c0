import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import KeyvRedis from '@keyv/redis';
import express from 'express';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { SANDBOX_CREDENTIALS, type RunningSandbox, startSandbox } from '../sandbox';
import type { Config, UpstreamCredentials } from './config';
import { type Context, type Services, createContext } from './context';
import { ProfileStore } from './stores/profile-store';
import { IdempotencyStore } from './stores/idempotency';
import { MemoryLeaseStore, RedisLeaseStore } from './stores/leases';
import { BoundedMemoryStore } from './stores/memory-store';
import { MESSAGE_ROUTES_PATH, MessageRouteReceivers } from './realtime/message-route-receivers';
import { MessageStreams } from './realtime/message-streams';
import { OrderStreams } from './realtime/order-streams';
import { OrderWatcher } from './realtime/order-watcher';
import { registerOrderWebhooks } from './realtime/order-webhooks';
import { deriveSecret } from './stores/derived-secrets';
import { createGatewayPubSub } from './realtime/pubsub';
import { ACCOUNT_EVENTS_PATH, accountEventsReceiver } from './realtime/receivers/account-events';
import { messageRouteReceivers } from './realtime/receivers/message-routes';
import { serveSubscriptions } from './server/websocket';
import { ErrorCode, GatewayError } from './errors';
import { SlidingWindowRateLimiter } from './telegent/rate-limiter';
import { TelegentClient } from './telegent/client';
import { graphiqlRouter } from './server/graphiql';
import { createLogger } from './logger';
import { formatGatewayError } from './server/format-error';
import { jsonErrors } from './server/http-errors';
import { queryCostLimit } from './server/query-cost-limit';
import { buildGatewaySchema } from './graph/build-schema';

export const GRAPHQL_PATH = '/graphql';
const GRAPHIQL_ASSETS_PATH = '/graphiql';

export interface App {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (known once started). */
  readonly url: string;
  /** The upstream base URL in use (the embedded sandbox's in sandbox mode). */
  readonly upstreamUrl: string;
  readonly sandboxMode: boolean;
  start(port?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface BuildAppOptions {
  logger?: Logger;
}

/**
 * Wires the gateway: upstream (or the embedded sandbox), token store, rate limiter, Telegent
 * client, schema, Apollo Server on express 5, GraphiQL and the health endpoints, on one http server.
 */
export async function buildApp(config: Readonly<Config>, options: BuildAppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);

  let sandbox: RunningSandbox | null = null;
  let baseUrl = config.telegentBaseUrl;
  let credentials: UpstreamCredentials | null = config.credentials;
  if (baseUrl === null) {
    sandbox = await startSandbox({ config: { port: 0 } });
    baseUrl = sandbox.url;
    credentials = { accountKey: SANDBOX_CREDENTIALS[0].accountKey, accountSecret: SANDBOX_CREDENTIALS[0].accountSecret };
  }

  // One store for everything the gateway keeps (tokens, idempotency records, profiles), keys prefixed by use.
  const sharedStore = new Keyv({
    namespace: 'telegent-graph',
    store: config.redisUrl ? new KeyvRedis(config.redisUrl) : new BoundedMemoryStore(config.memoryStoreMaxEntries),
  });
  sharedStore.on('error', (error: Error) => logger.error({ err: error.message }, 'shared store error'));
  const limiter = new SlidingWindowRateLimiter(config.upstreamRateLimitPerMinute);
  const client = new TelegentClient({
    baseUrl,
    credentials: credentials!,
    tokenStore: sharedStore,
    limiter,
    logger,
    connectTimeoutMs: config.upstreamConnectTimeoutMs,
    requestTimeoutMs: config.upstreamRequestTimeoutMs,
    maxRetries: config.upstreamMaxRetries,
    tokenRefreshSkewSec: config.tokenRefreshSkewSec,
  });
  const redisStore = sharedStore.store instanceof KeyvRedis ? (sharedStore.store as KeyvRedis<unknown>) : null;
  const leases = redisStore ? new RedisLeaseStore(redisStore) : new MemoryLeaseStore();
  const { pubSub, close: closePubSub } = createGatewayPubSub(config.redisUrl, client.credentialId, (error) => logger.error({ err: error.message }, 'pub/sub error'));
  const orderWatcher = new OrderWatcher({
    client,
    pubSub,
    leases,
    interestStore: sharedStore,
    scope: client.credentialId,
    logger,
    minIntervalMs: config.orderPollMinIntervalMs,
    maxIntervalMs: config.orderPollMaxIntervalMs,
  });
  // Known once the server listens: PUBLIC_URL, or in sandbox mode the gateway's own loopback URL.
  let publicUrl: string | null = null;
  const services: Services = {
    client,
    accountProfiles: new ProfileStore(sharedStore, client.credentialId, 'account'),
    numberProfiles: new ProfileStore(sharedStore, client.credentialId, 'number'),
    // The upstream secret keys the fingerprints: every instance has it, the shared store does not.
    idempotency: new IdempotencyStore(sharedStore, leases, client.credentialId, deriveSecret(credentials!.accountSecret, 'idempotency-fingerprints')),
    messageSearchLagMs: config.messageSearchLagSec * 1000,
    pubSub,
    orderWatcher,
    orderStreams: new OrderStreams(orderWatcher, pubSub),
    messageStreams: new MessageStreams(pubSub),
    messageRouteReceivers: new MessageRouteReceivers(sharedStore, client.credentialId, deriveSecret(credentials!.accountSecret, 'message-route-credentials')),
    publicUrl: () => publicUrl,
  };
  const webhookToken = deriveSecret(credentials!.accountSecret, 'account-webhook-token');

  const expressApp = express();
  expressApp.disable('x-powered-by');
  const httpServer: Server = createServer(expressApp);
  const sockets = new Set<Socket>();
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const schema = await buildGatewaySchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // Clients get codes, never internals: Apollo adds stack traces unless NODE_ENV=production.
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.maxQueryTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      queryCostLimit(schema, config.maxQueryUpstreamCalls),
    ],
    formatError: (formatted, error) => formatGatewayError(formatted, error, logger),
  });
  await apollo.start();

  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    try {
      await client.checkReady();
      res.json({ status: 'ready', upstream: 'reachable' });
    } catch (error) {
      const code = error instanceof GatewayError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
      res.status(503).json({ status: 'not ready', upstream: 'unreachable', code });
    }
  });
  expressApp.use(ACCOUNT_EVENTS_PATH, accountEventsReceiver({ token: webhookToken, orders: orderWatcher, logger }));
  expressApp.use(MESSAGE_ROUTES_PATH, messageRouteReceivers({ receivers: services.messageRouteReceivers, pubSub, logger }));
  expressApp.use(graphiqlRouter(GRAPHQL_PATH, GRAPHIQL_ASSETS_PATH));
  expressApp.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(services, { kind: 'gateway' }, { idempotencyKey: req.get('idempotency-key') ?? null }),
    }),
  );
  expressApp.use(jsonErrors(logger));
  const subscriptions = serveSubscriptions({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    createContext: () => createContext(services, { kind: 'gateway' }),
    maxQueryTokens: config.maxQueryTokens,
    maxQueryUpstreamCalls: config.maxQueryUpstreamCalls,
    connectionInitTimeoutMs: config.wsConnectionInitTimeoutMs,
    keepAliveMs: config.wsKeepAliveMs,
    logger,
  });

  let url = '';
  return {
    get url() {
      return url;
    },
    upstreamUrl: baseUrl,
    sandboxMode: sandbox !== null,
    async start(port = config.port) {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, config.host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      url = `http://${host}:${address.port}${GRAPHQL_PATH}`;
      // The embedded sandbox reaches the gateway on loopback; a real upstream needs PUBLIC_URL.
      publicUrl = config.publicUrl ?? (sandbox ? `http://127.0.0.1:${address.port}` : null);
      if (publicUrl === null) {
        logger.info('PUBLIC_URL is not set: order changes are found by polling only, and message routes cannot point at the gateway');
      } else {
        void registerOrderWebhooks({ client, logger }, `${publicUrl}${ACCOUNT_EVENTS_PATH}`, webhookToken).catch((error: Error) =>
          logger.warn({ err: error.message }, 'order webhook registration failed; polling still finds order changes'),
        );
      }
    },
    async stop() {
      // Subscribers first, told to reconnect; then in-flight HTTP requests finish (Apollo drains).
      await subscriptions.close();
      orderWatcher.close();
      await apollo.stop();
      for (const socket of sockets) socket.destroy();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      limiter.close();
      await client.close();
      await sharedStore.disconnect().catch(() => undefined);
      await closePubSub();
      await sandbox?.stop();
    },
  };
}

