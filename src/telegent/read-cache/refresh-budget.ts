import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { StoreRedisClient } from '../../stores/redis-client';

/** After Redis failed a command, this instance counts alone this long before Redis is tried again. */
const REDIS_RETRY_AFTER_MS = 5_000;
const WINDOW_SEC = 60;

export interface RefreshBudgetOptions {
  /** Upstream calls refreshes may make per minute, across all instances. */
  perMinute: number;
  redis: StoreRedisClient | null;
  /** Scopes the Redis keys (the upstream credential's id). */
  scope: string;
  onRedisError?: (error: Error) => void;
}

/**
 * The share of the quota the read cache's refreshes may spend (README "The read cache"): a
 * one-minute count of their upstream calls, in Redis when the gateway has one so that all
 * instances together stay within it, else in this process. A refresh takes one unit before each
 * call and waits for the next window when none is left; interactive reads never draw on it.
 */
export class RefreshBudget {
  private readonly shared: RateLimiterRedis | null;
  private readonly local: RateLimiterMemory;
  private redisFailedAt = 0;
  /** Calls taken in this process, for the operator's figures. */
  private taken: number[] = [];

  constructor(private readonly options: RefreshBudgetOptions) {
    const keyPrefix = `telegent-graph:read-cache-budget:${options.scope}`;
    this.shared = options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          keyPrefix,
          points: Math.max(1, options.perMinute),
          duration: WINDOW_SEC,
          inMemoryBlockOnConsumed: Math.max(1, options.perMinute),
        })
      : null;
    // Alone, an instance of several takes a fifth of the budget, so instances that lost Redis together stay within it.
    const localPoints = options.redis ? Math.max(1, Math.floor(options.perMinute / 5)) : Math.max(1, options.perMinute);
    this.local = new RateLimiterMemory({ keyPrefix, points: localPoints, duration: WINDOW_SEC });
    this.startedAt = Date.now();
  }

  private readonly startedAt: number;
  /** Whether Redis has answered since start: until then (a few seconds at most) a refresh waits for it rather than counting alone. */
  private redisSeen = false;

  get perMinute(): number {
    return this.options.perMinute;
  }

  /** Takes one call of the budget now, or answers how long until the next is free (ms). */
  async tryTake(): Promise<number> {
    const redis = this.options.redis;
    if (redis?.isReady) this.redisSeen = true;
    if (this.shared && !this.redisSeen && Date.now() - this.startedAt < REDIS_RETRY_AFTER_MS) return 100;
    try {
      if (this.shared && redis?.isReady && Date.now() - this.redisFailedAt > REDIS_RETRY_AFTER_MS) {
        try {
          await this.shared.consume('refresh');
          return this.noteTaken();
        } catch (error) {
          if (error instanceof RateLimiterRes) throw error;
          this.redisFailedAt = Date.now();
          this.options.onRedisError?.(error as Error);
        }
      }
      await this.local.consume('refresh');
      return this.noteTaken();
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, error.msBeforeNext);
      throw error;
    }
  }

  /** Waits for one call of the budget (or `signal`'s abort). */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const waitMs = await this.tryTake();
      if (waitMs === 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(waitMs, 5_000));
        signal?.addEventListener('abort', done, { once: true });
        function done(): void {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        }
      });
    }
  }

  close(): void {
    // Whatever state it is in (connecting, reconnecting): nothing of the budget needs a graceful goodbye.
    try {
      this.options.redis?.destroy();
    } catch {
      // Already closed.
    }
  }

  /** Calls this process took in the last minute. */
  takenLastMinute(): number {
    const since = Date.now() - WINDOW_SEC * 1000;
    this.taken = this.taken.filter((at) => at > since);
    return this.taken.length;
  }

  private noteTaken(): number {
    this.taken.push(Date.now());
    if (this.taken.length > 4 * this.options.perMinute) this.takenLastMinute();
    return 0;
  }
}
