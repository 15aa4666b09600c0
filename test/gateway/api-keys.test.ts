import { Writable } from 'node:stream';
import { createClient } from '@redis/client';
import pino from 'pino';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../__generated__/operations';
import { TestGateway, answerExtensions } from '../helpers/gateway';
import { mintTestToken } from '../helpers/auth';
import { OwnRedis } from '../helpers/own-redis';
import { RawSocket } from '../helpers/raw-socket';

const PARTNER_SCOPES = ['read', 'numbers:write'];

/** A POST to the gateway with `authorization` as is (or none), for what requirePrincipal answers. */
async function post(gateway: TestGateway, query: string, authorization?: string): Promise<{ status: number; challenge: string | null; body: any }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: await response.json() };
}

const bearer = (key: string): Record<string, string> => ({ Authorization: `Bearer ${key}` });

/** The secret part of a key (after `tgk_<id>_`). */
const secretOf = (key: string): string => key.split('_')[2]!;

async function createKey(gateway: TestGateway, input: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const reply = await gateway.query(CreateApiKeyDocument, { input: input as any });
  expect(reply.body.errors).toBeUndefined();
  return { id: reply.body.data!.createApiKey.apiKey.id, key: reply.body.data!.createApiKey.key };
}

/** Opens a socket and sends connection_init with the key. */
async function connectWithKey(gateway: TestGateway, key: string): Promise<RawSocket> {
  const socket = await RawSocket.open(gateway.url);
  socket.send({ type: 'connection_init', payload: { Authorization: `Bearer ${key}` } });
  await socket.until(() => socket.closed !== null || socket.messages.some((m) => m.type === 'connection_ack'));
  return socket;
}

async function until(predicate: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('API keys', () => {
  describe('on one instance', () => {
    let gateway: TestGateway;
    let acme: string;
    const logLines: string[] = [];
    const sockets: RawSocket[] = [];

    beforeAll(async () => {
      const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
      gateway = await TestGateway.start({ logger });
      acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    });
    afterEach(() => sockets.splice(0).forEach((socket) => socket.socket.terminate()));
    afterAll(() => gateway.stop());

    it('should show a new key once, authenticate its partner over HTTP and WebSocket, and list its last use but never the key', async () => {
      const created = await gateway.query(CreateApiKeyDocument, { input: { name: 'Acme CRM', accountIds: [acme], scopes: PARTNER_SCOPES } });
      const { apiKey, key } = created.body.data!.createApiKey;
      expect(key).toMatch(/^tgk_[0-9a-f]{16}_[0-9a-f]{64}$/);
      expect(apiKey).toMatchObject({
        id: `APIKEY-${key.slice(4, 20)}`,
        prefix: key.slice(0, 20),
        name: 'Acme CRM',
        role: 'partner',
        accountIds: [acme],
        scopes: PARTNER_SCOPES,
        createdBy: 'jwt:test-operator',
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      });

      const overHttp = await gateway.query(`{ account(id: "${acme}") { id } }`, {}, bearer(key));
      expect(overHttp).toMatchObject({ status: 200, body: { data: { account: { id: acme } } } });

      const socket = await connectWithKey(gateway, key);
      sockets.push(socket);
      socket.send({ id: '1', type: 'subscribe', payload: { query: `{ account(id: "${acme}") { id } }` } });
      await socket.until(() => socket.messages.some((m) => m.type === 'complete'));
      expect(socket.messages.find((m) => m.type === 'next')).toEqual({ id: '1', type: 'next', payload: { data: { account: { id: acme } }, extensions: answerExtensions() } });

      const listed = await gateway.query(ApiKeysDocument);
      const entry = listed.body.data!.apiKeys.find((k) => k.id === apiKey.id)!;
      expect(Date.parse(entry.lastUsedAt!)).toBeGreaterThanOrEqual(Date.parse(entry.createdAt));
      expect(JSON.stringify(listed.body)).not.toContain(secretOf(key));
      expect(logLines.join('')).not.toContain(secretOf(key));
    });

    it('should refuse a revoked key at once on the instance that revoked it, over HTTP and on open sockets', async () => {
      const { id, key } = await createKey(gateway, { name: 'to revoke', accountIds: [acme], scopes: ['read'] });
      const socket = await connectWithKey(gateway, key);
      sockets.push(socket);
      socket.send({ id: 'updates', type: 'subscribe', payload: { query: `subscription { orderUpdates(accountId: "${acme}") { id } }` } });
      expect((await post(gateway, '{ __typename }', `Bearer ${key}`)).status).toBe(200);

      const revoked = await gateway.query(RevokeApiKeyDocument, { input: { id } });
      expect(revoked.body.data!.revokeApiKey.apiKey).toMatchObject({ id, revokedAt: expect.any(String) });
      const refused = await post(gateway, '{ __typename }', `Bearer ${key}`);
      expect(refused).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      expect(refused.body.errors[0].message).toMatch(/revoked/);
      expect(JSON.stringify(refused)).not.toContain(secretOf(key));

      // The socket's check comes within API_KEY_CACHE_MS (5 s).
      await socket.until(() => socket.closed !== null, 8_000);
      expect(socket.messages.find((m) => m.type === 'error')).toMatchObject({ id: 'updates', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(socket.closed!.code).toBe(4401);
    });

    it('should let a partner key use only what its scopes and role allow: apiKeys is FORBIDDEN, with no upstream call', async () => {
      const { key } = await createKey(gateway, { name: 'reader', accountIds: [acme], scopes: ['read'] });
      const before = (await gateway.sandbox.stats()).total;
      const reply = await gateway.query(ApiKeysDocument, {}, bearer(key));
      expect(reply.body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect(reply.body.data ?? null).toBeNull();
      const create = await gateway.query(CreateApiKeyDocument, { input: { name: 'mine', accountIds: [acme], scopes: ['read'] } }, bearer(key));
      expect(create.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should refuse the connection (4403) to a key without the read scope', async () => {
      const { key } = await createKey(gateway, { name: 'writer', accountIds: [acme], scopes: ['numbers:write'] });
      const socket = await connectWithKey(gateway, key);
      sockets.push(socket);
      await socket.until(() => socket.closed !== null);
      expect(socket.closed!.code).toBe(4403);
    });

    it('should refuse an expired key', async () => {
      const { key } = await createKey(gateway, { name: 'short-lived', accountIds: [acme], scopes: ['read'], expiresAt: new Date(Date.now() + 1_500).toISOString() });
      expect((await post(gateway, '{ __typename }', `Bearer ${key}`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_700));
      const refused = await post(gateway, '{ __typename }', `Bearer ${key}`);
      expect(refused).toMatchObject({ status: 401, challenge: expect.stringContaining('invalid_token'), body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      expect(refused.body.errors[0].message).toMatch(/expired/);
    });

    it('should refuse malformed and unknown keys with 401, never repeating them, and without an upstream call', async () => {
      const before = (await gateway.sandbox.stats()).total;
      const unknown = `tgk_${'0'.repeat(16)}_${'ab'.repeat(32)}`;
      for (const key of ['tgk_', 'tgk_short_secret-value', `tgk_${'0'.repeat(16)}_${'ab'.repeat(33)}`, `${unknown.slice(0, -1)}Z`, unknown]) {
        const refused = await post(gateway, '{ __typename }', `Bearer ${key}`);
        expect(refused).toMatchObject({ status: 401, challenge: expect.stringMatching(/^Bearer realm=/), body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
        if (key !== 'tgk_') expect(JSON.stringify(refused)).not.toContain(key.slice(4));
      }
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should refuse a well-formed key whose secret is wrong', async () => {
      const { key } = await createKey(gateway, { name: 'guessed', accountIds: [acme], scopes: ['read'] });
      const guessed = `${key.slice(0, 21)}${'f'.repeat(64)}`;
      expect((await post(gateway, '{ __typename }', `Bearer ${guessed}`)).status).toBe(401);
    });

    it('should let only operators holding admin manage keys', async () => {
      const manager = await mintTestToken({ role: 'manager', accounts: [acme] });
      const operatorWithoutAdmin = await mintTestToken({ role: 'operator', scope: 'read numbers:write' });
      for (const token of [manager, operatorWithoutAdmin]) {
        const reply = await gateway.query(CreateApiKeyDocument, { input: { name: 'x', accountIds: [acme], scopes: ['read'] } }, bearer(token));
        expect(reply.body.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect((await gateway.query(ApiKeysDocument, {}, bearer(token))).body.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect((await gateway.query(RevokeApiKeyDocument, { input: { id: 'APIKEY-0000000000000000' } }, bearer(token))).body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it.each([
      [{ name: ' ', accountIds: ['AID-1'], scopes: ['read'] }, 'input.name'],
      [{ name: 'x', accountIds: [], scopes: ['read'] }, 'input.accountIds'],
      [{ name: 'x', accountIds: ['TSUID-1'], scopes: ['read'] }, 'input.accountIds[0]'],
      [{ name: 'x', accountIds: ['AID-1'], scopes: ['admin'] }, 'input.scopes[0]'],
      [{ name: 'x', accountIds: ['AID-1'], scopes: ['read', 'read'] }, 'input.scopes[1]'],
      [{ name: 'x', accountIds: ['AID-1'], scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
    ])('should refuse createApiKey(%j) naming the field', async (input, field) => {
      const reply = await gateway.query(CreateApiKeyDocument, { input: input as any });
      expect(reply.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('should answer NOT_FOUND for an unknown key ID, and never repeat a key given in its place', async () => {
      const unknown = await gateway.query(RevokeApiKeyDocument, { input: { id: 'APIKEY-0000000000000000' } });
      expect(unknown.body.errors![0].extensions!.code).toBe('NOT_FOUND');
      const { key } = await createKey(gateway, { name: 'pasted', accountIds: [acme], scopes: ['read'] });
      for (const reply of [
        await gateway.query(RevokeApiKeyDocument, { input: { id: key } }),
        await gateway.query(`mutation { revokeApiKey(input: { id: "${key}" }) { apiKey { id } } }`),
        await gateway.query(`mutation { revokeApiKey(input: { id: "${key}", extra: 1 }) { apiKey { id } } }`),
      ]) {
        expect(reply.body.errors![0].extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
        expect(JSON.stringify(reply.body)).not.toContain(secretOf(key).slice(0, 12));
      }
      expect(logLines.join('')).not.toContain(secretOf(key).slice(0, 12));
    });
  });

  describe('on two instances sharing one Redis', () => {
    let redis: OwnRedis;
    let first: TestGateway;
    let second: TestGateway;
    let acme: string;

    beforeAll(async () => {
      redis = await OwnRedis.start();
      first = await TestGateway.start({ env: { REDIS_URL: redis.url } });
      second = await TestGateway.startBeside(first, { env: { REDIS_URL: redis.url } });
      acme = (await first.sandbox.accountIds())['Acme Mobile']!;
      // Ready once each instance's Redis connection is up, as a load balancer would wait for it.
      for (const gateway of [first, second]) await until(async () => (await fetch(new URL('/readyz', gateway.url))).status === 200, 5_000);
    });
    afterAll(async () => {
      await second.stop();
      await first.stop();
      await redis.kill();
    });

    it('should store only a keyed hash, list keys made on either instance, and stop a revoked key on both within seconds', async () => {
      const { id, key } = await createKey(first, { name: 'shared', accountIds: [acme], scopes: ['read'] });
      const direct = createClient({ url: redis.url });
      await direct.connect();
      const stored = JSON.stringify(await direct.hGetAll(`telegent-graph:api-keys:${(await direct.keys('telegent-graph:api-keys:*'))[0]!.split(':').at(-1)}`));
      await direct.close();
      expect(stored).toContain(id);
      expect(stored).not.toContain(secretOf(key));

      expect((await post(second, '{ __typename }', `Bearer ${key}`)).status).toBe(200);
      const socket = await connectWithKey(second, key);
      expect(socket.messages.map((m) => m.type)).toEqual(['connection_ack']);
      await until(async () => (await second.query(ApiKeysDocument)).body.data!.apiKeys.find((k) => k.id === id)?.lastUsedAt != null, 3_000);

      await first.query(RevokeApiKeyDocument, { input: { id } });
      const revokedAt = Date.now();
      expect((await post(first, '{ __typename }', `Bearer ${key}`)).status).toBe(401);
      await until(async () => (await post(second, '{ __typename }', `Bearer ${key}`)).status === 401, 8_000);
      const stoppedAfterMs = Date.now() - revokedAt;
      expect(stoppedAfterMs).toBeLessThanOrEqual(5_500);
      await socket.until(() => socket.closed !== null, 8_000);
      expect(socket.closed!.code).toBe(4401);
      expect((await second.query(ApiKeysDocument)).body.data!.apiKeys.find((k) => k.id === id)!.revokedAt).not.toBeNull();
    });

    it('should answer 503 STORE_UNAVAILABLE, not 401, for a key it cannot check while Redis is down', async () => {
      await redis.kill();
      const key = `tgk_${'1'.repeat(16)}_${'2'.repeat(64)}`;
      const response = await fetch(first.url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...bearer(key) }, body: '{"query":"{ __typename }"}' });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'STORE_UNAVAILABLE' } }] });
      const socket = await connectWithKey(first, key);
      expect(socket.closed?.code).toBe(1013);
    });
  });
});
