import { Repeater } from '@graphql-yoga/subscription';
import type { Order } from '../graph/schema/order.type';
import { isNotFound, notFound } from '../errors';
import type { Loaders } from '../telegent/loaders';
import type { Reach } from '../telegent/reach';
import { type RawOrder, toOrder } from '../telegent/orders/mappers';
import { type GatewayPubSub, type OrderEvent, Topic } from './pubsub';
import { type OrderWatcher, isFinalOrder, isNewerOrder } from './order-watcher';
import type { TelegentClient } from '../telegent/client';

/** Orders a feed remembers the last pushed status of (the watcher tracks at most 1,000 open ones). */
const FEED_REMEMBERED_ORDERS_MAX = 2_000;

/**
 * Runs `release` however a stream ends: completed, or returned by the client (graphql-ws calls
 * `return()` on unsubscribe and disconnect), even before its first value was asked for.
 */
function releasing<T>(stream: Repeater<T>, release: () => void): Repeater<T> {
  const returnStream = stream.return.bind(stream);
  stream.return = (value?: unknown) => {
    release();
    return returnStream(value as never);
  };
  return stream;
}

/** Whose subscription it is: its reach, and its loaders, which tell whether an order is within it. */
export interface StreamTenancy {
  reach: Reach;
  loaders: Loaders;
}

/**
 * The order streams GraphQL subscriptions serve, built on the watcher and the pub/sub. Events
 * carry Telegent's order (plain JSON, fit to cross Redis); the streams hand out the graph's.
 */
export class OrderStreams {
  constructor(
    private readonly watcher: OrderWatcher,
    private readonly pubSub: GatewayPubSub,
    /** Who a subscription's first read of its order is for; null: the watcher's own client (background). */
    private readonly reader: TelegentClient | null = null,
  ) {}

  /** These streams for one operation: the order a subscription starts from is read as `client` (its principal). */
  actingFor(client: TelegentClient): OrderStreams {
    return new OrderStreams(this.watcher, this.pubSub, client);
  }

  /**
   * One order: its state now, then each status it moves to, ending after a final one. The order
   * is read before the stream is returned: one the credentials cannot see, and one beyond the
   * subscriber's reach, are refused alike (NOT_FOUND "Order <id> was not found.").
   */
  async statusOf(orderId: string, { reach, loaders }: StreamTenancy): Promise<AsyncIterable<Order>> {
    const watch = await this.watcher.watch(orderId, this.reader).catch((error: unknown) => {
      throw isNotFound(error) ? notFound(`Order ${orderId}`) : error;
    });
    try {
      if (!reach.everything && (await loaders.orderWithinReach.load(toOrder(watch.snapshot()))) !== true) throw notFound(`Order ${orderId}`);
    } catch (error) {
      watch.release();
      throw error;
    }
    const stream = new Repeater<Order>(async (push, stop) => {
      stop.then(watch.release, watch.release);
      const events = this.pubSub.subscribe(Topic.ORDER_STATUS, orderId);
      void stop.then(() => events.return());
      // Listening before the snapshot is taken: a change in between arrives as an event.
      const first = events.next();
      let last = watch.snapshot();
      await push(toOrder(last));
      if (isFinalOrder(last)) return stop();
      for (let next = await first; !next.done; next = await events.next()) {
        if (!isNewerOrder(next.value.order, last)) continue;
        last = next.value.order;
        await push(toOrder(last));
        if (isFinalOrder(last)) return stop();
      }
      return stop();
    });
    return releasing(stream, watch.release);
  }

  /**
   * Every status change of an open order the gateway knows of, of one account or all, within the
   * subscriber's reach (an account beyond it is refused as an unknown one: NOT_FOUND); each
   * status of an order once. The same change can be published more than once (a mutation and
   * its webhook read the order at the same moment, on one instance or two, and a replayed
   * webhook): the stream keeps the last status it pushed per order and skips what is not newer.
   */
  feed(accountId: string | null, { reach, loaders }: StreamTenancy): AsyncIterable<Order> {
    if (accountId !== null && !reach.account(accountId)) throw notFound(`Account ${accountId}`);
    /** An event's order is within reach by the account it was recorded for, else by the order loader's rule. */
    const withinReach = async (event: OrderEvent): Promise<boolean> =>
      reach.account(event.accountId) || (await loaders.orderWithinReach.load(toOrder(event.order)).catch(() => false)) === true;
    let release: () => void = () => undefined;
    const stream = new Repeater<Order>(async (push, stop) => {
      release = this.watcher.watchAll();
      stop.then(release, release);
      const events = this.pubSub.subscribe(Topic.ORDER_UPDATES);
      void stop.then(() => events.return());
      // What this stream pushed last per order, the most recently changed orders last.
      const pushed = new Map<string, RawOrder>();
      for await (const event of events) {
        if (accountId !== null && event.accountId !== accountId) continue;
        if (accountId === null && !(await withinReach(event))) continue;
        const { order } = event;
        const last = pushed.get(order.OrderId);
        if (last !== undefined && !isNewerOrder(order, last)) continue;
        pushed.delete(order.OrderId);
        pushed.set(order.OrderId, order);
        if (pushed.size > FEED_REMEMBERED_ORDERS_MAX) pushed.delete(pushed.keys().next().value!);
        await push(toOrder(order));
      }
    });
    return releasing(stream, () => release());
  }
}
