import { AccountScreenDocument } from '../__generated__/operations';
import { TestGateway, answerExtensions } from '../helpers/gateway';
import { OwnRedis } from '../helpers/own-redis';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const SCREEN = AccountScreenDocument;
const LISTS = ['GET /v1.0/distributor/subscribers', 'GET /v1.0/numbers/inventory', 'GET /v1.0/distributor/subscriptions', 'GET /v1.0/account/packages'];

/** Upstream reads (tokens left out) the sandbox has answered so far, by endpoint. */
async function reads(gateway: TestGateway): Promise<Record<string, number>> {
  const { byEndpoint } = await gateway.sandbox.stats();
  return Object.fromEntries(Object.entries(byEndpoint).filter(([endpoint]) => endpoint !== 'POST /v1.0/oauth2/tokens'));
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, n) => sum + n, 0);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the read cache', () => {
  describe('one instance', () => {
    let gateway: TestGateway;
    let acme: string;

    beforeAll(async () => {
      gateway = await TestGateway.start();
      acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    });
    afterAll(() => gateway.stop());

    it('should answer a repeated account screen without any upstream call, saying how old its data is', async () => {
      const first = await gateway.query(SCREEN, { id: acme, first: 10 });
      expect(first.body.errors).toBeUndefined();
      const before = await reads(gateway);
      await sleep(1100);
      const again = await gateway.query(SCREEN, { id: acme, first: 10 });
      expect(again.body).toEqual({ ...first.body, extensions: answerExtensions({ calls: 0 }) });
      expect(await reads(gateway)).toEqual(before);
      expect((again.body as any).extensions.freshness).toBeGreaterThanOrEqual(1);
    });

    it('should read every list again for a request that sends Cache-Control: no-cache, and say its data is fresh', async () => {
      await gateway.query(SCREEN, { id: acme, first: 10 });
      const before = await reads(gateway);
      const fresh = await gateway.query(SCREEN, { id: acme, first: 10 }, { 'Cache-Control': 'no-cache' });
      expect(fresh.body.errors).toBeUndefined();
      expect((fresh.body as any).extensions.freshness).toBe(0);
      const after = await reads(gateway);
      for (const endpoint of LISTS) expect((after[endpoint] ?? 0) - (before[endpoint] ?? 0)).toBe(1);
      // What the fresh read brought serves the next requests.
      await gateway.query(SCREEN, { id: acme, first: 10 });
      expect(await reads(gateway)).toEqual(after);
    });
  });

  it('should show a change made straight at the platform once its reported freshness is younger than the change', async () => {
    const gateway = await TestGateway.start({ env: { CACHE_MIN_REFRESH_SEC: '1', CACHE_MAX_AGE_SEC: '4', CACHE_REFRESH_QUOTA_PERCENT: '50' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const query = `query ($id: ID!) { account(id: $id) { subscribers(first: 1) { edges { node { id name } } } } }`;
      const first = await gateway.query(query, { id: acme });
      const subscriber = first.body.data.account.subscribers.edges[0].node;
      const renamed = `Renamed ${Date.now()}`;
      const changedAt = Date.now();
      const update = await gateway.sandbox.client().post('/subscribers/update', { SubscriberId: subscriber.id, Name: renamed });
      expect(update.status).toBe(200);
      for (;;) {
        const reply = await gateway.query(query, { id: acme });
        const name = reply.body.data.account.subscribers.edges[0].node.name;
        const ageSec = (reply.body as any).extensions.freshness as number;
        if (name === renamed) break;
        // Still the old name: the answer must own up to data older than the change.
        expect(Date.now() - ageSec * 1000).toBeLessThanOrEqual(changedAt + 1000);
        // Never older than the configured maximum age.
        expect(Date.now() - changedAt).toBeLessThan(4000 + 2000);
        await sleep(200);
      }
    } finally {
      await gateway.stop();
    }
  });

  describe('several instances on Redis', () => {
    it('should serve on one instance what another read, and refresh an expired entry once for many concurrent readers', async () => {
      // No background refreshes: entries expire after 2 s and are read again by the first reader to need them.
      const env = { REDIS_URL, CACHE_MAX_AGE_SEC: '2', CACHE_MAX_AGE_PACKAGES_SEC: '2', CACHE_REFRESH_QUOTA_PERCENT: '0' };
      const a = await TestGateway.start({ env, sandbox: { rateLimitPerMinute: 100_000 } });
      const b = await TestGateway.startBeside(a, { env });
      try {
        const acme = (await a.sandbox.accountIds())['Acme Mobile']!;
        expect((await a.query(SCREEN, { id: acme, first: 5 })).body.errors).toBeUndefined();
        const warm = await reads(a);
        expect((await b.query(SCREEN, { id: acme, first: 5 })).body.errors).toBeUndefined();
        expect(await reads(a)).toEqual(warm);

        await sleep(2200);
        const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).query(SCREEN, { id: acme, first: 5 })));
        expect(replies.every((r) => r.status === 200 && r.body.errors === undefined)).toBe(true);
        const after = await reads(a);
        for (const endpoint of LISTS) expect(after[endpoint]! - warm[endpoint]!).toBe(1);
      } finally {
        await b.stop();
        await a.stop();
      }
    });

    it('should serve a stale entry at once and refresh it once in the background, across instances', async () => {
      // Stale after 1 s; nobody reads after the burst, so refreshes stop 2 s later (CACHE_IDLE_SEC).
      const env = { REDIS_URL, CACHE_MIN_REFRESH_SEC: '1', CACHE_IDLE_SEC: '2', CACHE_REFRESH_QUOTA_PERCENT: '50' };
      const a = await TestGateway.start({ env, sandbox: { rateLimitPerMinute: 100_000 } });
      const b = await TestGateway.startBeside(a, { env });
      try {
        const acme = (await a.sandbox.accountIds())['Acme Mobile']!;
        await a.query(SCREEN, { id: acme, first: 5 });
        await b.query(SCREEN, { id: acme, first: 5 });
        const warm = await reads(a);
        await sleep(1100);
        // Stale now: every reader is answered from the cache, none waits for the upstream.
        const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).query(SCREEN, { id: acme, first: 5 })));
        expect(replies.every((r) => r.body.errors === undefined)).toBe(true);
        // Refreshed in the background by one of the two instances at a time (the lease), not once per instance or reader.
        await sleep(4000);
        const after = await reads(a);
        for (const endpoint of LISTS) {
          expect(after[endpoint]! - warm[endpoint]!).toBeGreaterThanOrEqual(1);
          // At most once a second (CACHE_MIN_REFRESH_SEC) while read in the last 2 s: bounded by time, not by the 20 readers.
          expect(after[endpoint]! - warm[endpoint]!).toBeLessThanOrEqual(3);
        }
      } finally {
        await b.stop();
        await a.stop();
      }
    });

    it('should keep background refreshes within their share of the quota however much is read', async () => {
      // 10 % of 50 a minute: 5 refresh calls a minute for both instances together.
      const env = { REDIS_URL, CACHE_MIN_REFRESH_SEC: '1', CACHE_REFRESH_QUOTA_PERCENT: '10', UPSTREAM_RATE_LIMIT_PER_MINUTE: '50' };
      const a = await TestGateway.start({ env, sandbox: { rateLimitPerMinute: 100_000 } });
      const b = await TestGateway.startBeside(a, { env });
      try {
        const accounts = Object.values(await a.sandbox.accountIds());
        for (const id of accounts) await a.query(SCREEN, { id, first: 5 });
        const warm = await reads(a);
        const until = Date.now() + 12_000;
        let served = 0;
        while (Date.now() < until) {
          const replies = await Promise.all(accounts.flatMap((id) => [a.query(SCREEN, { id, first: 5 }), b.query(SCREEN, { id, first: 5 })]));
          expect(replies.every((r) => r.body.errors === undefined)).toBe(true);
          served += replies.length;
          await sleep(100);
        }
        const refreshCalls = total(await reads(a)) - total(warm);
        expect(served).toBeGreaterThan(100);
        expect(refreshCalls).toBeGreaterThanOrEqual(1);
        expect(refreshCalls).toBeLessThanOrEqual(5);
        const stats = (await (await fetch(new URL('/cachez', a.url))).json()) as { refreshBudgetPerMinute: number };
        expect(stats.refreshBudgetPerMinute).toBe(5);
      } finally {
        await b.stop();
        await a.stop();
      }
    });
  });

  it('should keep caching in the process when Redis is lost, and share again once it is back', async () => {
    const redis = await OwnRedis.start();
    const gateway = await TestGateway.start({ env: { REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '200' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const first = await gateway.query(SCREEN, { id: acme, first: 5 });
      expect(first.body.errors).toBeUndefined();
      await redis.kill();
      const before = await reads(gateway);
      for (let i = 0; i < 5; i += 1) {
        const reply = await gateway.query(SCREEN, { id: acme, first: 5 });
        expect(reply.body.errors).toBeUndefined();
        expect(reply.body.data).toEqual(first.body.data);
      }
      // Served from this process's copy: no upstream call while Redis is away.
      expect(await reads(gateway)).toEqual(before);
      await redis.restart();
      // Redis came back empty: the lists are read again once, then shared from it.
      let reply;
      for (let i = 0; i < 50; i += 1) {
        reply = await gateway.query(SCREEN, { id: acme, first: 5 });
        if (total(await reads(gateway)) > total(before)) break;
        await sleep(100);
      }
      expect(reply!.body.errors).toBeUndefined();
      const reread = await reads(gateway);
      expect(total(reread)).toBeGreaterThan(total(before));
      await gateway.query(SCREEN, { id: acme, first: 5 });
      expect(await reads(gateway)).toEqual(reread);
    } finally {
      await gateway.stop();
      await redis.kill();
    }
  });
});
