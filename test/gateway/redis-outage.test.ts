import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { AccountScreenDocument, CreateGatewayMessageRouteDocument, ProvisionNumberDocument, type ProvisionNumberInput } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { OwnRedis } from '../helpers/own-redis';
import { subscribe, wsClient } from '../helpers/subscriptions';
import { operatorHeaders } from '../helpers/auth';

const PROVISION = 'POST /v1.0/numbers/provision';
const TOKENS = 'POST /v1.0/oauth2/tokens';
/** Far beyond what a fixed gateway takes (milliseconds), far below "hangs until Redis returns". */
const CLIENT_TIMEOUT_MS = 5_000;

/**
 * README "When Redis is down": the gateway's own Redis dies (or hangs) under it. Reads go on,
 * keyed writes are refused at once with STORE_UNAVAILABLE and never run later, /readyz says 503
 * within a second, and everything recovers by itself when Redis returns.
 */
describe('a Redis outage', () => {
  let redis: OwnRedis;
  let gateway: TestGateway;
  let origin: string;
  let acme: string;
  let base: ProvisionNumberInput;

  const stat = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  /** A GraphQL POST the client gives up on after CLIENT_TIMEOUT_MS (fetch then throws "aborted due to timeout"). */
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()), ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  };
  const provision = (key: string) => post(print(ProvisionNumberDocument), { input: base }, { 'Idempotency-Key': key });
  const readyz = async () => {
    const startedAt = Date.now();
    const response = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, ms: Date.now() - startedAt };
  };
  const untilReady = async (): Promise<void> => {
    const deadline = Date.now() + 20_000;
    while ((await readyz()).status !== 200) {
      if (Date.now() > deadline) throw new Error('the gateway did not become ready again after Redis returned');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    redis = await OwnRedis.start();
    gateway = await TestGateway.start({ publicUrl: true, sandbox: { rateLimitPerMinute: 100_000 }, env: { REDIS_URL: redis.url, UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    origin = new URL(gateway.url).origin;
    const sandbox = gateway.sandbox.client();
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    const routes = (await sandbox.get('/account/message/routes', { AccountId: acme })).body.Results;
    base = {
      numberType: 'MVNO',
      messageType: 'P2P',
      messageEnabled: true,
      voiceEnabled: false,
      productType: 'SMS_DATA',
      messageRouteId: routes.find((r: { RouteName: string }) => r.RouteName === 'Acme SMS Webhook').MessageRouteId,
      areaCode: '801',
      accountId: acme,
    } as ProvisionNumberInput;
  });
  afterAll(async () => {
    await gateway?.stop();
    await redis?.kill();
  });

  describe('Redis killed', () => {
    let orderId: string;

    beforeAll(async () => {
      // Warm: tokens minted (and stored in Redis), one number bought through Redis-backed idempotency.
      expect((await post(print(AccountScreenDocument), { id: acme, first: 5 })).errors).toBeUndefined();
      const bought = await provision(randomUUID());
      expect(bought.errors).toBeUndefined();
      orderId = bought.data.provisionNumber.order.id;
      await redis.kill();
    });

    it('should go on serving reads, with the tokens the instance holds', async () => {
      const minted = await stat(TOKENS);
      const reply = await post(print(AccountScreenDocument), { id: acme, first: 5 });
      expect(reply.errors).toBeUndefined();
      expect(reply.data.account.name).toBe('Acme Mobile');
      expect(await stat(TOKENS)).toBe(minted);
    });

    it('should answer /readyz 503 STORE_UNAVAILABLE within a second, and /healthz 200', async () => {
      const ready = await readyz();
      expect(ready).toMatchObject({ status: 503, body: { status: 'not ready', store: 'unreachable', code: 'STORE_UNAVAILABLE' } });
      expect(ready.ms).toBeLessThan(1_000);
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    });

    it('should refuse a keyed write at once with STORE_UNAVAILABLE, sending nothing upstream', async () => {
      const before = await stat(PROVISION);
      const reply = await provision('outage-key-killed');
      expect(reply.errors).toHaveLength(1);
      expect(reply.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'STORE_UNAVAILABLE' });
      expect(reply.errors![0]!.message).not.toContain(redis.url);
      expect(await stat(PROVISION)).toBe(before);
    });

    it('should refuse to point a message route at the gateway, whose credentials it could not record', async () => {
      const before = (await gateway.sandbox.stats()).total;
      const reply = await post(print(CreateGatewayMessageRouteDocument), { input: { accountId: acme, name: 'Gateway inbound', enabled: false } });
      expect(reply.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'STORE_UNAVAILABLE' });
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should still push an order’s status to a subscriber (pub/sub and the order watcher do not hang)', async () => {
      const client = wsClient(gateway.url);
      try {
        const log = subscribe(client, 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { id status } }', { id: orderId });
        await log.until((l) => l.completed, CLIENT_TIMEOUT_MS);
        expect(log.error).toBeNull();
        expect(log.data).toEqual([{ orderStatusChanged: { id: orderId, status: 'COMPLETED' } }]);
      } finally {
        await client.dispose();
      }
    });

    it('should recover by itself when Redis returns (empty), and never run the refused write late', async () => {
      const before = await stat(PROVISION);
      await redis.restart();
      await untilReady();
      // A write queued during the outage would have run by now, once Redis answered.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await stat(PROVISION)).toBe(before);

      const first = await provision('outage-key-killed');
      expect(first.errors).toBeUndefined();
      const again = await provision('outage-key-killed');
      expect(again.data.provisionNumber.phoneNumber.number).toBe(first.data.provisionNumber.phoneNumber.number);
      expect(await stat(PROVISION)).toBe(before + 1);
    });
  });

  describe('a client that gives up', () => {
    afterEach(() => gateway.sandbox.admin('DELETE', 'faults'));

    it('should not have its write sent once it is gone, even when the key it waited for frees up', async () => {
      const other = await TestGateway.startBeside(gateway, { env: { REDIS_URL: redis.url } });
      const inventory = async (): Promise<number> =>
        (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: acme, TotalPerPage: 1000 })).body.TotalResults;
      try {
        const before = await inventory();
        // The first attempt holds the key for 3 s, then fails for certain (503): the key is free again.
        await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: PROVISION, latencyMs: 3_000, status: 503, times: 1 }] });
        const first = provision('abandon-key');
        await new Promise((resolve) => setTimeout(resolve, 500));
        // The same request on another instance waits for the key; its client gives up after a second.
        const second = fetch(other.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'abandon-key', ...(await operatorHeaders()) },
          body: JSON.stringify({ query: print(ProvisionNumberDocument), variables: { input: base } }),
          signal: AbortSignal.timeout(1_000),
        });
        await expect(second).rejects.toThrow();
        expect((await first).errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
        // The waiting instance got the key when the first attempt failed: it must not buy for a client that left.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(await inventory()).toBe(before);
      } finally {
        await other.stop();
      }
    });
  });

  describe('Redis down at start', () => {
    it('should start, serve reads, and become ready once Redis comes up', async () => {
      await redis.kill();
      const late = await TestGateway.startBeside(gateway, { env: { REDIS_URL: redis.url } });
      try {
        const reply = await fetch(late.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()) },
          body: JSON.stringify({ query: print(AccountScreenDocument), variables: { id: acme, first: 2 } }),
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        expect(((await reply.json()) as { errors?: unknown }).errors).toBeUndefined();
        const readyz = `${new URL(late.url).origin}/readyz`;
        expect((await fetch(readyz, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) })).status).toBe(503);
        await redis.restart();
        const deadline = Date.now() + 20_000;
        while ((await fetch(readyz, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) })).status !== 200) {
          if (Date.now() > deadline) throw new Error('not ready 20 s after Redis came up');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      } finally {
        await late.stop();
      }
    });
  });

  describe('Redis hung (SIGSTOP)', () => {
    afterAll(() => redis.resume());

    it('should time store commands out: a keyed write is refused with STORE_UNAVAILABLE and /readyz is 503 within a second', async () => {
      const before = await stat(PROVISION);
      redis.pause();
      const reply = await provision('outage-key-hung');
      expect(reply.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'STORE_UNAVAILABLE' });
      const ready = await readyz();
      expect(ready).toMatchObject({ status: 503, body: { code: 'STORE_UNAVAILABLE' } });
      expect(ready.ms).toBeLessThan(1_000);

      redis.resume();
      await untilReady();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await stat(PROVISION)).toBe(before);
      expect((await provision('outage-key-hung')).errors).toBeUndefined();
      expect(await stat(PROVISION)).toBe(before + 1);
    });

    it('should let an instance stop promptly while Redis hangs', async () => {
      const other = await TestGateway.startBeside(gateway, { env: { REDIS_URL: redis.url } });
      let stopped = false;
      try {
        redis.pause();
        // Commands now wait for answers that will not come (each caller was answered after its timeout).
        const refused = await fetch(other.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'outage-key-stop', ...(await operatorHeaders()) },
          body: JSON.stringify({ query: print(ProvisionNumberDocument), variables: { input: base } }),
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        expect(((await refused.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({ requestId: expect.any(String), code: 'STORE_UNAVAILABLE' });
        let timer: NodeJS.Timeout | undefined;
        const outcome = await Promise.race([
          other.stop().then(() => 'stopped'),
          new Promise((resolve) => (timer = setTimeout(() => resolve('still stopping'), CLIENT_TIMEOUT_MS))),
        ]);
        clearTimeout(timer);
        stopped = outcome === 'stopped';
        expect(outcome).toBe('stopped');
      } finally {
        redis.resume();
        if (!stopped) await other.stop();
      }
    });
  });
});
