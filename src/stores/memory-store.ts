import { LRUCache } from 'lru-cache';

/** How often expired entries are swept out without waiting to be read. @default 60_000 */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The shared keyv store's backend when there is no Redis: in-process, bounded (the least recently
 * used entries go first once `maxEntries` is reached) and swept of expired entries every minute,
 * so a long-running single instance does not pile up 24-hour idempotency records. keyv calls it
 * with a TTL in milliseconds, as it calls any Map-like store.
 */
export class BoundedMemoryStore {
  private readonly entries: LRUCache<string, NonNullable<unknown>>;
  private readonly sweeper: NodeJS.Timeout;

  constructor(maxEntries: number, sweepIntervalMs = SWEEP_INTERVAL_MS) {
    this.entries = new LRUCache({ max: maxEntries, ttlAutopurge: false });
    this.sweeper = setInterval(() => this.entries.purgeStale(), sweepIntervalMs);
    this.sweeper.unref();
  }

  /** How many entries are held, expired ones not yet swept included. */
  get size(): number {
    return this.entries.size;
  }

  get(key: string): unknown {
    return this.entries.get(key);
  }

  set(key: string, value: NonNullable<unknown>, ttlMs?: number): boolean {
    this.entries.set(key, value, ttlMs !== undefined && ttlMs > 0 ? { ttl: ttlMs } : {});
    return true;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Stops the sweeper (keyv's `disconnect()` calls it); the entries stay readable. */
  disconnect(): void {
    clearInterval(this.sweeper);
  }
}
