import type { Logger } from 'pino';
import { type StoreRedisClient, createStoreRedisClient } from '../stores/redis-client';

type Listener = ((event: Event) => void) | { handleEvent(event: Event): void };

/** Where the event target's Redis is, and how long one command may take. */
export interface PubSubRedis {
  url: string;
  commandTimeoutMs: number;
}

/**
 * An EventTarget whose events travel through Redis pub/sub, so every gateway instance sees what
 * any one publishes (the shape @graphql-yoga/subscription's createPubSub expects). A channel is
 * subscribed while it has a local listener; an event is delivered locally only when Redis echoes
 * it back, so publishers and subscribers on one instance see the same single copy.
 *
 * While Redis is away nothing waits for it: a publish fails at once (logged; that event is lost,
 * and the order watcher's polls catch up), and the channels are subscribed again on reconnection.
 */
export class RedisEventTarget extends EventTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly publisher: StoreRedisClient;
  private readonly subscriber: StoreRedisClient;

  constructor(
    redis: PubSubRedis,
    /** Channel prefix, so other users of the same Redis do not collide. */
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {
    super();
    this.publisher = createStoreRedisClient(redis.url, redis.commandTimeoutMs, logger, 'pub/sub publisher');
    this.subscriber = createStoreRedisClient(redis.url, redis.commandTimeoutMs, logger, 'pub/sub subscriber');
  }

  override addEventListener(type: string, listener: Listener | null): void {
    if (listener === null) return;
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
      this.report(this.subscriber.subscribe(this.prefix + type, (message) => this.deliver(type, message)), 'subscribe');
    }
    set.add(listener);
  }

  override removeEventListener(type: string, listener: Listener | null): void {
    const set = this.listeners.get(type);
    if (!set || listener === null) return;
    set.delete(listener);
    if (set.size === 0) {
      this.listeners.delete(type);
      this.report(this.subscriber.unsubscribe(this.prefix + type), 'unsubscribe');
    }
  }

  override dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail;
    this.report(this.publisher.publish(this.prefix + event.type, JSON.stringify(detail ?? null)), 'publish');
    return true;
  }

  async close(): Promise<void> {
    // Bounded: a client that cannot close gracefully within the command timeout is dropped.
    await Promise.allSettled([this.subscriber.close(), this.publisher.close()]);
  }

  /** A failed command is logged, never left as an unhandled rejection (a subscription is renewed on reconnection). */
  private report(command: Promise<unknown>, what: string): void {
    command.catch((error: unknown) => this.logger.warn({ err: error instanceof Error ? error.message : String(error), command: what }, 'pub/sub command failed'));
  }

  private deliver(type: string, message: string): void {
    const event = new CustomEvent(type, { detail: JSON.parse(message) as unknown });
    for (const listener of this.listeners.get(type) ?? []) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }
}
