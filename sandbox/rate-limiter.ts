import type { SandboxClock } from './clock';

const WINDOW_MS = 60_000;

/**
 * Sliding one-minute window per AccountKey (REFERENCE.md §2.4: 50 requests/minute on the standard
 * tier, token requests included). Rejected requests do not use up the window.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly clock: SandboxClock,
    private readonly perMinute: number,
  ) {}

  /** Records a request; returns null when allowed, or the seconds to wait (Retry-After) when not. */
  take(accountKey: string): number | null {
    const now = this.clock.now();
    const recent = (this.hits.get(accountKey) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.hits.set(accountKey, recent);
      return Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    this.hits.set(accountKey, recent);
    return null;
  }

  reset(): void {
    this.hits.clear();
  }
}
