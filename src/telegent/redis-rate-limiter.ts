import { randomUUID } from 'node:crypto';
import type { StoreRedisClient } from '../stores/redis-client';
import { ErrorCode, GatewayError } from '../errors';
import { BACKGROUND, type Claimant, FairQueue } from './fair-queue';
import {
  RequestPriority,
  SlidingWindowRateLimiter,
  type SlotRequest,
  type UpstreamRateLimiter,
  COUNTED_WINDOW_MS,
  WINDOW_MS,
  defaultBurst,
  interactiveReserve,
  rateLimited,
} from './rate-limiter';

/**
 * Takes a slot in the shared window when the quota's rule (`quota-window.ts`'s `nextSendAt`, the
 * same rule in Lua) lets a call go now; otherwise says how long until it would. One sorted set per
 * credential (score = send time), read and written in one step, on Redis's clock so that instances
 * with skewed clocks still count one window. The calls waiting on every instance are kept too
 * (score = when they give up, member = `<instance>|<call>`), so a newcomer's prediction counts
 * the fleet's queue, not only its own instance's.
 *
 * KEYS: window, pause, waiters.
 * ARGV: limit for the call's priority, window ms, burst, member id, mode, instance id, the call's
 * position in its instance's fair order (0: next), how long it may wait (ms).
 * Modes: 'take' (the call its instance serves next: take the slot if it has come), 'arrive' (a
 * newcomer: take the slot if it has come and nobody on its instance goes before it; else predict
 * its slot and, when that is within its wait, join the waiters). Each instance serves its own
 * queue in fair order and instances take turns at the shared window (whoever asks first when a
 * slot comes), so the calls ahead of a newcomer are those ahead of it on its instance and, on each
 * other instance, about as many.
 * Returns 0 when a slot was taken, else the milliseconds until the predicted slot.
 */
const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local member = ARGV[4]
local mode = ARGV[5]
local instance = ARGV[6]
local position = tonumber(ARGV[7])
local mayWait = tonumber(ARGV[8])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
local times = {}
local sent = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 2, #sent, 2 do times[#times + 1] = tonumber(sent[i]) end
local function nextSendAt(from)
  local at = from
  while true do
    local oldest = 1
    while oldest <= #times and times[oldest] + window <= at do oldest = oldest + 1 end
    local count = #times - oldest + 1
    if count < math.min(limit, burst) then return at end
    if count >= limit then
      at = times[oldest + count - limit] + window
    else
      local last = times[#times]
      local leavesAt = times[oldest] + window
      return math.max(at, math.ceil(last + (leavesAt - last) / (limit - count + 1)))
    end
  end
end
local at = nextSendAt(math.max(now, pausedUntil))
if at <= now and (mode == 'take' or position == 0) then
  redis.call('ZADD', KEYS[1], now, member)
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('ZREM', KEYS[3], instance .. '|' .. member)
  return 0
end
if mode == 'take' then return math.max(1, math.ceil(at - now)) end
local ahead = position
local others = {}
for _, waiter in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  local owner = string.match(waiter, '^([^|]*)|')
  if owner ~= instance then others[owner] = (others[owner] or 0) + 1 end
end
for _, count in pairs(others) do ahead = ahead + math.min(count, position + 1) end
for _ = 1, ahead do
  times[#times + 1] = at
  at = nextSendAt(at)
end
local wait = math.max(1, math.ceil(at - now))
if wait <= mayWait then
  redis.call('ZADD', KEYS[3], now + mayWait, instance .. '|' .. member)
  redis.call('PEXPIRE', KEYS[3], window)
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

/** After Redis failed to tell the window's count, the local share's is told this long before Redis is asked again. */
const REMAINING_RETRY_AFTER_MS = 5_000;

interface Waiter {
  id: string;
  claimant: Claimant;
  priority: RequestPriority;
  deadlineAt: number | undefined;
  giveUpAt: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Queue {
  waiters: FairQueue<Waiter>;
  timer: NodeJS.Timeout | null;
  /** When the queue is tried next (epoch ms). */
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
  /** Calls the shared window may hold before further calls are paced. @default defaultBurst(perMinute) */
  burst?: number;
  /** Each instance's share of the quota while Redis is unreachable. */
  fallbackPerMinute: number;
  /** Without a deadline, a request that cannot be sent within this time fails. @default COUNTED_WINDOW_MS (a window) */
  maxWaitMs?: number;
  /** Requests waiting per credential on this instance; beyond, the one served last is refused. @default perMinute */
  maxQueue?: number;
  /** Key prefix, so other users of the same Redis do not collide. */
  prefix?: string;
  onError?: (error: Error) => void;
}

/**
 * The quota shared by every instance on one Redis (REFERENCE.md §2.4: the 50 requests/minute are
 * per credential, whichever instance sends). The window lives in Redis and a slot is taken
 * atomically by a script that applies the quota's rule (burst, then paced; the interactive
 * reserve for the whole fleet): the shared window decides when this instance may send. Each
 * instance keeps its own waiters in a fair queue: it decides whose call goes next here. While
 * Redis cannot be reached, each instance keeps to a conservative local share.
 */
export class RedisRateLimiter implements UpstreamRateLimiter {
  private readonly redis: StoreRedisClient;
  private readonly fallback: SlidingWindowRateLimiter;
  private readonly queues = new Map<string, Queue>();
  private readonly reserve: number;
  private readonly burst: number;
  private readonly maxWaitMs: number;
  private readonly maxQueue: number;
  private readonly prefix: string;
  /** Names this instance's waiters in the fleet's queue. */
  private readonly instanceId = randomUUID();
  private closed = false;
  /** When reading the window's count last failed (`remaining`). */
  private remainingFailedAt = -Infinity;
  /** Settles once the first connection to Redis is made (or has failed); until then the local share applies. */
  readonly connected: Promise<void>;

  constructor(private readonly options: RedisRateLimiterOptions) {
    this.reserve = interactiveReserve(options.perMinute);
    this.burst = options.burst ?? defaultBurst(options.perMinute);
    this.maxWaitMs = options.maxWaitMs ?? COUNTED_WINDOW_MS;
    this.maxQueue = options.maxQueue ?? options.perMinute;
    this.prefix = options.prefix ?? 'telegent-graph:rate:';
    // The local share keeps the shared window's proportions: the same fraction of it goes at once.
    const fallbackBurst = Math.max(1, Math.round((options.fallbackPerMinute * this.burst) / options.perMinute));
    this.fallback = new SlidingWindowRateLimiter({ perMinute: options.fallbackPerMinute, burst: fallbackBurst, maxWaitMs: this.maxWaitMs, maxQueue: this.maxQueue });
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

  async acquire(key: string, request: SlotRequest = {}): Promise<void> {
    const { claimant = BACKGROUND, priority = RequestPriority.Interactive, deadlineAt } = request;
    const queue = this.queue(key);
    const giveUpAt = Math.min(deadlineAt ?? Infinity, Date.now() + this.maxWaitMs);
    const id = randomUUID();
    let waitMs: number;
    try {
      // Where it would stand in this instance's fair order; it joins the queue only if it waits.
      waitMs = await this.takeSlot(key, { id, priority, giveUpAt }, 'arrive', queue.waiters.positionFor(claimant));
    } catch {
      return this.fallback.acquire(key, request);
    }
    if (waitMs === 0) {
      queue.waiters.charge(claimant);
      return;
    }
    // Waiting is pointless when the slot comes too late: say so now, with when to come back.
    if (Date.now() + waitMs > giveUpAt) {
      this.leave(key, id);
      throw rateLimited(waitMs);
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        id,
        claimant,
        priority,
        deadlineAt,
        giveUpAt,
        resolve,
        reject,
        timer: setTimeout(
          () => {
            queue.waiters.remove(waiter);
            this.leave(key, id);
            reject(rateLimited(queue.wakeAt - Date.now()));
          },
          Math.max(0, giveUpAt - Date.now()),
        ),
      };
      waiter.timer.unref();
      queue.waiters.push(waiter, claimant);
      // A full queue refuses whoever would be served last: the newcomer, unless it goes before others.
      if (queue.waiters.length > this.maxQueue) this.refuse(key, queue, queue.waiters.items().at(-1)!, Math.max(waitMs, queue.wakeAt - Date.now()));
      if (queue.waiters.length > 0) this.wake(key, queue, waitMs);
    });
  }

  pause(key: string, seconds: number): void {
    this.fallback.pause(key, seconds);
    if (!this.redis.isReady || seconds <= 0) return;
    this.redis
      .eval(PAUSE, { keys: [`${this.prefix}${key}:pause`], arguments: [String(Math.ceil(seconds * 1000))] })
      .catch((error: Error) => this.options.onError?.(error));
  }

  /**
   * The shared window's count (every instance's calls). While Redis is away, or for a few seconds
   * after it failed to answer, the local share's: that is what applies then, and an answer does not
   * wait a command timeout to say so.
   */
  async remaining(key: string): Promise<number> {
    if (!this.redis.isReady || Date.now() - this.remainingFailedAt < REMAINING_RETRY_AFTER_MS) return this.fallback.remaining(key);
    try {
      const counted = await this.redis.zCount(this.keys(key)[0]!, `(${Date.now() - COUNTED_WINDOW_MS}`, '+inf');
      return Math.max(0, this.options.perMinute - counted);
    } catch {
      this.remainingFailedAt = Date.now();
      return this.fallback.remaining(key);
    }
  }

  queueDepth(): number {
    let depth = this.fallback.queueDepth();
    for (const queue of this.queues.values()) depth += queue.waiters.length;
    return depth;
  }

  close(): void {
    this.closed = true;
    for (const queue of this.queues.values()) {
      if (queue.timer) clearTimeout(queue.timer);
      for (const waiter of queue.waiters.items()) {
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
      queue = { waiters: new FairQueue(WINDOW_MS / this.options.perMinute), timer: null, wakeAt: 0, running: false };
      this.queues.set(key, queue);
    }
    return queue;
  }

  private limitFor(priority: RequestPriority): number {
    return priority === RequestPriority.Background ? this.options.perMinute - this.reserve : this.options.perMinute;
  }

  private async takeSlot(key: string, waiter: Pick<Waiter, 'id' | 'priority' | 'giveUpAt'>, mode: 'take' | 'arrive', position = 0): Promise<number> {
    if (!this.redis.isReady) throw new Error('Redis is not connected');
    const reply = await this.redis.eval(TAKE_SLOT, {
      keys: this.keys(key),
      arguments: [
        String(this.limitFor(waiter.priority)),
        String(COUNTED_WINDOW_MS),
        String(this.burst),
        waiter.id,
        mode,
        this.instanceId,
        String(position),
        String(Math.max(0, Math.round(waiter.giveUpAt - Date.now()))),
      ],
    });
    return Number(reply);
  }

  private keys(key: string): string[] {
    const base = `${this.prefix}${key}`;
    return [base, `${base}:pause`, `${base}:waiting`];
  }

  /** A request stops waiting on this instance: the fleet's queue forgets it. */
  private leave(key: string, id: string): void {
    if (!this.redis.isReady) return;
    this.redis.zRem(this.keys(key)[2]!, `${this.instanceId}|${id}`).catch((error: Error) => this.options.onError?.(error));
  }

  private refuse(key: string, queue: Queue, waiter: Waiter, waitMs: number): void {
    queue.waiters.remove(waiter);
    clearTimeout(waiter.timer);
    this.leave(key, waiter.id);
    waiter.reject(rateLimited(waitMs));
  }

  /** Tries the queue again in `delayMs` (sooner if already planned sooner). */
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

  /**
   * Releases waiters in fair order while the shared window has room; then sleeps until the next
   * slot. A background call the window holds back (the interactive reserve) lets the first
   * interactive call after it try.
   */
  private async drain(key: string, queue: Queue): Promise<void> {
    queue.timer = null;
    queue.running = true;
    let nextMs = 0;
    try {
      while (queue.waiters.length > 0 && !this.closed) {
        const waiters = queue.waiters.items();
        const candidates = [waiters[0]!];
        const interactive = waiters.find((w) => w.priority === RequestPriority.Interactive);
        if (candidates[0]!.priority === RequestPriority.Background && interactive) candidates.push(interactive);
        let taken: Waiter | null = null;
        nextMs = Infinity;
        for (const candidate of candidates) {
          let waitMs: number;
          try {
            waitMs = await this.takeSlot(key, candidate, 'take');
          } catch {
            this.handOverToFallback(key, queue);
            return;
          }
          if (waitMs === 0) {
            taken = candidate;
            break;
          }
          nextMs = Math.min(nextMs, waitMs);
        }
        if (!taken) break;
        // It gave up while we asked: the slot it took goes to the next in line.
        const receiver = queue.waiters.items().includes(taken) ? taken : queue.waiters.items()[0];
        if (!receiver) continue;
        if (receiver !== taken) this.leave(key, receiver.id);
        this.release(queue, receiver);
      }
    } finally {
      queue.running = false;
    }
    if (queue.waiters.length > 0 && !this.closed) this.wake(key, queue, nextMs);
  }

  private release(queue: Queue, waiter: Waiter): void {
    queue.waiters.remove(waiter);
    clearTimeout(waiter.timer);
    waiter.resolve();
  }

  /** Redis went away with requests waiting: they wait for the local share instead. */
  private handOverToFallback(key: string, queue: Queue): void {
    for (const waiter of queue.waiters.items()) {
      queue.waiters.remove(waiter);
      clearTimeout(waiter.timer);
      this.fallback.acquire(key, { claimant: waiter.claimant, priority: waiter.priority, deadlineAt: waiter.deadlineAt }).then(waiter.resolve, waiter.reject);
    }
  }
}
