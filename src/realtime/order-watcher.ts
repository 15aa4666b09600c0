import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import { type GatewayPubSub, type OrderEvent, Topic } from './pubsub';
import type { LeaseStore } from '../stores/leases';
import type { OrderProfiles } from '../stores/profile-store';
import { type RawOrder, isCompletedOrderStatus, isFinalOrderStatus } from '../telegent/orders/mappers';
import { RequestPriority } from '../telegent/rate-limiter';
import type { TelegentClient } from '../telegent/client';
import { completedOrderChanges } from '../telegent/orders/cache-changes';
import { getOrder } from '../telegent/orders/reads';
import type { OrderChange } from '../telegent/orders/changes';
import { Freshness, type ReadCache } from '../telegent/read-cache/read-cache';

/**
 * Open orders remembered for `orderUpdates` (from mutations and webhooks); the oldest go first
 * beyond this. The feed polls each while it has subscribers, at the lowest priority: beyond a few
 * hundred open orders, webhooks (PUBLIC_URL) are what keeps the feed prompt.
 */
const TRACKED_OPEN_ORDERS_MAX = 1_000;

export interface OrderWatcherOptions {
  client: TelegentClient;
  pubSub: GatewayPubSub;
  /** Where the account each order was placed for is remembered (tenancy: Telegent's order reads do not name it). */
  orderProfiles: OrderProfiles;
  /** Elects one poller per order across instances (memory or Redis). */
  leases: LeaseStore;
  /** The shared store (Redis when configured): which orders some instance's subscribers watch. */
  interestStore: Keyv;
  /** The upstream credential's id: interest of one distributor's gateways only. */
  scope: string;
  logger: Logger;
  /** The poll interval right after a change; it doubles while nothing moves. */
  minIntervalMs: number;
  /** The longest poll interval. */
  maxIntervalMs: number;
  /** Told what an order that completes changed (its numbers), by the instance that sees it complete. */
  readCache: Pick<ReadCache, 'change' | 'view'>;
  /** Polls are counted here by outcome (`telegent_order_polls_total`). */
  metrics?: Metrics;
}

interface WatchedOrder {
  /** `orderStatusChanged` subscriptions on this instance. */
  subscribers: number;
  /** Whether `orderUpdates` subscribers want it (a tracked open order). */
  inFeed: boolean;
  snapshot: RawOrder;
  accountId: string | null;
  intervalMs: number;
  timer: NodeJS.Timeout | null;
  polling: boolean;
  /** A read asked for while one was running: done right after it. */
  pollAgain: RequestPriority | null;
}

/** The interest key of `orderUpdates` (every open order). */
const FEED = '*';

/**
 * Which orders subscribers watch, on any instance: each watching instance renews a key per order
 * (and one for the feed) in the shared store. The instance a webhook or a mutation reaches reads
 * the order for others only when someone is listening, so no read is spent for nobody.
 */
class SharedInterest {
  constructor(
    private readonly store: Keyv,
    private readonly scope: string,
    private readonly ttlMs: number,
  ) {}

  private key(orderId: string): string {
    return `order-interest:${this.scope}:${orderId}`;
  }

  async renew(orderId: string): Promise<void> {
    await this.store.set(this.key(orderId), true, this.ttlMs);
  }

  async anyFor(orderId: string): Promise<boolean> {
    const [order, feed] = await Promise.all([this.store.get(this.key(orderId)), this.store.get(this.key(FEED))]);
    return order === true || feed === true;
  }
}

export const isFinalOrder = (order: RawOrder): boolean => isFinalOrderStatus(order.OrderStatus);

/** How far an order has moved: its history's length when Telegent reports one, so a late copy never counts as news. */
export function isNewerOrder(order: RawOrder, than: RawOrder): boolean {
  if (order.OrderStatus === than.OrderStatus) return false;
  const [now, before] = [order.StatusHistory?.length, than.StatusHistory?.length];
  return now === undefined || before === undefined || now > before;
}

/**
 * Turns Telegent's order polling into pushes. One poll loop per watched order, whatever the
 * number of subscribers: it starts with the first, stops when the last leaves or the order is
 * final, and polls at the lowest priority, fast right after a change and slower while nothing
 * moves. Across instances a lease elects one poller per order; every change is published
 * (Redis pub/sub when configured), and each watcher keeps its snapshots current from those
 * publications. Webhooks and mutations call `changed` to have an order read at once.
 */
export class OrderWatcher {
  private readonly watched = new Map<string, WatchedOrder>();
  /** Open orders the gateway knows of, with their account when known (insertion order = age). */
  private readonly openOrders = new Map<string, string | null>();
  private feedSubscribers = 0;
  private readonly ownerId = `order-watcher:${randomUUID()}`;
  private readonly updates: AsyncIterator<OrderEvent> & { return(): Promise<unknown> };
  private readonly interest: SharedInterest;
  private feedHeartbeat: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: OrderWatcherOptions) {
    // Every watching instance renews its interest at least once per maximum poll interval.
    this.interest = new SharedInterest(options.interestStore, options.scope, options.maxIntervalMs * 2 + 5_000);
    // Changes other instances (or webhooks) publish keep this instance's snapshots current.
    this.updates = options.pubSub.subscribe(Topic.ORDER_UPDATES) as never;
    void this.follow();
  }

  /**
   * One subscriber's interest in an order: its current state (read now unless already watched,
   * through `reader`, the subscriber's client, else the watcher's own; NOT_FOUND for an order the
   * credentials cannot see) and a `release` for when it leaves.
   */
  async watch(orderId: string, reader: TelegentClient | null = null): Promise<{ snapshot(): RawOrder; release(): void }> {
    let entry = this.watched.get(orderId);
    if (!entry) {
      const order = await getOrder(reader ?? this.options.client, orderId);
      // Another subscriber may have started watching while this one read.
      entry = this.watched.get(orderId) ?? this.startWatching(orderId, order, this.openOrders.get(orderId) ?? null);
    }
    entry.subscribers += 1;
    this.renewInterest(orderId);
    let released = false;
    const watched = entry;
    return {
      snapshot: () => watched.snapshot,
      release: () => {
        if (released) return;
        released = true;
        watched.subscribers -= 1;
        this.stopIfUnwanted(orderId);
      },
    };
  }

  /** Interest in every open order the gateway knows of (`orderUpdates`); returns its release. */
  watchAll(): () => void {
    this.feedSubscribers += 1;
    if (this.feedSubscribers === 1) {
      for (const [orderId, accountId] of this.openOrders) this.addToFeed(orderId, accountId);
      this.renewInterest(FEED);
      this.feedHeartbeat = setInterval(() => this.renewInterest(FEED), this.options.maxIntervalMs);
      this.feedHeartbeat.unref();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.feedSubscribers -= 1;
      if (this.feedSubscribers > 0) return;
      if (this.feedHeartbeat) clearInterval(this.feedHeartbeat);
      this.feedHeartbeat = null;
      for (const [orderId, entry] of this.watched) {
        entry.inFeed = false;
        this.stopIfUnwanted(orderId);
      }
    };
  }

  /**
   * A mutation created or changed the order, or a webhook named it: remember its account when the
   * change names one (in the shared store, for whose reach the order is in), remember it while open
   * and, if anyone watches it (or the feed is on), read it now rather than at the next poll. A
   * webhook that may report a completion has the order read in any case: what it changed goes to
   * the read cache (a watched order's poll sees it complete).
   */
  changed({ orderId, accountId, status = null, priority = RequestPriority.Interactive, reported = false }: OrderChange): void {
    if (this.closed) return;
    const completing = reported && (status === null || isCompletedOrderStatus(status));
    if (accountId !== null) void this.options.orderProfiles.remember(orderId, { AccountId: accountId });
    if (status !== null && isFinalOrderStatus(status)) this.openOrders.delete(orderId);
    else this.track(orderId, accountId);
    const entry = this.watched.get(orderId);
    if (entry) {
      entry.accountId ??= accountId;
      entry.intervalMs = this.options.minIntervalMs;
      void this.poll(orderId, priority);
    } else if (this.feedSubscribers > 0) {
      this.addToFeed(orderId, accountId, priority, completing);
    } else {
      void this.readForOthers(orderId, accountId, priority, completing);
    }
  }

  close(): void {
    this.closed = true;
    if (this.feedHeartbeat) clearInterval(this.feedHeartbeat);
    for (const entry of this.watched.values()) if (entry.timer) clearTimeout(entry.timer);
    this.watched.clear();
    void this.updates.return();
  }

  private renewInterest(orderId: string): void {
    void this.interest.renew(orderId).catch((error: Error) => this.options.logger.warn({ err: error.message }, 'order interest not shared'));
  }

  /**
   * Nobody here watches the order: read it only if subscribers on another instance do (then publish
   * it), or if a webhook may report its completion (then record what it changed).
   */
  private async readForOthers(orderId: string, accountId: string | null, priority: RequestPriority, completing: boolean): Promise<void> {
    try {
      const listened = await this.interest.anyFor(orderId);
      if (!listened && !completing) return;
      const order = await getOrder(this.options.client, orderId, priority);
      if (completing) await this.recordCompletion(order, accountId);
      if (!listened) return;
      const event: OrderEvent = { order, accountId };
      this.options.pubSub.publish(Topic.ORDER_STATUS, orderId, event);
      this.options.pubSub.publish(Topic.ORDER_UPDATES, event);
    } catch (error) {
      this.options.logger.warn({ orderId, err: (error as Error).message }, 'order read for other instances failed');
    }
  }

  private track(orderId: string, accountId: string | null): void {
    const known = this.openOrders.get(orderId);
    this.openOrders.delete(orderId);
    this.openOrders.set(orderId, accountId ?? known ?? null);
    if (this.openOrders.size > TRACKED_OPEN_ORDERS_MAX) this.openOrders.delete(this.openOrders.keys().next().value!);
  }

  private addToFeed(orderId: string, accountId: string | null, priority = RequestPriority.Background, completing = false): void {
    const entry = this.watched.get(orderId);
    if (entry) {
      entry.inFeed = true;
      return;
    }
    void getOrder(this.options.client, orderId, priority)
      .then(async (order) => {
        if (completing) await this.recordCompletion(order, accountId);
        if (this.closed || this.feedSubscribers === 0) return;
        const started = this.watched.get(orderId) ?? this.startWatching(orderId, order, accountId);
        started.inFeed = true;
        // A newly tracked order is news to the feed.
        this.publish(orderId, started);
        if (isFinalOrder(order)) this.forget(orderId);
      })
      .catch((error: Error) => this.options.logger.warn({ orderId, err: error.message }, 'order read for the feed failed'));
  }

  private startWatching(orderId: string, order: RawOrder, accountId: string | null): WatchedOrder {
    const entry: WatchedOrder = {
      subscribers: 0,
      inFeed: false,
      snapshot: order,
      accountId,
      intervalMs: this.options.minIntervalMs,
      timer: null,
      polling: false,
      pollAgain: null,
    };
    this.watched.set(orderId, entry);
    if (!isFinalOrder(order)) this.schedule(orderId, entry);
    return entry;
  }

  private schedule(orderId: string, entry: WatchedOrder): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.poll(orderId, RequestPriority.Background);
    }, entry.intervalMs);
    entry.timer.unref();
  }

  /** Reads the order (if this instance holds its poll lease) and publishes a change. */
  private async poll(orderId: string, priority: RequestPriority): Promise<void> {
    const entry = this.watched.get(orderId);
    if (!entry || this.closed) return;
    if (entry.polling) {
      entry.pollAgain = Math.min(entry.pollAgain ?? priority, priority);
      return;
    }
    entry.polling = true;
    if (entry.subscribers > 0) this.renewInterest(orderId);
    try {
      const leaseKey = `order-poll:${orderId}`;
      const leaseMs = this.options.maxIntervalMs * 2;
      const { leases } = this.options;
      const mine = (await leases.extend(leaseKey, this.ownerId, leaseMs)) || (await leases.acquire(leaseKey, this.ownerId, leaseMs));
      if (mine) {
        const order = await getOrder(this.options.client, orderId, priority);
        const changed = isNewerOrder(order, entry.snapshot);
        this.options.metrics?.orderPolled(changed ? 'changed' : 'unchanged');
        if (changed) {
          entry.snapshot = order;
          entry.intervalMs = this.options.minIntervalMs;
          // Before subscribers hear of it: what they read next shows it.
          await this.recordCompletion(order, entry.accountId);
          this.publish(orderId, entry);
        } else {
          entry.intervalMs = Math.min(entry.intervalMs * 2, this.options.maxIntervalMs);
        }
        if (isFinalOrder(order)) await leases.release(leaseKey, this.ownerId);
      } else {
        this.options.metrics?.orderPolled('skipped');
      }
    } catch (error) {
      this.options.metrics?.orderPolled('error');
      this.options.logger.warn({ orderId, err: (error as Error).message }, 'order poll failed');
      entry.intervalMs = Math.min(entry.intervalMs * 2, this.options.maxIntervalMs);
    } finally {
      entry.polling = false;
    }
    if (this.watched.get(orderId) !== entry) return;
    if (isFinalOrder(entry.snapshot)) {
      this.forget(orderId);
    } else if (entry.pollAgain !== null) {
      const again = entry.pollAgain;
      entry.pollAgain = null;
      void this.poll(orderId, again);
    } else {
      this.schedule(orderId, entry);
    }
  }

  /**
   * An order seen complete: what it changed in the cached lists is recorded for every instance
   * (completedOrderChanges). A failure only leaves those lists to their max age.
   */
  private async recordCompletion(order: RawOrder, accountId: string | null): Promise<void> {
    if (!isCompletedOrderStatus(order.OrderStatus)) return;
    try {
      const client = this.options.client.inBackground();
      const cache = this.options.readCache.view({ client, fresh: false, freshness: new Freshness() });
      const account = accountId ?? (await this.options.orderProfiles.getMany([order.OrderId]))[0]?.AccountId ?? null;
      await this.options.readCache.change(await completedOrderChanges(order, account, { client, cache }));
    } catch (error) {
      this.options.logger.warn({ orderId: order.OrderId, err: (error as Error).message }, 'an order’s completion was not recorded in the read cache');
    }
  }

  private publish(orderId: string, entry: WatchedOrder): void {
    const event: OrderEvent = { order: entry.snapshot, accountId: entry.accountId };
    this.options.pubSub.publish(Topic.ORDER_STATUS, orderId, event);
    this.options.pubSub.publish(Topic.ORDER_UPDATES, event);
  }

  /** Applies what any instance published: newer snapshots, no re-publishing. */
  private async follow(): Promise<void> {
    for (;;) {
      const next = await this.updates.next().catch(() => ({ done: true as const, value: undefined }));
      if (next.done) return;
      const { order, accountId } = next.value;
      const entry = this.watched.get(order.OrderId);
      if (entry && isNewerOrder(order, entry.snapshot)) {
        entry.snapshot = order;
        entry.accountId ??= accountId;
        entry.intervalMs = this.options.minIntervalMs;
      }
      if (isFinalOrder(order)) {
        this.openOrders.delete(order.OrderId);
      } else if (!entry && this.feedSubscribers > 0 && !this.closed) {
        // An open order another instance learnt of: the feed here watches it too.
        this.track(order.OrderId, accountId);
        this.startWatching(order.OrderId, order, accountId).inFeed = true;
      }
    }
  }

  /** A final order: nothing more to poll, nor to offer the feed. */
  private forget(orderId: string): void {
    this.openOrders.delete(orderId);
    const entry = this.watched.get(orderId);
    if (entry?.timer) clearTimeout(entry.timer);
    if (entry) entry.timer = null;
    if (entry && entry.subscribers === 0) this.watched.delete(orderId);
  }

  private stopIfUnwanted(orderId: string): void {
    const entry = this.watched.get(orderId);
    if (!entry || entry.subscribers > 0 || entry.inFeed) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.watched.delete(orderId);
    // Another instance whose clients still watch it may take over at once.
    void this.options.leases.release(`order-poll:${orderId}`, this.ownerId).catch(() => undefined);
  }
}
