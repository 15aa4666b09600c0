import type { SandboxClock } from './clock';

const WINDOW_MS = 60_000;
/** Expired hits are cut off the front of a window's array once this many have piled up. */
const COMPACT_AFTER = 1024;

/**
 * One AccountKey's accepted hits, oldest first (the clock only moves forward, so pushing keeps the
 * order). Hits before `head` have left the window and wait to be cut off in one go.
 */
interface Window {
  hits: number[];
  head: number;
}

/**
 * Sliding one-minute window per AccountKey (REFERENCE.md §2.4: 50 requests/minute on the standard
 * tier, token requests included). Rejected requests do not use up the window. A call costs O(1)
 * amortised however full the window is: expired hits are dropped from the front of a queue, not
 * filtered out of the whole window each time.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly perMinute: number,
  ) {}

  /** Records a request; returns null when allowed, or the seconds to wait (Retry-After) when not. */
  take(accountKey: string): number | null {
    const now = this.clock.now();
    let window = this.windows.get(accountKey);
    if (window === undefined) {
      window = { hits: [], head: 0 };
      this.windows.set(accountKey, window);
    }
    const { hits } = window;
    while (window.head < hits.length && hits[window.head]! <= now - WINDOW_MS) window.head += 1;
    // Cutting costs the hits still in the window, so only once at least as many have expired.
    if (window.head >= COMPACT_AFTER && window.head * 2 >= hits.length) {
      hits.splice(0, window.head);
      window.head = 0;
    }
    if (hits.length - window.head >= this.perMinute) {
      return Math.max(1, Math.ceil((hits[window.head]! + WINDOW_MS - now) / 1000));
    }
    hits.push(now);
    return null;
  }

  reset(): void {
    this.windows.clear();
  }
}
