import { SandboxClock } from '../../sandbox/clock';
import { RateLimiter } from '../../sandbox/rate-limiter';

/** A sandbox clock that stands still between `advanceMs` calls, so windows and Retry-After are exact. */
class StoppedClock extends SandboxClock {
  private at = Date.UTC(2025, 0, 1);

  override now(): number {
    return this.at;
  }

  advanceMs(ms: number): void {
    this.at += ms;
  }
}

/** Calls `take` `count` times; how many were allowed. */
function takeMany(limiter: RateLimiter, key: string, count: number): number {
  let allowed = 0;
  for (let i = 0; i < count; i += 1) if (limiter.take(key) === null) allowed += 1;
  return allowed;
}

describe('RateLimiter (sliding one-minute window per AccountKey)', () => {
  let clock: StoppedClock;
  beforeEach(() => {
    clock = new StoppedClock();
  });

  it('should allow perMinute requests and answer the next with the seconds until the oldest leaves', () => {
    const limiter = new RateLimiter(clock, 3);
    expect(limiter.take('k')).toBeNull();
    clock.advanceMs(10_000);
    expect(limiter.take('k')).toBeNull();
    expect(limiter.take('k')).toBeNull();
    clock.advanceMs(5_500);
    // The first hit (at 0 s) leaves at 60 s; it is 15.5 s now.
    expect(limiter.take('k')).toBe(45);
  });

  it('should slide: each hit leaves the window a minute after it was made, not all at once', () => {
    const limiter = new RateLimiter(clock, 2);
    expect(limiter.take('k')).toBeNull(); // at 0 s
    clock.advanceMs(30_000);
    expect(limiter.take('k')).toBeNull(); // at 30 s
    clock.advanceMs(29_999);
    expect(limiter.take('k')).toBe(1); // 59.999 s: the first hit is still in
    clock.advanceMs(1);
    expect(limiter.take('k')).toBeNull(); // 60 s: the first hit left, this one takes its place
    expect(limiter.take('k')).toBe(30); // the 30 s hit leaves at 90 s
  });

  it('should not let rejected requests use up the window', () => {
    const limiter = new RateLimiter(clock, 5);
    expect(takeMany(limiter, 'k', 5)).toBe(5);
    clock.advanceMs(20_000);
    expect(takeMany(limiter, 'k', 1_000)).toBe(0);
    // Were the 1,000 refusals counted, the window would stay shut until 80 s.
    clock.advanceMs(40_000);
    expect(takeMany(limiter, 'k', 6)).toBe(5);
  });

  it('should answer Retry-After of at least 1 second', () => {
    const limiter = new RateLimiter(clock, 1);
    expect(limiter.take('k')).toBeNull();
    clock.advanceMs(59_999);
    expect(limiter.take('k')).toBe(1);
  });

  it('should keep each AccountKey in its own window', () => {
    const limiter = new RateLimiter(clock, 2);
    expect(takeMany(limiter, 'a', 3)).toBe(2);
    expect(takeMany(limiter, 'b', 3)).toBe(2);
  });

  it('should count exactly across many expiries of a large window', () => {
    const limiter = new RateLimiter(clock, 5_000);
    // 100 rounds of 2,500 hits, 15 s apart: the window holds the three rounds before.
    for (let round = 0; round < 100; round += 1) {
      const allowed = takeMany(limiter, 'k', 2_500);
      expect(allowed).toBe(round % 4 < 2 ? 2_500 : 0);
      clock.advanceMs(15_000);
    }
  });

  it('should forget every window on reset', () => {
    const limiter = new RateLimiter(clock, 1);
    expect(limiter.take('k')).toBeNull();
    limiter.reset();
    expect(limiter.take('k')).toBeNull();
  });
});
