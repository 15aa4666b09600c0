import { Repeater } from '@graphql-yoga/subscription';
import { type GatewayPubSub, type OrderEvent, Topic } from './pubsub';
import { type OrderWatcher, isFinalOrder, isNewerOrder } from './order-watcher';

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

/** The order streams GraphQL subscriptions serve, built on the watcher and the pub/sub. */
export class OrderStreams {
  constructor(
    private readonly watcher: OrderWatcher,
    private readonly pubSub: GatewayPubSub,
  ) {}

  /**
   * One order: its state now, then each status it moves to, ending after a final one. The order
   * is read (NOT_FOUND for one the credentials cannot see) before the stream is returned.
   */
  async statusOf(orderId: string): Promise<AsyncIterable<OrderEvent>> {
    const watch = await this.watcher.watch(orderId);
    const stream = new Repeater<OrderEvent>(async (push, stop) => {
      stop.then(watch.release, watch.release);
      const events = this.pubSub.subscribe(Topic.ORDER_STATUS, orderId);
      void stop.then(() => events.return());
      // Listening before the snapshot is taken: a change in between arrives as an event.
      const first = events.next();
      let last = watch.snapshot();
      await push({ order: last, accountId: null });
      if (isFinalOrder(last)) return stop();
      for (let next = await first; !next.done; next = await events.next()) {
        if (!isNewerOrder(next.value.order, last)) continue;
        last = next.value.order;
        await push(next.value);
        if (isFinalOrder(last)) return stop();
      }
      return stop();
    });
    return releasing(stream, watch.release);
  }

  /** Every status change of an open order the gateway knows of, of one account or all. */
  feed(accountId: string | null): AsyncIterable<OrderEvent> {
    let release: () => void = () => undefined;
    const stream = new Repeater<OrderEvent>(async (push, stop) => {
      release = this.watcher.watchAll();
      stop.then(release, release);
      const events = this.pubSub.subscribe(Topic.ORDER_UPDATES);
      void stop.then(() => events.return());
      for await (const event of events) {
        if (accountId === null || event.accountId === accountId) await push(event);
      }
    });
    return releasing(stream, () => release());
  }
}
