import { BACKGROUND, type Claimant } from '../../src/telegent/fair-queue';
import { nextSendAt, planSends } from '../../src/telegent/quota-window';
import { RequestPriority, SlidingWindowRateLimiter } from '../../src/telegent/rate-limiter';

/** Whether `promise` settles within a few event-loop turns (the limiter releases synchronously when it can). */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30))]);
}

const operator: Claimant = { id: 'jwt:operator', weight: 4 };
const partner: Claimant = { id: 'jwt:partner', weight: 3 };
const manager: Claimant = { id: 'jwt:manager', weight: 4 };

describe('SlidingWindowRateLimiter', () => {
  // Without pacing (the whole window may go at once), as the limiter was before the fair share.
  describe('the window and its interactive reserve', () => {
    it('should leave a fifth of the window to interactive requests, so background polling never starves a query', async () => {
      const limiter = new SlidingWindowRateLimiter({ perMinute: 10, burst: 10 });
      try {
        for (let i = 0; i < 8; i += 1) expect(await settlesSoon(limiter.acquire('k', { priority: RequestPriority.Background }))).toBe(true);
        const ninthBackground = limiter.acquire('k', { priority: RequestPriority.Background });
        expect(await settlesSoon(ninthBackground)).toBe(false);
        expect(await settlesSoon(limiter.acquire('k', { claimant: operator }))).toBe(true);
        expect(await settlesSoon(limiter.acquire('k', { claimant: operator }))).toBe(true);
        expect(await settlesSoon(limiter.acquire('k', { claimant: operator }))).toBe(false);
        ninthBackground.catch(() => undefined);
      } finally {
        limiter.close();
      }
    });

    it('should serve waiting interactive requests before waiting background ones when a slot frees', async () => {
      let now = 0;
      // The clock jumps a minute: nobody gives up meanwhile.
      const limiter = new SlidingWindowRateLimiter({ perMinute: 5, burst: 5, maxWaitMs: 600_000, now: () => now });
      try {
        for (let i = 0; i < 5; i += 1) await limiter.acquire('k', { claimant: operator });
        const order: string[] = [];
        const background = limiter.acquire('k', { priority: RequestPriority.Background }).then(() => order.push('background'));
        const interactive = limiter.acquire('k', { claimant: manager }).then(() => order.push('interactive'));
        now = 61_000; // the whole window has passed; the next request makes the limiter look again
        const another = limiter.acquire('k', { claimant: partner }).then(() => order.push('another'));
        await Promise.all([background, interactive, another]);
        expect(order.indexOf('interactive')).toBeLessThan(order.indexOf('background'));
      } finally {
        limiter.close();
      }
    });

    it('should bound the queue per key: a request finding a minute of quota already waiting is refused at once', async () => {
      const limiter = new SlidingWindowRateLimiter({ perMinute: 2, burst: 2, now: () => 0 });
      try {
        await limiter.acquire('k');
        await limiter.acquire('k');
        const waiting = [limiter.acquire('k'), limiter.acquire('k')];
        for (const w of waiting) w.catch(() => undefined);
        // Its slot would come after the minute of quota waiting ahead of it: in two minutes (and the 1 s margin of each).
        await expect(limiter.acquire('k')).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED', retryAfter: 122 } });
        // Another key has its own queue.
        expect(await settlesSoon(limiter.acquire('other'))).toBe(true);
      } finally {
        limiter.close();
      }
    });

    it('should refuse at once a request whose slot comes after its deadline, saying when to come back', async () => {
      const limiter = new SlidingWindowRateLimiter({ perMinute: 2, burst: 2, now: () => 1_000 });
      try {
        await limiter.acquire('k');
        await limiter.acquire('k');
        // A minute, and the margin the limiter keeps for requests that reach the upstream late.
        await expect(limiter.acquire('k', { deadlineAt: 11_000 })).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED', retryAfter: 61 } });
      } finally {
        limiter.close();
      }
    });
  });

  describe('the fair share', () => {
    it('should send the burst at once and pace the rest of the window, never more than the quota in any minute', () => {
      const rules = { perMinute: 50, windowMs: 60_000, burst: 25 };
      const sent: number[] = [];
      for (let i = 0; i < 300; i += 1) sent.push(nextSendAt(sent, sent.at(-1) ?? 0, rules.perMinute, rules));
      expect(sent.slice(0, 25)).toEqual(Array(25).fill(0));
      // After the burst, slots keep coming: never more than 60 s / (50 - 25 + 1) apart.
      const gaps = sent.slice(25).map((at, i) => at - sent[24 + i]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(60_000 / 26 + 1);
      // 300 calls take five minutes, and no sliding minute holds more than 50.
      expect(sent.at(-1)!).toBeGreaterThanOrEqual(4 * 60_000);
      for (let i = 50; i < sent.length; i += 1) expect(sent[i]! - sent[i - 50]!).toBeGreaterThanOrEqual(60_000);
    });

    it('should give the next slot to a principal that has not called over one whose burst is waiting', async () => {
      let now = 0;
      const limiter = new SlidingWindowRateLimiter({ perMinute: 10, burst: 5, now: () => now });
      try {
        const order: string[] = [];
        const burst = Array.from({ length: 8 }, (_, i) => limiter.acquire('k', { claimant: partner }).then(() => order.push(`partner ${i}`)));
        expect(order).toEqual([]);
        await Promise.resolve();
        // The first five went at once; the other three wait for paced slots.
        expect(order).toHaveLength(5);
        now = 100;
        const single = limiter.acquire('k', { claimant: manager }).then(() => order.push('manager'));
        now = 61_000;
        // The window (and its margin) has passed; the limiter looks again when someone asks.
        limiter.acquire('k').catch(() => undefined);
        await Promise.all([...burst, single]);
        expect(order[5]).toBe('manager');
      } finally {
        limiter.close();
      }
    });

    it('should predict a slot from the place in the fair order, not the arrival order, and refuse at once those pushed past their deadline', async () => {
      const limiter = new SlidingWindowRateLimiter({ perMinute: 10, burst: 5, now: () => 0 });
      try {
        // Five at once; paced slots then come every 60 s / 6 = 10 s.
        for (let i = 0; i < 5; i += 1) await limiter.acquire('k', { claimant: partner });
        const outcomes: string[] = [];
        const waiting = [1, 2].map((i) =>
          limiter.acquire('k', { claimant: partner, deadlineAt: 25_000 }).then(
            () => outcomes.push(`partner ${i} sent`),
            () => outcomes.push(`partner ${i} refused`),
          ),
        );
        // Arriving last, with 25 s: in arrival order its slot would be the third, at 30 s.
        const single = limiter.acquire('k', { claimant: manager, deadlineAt: 25_000 });
        expect(await settlesSoon(single)).toBe(false);
        // It goes first (10 s); the partner's first at 20 s; the second, now at 30 s, is told at once.
        await new Promise((resolve) => setImmediate(resolve));
        expect(outcomes).toEqual(['partner 2 refused']);
        single.catch(() => undefined);
        void waiting;
      } finally {
        limiter.close();
      }
    });

    it('should refuse the call served last, not a newcomer served first, when the queue is full', async () => {
      const limiter = new SlidingWindowRateLimiter({ perMinute: 4, burst: 4, maxQueue: 2, now: () => 0 });
      try {
        for (let i = 0; i < 4; i += 1) await limiter.acquire('k', { claimant: partner });
        const refused: number[] = [];
        [1, 2].forEach((i) => limiter.acquire('k', { claimant: partner }).catch(() => refused.push(i)));
        const single = limiter.acquire('k', { claimant: manager });
        single.catch(() => undefined);
        await new Promise((resolve) => setImmediate(resolve));
        expect(refused).toEqual([2]);
        expect(await settlesSoon(single)).toBe(false);
      } finally {
        limiter.close();
      }
    });

    it('should plan background work behind the interactive reserve while interactive calls after it use the reserve', () => {
      const rules = { perMinute: 5, windowMs: 60_000, burst: 5 };
      // Four sent: background may hold 4, interactive 5.
      const plan = planSends([0, 0, 0, 0], [4, 5], 1_000, rules);
      expect(plan).toEqual([60_000, 1_000]);
    });

    it('should stamp background last among calls that arrive together', async () => {
      let now = 0;
      const limiter = new SlidingWindowRateLimiter({ perMinute: 3, burst: 3, maxWaitMs: 600_000, now: () => now });
      try {
        for (let i = 0; i < 3; i += 1) await limiter.acquire('k', { claimant: operator });
        const order: string[] = [];
        const waits = [
          limiter.acquire('k', { claimant: BACKGROUND }).then(() => order.push('background')),
          limiter.acquire('k', { claimant: partner }).then(() => order.push('partner')),
          limiter.acquire('k', { claimant: manager }).then(() => order.push('manager')),
        ];
        now = 180_000;
        limiter.acquire('k').catch(() => undefined);
        await Promise.all(waits);
        expect(order).toEqual(['manager', 'partner', 'background']);
      } finally {
        limiter.close();
      }
    });
  });
});
