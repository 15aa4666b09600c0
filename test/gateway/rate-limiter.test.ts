import { RequestPriority, SlidingWindowRateLimiter } from '../../src/telegent/rate-limiter';

/** Whether `promise` settles within a few event-loop turns (the limiter releases synchronously when it can). */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30))]);
}

describe('SlidingWindowRateLimiter', () => {
  it('should leave a fifth of the window to interactive requests, so background polling never starves a query', async () => {
    const limiter = new SlidingWindowRateLimiter(10);
    try {
      for (let i = 0; i < 8; i += 1) expect(await settlesSoon(limiter.acquire('k', RequestPriority.Background))).toBe(true);
      const ninthBackground = limiter.acquire('k', RequestPriority.Background);
      expect(await settlesSoon(ninthBackground)).toBe(false);
      expect(await settlesSoon(limiter.acquire('k', RequestPriority.Interactive))).toBe(true);
      expect(await settlesSoon(limiter.acquire('k', RequestPriority.Interactive))).toBe(true);
      expect(await settlesSoon(limiter.acquire('k', RequestPriority.Interactive))).toBe(false);
      ninthBackground.catch(() => undefined);
    } finally {
      limiter.close();
    }
  });

  it('should serve waiting interactive requests before waiting background ones when a slot frees', async () => {
    let now = 0;
    const limiter = new SlidingWindowRateLimiter(5, 60_000, () => now);
    try {
      for (let i = 0; i < 5; i += 1) await limiter.acquire('k');
      const order: string[] = [];
      const background = limiter.acquire('k', RequestPriority.Background).then(() => order.push('background'));
      const interactive = limiter.acquire('k', RequestPriority.Interactive).then(() => order.push('interactive'));
      now = 61_000; // the whole window has passed; the next request makes the limiter look again
      const another = limiter.acquire('k', RequestPriority.Interactive).then(() => order.push('another'));
      await Promise.all([background, interactive, another]);
      expect(order.indexOf('interactive')).toBeLessThan(order.indexOf('background'));
    } finally {
      limiter.close();
    }
  });

  it('should bound the queue per key: a request finding a minute of quota already waiting is refused at once', async () => {
    const limiter = new SlidingWindowRateLimiter(2, 60_000, () => 0);
    try {
      await limiter.acquire('k');
      await limiter.acquire('k');
      const waiting = [limiter.acquire('k'), limiter.acquire('k')];
      for (const w of waiting) w.catch(() => undefined);
      await expect(limiter.acquire('k')).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED', retryAfter: 60 } });
      // Another key has its own queue.
      expect(await settlesSoon(limiter.acquire('other'))).toBe(true);
    } finally {
      limiter.close();
    }
  });

  it('should refuse at once a request whose slot comes after its deadline, saying when to come back', async () => {
    const limiter = new SlidingWindowRateLimiter(2, 60_000, () => 1_000);
    try {
      await limiter.acquire('k');
      await limiter.acquire('k');
      await expect(limiter.acquire('k', RequestPriority.Interactive, 11_000)).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED', retryAfter: 60 } });
    } finally {
      limiter.close();
    }
  });
});
