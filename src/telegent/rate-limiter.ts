import { ErrorCode, GatewayError } from '../errors';
import { BACKGROUND, type Claimant, FairQueue } from './fair-queue';
import { type QuotaRules, nextSendAt, planSends } from './quota-window';

/**
 * Interactive calls serve an operation and are bound by its deadline; background ones (order
 * polling, webhook registration) are not, and leave a fifth of the window to interactive ones.
 */
export enum RequestPriority {
  Interactive = 0,
  Background = 1,
}

/** What a call asks the limiter for. */
export interface SlotRequest {
  /** Whose share of the quota it draws on. @default BACKGROUND */
  claimant?: Claimant;
  /** @default RequestPriority.Interactive */
  priority?: RequestPriority;
  /** The operation's deadline (epoch ms): a call whose slot would come later fails at once. */
  deadlineAt?: number;
}

/**
 * Keeps the gateway inside the upstream quota (REFERENCE.md §2.4: 50 requests/minute per
 * credential, token requests included) and shares it fairly between principals (README "Fair
 * share of the quota"). Callers wait for a slot instead of drawing a 429. Implementations:
 * in-process (one instance), and Redis (the window shared across instances).
 */
export interface UpstreamRateLimiter {
  /**
   * Resolves once a call for `key` (the credential) may be sent, and counts it. Waiting calls are
   * served in weighted fair order by claimant. A call whose slot, at its place in that order, would
   * come after its deadline, or that finds the queue full of calls served before it, fails at once
   * with UPSTREAM_RATE_LIMITED and `retryAfter`.
   */
  acquire(key: string, request?: SlotRequest): Promise<void>;
  /** The upstream answered 429/503 with Retry-After: hold every request of `key` that long. */
  pause(key: string, seconds: number): void;
  /**
   * Slots left for `key` in the current window (the quota less the calls it counts in the last
   * minute), as an interactive call sees them: what `extensions.upstream.quotaRemaining` tells clients.
   */
  remaining(key: string): Promise<number>;
  /** Calls waiting for a slot on this instance now, every key together (the queue depth metric). */
  queueDepth(): number;
  close(): void;
}

export const WINDOW_MS = 60_000;

/**
 * The window as the limiters count it. Requests reach the upstream a little after they take their
 * slot, some later than others (the first of a burst wait behind the rest at the upstream); a slot
 * is reused only this long after a full window, so the upstream never counts one request too many.
 */
export const COUNTED_WINDOW_MS = WINDOW_MS + 1_000;

/** The quota has no slot for a request in time: `waitMs` is how long until one is expected. */
export function rateLimited(waitMs: number): GatewayError {
  return new GatewayError('The upstream rate limit is exhausted; retry later.', ErrorCode.UPSTREAM_RATE_LIMITED, {
    retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

/** Slots per window only interactive calls may take: a fifth, so background polling never starves a query. */
export function interactiveReserve(perMinute: number): number {
  return perMinute > 1 ? Math.max(1, Math.floor(perMinute / 5)) : 0;
}

/** The burst when none is configured: half the window at once, the other half paced. */
export function defaultBurst(perMinute: number): number {
  return Math.max(1, Math.ceil(perMinute / 2));
}

export interface SlidingWindowOptions {
  perMinute: number;
  /** Calls the window may hold before the next are paced (see `nextSendAt`). @default defaultBurst(perMinute) */
  burst?: number;
  /** A call without a deadline that cannot be sent within this time fails with UPSTREAM_RATE_LIMITED. @default COUNTED_WINDOW_MS (a window) */
  maxWaitMs?: number;
  /** Calls waiting per key; beyond, the one served last is refused. @default perMinute (a minute of quota) */
  maxQueue?: number;
  now?: () => number;
}

interface Waiter {
  priority: RequestPriority;
  /** When it stops waiting (epoch ms): its deadline, or `maxWaitMs` after it came. */
  giveUpAt: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Window {
  sentAt: number[];
  queue: FairQueue<Waiter>;
  pausedUntil: number;
  timer: NodeJS.Timeout | null;
}

/**
 * A sliding one-minute window per key (`quota-window.ts` says when a call may go) and a fair
 * queue of the calls waiting for it (`fair-queue.ts` says whose goes next).
 */
export class SlidingWindowRateLimiter implements UpstreamRateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly rules: QuotaRules;
  private readonly reserve: number;
  private readonly maxWaitMs: number;
  private readonly maxQueue: number;
  private readonly now: () => number;

  constructor(options: SlidingWindowOptions) {
    this.rules = { perMinute: options.perMinute, windowMs: COUNTED_WINDOW_MS, burst: options.burst ?? defaultBurst(options.perMinute) };
    this.reserve = interactiveReserve(options.perMinute);
    this.maxWaitMs = options.maxWaitMs ?? COUNTED_WINDOW_MS;
    this.maxQueue = options.maxQueue ?? options.perMinute;
    this.now = options.now ?? Date.now;
  }

  acquire(key: string, { claimant = BACKGROUND, priority = RequestPriority.Interactive, deadlineAt }: SlotRequest = {}): Promise<void> {
    const window = this.window(key);
    const now = this.now();
    if (window.queue.length === 0 && this.nextSendAt(window, priority, now) <= now) {
      window.sentAt.push(now);
      window.queue.charge(claimant);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const giveUpAt = Math.min(deadlineAt ?? Infinity, now + this.maxWaitMs);
      const waiter: Waiter = {
        priority,
        giveUpAt,
        resolve,
        reject,
        timer: setTimeout(() => {
          window.queue.remove(waiter);
          reject(rateLimited(this.nextSendAt(window, priority, this.now()) - this.now()));
        }, Math.max(0, giveUpAt - now)),
      };
      waiter.timer.unref();
      window.queue.push(waiter, claimant);
      this.refuseHopeless(window, now);
      // Whoever is next may have changed: release what may go now and re-plan the wake-up.
      if (window.timer) clearTimeout(window.timer);
      window.timer = null;
      this.schedule(window);
    });
  }

  pause(key: string, seconds: number): void {
    const window = this.window(key);
    window.pausedUntil = Math.max(window.pausedUntil, this.now() + seconds * 1000);
  }

  remaining(key: string): Promise<number> {
    const window = this.windows.get(key);
    if (!window) return Promise.resolve(this.rules.perMinute);
    return Promise.resolve(Math.max(0, this.rules.perMinute - this.counted(window, this.now()).length));
  }

  queueDepth(): number {
    let depth = 0;
    for (const window of this.windows.values()) depth += window.queue.length;
    return depth;
  }

  close(): void {
    for (const window of this.windows.values()) {
      if (window.timer) clearTimeout(window.timer);
      for (const waiter of window.queue.items()) {
        clearTimeout(waiter.timer);
        waiter.reject(new GatewayError('The gateway is shutting down.', ErrorCode.UPSTREAM_UNAVAILABLE));
      }
    }
    this.windows.clear();
  }

  private window(key: string): Window {
    let window = this.windows.get(key);
    if (!window) {
      window = { sentAt: [], queue: new FairQueue(WINDOW_MS / this.rules.perMinute, this.now), pausedUntil: 0, timer: null };
      this.windows.set(key, window);
    }
    return window;
  }

  /** How many calls of `priority` the window may hold. */
  private limitFor(priority: RequestPriority): number {
    return priority === RequestPriority.Background ? this.rules.perMinute - this.reserve : this.rules.perMinute;
  }

  private nextSendAt(window: Window, priority: RequestPriority, now: number): number {
    return nextSendAt(this.counted(window, now), Math.max(now, window.pausedUntil), this.limitFor(priority), this.rules);
  }

  /** The window's sends still counted at `now` (older ones are dropped from it). */
  private counted(window: Window, now: number): number[] {
    window.sentAt = window.sentAt.filter((at) => at + this.rules.windowMs > now);
    return window.sentAt;
  }

  /**
   * Refuses at once, with when to come back, every waiter whose slot at its place in the fair
   * order now comes after it gives up (a newcomer, or one a newcomer went ahead of), and the ones
   * served last beyond `maxQueue`.
   */
  private refuseHopeless(window: Window, now: number): void {
    const waiters = window.queue.items();
    const plan = planSends(window.sentAt, waiters.map((w) => this.limitFor(w.priority)), Math.max(now, window.pausedUntil), this.rules);
    waiters.forEach((waiter, index) => {
      if (plan[index]! <= waiter.giveUpAt && index < this.maxQueue) return;
      window.queue.remove(waiter);
      clearTimeout(waiter.timer);
      waiter.reject(rateLimited(plan[index]! - now));
    });
  }

  /** Releases, in fair order, every waiter whose slot has come; then sleeps until the next one's. */
  private schedule(window: Window): void {
    if (window.timer) return;
    let wakeAt = Infinity;
    for (;;) {
      const now = this.now();
      wakeAt = Infinity;
      let released = false;
      const blocked = new Set<RequestPriority>();
      for (const waiter of window.queue.items()) {
        if (blocked.has(waiter.priority)) continue;
        const at = this.nextSendAt(window, waiter.priority, now);
        if (at <= now) {
          window.queue.remove(waiter);
          clearTimeout(waiter.timer);
          window.sentAt.push(now);
          waiter.resolve();
          released = true;
          break;
        }
        // Later waiters of this priority wait behind it; those of another may still go.
        blocked.add(waiter.priority);
        wakeAt = Math.min(wakeAt, at);
      }
      if (!released) break;
    }
    if (window.queue.length === 0) return;
    window.timer = setTimeout(
      () => {
        window.timer = null;
        this.schedule(window);
      },
      Math.max(1, wakeAt - this.now()),
    );
    window.timer.unref();
  }
}
