import { randomUUID } from 'node:crypto';
import type { StoreRedisClient } from '../stores/redis-client';
import { ErrorCode, GatewayError } from '../errors';
import { RequestPriority, SlidingWindowRateLimiter, type UpstreamRateLimiter, WINDOW_MS, rateLimited } from './rate-limiter';

/**
 * Takes a slot in the shared window if one is free; otherwise says how long until one frees up.
 * One sorted set per credential (score = send time), read and written in one step, on Redis's
 * clock so that instances with skewed clocks still count one window. Requests waiting on any
 * instance are kept too (one sorted set per priority, score = when they give up), so a newcomer's
 * prediction counts the whole fleet's queue, not only its own instance's.
 *
 * KEYS: window, pause, interactive waiters, background waiters.
 * ARGV: limit for the priority, window ms, member id, mode, priority (0 interactive, 1 background),
 * how long the request may wait (ms).
 * Modes: 'take' (the head of an instance's queue: take a free slot, leave the waiters),
 * 'arrive' (a newcomer: take a free slot if nobody waits ahead, else predict its slot after every
 * waiter ahead and, when that is within its wait, join the waiters).
 * Returns 0 when a slot was taken, else the milliseconds until the predicted slot.
 */
const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
local member = ARGV[3]
local mode = ARGV[4]
local priority = tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
local count = redis.call('ZCARD', KEYS[1])
local limit = tonumber(ARGV[1])
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
local ahead = 0
if mode == 'arrive' then
  ahead = redis.call('ZCARD', KEYS[3])
  if priority == 1 then ahead = ahead + redis.call('ZCARD', KEYS[4]) end
end
if pausedUntil <= now and count < limit and ahead == 0 then
  redis.call('ZADD', KEYS[1], now, member)
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('ZREM', KEYS[3 + priority], member)
  return 0
end
local index = count + ahead - limit
local freedAt = now + window
if index < 0 then
  freedAt = now
elseif index < count then
  freedAt = tonumber(redis.call('ZRANGE', KEYS[1], index, index, 'WITHSCORES')[2]) + window
end
local wait = math.max(1, math.max(freedAt, pausedUntil) - now)
if mode == 'arrive' and wait <= tonumber(ARGV[6]) then
  redis.call('ZADD', KEYS[3 + priority], now + tonumber(ARGV[6]), member)
  redis.call('PEXPIRE', KEYS[3 + priority], window)
end
return wait
`;

/** Holds every instance's requests of a credential until `ARGV[1]` ms from now (Retry-After), never shortening a pause. */
const PAUSE = `
local t = redis.call('TIME')
local untilMs = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], untilMs, 'PX', ARGV[1])
end
return 0
`;

/**
 * Requests reach the upstream a little after they take their slot, some later than others; a slot
 * is reused only this long after a full window, so the upstream never counts one request too many.
 */
const WINDOW_MARGIN_MS = 1_000;

interface Waiter {
  id: string;
  priority: RequestPriority;
  seq: number;
  deadlineAt: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Queue {
  waiters: Waiter[];
  timer: NodeJS.Timeout | null;
  /** When the head is tried next (epoch ms). */
  wakeAt: number;
  running: boolean;
}

export interface RedisRateLimiterOptions {
  /**
   * The limiter's own client (it closes it), from `createStoreRedisClient`: no offline queue, every
   * command timed out (REDIS_COMMAND_TIMEOUT_MS), so a slow or absent Redis means the local share.
   */
  redis: StoreRedisClient;
  perMinute: number;
  /** Each instance's share of the quota while Redis is unreachable. */
  fallbackPerMinute: number;
  /** Without a deadline, a request that cannot be sent within this time fails. @default 60_000 */
  maxWaitMs?: number;
  /** Requests waiting per credential on this instance; one more fails at once. @default perMinute */
  maxQueue?: number;
  /** Key prefix, so other users of the same Redis do not collide. */
  prefix?: string;
  onError?: (error: Error) => void;
}

/**
 * The quota shared by every instance on one Redis (REFERENCE.md §2.4: the 50 requests/minute are
 * per credential, whichever instance sends). The window lives in Redis and a slot is taken
 * atomically by a script; each instance queues its own waiters by priority (interactive before
 * background) and the script keeps the interactive reserve (a fifth of the window) for the whole
 * fleet. While Redis cannot be reached, each instance keeps to a conservative local share.
 */
export class RedisRateLimiter implements UpstreamRateLimiter {
  private readonly redis: StoreRedisClient;
  private readonly fallback: SlidingWindowRateLimiter;
  private readonly queues = new Map<string, Queue>();
  private readonly interactiveReserve: number;
  private readonly maxWaitMs: number;
  private readonly maxQueue: number;
  private readonly prefix: string;
  private seq = 0;
  private closed = false;
  /** Settles once the first connection to Redis is made (or has failed); until then the local share applies. */
  readonly connected: Promise<void>;

  constructor(private readonly options: RedisRateLimiterOptions) {
    this.interactiveReserve = options.perMinute > 1 ? Math.max(1, Math.floor(options.perMinute / 5)) : 0;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.maxQueue = options.maxQueue ?? options.perMinute;
    this.prefix = options.prefix ?? 'telegent-graph:rate:';
    this.fallback = new SlidingWindowRateLimiter(options.fallbackPerMinute, this.maxWaitMs, Date.now, this.maxQueue);
    // While disconnected a command fails at once and the local share takes over; the client
    // reconnects by itself and reports losing and regaining Redis once each.
    this.redis = options.redis;
    this.connected = this.redis.isReady
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          this.redis.once('ready', () => resolve());
          this.redis.once('error', () => resolve());
        });
  }

  async acquire(key: string, priority = RequestPriority.Interactive, deadlineAt?: number): Promise<void> {
    const queue = this.queue(key);
    const id = randomUUID();
    const giveUpAt = Math.min(deadlineAt ?? Infinity, Date.now() + this.maxWaitMs);
    let waitMs: number;
    try {
      waitMs = await this.takeSlot(key, id, priority, 'arrive', giveUpAt - Date.now());
    } catch {
      return this.fallback.acquire(key, priority, deadlineAt);
    }
    if (waitMs === 0) return;
    const now = Date.now();
    // Waiting is pointless when the slot comes too late: say so now, with when to come back.
    if (now + waitMs > giveUpAt || queue.waiters.length >= this.maxQueue) {
      this.leave(key, id, priority);
      throw rateLimited(waitMs);
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        id,
        priority,
        seq: this.seq++,
        deadlineAt: giveUpAt,
        resolve,
        reject,
        timer: setTimeout(() => {
          queue.waiters = queue.waiters.filter((w) => w !== waiter);
          this.leave(key, id, priority);
          reject(rateLimited(queue.wakeAt - Date.now()));
        }, Math.max(0, giveUpAt - now)),
      };
      waiter.timer.unref();
      queue.waiters.push(waiter);
      queue.waiters.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
      this.wake(key, queue, waitMs);
    });
  }

  pause(key: string, seconds: number): void {
    this.fallback.pause(key, seconds);
    if (!this.redis.isReady || seconds <= 0) return;
    this.redis
      .eval(PAUSE, { keys: [`${this.prefix}${key}:pause`], arguments: [String(Math.ceil(seconds * 1000))] })
      .catch((error: Error) => this.options.onError?.(error));
  }

  close(): void {
    this.closed = true;
    for (const queue of this.queues.values()) {
      if (queue.timer) clearTimeout(queue.timer);
      for (const waiter of queue.waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new GatewayError('The gateway is shutting down.', ErrorCode.UPSTREAM_UNAVAILABLE));
      }
    }
    this.queues.clear();
    this.fallback.close();
    if (this.redis.isOpen) this.redis.destroy();
  }

  private queue(key: string): Queue {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { waiters: [], timer: null, wakeAt: 0, running: false };
      this.queues.set(key, queue);
    }
    return queue;
  }

  private limitFor(priority: RequestPriority): number {
    return priority === RequestPriority.Background ? this.options.perMinute - this.interactiveReserve : this.options.perMinute;
  }

  private async takeSlot(key: string, id: string, priority: RequestPriority, mode: 'take' | 'arrive', mayWaitMs: number): Promise<number> {
    if (!this.redis.isReady) throw new Error('Redis is not connected');
    const reply = await this.redis.eval(TAKE_SLOT, {
      keys: this.keys(key),
      arguments: [
        String(this.limitFor(priority)),
        String(WINDOW_MS + WINDOW_MARGIN_MS),
        id,
        mode,
        String(priority === RequestPriority.Background ? 1 : 0),
        String(Math.max(0, Math.round(mayWaitMs))),
      ],
    });
    return Number(reply);
  }

  private keys(key: string): string[] {
    const base = `${this.prefix}${key}`;
    return [base, `${base}:pause`, `${base}:waiting:interactive`, `${base}:waiting:background`];
  }

  /** A request stops waiting on this instance: the fleet's queue forgets it. */
  private leave(key: string, id: string, priority: RequestPriority): void {
    if (!this.redis.isReady) return;
    const waiting = this.keys(key)[priority === RequestPriority.Background ? 3 : 2]!;
    this.redis.zRem(waiting, id).catch((error: Error) => this.options.onError?.(error));
  }

  /** Tries the head of the queue again in `delayMs` (sooner if already planned sooner). */
  private wake(key: string, queue: Queue, delayMs: number): void {
    if (queue.running) return;
    // A little jitter, so instances waiting for the same slot do not all ask at the same instant.
    const wakeAt = Date.now() + Math.max(1, delayMs) + Math.random() * 20;
    if (queue.timer && queue.wakeAt <= wakeAt) return;
    if (queue.timer) clearTimeout(queue.timer);
    queue.wakeAt = wakeAt;
    queue.timer = setTimeout(() => void this.drain(key, queue), wakeAt - Date.now());
    queue.timer.unref();
  }

  /** Releases waiters, best first, while the shared window has room; then sleeps until the next slot. */
  private async drain(key: string, queue: Queue): Promise<void> {
    queue.timer = null;
    queue.running = true;
    try {
      while (queue.waiters.length > 0 && !this.closed) {
        const head = queue.waiters[0]!;
        let waitMs: number;
        try {
          waitMs = await this.takeSlot(key, head.id, head.priority, 'take', 0);
        } catch {
          this.handOverToFallback(key, queue);
          return;
        }
        if (!queue.waiters.includes(head)) {
          // It gave up while we asked: the slot it took goes to the next in line.
          if (waitMs === 0 && queue.waiters.length > 0) {
            const next = queue.waiters[0]!;
            this.leave(key, next.id, next.priority);
            this.release(queue, next);
          }
          continue;
        }
        if (waitMs > 0) {
          queue.running = false;
          this.wake(key, queue, waitMs);
          return;
        }
        this.release(queue, head);
      }
    } finally {
      queue.running = false;
    }
  }

  private release(queue: Queue, waiter: Waiter): void {
    queue.waiters = queue.waiters.filter((w) => w !== waiter);
    clearTimeout(waiter.timer);
    waiter.resolve();
  }

  /** Redis went away with requests waiting: they wait for the local share instead. */
  private handOverToFallback(key: string, queue: Queue): void {
    const waiters = queue.waiters;
    queue.waiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      this.fallback.acquire(key, waiter.priority, waiter.deadlineAt).then(waiter.resolve, waiter.reject);
    }
  }
}
