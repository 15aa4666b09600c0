import { TestGateway } from '../helpers/gateway';
import { subscribe, wsClient } from '../helpers/subscriptions';

const orderQuery = (n: number) => `{ order(id: "JNUOID-${n}") { id } }`;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

describe('the operation deadline (REQUEST_DEADLINE_MS)', () => {
  describe('a slow upstream', () => {
    let gateway: TestGateway;

    beforeAll(async () => {
      gateway = await TestGateway.start({ env: { REQUEST_DEADLINE_MS: '2000', UPSTREAM_REQUEST_TIMEOUT_MS: '4000' } });
    });
    afterAll(() => gateway.stop());

    it('should answer UPSTREAM_TIMEOUT by the deadline rather than after every retry of the request timeout', async () => {
      // Warm the token, so only the read itself is slow.
      expect((await gateway.query(orderQuery(0))).body.errors).toBeUndefined();
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/numbers/order', latencyMs: 6_000 }] });
      const { result, ms } = await timed(() => gateway.query(orderQuery(1)));
      await gateway.sandbox.admin('DELETE', 'faults');
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
      // Before: 3 tries of UPSTREAM_REQUEST_TIMEOUT_MS (4 s here, 15 s by default) = 12 s; now the 2 s deadline, with room for a busy machine.
      expect(ms).toBeLessThan(8_000);
    }, 60_000);
  });

  describe('an exhausted quota', () => {
    let gateway: TestGateway;

    beforeAll(async () => {
      // 4 a minute, all of them at once (no pacing): a token and three reads fill the window; the next slot is a minute away.
      gateway = await TestGateway.start({ env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '4', UPSTREAM_RATE_LIMIT_BURST: '4', REQUEST_DEADLINE_MS: '10000' } });
    });
    afterAll(() => gateway.stop());

    it('should refuse at once, with retryAfter, a query whose quota slot would come after its deadline', async () => {
      for (let n = 0; n < 3; n += 1) expect((await gateway.query(orderQuery(n))).body.errors).toBeUndefined();
      const { result, ms } = await timed(() => gateway.query(orderQuery(3)));
      expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfter: expect.any(Number) });
      const retryAfter = result.body.errors![0]!.extensions!.retryAfter as number;
      expect(retryAfter).toBeGreaterThanOrEqual(50);
      expect(retryAfter).toBeLessThanOrEqual(61);
      // Before: it waited up to a minute for the slot. "At once" has seconds of slack here.
      expect(ms).toBeLessThan(5_000);
      expect((await gateway.sandbox.stats()).total).toBe(4);
    }, 30_000);

    it('should refuse at once over WebSocket too', async () => {
      const client = wsClient(gateway.url);
      try {
        const started = Date.now();
        const log = subscribe(client, orderQuery(4));
        await log.until((l) => l.completed, 20_000);
        expect(log.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfter: expect.any(Number) });
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        await client.dispose();
      }
    }, 30_000);
  });
});
