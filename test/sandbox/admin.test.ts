import { API, TestSandbox, send } from '../helpers/sandbox';

const PROBE = '/account/message/routes';

describe('GET /_sandbox/stats', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  it('should count every upstream request by endpoint and status, rejected ones included', async () => {
    const client = sb.client();
    await client.get(PROBE);
    await client.get(PROBE);
    await send(`${sb.url}${API}${PROBE}`, 'GET'); // no token: 401
    await send(`${sb.url}${API}/nowhere`, 'GET'); // unknown: 404
    expect(await sb.stats()).toEqual({
      total: 5,
      byEndpoint: {
        'POST /v1.0/oauth2/tokens': 1,
        'GET /v1.0/account/message/routes': 3,
        'GET /v1.0/nowhere': 1,
      },
      byStatus: { '200': 3, '401': 1, '404': 1 },
    });
  });

  it('should not count admin requests', async () => {
    await sb.admin('GET', 'info');
    await sb.admin('GET', 'stats');
    expect((await sb.stats()).total).toBe(0);
  });

  it('should log requests with secrets redacted', async () => {
    await sb.client().get(PROBE);
    const { requests } = (await sb.admin('GET', 'requests')).body;
    expect(requests[0]).toMatchObject({
      seq: 1,
      endpoint: 'POST /v1.0/oauth2/tokens',
      accountKey: 'sandbox-key',
      status: '200',
      body: { AccountKey: 'sandbox-key', AccountSecret: '***' },
    });
    expect(requests[1]).toMatchObject({ seq: 2, endpoint: 'GET /v1.0/account/message/routes', accountKey: 'sandbox-key' });
    expect(JSON.stringify(requests)).not.toContain('sandbox-secret');
    const since = (await sb.admin('GET', 'requests?since=1')).body.requests;
    expect(since.map((r: { seq: number }) => r.seq)).toEqual([2]);
  });
});

describe('POST /_sandbox/reset', () => {
  it('should restore the seed and zero the stats', async () => {
    const sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    try {
      const client = sb.client();
      const accounts = await sb.accountIds();
      const created = await client.post('/message/routes', {
        AccountId: accounts['Acme Mobile'],
        RouteName: 'Temporary',
        MessageUrl: 'https://example.com/sms',
        MessageUrlMethod: 'POST',
        MessageAuthenticationType: 'None',
      });
      expect(created.status).toBe(200);
      const before = (await client.get(PROBE)).body.Results.length;
      await sb.reset();
      expect((await sb.stats()).total).toBe(0);
      expect((await client.get(PROBE)).body.Results.length).toBe(before - 1);
    } finally {
      await sb.stop();
    }
  });
});

describe('seed', () => {
  it('should give the same IDs on every start', async () => {
    const [a, b] = await Promise.all([TestSandbox.start(), TestSandbox.start()]);
    try {
      expect(await a.accountIds()).toEqual(await b.accountIds());
      expect(Object.keys(await a.accountIds()).sort()).toEqual(['Acme Mobile', 'Doe Family', 'Initech Wireless']);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('should have no accounts with SANDBOX_SEED=empty, while the credentials still work', async () => {
    const sb = await TestSandbox.start({}, { SANDBOX_SEED: 'empty' });
    try {
      expect(await sb.accountIds()).toEqual({});
      expect((await sb.client().mintToken()).status).toBe(200);
    } finally {
      await sb.stop();
    }
  });
});

describe('/_sandbox/clock', () => {
  it('should move the sandbox clock forward and report the offset', async () => {
    const sb = await TestSandbox.start();
    try {
      expect((await sb.admin('GET', 'clock')).body.offsetSeconds).toBe(0);
      const moved = await sb.admin('POST', 'clock', { advanceSeconds: 3600 });
      expect(moved.status).toBe(200);
      expect(moved.body.offsetSeconds).toBe(3600);
      expect((await sb.admin('POST', 'clock', {})).status).toBe(400);
      expect((await sb.admin('POST', 'clock', { advanceSeconds: -5 })).status).toBe(400);
    } finally {
      await sb.stop();
    }
  });
});

describe('/_sandbox/faults', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  it('should answer the faulted endpoint with the configured status and leave others alone', async () => {
    const client = sb.client();
    await client.bearer();
    const set = await sb.admin('PUT', 'faults', { rules: [{ endpoint: `GET ${API}${PROBE}`, status: 503 }] });
    expect(set.status).toBe(200);
    const faulted = await client.get(PROBE);
    expect(faulted.status).toBe(503);
    expect(faulted.body).toEqual({ StatusCode: 503, Message: expect.stringContaining('unavailable') });
    expect((await client.get('/numbers/inventory')).status).toBe(200);
    expect((await sb.stats()).byStatus['503']).toBe(1);
  });

  it('should stop after `times` matching requests', async () => {
    const client = sb.client();
    await client.bearer();
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: `${API}${PROBE}`, status: 500, times: 2 }] });
    expect((await client.get(PROBE)).status).toBe(500);
    expect((await client.get(PROBE)).status).toBe(500);
    expect((await client.get(PROBE)).status).toBe(200);
  });

  it('should fault about `rate` of the matching requests, reproducibly', async () => {
    const client = sb.client();
    await client.bearer();
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: '*', status: 504, rate: 0.5 }] });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) statuses.push((await client.get(PROBE)).status);
    const faulted = statuses.filter((s) => s === 504).length;
    expect(faulted).toBeGreaterThan(8);
    expect(faulted).toBeLessThan(32);
    expect(statuses.every((s) => s === 200 || s === 504)).toBe(true);
  });

  it('should add latency', async () => {
    const client = sb.client();
    await client.bearer();
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: `${API}${PROBE}`, latencyMs: 300 }] });
    const started = Date.now();
    expect((await client.get(PROBE)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('should drop the connection before handling the request', async () => {
    const client = sb.client();
    await client.bearer();
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: `POST ${API}/message/routes`, drop: 'before' }] });
    const accounts = await sb.accountIds();
    const routes = (await client.get(PROBE)).body.Results.length;
    await expect(
      client.post('/message/routes', {
        AccountId: accounts['Acme Mobile'],
        RouteName: 'Dropped',
        MessageUrl: 'https://example.com/sms',
        MessageUrlMethod: 'POST',
        MessageAuthenticationType: 'None',
      }),
    ).rejects.toThrow();
    expect((await client.get(PROBE)).body.Results.length).toBe(routes);
    expect((await sb.stats()).byStatus.dropped).toBe(1);
  });

  it('should drop the connection after handling the request, keeping its effect', async () => {
    const client = sb.client();
    await client.bearer();
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: `POST ${API}/message/routes`, drop: 'after', times: 1 }] });
    const accounts = await sb.accountIds();
    const routes = (await client.get(PROBE)).body.Results.length;
    await expect(
      client.post('/message/routes', {
        AccountId: accounts['Acme Mobile'],
        RouteName: 'Handled then dropped',
        MessageUrl: 'https://example.com/sms',
        MessageUrlMethod: 'POST',
        MessageAuthenticationType: 'None',
      }),
    ).rejects.toThrow();
    const after = (await client.get(PROBE)).body.Results;
    expect(after.length).toBe(routes + 1);
    expect(after.map((r: { RouteName: string }) => r.RouteName)).toContain('Handled then dropped');
  });

  it('should list and clear the rules', async () => {
    await sb.admin('PUT', 'faults', { rules: [{ endpoint: '*', latencyMs: 1 }] });
    expect((await sb.admin('GET', 'faults')).body.rules).toHaveLength(1);
    await sb.admin('DELETE', 'faults');
    expect((await sb.admin('GET', 'faults')).body.rules).toEqual([]);
  });

  it('should reject a rule without an effect or with a bad status', async () => {
    expect((await sb.admin('PUT', 'faults', { rules: [{ endpoint: '*' }] })).status).toBe(400);
    expect((await sb.admin('PUT', 'faults', { rules: [{ endpoint: '*', status: 200 }] })).status).toBe(400);
    expect((await sb.admin('PUT', 'faults', { rules: [{ status: 503 }] })).status).toBe(400);
    expect((await sb.admin('PUT', 'faults', { nope: true })).status).toBe(400);
  });
});

describe('admin API errors', () => {
  it('should answer unknown admin paths with 404 and wrong methods with 405', async () => {
    const sb = await TestSandbox.start();
    try {
      expect((await sb.admin('GET', 'nope')).status).toBe(404);
      expect((await sb.admin('GET', 'reset')).status).toBe(405);
      const inbound = await sb.admin('POST', 'inbound-message', { From: '+18015550000', To: '+19999999999', Body: 'hi' });
      expect(inbound.status).toBe(404);
      expect((await sb.admin('POST', 'inbound-message', { To: '+18015550000' })).status).toBe(400);
    } finally {
      await sb.stop();
    }
  });
});
