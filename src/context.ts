import { randomUUID } from 'node:crypto';
import type { Principal } from './principal';
import type { NumberProfiles, OrderProfiles } from './stores/profile-store';
import type { AccountProfiles } from './telegent/accounts/mappers';
import type { IdempotencyStore } from './stores/idempotency';
import type { ApiKeyStore } from './stores/api-keys';
import { type Loaders, createLoaders } from './telegent/loaders';
import type { MessageRouteReceivers } from './stores/message-route-receivers';
import type { MessageStreams } from './realtime/message-streams';
import type { OrderStreams } from './realtime/order-streams';
import type { OrderWatcher } from './realtime/order-watcher';
import type { GatewayPubSub } from './realtime/pubsub';
import type { TelegentClient } from './telegent/client';
import { type Writes, createWrites } from './telegent/writes';
import { Reach } from './telegent/reach';
import { claimantOf } from './telegent/fair-queue';
import { type CacheView, Freshness, type ReadCache } from './telegent/read-cache/read-cache';
import { UpstreamTally } from './telegent/operation-scope';


/** Long-lived services built once by `buildApp` and shared by every request. */
export interface Services {
  client: TelegentClient;
  /** The shared read cache of the distributor-level lists (README "The read cache"). */
  readCache: ReadCache;
  accountProfiles: AccountProfiles;
  numberProfiles: NumberProfiles;
  /** The accounts orders were placed for (remembered by the order watcher), for tenancy. */
  orderProfiles: OrderProfiles;
  idempotency: IdempotencyStore;
  /** How long Telegent's message search may lag behind a send (config `messageSearchLagSec`). */
  messageSearchLagMs: number;
  pubSub: GatewayPubSub;
  orderWatcher: OrderWatcher;
  orderStreams: OrderStreams;
  messageStreams: MessageStreams;
  messageRouteReceivers: MessageRouteReceivers;
  /** The gateway's URL as Telegent reaches it; known once the server listens (null: none). */
  publicUrl(): string | null;
  /** Partners' API keys (README "API keys"). */
  apiKeys: ApiKeyStore;
}

/** What the transport tells about the request besides the operation. */
export interface RequestMeta {
  /** The `Idempotency-Key` HTTP header. */
  idempotencyKey?: string | null;
  /** The operation's id (HTTP: `X-Request-Id`, the client's or generated). @default a new UUID */
  requestId?: string;
  /** Where the operation's upstream requests are counted (the transport runs it under `pipeline.execution`). */
  upstream?: UpstreamTally;
  /** Aborted when the client gives up on the request (HTTP: the connection closed before the answer). */
  signal?: AbortSignal;
  /** `Cache-Control: no-cache`: read from the upstream rather than the read cache, for this request. */
  noCache?: boolean;
}

/** What the audit of an operation's mutations needs from its transport and its execution (src/server/audit.ts). */
export interface AuditTrail {
  /** The Idempotency-Key HTTP header, if any. */
  readonly idempotencyKeyHeader: string | null;
  /** Each mutation's payload as its resolver returned it, by response key (alias or name): the audit reads its order ID. */
  readonly payloads: Map<string, unknown>;
}

/** The per-operation context: built by `createContext` for HTTP and WebSocket alike. */
export interface Context {
  requestId: string;
  principal: Principal;
  /** What the principal may see; the loaders apply it, and the subscription streams filter events with it. */
  reach: Reach;
  /** The request's reads; renewed in place after each write, so later fields see its effect. */
  readonly loaders: Loaders;
  writes: Writes;
  /** What GraphQL subscriptions stream. */
  orderStreams: OrderStreams;
  messageStreams: MessageStreams;
  pubSub: GatewayPubSub;
  audit: AuditTrail;
  /** Partners' API keys: created, listed and revoked by operators. */
  apiKeys: ApiKeyStore;
  /** How old the oldest data of the answer is (`extensions.freshness`). */
  freshness: Freshness;
  /** The upstream requests made for the operation (`extensions.upstream.calls`). */
  upstream: UpstreamTally;
}

/**
 * Replaces the request's loaders with fresh ones, so fields read after a write see its effect.
 * Called by every write (`onWrite`); nothing else renews them.
 */
function renewReads(context: Context, services: Services, reach: Reach, cache: CacheView): void {
  cache.renew();
  Object.assign(context.loaders, createLoaders({ ...services, reach, cache }));
}

/**
 * The only place a context is made. No I/O: loaders fetch lazily, when a resolver asks. Its reads
 * and writes call the upstream as the principal (`TelegentClient.actingFor`), so they wait for
 * the quota in the principal's place in the fair queue.
 */
export function createContext(base: Services, principal: Principal, meta: RequestMeta = {}): Context {
  const services: Services = { ...base, client: base.client.actingFor(claimantOf(principal)) };
  const reach = new Reach(principal);
  const freshness = new Freshness();
  const cache = services.readCache.view({ client: services.client, fresh: meta.noCache === true, freshness });
  const loaders = createLoaders({ ...services, reach, cache });
  const context: Context = {
    requestId: meta.requestId ?? randomUUID(),
    principal,
    reach,
    loaders,
    orderStreams: services.orderStreams.actingFor(services.client),
    messageStreams: services.messageStreams,
    pubSub: services.pubSub,
    audit: { idempotencyKeyHeader: meta.idempotencyKey ?? null, payloads: new Map() },
    apiKeys: services.apiKeys,
    freshness,
    upstream: meta.upstream ?? new UpstreamTally(),
    writes: createWrites({
      client: services.client,
      readCache: services.readCache,
      cache,
      reach,
      loaders,
      orderProfiles: services.orderProfiles,
      idempotency: services.idempotency,
      accountProfiles: services.accountProfiles,
      numberProfiles: services.numberProfiles,
      messageSearchLagMs: services.messageSearchLagMs,
      orders: services.orderWatcher,
      messageRouteReceivers: services.messageRouteReceivers,
      publicUrl: services.publicUrl,
      idempotencyKeyHeader: meta.idempotencyKey ?? null,
      abandoned: meta.signal ?? null,
      // Renewed in place: Apollo hands resolvers a shallow copy of the context (ApolloServer's
      // cloneObject), so replacing `context.loaders` would not reach them.
      onWrite: () => renewReads(context, services, reach, cache),
    }),
  };
  return context;
}
