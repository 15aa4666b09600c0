import { TestGateway } from '../helpers/gateway';
import { mintTestToken } from '../helpers/auth';
import { OwnRedis } from '../helpers/own-redis';
import { subscribe, wsClient } from '../helpers/subscriptions';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const LIMITS = { INBOUND_RATE_LIMIT_PER_MINUTE: '3', INBOUND_RATE_LIMIT_PER_MINUTE_MANAGER: '5' };
const ORDER_QUERY = '{ order(id: "JNUOID-inbound") { id } }';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, any> }[] };
  ms: number;
}

/** A principal of its own (`sub`), so each test starts from an empty count. */
async function authorization(sub: string, role: 'partner' | 'manager' = 'partner'): Promise<string> {
  // Its account need not exist: these operations read nothing of it.
  return `Bearer ${await mintTestToken({ role, sub, accounts: ['AID-00000000-0000-4000-8000-000000000001'] })}`;
}

async function post(url: string, auth: string, query = ORDER_QUERY): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: auth }, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'], ms: Date.now() - started };
}

const rateLimit = (answer: Answer) => ({ policy: answer.headers.get('ratelimit-policy'), current: answer.headers.get('ratelimit') });

describe('The inbound limit per principal', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await TestGateway.start({ env: LIMITS });
  });
  afterAll(() => gateway.stop());

  it('should tell every answer the policy and what is left, refuse the fourth operation of the minute with 429 before any upstream call, and admit it again once the window resets', async () => {
    const partner = await authorization('inbound-partner');
    const first = await post(gateway.url, partner);
    expect(first.status).toBe(200);
    expect(rateLimit(first)).toEqual({ policy: '"per-principal";q=3;w=60', current: expect.stringMatching(/^"per-principal";r=2;t=(60|59)$/) });
    // An operation the gateway refuses for its own reasons counts, and says so too.
    const invalid = await post(gateway.url, partner, '{ nope }');
    expect(invalid.status).toBe(400);
    expect(rateLimit(invalid).current).toMatch(/^"per-principal";r=1;t=\d+$/);
    expect((await post(gateway.url, partner)).headers.get('ratelimit')).toMatch(/;r=0;/);

    const upstreamBefore = (await gateway.sandbox.stats()).total;
    const refused = await post(gateway.url, partner);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(rateLimit(refused)).toEqual({ policy: '"per-principal";q=3;w=60', current: `"per-principal";r=0;t=${retryAfter}` });
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining('3 a minute'), extensions: { code: 'RATE_LIMITED', retryAfter, requestId: refused.headers.get('x-request-id') } }]);
    expect((await gateway.sandbox.stats()).total).toBe(upstreamBefore);

    // Another principal has its own count.
    expect((await post(gateway.url, await authorization('inbound-other'))).status).toBe(200);

    await sleep(retryAfter * 1000);
    const again = await post(gateway.url, partner);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
    expect(rateLimit(again).current).toMatch(/^"per-principal";r=2;t=(60|59)$/);
  }, 90_000);

  it('should apply a role’s own limit where one is set', async () => {
    const manager = await authorization('inbound-manager', 'manager');
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await post(gateway.url, manager));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(rateLimit(answers[0]!).policy).toBe('"per-principal";q=5;w=60');
  });

  it('should refuse a WebSocket subscribe over the limit with RATE_LIMITED', async () => {
    const client = wsClient(gateway.url, { connectionParams: { Authorization: await authorization('inbound-socket') } });
    try {
      const logs = [];
      for (let i = 0; i < 4; i += 1) {
        const log = subscribe(client, '{ __typename }');
        await log.until((l) => l.completed);
        logs.push(log);
      }
      expect(logs.slice(0, 3).map((l) => l.results[0]?.data)).toEqual([{ __typename: 'Query' }, { __typename: 'Query' }, { __typename: 'Query' }]);
      expect(logs[3]!.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) }) })]);
    } finally {
      await client.dispose();
    }
  });
});

describe('The inbound limit with Redis', () => {
  it('should count a principal’s operations on every instance sharing the Redis together', async () => {
    const first = await TestGateway.start({ env: { ...LIMITS, REDIS_URL } });
    const second = await TestGateway.startBeside(first, { env: { ...LIMITS, REDIS_URL } });
    try {
      const partner = await authorization('inbound-fleet');
      const statuses = [];
      for (const gateway of [first, second, first, second]) statuses.push((await post(gateway.url, partner)).status);
      // Before: each instance counted alone, and all four were answered.
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await second.stop();
      await first.stop();
    }
  }, 30_000);

  it('should count on its own at once, rather than wait, while Redis is down', async () => {
    const redis = await OwnRedis.start();
    const gateway = await TestGateway.start({ env: { ...LIMITS, REDIS_URL: redis.url } });
    try {
      const partner = await authorization('inbound-outage');
      expect((await post(gateway.url, partner, '{ __typename }')).status).toBe(200);
      redis.pause();
      const answers = [];
      for (let i = 0; i < 4; i += 1) answers.push(await post(gateway.url, partner, '{ __typename }'));
      // A hung Redis costs one command timeout (REDIS_COMMAND_TIMEOUT_MS, 500 ms), then the local count answers at once.
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers.slice(1).map((a) => a.ms < 450)).toEqual([true, true, true]);
    } finally {
      redis.resume();
      await gateway.stop();
      await redis.kill();
    }
  }, 30_000);
});
