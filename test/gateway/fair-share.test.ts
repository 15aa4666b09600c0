import type { Client } from 'graphql-ws';
import { print } from 'graphql';
import { OrderStatusChangedDocument } from '../__generated__/operations';
import { type GraphQLReply, TestGateway } from '../helpers/gateway';
import { mintTestToken } from '../helpers/auth';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';

/** A quota of 60 a minute with the default burst, half of it; then a paced slot at least every 60 s / (60 - 30 + 1). */
const QUOTA = 60;
const BURST = QUOTA / 2;
const PACED_SLOT_MS = 60_000 / (QUOTA - BURST + 1);
const QUOTA_ENV = { UPSTREAM_RATE_LIMIT_PER_MINUTE: String(QUOTA), UPSTREAM_RATE_LIMIT_BURST: String(BURST) };
/** What answering a query costs besides waiting for its slot, on a busy 2-core machine. */
const SLACK_MS = 1_500;
const ORDER_READS = 'GET /v1.0/numbers/order';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(run: () => Promise<GraphQLReply>): Promise<{ reply: GraphQLReply; ms: number }> {
  const started = Date.now();
  const reply = await run();
  return { reply, ms: Date.now() - started };
}

/** Resolves once the sandbox has answered at least `count` requests. */
async function upstreamCallsReach(gateway: TestGateway, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await gateway.sandbox.stats()).total < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} upstream calls after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** `Authorization` for a principal of `role` over the sandbox's Acme Mobile. */
async function acmeHeaders(gateway: TestGateway, role: 'partner' | 'manager'): Promise<Record<string, string>> {
  const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  return { Authorization: `Bearer ${await mintTestToken({ role, sub: `fair-${role}`, accounts: [acme] })}` };
}

describe('The fair share of the quota', () => {
  // With Redis, the shared window says when this instance may send and its fair queue whose call goes.
  describe.each([
    ['in process', {}],
    ['with Redis', { REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379' }],
  ])('one principal’s burst, %s', (_where, redis: Record<string, string>) => {
    let gateway: TestGateway;

    beforeAll(async () => {
      gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: QUOTA }, env: { ...QUOTA_ENV, ...redis } });
    });
    afterAll(() => gateway.stop());

    it('should not delay another principal’s single query beyond about one paced slot, nor exceed the quota', async () => {
      const [partner, manager] = [await acmeHeaders(gateway, 'partner'), await acmeHeaders(gateway, 'manager')];
      let refusals = 0;
      const burst = Promise.all(
        Array.from({ length: 60 }, async (_, n) => {
          const reply = await gateway.query(`{ order(id: "JNUOID-burst-${n}") { id } }`, {}, partner);
          if (reply.body.errors?.[0]?.extensions?.code === 'UPSTREAM_RATE_LIMITED') refusals += 1;
          return reply;
        }),
      );
      // The burst has reached the limiter: more than the quota allows within the partner's deadline.
      await upstreamCallsReach(gateway, BURST);
      while (refusals === 0) await sleep(10);
      const single = await timed(() => gateway.query('{ order(id: "JNUOID-single") { id } }', {}, manager));
      const partnerReplies = await burst;

      // Before: the partner's calls had the whole window, and the manager was refused with retryAfter ≈ 60 s.
      expect(single.reply.body.errors).toBeUndefined();
      expect(single.ms).toBeLessThan(PACED_SLOT_MS + SLACK_MS);
      // The partner's calls that would wait past its deadline were told when to come back; nothing exceeded the quota.
      const refused = partnerReplies.filter((r) => r.body.errors?.[0]?.extensions?.code === 'UPSTREAM_RATE_LIMITED');
      expect(refused.length).toBeGreaterThan(0);
      for (const reply of refused) expect(reply.body.errors![0]!.extensions!.retryAfter).toEqual(expect.any(Number));
      const stats = await gateway.sandbox.stats();
      expect(stats.byStatus['429'] ?? 0).toBe(0);
      expect(stats.total).toBeLessThanOrEqual(QUOTA);
    }, 60_000);
  });

  describe('background polling', () => {
    let gateway: TestGateway;
    let client: Client;
    const logs: SubscriptionLog[] = [];

    beforeAll(async () => {
      // Orders polled as fast as the quota lets them: the background always has calls waiting.
      gateway = await TestGateway.start({
        sandbox: { rateLimitPerMinute: 100_000 },
        env: { ...QUOTA_ENV, ORDER_POLL_MIN_INTERVAL_MS: '10', ORDER_POLL_MAX_INTERVAL_MS: '10' },
      });
      client = wsClient(gateway.url);
    });
    afterAll(async () => {
      for (const log of logs) log.dispose();
      await client.dispose();
      await gateway.stop();
    });

    it('should not starve an interactive query: it takes the next paced slot before the waiting polls', async () => {
      for (let i = 0; i < 3; i += 1) {
        const orderId = await submitPortIn(gateway, portableNumber('646'));
        const log = subscribe(client, print(OrderStatusChangedDocument), { orderId });
        logs.push(log);
        await log.until((l) => l.data.length === 1);
      }
      const manager = await acmeHeaders(gateway, 'manager');
      // The polls have used the rest of the burst and wait for paced slots.
      await upstreamCallsReach(gateway, BURST + 3);
      expect((await gateway.sandbox.stats()).byEndpoint[ORDER_READS]).toBeGreaterThan(10);
      const single = await timed(() => gateway.query('{ order(id: "JNUOID-single") { id } }', {}, manager));
      expect(single.reply.body.errors).toBeUndefined();
      expect(single.ms).toBeLessThan(PACED_SLOT_MS + SLACK_MS);
    }, 60_000);
  });
});
