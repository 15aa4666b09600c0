import { createClient } from '@redis/client';

type Listener = ((event: Event) => void) | { handleEvent(event: Event): void };

/**
 * An EventTarget whose events travel through Redis pub/sub, so every gateway instance sees what
 * any one publishes (the shape @graphql-yoga/subscription's createPubSub expects). A channel is
 * subscribed while it has a local listener; an event is delivered locally only when Redis echoes
 * it back, so publishers and subscribers on one instance see the same single copy.
 */
export class RedisEventTarget extends EventTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly publisher: ReturnType<typeof createClient>;
  private readonly subscriber: ReturnType<typeof createClient>;
  private readonly ready: Promise<unknown>;

  constructor(
    redisUrl: string,
    /** Channel prefix, so other users of the same Redis do not collide. */
    private readonly prefix = 'telegent-graph:pubsub:',
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    super();
    this.publisher = createClient({ url: redisUrl });
    this.subscriber = this.publisher.duplicate();
    this.publisher.on('error', this.onError);
    this.subscriber.on('error', this.onError);
    this.ready = Promise.all([this.publisher.connect(), this.subscriber.connect()]);
  }

  override addEventListener(type: string, listener: Listener | null): void {
    if (listener === null) return;
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
      this.whenReady(() => this.subscriber.subscribe(this.prefix + type, (message) => this.deliver(type, message)));
    }
    set.add(listener);
  }

  override removeEventListener(type: string, listener: Listener | null): void {
    const set = this.listeners.get(type);
    if (!set || listener === null) return;
    set.delete(listener);
    if (set.size === 0) {
      this.listeners.delete(type);
      this.whenReady(() => this.subscriber.unsubscribe(this.prefix + type));
    }
  }

  override dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail;
    this.whenReady(() => this.publisher.publish(this.prefix + event.type, JSON.stringify(detail ?? null)));
    return true;
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  /** Runs a Redis command once connected; a failure is reported, never left as an unhandled rejection. */
  private whenReady(command: () => Promise<unknown>): void {
    this.ready.then(command).catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  private deliver(type: string, message: string): void {
    const event = new CustomEvent(type, { detail: JSON.parse(message) as unknown });
    for (const listener of this.listeners.get(type) ?? []) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }
}
