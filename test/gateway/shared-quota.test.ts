import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { RequestPriority } from '../../src/telegent/rate-limiter';
import { RedisRateLimiter } from '../../src/telegent/redis-rate-limiter';
import { TestSandbox } from '../helpers/sandbox';
import { freePort } from '../helpers/ports';
import pino from 'pino';
import { createStoreRedisClient } from '../../src/stores/redis-client';
import { operatorHeaders } from '../helpers/auth';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const orderQuery = (n: number) => `{ order(id: "JNUOID-${n}") { id } }`;

interface Reply {
  data?: { order: unknown } | null;
  errors?: { extensions?: Record<string, unknown> }[];
}

async function post(url: string, query: string): Promise<Reply> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()) }, body: JSON.stringify({ query }) });
  return (await response.json()) as Reply;
}

/** The real entry point as its own process, in front of `sandbox`; resolves with its GraphQL URL once it listens. */
function startInstance(sandbox: TestSandbox, env: Record<string, string>): Promise<GatewayProcess> {
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  return startGatewayProcess({
    TELEGENT_BASE_URL: sandbox.url,
    TELEGENT_ACCOUNT_KEY: accountKey,
    TELEGENT_ACCOUNT_SECRET: accountSecret,
    // The quota is under test: no read-ahead by the read cache at start.
    CACHE_WARM: 'false',
    // 150 operations of one operator within seconds: the upstream quota is under test, not the inbound limit.
    INBOUND_RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
}

async function stopInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const exited = once(child, 'exit');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

describe('Running several instances: the shared quota', () => {
  it('should keep three gateway processes on one Redis inside the upstream quota: 150 queries, no 429', async () => {
    // The sandbox allows 50 a minute per credential, like Telegent; its port makes the quota's Redis key unique to this run.
    const sandbox = await TestSandbox.start();
    const instances: GatewayProcess[] = [];
    try {
      for (let i = 0; i < 3; i += 1) instances.push(await startInstance(sandbox, { REDIS_URL }));
      const replies = await Promise.all(Array.from({ length: 150 }, (_, n) => post(instances[n % 3]!.url, orderQuery(n))));

      const stats = await sandbox.stats();
      const answered = replies.filter((r) => r.errors === undefined).length;
      const refused = replies.filter((r) => r.errors?.[0]?.extensions?.code === 'UPSTREAM_RATE_LIMITED');
      // Before: each instance kept its own 50, so the upstream answered about 100 of them 429.
      expect(stats.byStatus['429'] ?? 0).toBe(0);
      expect(stats.total).toBeLessThanOrEqual(50);
      // The quota is used, not starved: half the window goes at once and the rest is paced over the minute
      // (README "Fair share of the quota"), so within the deadline at least the burst's 25 slots answered a query.
      expect(answered).toBeGreaterThanOrEqual(25);
      expect(answered + refused.length).toBe(150);
      for (const reply of refused) expect(reply.errors![0]!.extensions!.retryAfter).toEqual(expect.any(Number));
    } finally {
      await Promise.all(instances.map((instance) => stopInstance(instance.child)));
      await sandbox.stop();
    }
  }, 60_000);

  describe('RedisRateLimiter on a Redis of its own', () => {
    let redis: ChildProcess;
    let redisUrl: string;
    const limiters: RedisRateLimiter[] = [];
    /** These tests are about sharing the window: nothing is paced (the whole window may go at once). */
    const limiter = (perMinute: number, fallbackPerMinute: number): RedisRateLimiter => {
      const redisClient = createStoreRedisClient(redisUrl, 1_000, pino({ level: 'silent' }), 'test');
      const created = new RedisRateLimiter({ redis: redisClient, perMinute, burst: perMinute, fallbackPerMinute });
      limiters.push(created);
      return created;
    };
    /** Whether a request with a one-second deadline gets a slot (false: refused, UPSTREAM_RATE_LIMITED). */
    const gets = (l: RedisRateLimiter, key: string): Promise<boolean> =>
      l.acquire(key, { priority: RequestPriority.Interactive, deadlineAt: Date.now() + 1_000 }).then(
        () => true,
        (error: { extensions?: { code?: string } }) => {
          expect(error.extensions?.code).toBe('UPSTREAM_RATE_LIMITED');
          return false;
        },
      );

    beforeAll(async () => {
      const port = await freePort();
      redisUrl = `redis://127.0.0.1:${port}`;
      redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const deadline = Date.now() + 10_000;
      while (!(await portTaken(port))) {
        if (Date.now() > deadline) throw new Error('redis-server did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    afterAll(async () => {
      for (const l of limiters) l.close();
      if (redis.exitCode === null && redis.signalCode === null) {
        redis.kill('SIGKILL');
        await once(redis, 'exit');
      }
    });

    it('should share one window between instances and keep the interactive reserve for the fleet', async () => {
      const [a, b] = [limiter(5, 1), limiter(5, 1)];
      await Promise.all([a.connected, b.connected]);
      // Background may take 4 of 5 (a fifth is reserved), wherever it runs.
      for (let i = 0; i < 2; i += 1) await a.acquire('shared', { priority: RequestPriority.Background });
      for (let i = 0; i < 2; i += 1) await b.acquire('shared', { priority: RequestPriority.Background });
      await expect(b.acquire('shared', { priority: RequestPriority.Background, deadlineAt: Date.now() + 1_000 })).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_RATE_LIMITED' } });
      expect(await gets(a, 'shared')).toBe(true);
      // The window is full for both.
      expect(await gets(a, 'shared')).toBe(false);
      expect(await gets(b, 'shared')).toBe(false);
    });

    it('should fall back to the local share while Redis is unreachable', async () => {
      const c = limiter(50, 3);
      await c.connected;
      expect(await gets(c, 'outage')).toBe(true);
      redis.kill('SIGKILL');
      await once(redis, 'exit');
      const granted: boolean[] = [];
      for (let i = 0; i < 6; i += 1) granted.push(await gets(c, 'outage'));
      // Before (one in-process window per instance): all 6 of a 50-request quota. Now 3, this instance's share.
      expect(granted).toEqual([true, true, true, false, false, false]);
    });
  });
});

async function portTaken(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const probe = createServer().listen(port, '127.0.0.1');
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.once('error', () => resolve(true));
  });
}
