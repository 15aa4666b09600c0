import { Writable } from 'node:stream';
import pino from 'pino';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { AccountScreenDocument, OrderStatusChangedDocument } from '../__generated__/operations';
import { operatorAuthorization } from '../helpers/auth';
import { TestGateway } from '../helpers/gateway';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { subscribe, wsClient } from '../helpers/subscriptions';

/** A resolver error: the messages of a number outside the inventory (NOT_FOUND). */
const LOST = 'query Lost { messages(phoneNumber: "+18015550000", pageSize: 1) { totalCount } }';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An HTTP answer with its headers and parsed body. */
interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

describe('Request ids, the access log and the upstream budget', () => {
  let gateway: TestGateway;
  let acme: string;
  const lines: string[] = [];

  /** The access log lines ('operation', 'subscription ended') logged since `from`. */
  const accessLogSince = (from: number): Record<string, any>[] =>
    lines
      .slice(from)
      .map((line) => JSON.parse(line) as Record<string, any>)
      .filter((entry) => entry.msg === 'operation' || entry.msg === 'subscription ended');

  const post = async (body: unknown, headers: Record<string, string> = {}, to: TestGateway = gateway): Promise<Answer> => {
    const response = await fetch(to.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: await operatorAuthorization(), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    gateway = await TestGateway.start({ logger, sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());

  describe('X-Request-Id', () => {
    it('should return the client’s X-Request-Id when it is a sane token', async () => {
      for (const id of ['req-123', '0f8fad5b-d9cb-469f-a165-70867728950e', '01HZY3ZK6S8Q:trace.span_1']) {
        const answer = await post({ query: '{ __typename }' }, { 'X-Request-Id': id });
        expect(answer.headers.get('x-request-id')).toBe(id);
      }
    });

    it('should generate a UUID when the client sends none, or one that is too long or has unsafe characters', async () => {
      for (const headers of [{} as Record<string, string>, { 'X-Request-Id': 'x'.repeat(129) }, { 'X-Request-Id': 'has space' }, { 'X-Request-Id': '<script>' }, { 'X-Request-Id': 'a"b' }]) {
        const answer = await post({ query: '{ __typename }' }, headers);
        expect(answer.headers.get('x-request-id')).toMatch(UUID);
      }
    });

    it('should return it on every HTTP answer: health, GraphQL errors, refusals and a body that is not JSON', async () => {
      expect((await fetch(gateway.url.replace('/graphql', '/healthz'))).headers.get('x-request-id')).toMatch(UUID);
      const invalid = await post({ query: '{ nope }' }, { 'X-Request-Id': 'invalid-1' });
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get('x-request-id')).toBe('invalid-1');
      expect(invalid.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'invalid-1' });

      const unauthenticated = await post({ query: '{ __typename }' }, { Authorization: 'Bearer nonsense', 'X-Request-Id': 'unauth-1' });
      expect(unauthenticated.status).toBe(401);
      expect(unauthenticated.headers.get('x-request-id')).toBe('unauth-1');
      expect(unauthenticated.body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', requestId: 'unauth-1' } }]);

      const notJson = await post('{"query": ', { 'X-Request-Id': 'json-1' });
      expect(notJson.status).toBe(400);
      expect(notJson.headers.get('x-request-id')).toBe('json-1');
      expect(notJson.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST', requestId: 'json-1' } }] });
    });

    it('should put it in every error of an answer, resolver errors included', async () => {
      const answer = await post(
        { query: 'query Two { a: messages(phoneNumber: "+18015550000", pageSize: 1) { totalCount } b: messages(phoneNumber: "+18015550001", pageSize: 1) { totalCount } }' },
        { 'X-Request-Id': 'two-errors' },
      );
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ path: ['a'], extensions: expect.objectContaining({ code: 'NOT_FOUND', requestId: 'two-errors' }) }),
        expect.objectContaining({ path: ['b'], extensions: expect.objectContaining({ code: 'NOT_FOUND', requestId: 'two-errors' }) }),
      ]);
    });

    it('should give each WebSocket operation its own id, in its errors and its access log line', async () => {
      const client = wsClient(gateway.url);
      try {
        const from = lines.length;
        const invalid = subscribe(client, '{ nope }');
        await invalid.until((l) => l.completed);
        const error = (invalid.error as { extensions: Record<string, unknown> }[])[0]!;
        expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.stringMatching(UUID) });
        const lost = subscribe(client, LOST);
        await lost.until((l) => l.completed);
        const [found] = lost.results[0]!.errors!;
        expect(found!.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: expect.stringMatching(UUID) });
        expect(found!.extensions!.requestId).not.toBe(error.extensions.requestId);
        const log = accessLogSince(from);
        expect(log).toEqual([
          expect.objectContaining({ requestId: error.extensions.requestId, transport: 'ws', outcome: 'refused', errorCodes: ['GRAPHQL_VALIDATION_FAILED'], operationName: null, operationType: 'unknown' }),
          expect.objectContaining({ requestId: found!.extensions!.requestId, transport: 'ws', outcome: 'error', errorCodes: ['NOT_FOUND'], operationName: 'Lost', operationType: 'query' }),
        ]);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the access log', () => {
    it('should log one line per HTTP operation with who, what, how long, the upstream requests made for it and its outcome, and no secret', async () => {
      const from = lines.length;
      const statsBefore = await gateway.sandbox.stats();
      const authorization = await operatorAuthorization();
      const answer = await post({ query: print(AccountScreenDocument), variables: { id: acme, first: 5 } }, { 'X-Request-Id': 'screen-1', Authorization: authorization, 'Cache-Control': 'no-cache' });
      expect(answer.body.errors).toBeUndefined();
      const calls = (await gateway.sandbox.stats()).total - statsBefore.total;
      expect(calls).toBeGreaterThan(0);
      expect(accessLogSince(from)).toEqual([
        expect.objectContaining({
          level: 30,
          msg: 'operation',
          requestId: 'screen-1',
          principal: 'jwt:test-operator',
          role: 'operator',
          operationName: 'AccountScreen',
          operationType: 'query',
          transport: 'http',
          durationMs: expect.any(Number),
          upstreamCalls: calls,
          outcome: 'success',
          errorCodes: [],
        }),
      ]);
      const logged = lines.slice(from).join('\n');
      expect(logged).not.toContain(authorization.replace(/^Bearer /, ''));
      expect(logged).not.toContain(SANDBOX_CREDENTIALS[0].accountSecret);
    });

    it('should log an operation that failed with its error codes, and one refused before it was read with its code and no name', async () => {
      const from = lines.length;
      await post({ query: LOST }, { 'X-Request-Id': 'missing-1' });
      await post({ query: 'query Mine { __typename }' }, { Authorization: 'Bearer nonsense', 'X-Request-Id': 'refused-1' });
      const [missing, refused] = accessLogSince(from);
      expect(missing).toMatchObject({ requestId: 'missing-1', operationName: 'Lost', operationType: 'query', outcome: 'error', errorCodes: ['NOT_FOUND'], upstreamCalls: expect.any(Number) });
      expect(refused).toMatchObject({ requestId: 'refused-1', principal: null, operationName: null, operationType: 'unknown', outcome: 'refused', errorCodes: ['UNAUTHENTICATED'] });
    });

    it('should count a read shared with a concurrent identical operation once, for the operation that sent it', async () => {
      const from = lines.length;
      const statsBefore = await gateway.sandbox.stats();
      const query = 'query Dir { subscribers(first: 3) { totalCount } }';
      await Promise.all([1, 2, 3].map((n) => post({ query }, { 'X-Request-Id': `shared-${n}`, 'Cache-Control': 'no-cache' })));
      const calls = (await gateway.sandbox.stats()).total - statsBefore.total;
      const logged = accessLogSince(from);
      expect(logged).toHaveLength(3);
      expect(logged.reduce((sum, line) => sum + line.upstreamCalls, 0)).toBe(calls);
    });

    it('should log a subscription when it starts and when it ends', async () => {
      const orderId = await submitPortIn(gateway, portableNumber('646'));
      const client: Client = wsClient(gateway.url);
      try {
        const from = lines.length;
        const log = subscribe(client, print(OrderStatusChangedDocument), { orderId });
        await log.until((l) => l.data.length === 1);
        log.dispose();
        await waitFor(() => accessLogSince(from).some((line) => line.msg === 'subscription ended'));
        const [started, ended] = accessLogSince(from);
        expect(started).toMatchObject({ msg: 'operation', transport: 'ws', operationName: 'OrderStatusChanged', operationType: 'subscription', outcome: 'success', principal: 'jwt:test-operator' });
        expect(ended).toMatchObject({ msg: 'subscription ended', requestId: started!.requestId, durationMs: expect.any(Number) });
      } finally {
        await client.dispose();
      }
    });
  });

  describe('the upstream budget in each answer', () => {
    // A gateway of its own: a fresh sandbox and the standard 50 a minute, so what is left is 50 less what it sent.
    let budgeted: TestGateway;
    beforeAll(async () => {
      budgeted = await TestGateway.start();
    });
    afterAll(() => budgeted.stop());

    it('should tell what an answer cost and what is left of the quota, in extensions and headers, as the sandbox counts', async () => {
      const before = await budgeted.sandbox.stats();
      const answer = await post({ query: print(AccountScreenDocument), variables: { id: acme, first: 5 } }, { 'Cache-Control': 'no-cache' }, budgeted);
      const after = await budgeted.sandbox.stats();
      const calls = after.total - before.total;
      expect(calls).toBeGreaterThan(0);
      // Every upstream request this gateway made, in this minute, draws on the 50 a minute.
      expect(answer.body.extensions.upstream).toEqual({ calls, quotaRemaining: 50 - after.total });
      expect(answer.headers.get('x-upstream-calls')).toBe(String(calls));
      expect(answer.headers.get('x-upstream-quota-remaining')).toBe(String(50 - after.total));

      const cached = await post({ query: print(AccountScreenDocument), variables: { id: acme, first: 5 } }, {}, budgeted);
      expect(cached.body.extensions.upstream).toEqual({ calls: 0, quotaRemaining: 50 - after.total });
    });

    it('should tell what is left of the quota every instance on one Redis shares', async () => {
      const env = { REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379' };
      const first = await TestGateway.start({ env });
      const second = await TestGateway.startBeside(first, { env });
      try {
        const id = (await first.sandbox.accountIds())['Acme Mobile']!;
        const screen = { query: print(AccountScreenDocument), variables: { id, first: 5 } };
        const one = await post(screen, { 'Cache-Control': 'no-cache' }, first);
        const two = await post(screen, { 'Cache-Control': 'no-cache' }, second);
        const stats = await first.sandbox.stats();
        expect(one.body.extensions.upstream.calls + two.body.extensions.upstream.calls).toBe(stats.total);
        expect(two.body.extensions.upstream).toEqual({ calls: expect.any(Number), quotaRemaining: 50 - stats.total });
        expect(two.body.extensions.upstream.calls).toBeGreaterThan(0);
      } finally {
        await second.stop();
        await first.stop();
      }
    });

    it('should tell it over WebSocket too', async () => {
      const client = wsClient(budgeted.url);
      try {
        const log = subscribe(client, print(AccountScreenDocument), { id: acme, first: 5 });
        await log.until((l) => l.completed);
        const total = (await budgeted.sandbox.stats()).total;
        expect(log.results[0]!.extensions).toEqual({ freshness: expect.any(Number), upstream: { calls: 0, quotaRemaining: 50 - total } });
      } finally {
        await client.dispose();
      }
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
