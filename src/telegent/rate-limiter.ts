import { ErrorCode, GatewayError } from '../errors';

/** Lower runs first: interactive queries before background work such as order polling. */
export enum RequestPriority {
  Interactive = 0,
  Background = 1,
}

/**
 * Keeps the gateway inside the upstream quota (REFERENCE.md §2.4: 50 requests/minute per
 * credential, token requests included). Callers wait for a slot instead of drawing a 429.
 * Implementations: in-process (one instance) now; a Redis one can share the window across instances.
 */
export interface UpstreamRateLimiter {
  /**
   * Resolves once a request for `key` may be sent, and counts it. A request whose slot would come
   * after `deadlineAt` (epoch ms, the operation's deadline), or that finds the queue full, fails at
   * once with UPSTREAM_RATE_LIMITED and `retryAfter`.
   */
  acquire(key: string, priority?: RequestPriority, deadlineAt?: number): Promise<void>;
  /** The upstream answered 429/503 with Retry-After: hold every request of `key` that long. */
  pause(key: string, seconds: number): void;
  close(): void;
}

interface Waiter {
  priority: RequestPriority;
  seq: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Window {
  sentAt: number[];
  queue: Waiter[];
  pausedUntil: number;
  timer: NodeJS.Timeout | null;
}

export const WINDOW_MS = 60_000;

/** The quota has no slot for a request in time: `waitMs` is how long until one is expected. */
export function rateLimited(waitMs: number): GatewayError {
  return new GatewayError('The upstream rate limit is exhausted; retry later.', ErrorCode.UPSTREAM_RATE_LIMITED, {
    retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}

/**
 * A sliding one-minute window per key, with a priority queue of waiting requests. Background
 * requests leave a fifth of the window to interactive ones, so polling never starves a query.
 */
export class SlidingWindowRateLimiter implements UpstreamRateLimiter {
  private readonly windows = new Map<string, Window>();
  private seq = 0;
  /** Slots per window that only interactive requests may take. */
  private readonly interactiveReserve: number;

  constructor(
    private readonly perMinute: number,
    /** A request without a deadline that cannot be sent within this time fails with UPSTREAM_RATE_LIMITED. @default 60000 */
    private readonly maxWaitMs = 60_000,
    private readonly now: () => number = Date.now,
    /** Requests waiting per key; one more fails at once. @default perMinute (a minute of quota) */
    private readonly maxQueue = perMinute,
  ) {
    this.interactiveReserve = perMinute > 1 ? Math.max(1, Math.floor(perMinute / 5)) : 0;
  }

  acquire(key: string, priority = RequestPriority.Interactive, deadlineAt?: number): Promise<void> {
    const window = this.window(key);
    if (window.queue.length === 0 && this.trySend(window, priority)) return Promise.resolve();
    const now = this.now();
    const giveUpAt = Math.min(deadlineAt ?? Infinity, now + this.maxWaitMs);
    const slotAt = this.expectedSlotAt(window, priority);
    // Waiting is pointless when the slot comes too late: say so now, with when to come back.
    if (slotAt > giveUpAt || window.queue.length >= this.maxQueue) return Promise.reject(rateLimited(slotAt - now));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        seq: this.seq++,
        resolve,
        reject,
        timer: setTimeout(() => {
          window.queue = window.queue.filter((w) => w !== waiter);
          reject(rateLimited(this.nextFreeAt(window, priority) - this.now()));
        }, Math.max(0, giveUpAt - now)),
      };
      waiter.timer.unref();
      window.queue.push(waiter);
      window.queue.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
      // The head may have changed (an interactive request ahead of waiting background ones): re-plan.
      if (window.timer) clearTimeout(window.timer);
      window.timer = null;
      this.schedule(window);
    });
  }

  pause(key: string, seconds: number): void {
    const window = this.window(key);
    window.pausedUntil = Math.max(window.pausedUntil, this.now() + seconds * 1000);
  }

  close(): void {
    for (const window of this.windows.values()) {
      if (window.timer) clearTimeout(window.timer);
      for (const waiter of window.queue) {
        clearTimeout(waiter.timer);
        waiter.reject(new GatewayError('The gateway is shutting down.', ErrorCode.UPSTREAM_UNAVAILABLE));
      }
    }
    this.windows.clear();
  }

  private window(key: string): Window {
    let window = this.windows.get(key);
    if (!window) {
      window = { sentAt: [], queue: [], pausedUntil: 0, timer: null };
      this.windows.set(key, window);
    }
    return window;
  }

  /** How many requests of `priority` a window may hold. */
  private limitFor(priority: RequestPriority): number {
    return priority === RequestPriority.Background ? this.perMinute - this.interactiveReserve : this.perMinute;
  }

  private trySend(window: Window, priority: RequestPriority): boolean {
    const now = this.now();
    window.sentAt = window.sentAt.filter((at) => at > now - WINDOW_MS);
    if (now < window.pausedUntil || window.sentAt.length >= this.limitFor(priority)) return false;
    window.sentAt.push(now);
    return true;
  }

  private nextFreeAt(window: Window, priority: RequestPriority): number {
    const limit = this.limitFor(priority);
    const oldest = window.sentAt.length >= limit ? window.sentAt[window.sentAt.length - limit]! + WINDOW_MS : 0;
    return Math.max(window.pausedUntil, oldest, this.now());
  }

  /**
   * When a new request of `priority` would get its slot: after the waiters it cannot overtake, once
   * enough of the window's requests have aged out. Beyond the window, at least a window from now.
   */
  private expectedSlotAt(window: Window, priority: RequestPriority): number {
    const now = this.now();
    const recent = window.sentAt.filter((at) => at > now - WINDOW_MS);
    const ahead = window.queue.filter((w) => w.priority <= priority).length;
    const index = recent.length + ahead - this.limitFor(priority);
    const freedAt = index < 0 ? now : index < recent.length ? recent[index]! + WINDOW_MS : now + WINDOW_MS;
    return Math.max(window.pausedUntil, freedAt, now);
  }

  /** Releases waiters while there is room, then sleeps until the next slot frees up. */
  private schedule(window: Window): void {
    if (window.timer) return;
    while (window.queue.length > 0 && this.trySend(window, window.queue[0]!.priority)) {
      const waiter = window.queue.shift()!;
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
    if (window.queue.length === 0) return;
    window.timer = setTimeout(() => {
      window.timer = null;
      this.schedule(window);
    }, Math.max(1, this.nextFreeAt(window, window.queue[0]!.priority) - this.now()));
    window.timer.unref();
  }
}
