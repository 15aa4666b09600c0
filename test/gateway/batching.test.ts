import { AccountScreenDocument, SubscriberByIdDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

const SCREEN = AccountScreenDocument;



describe('upstream cost of a nested query', () => {
  /** Upstream calls of one query on a cold gateway (no cached token), counted by the sandbox. */
  async function cost(first: number): Promise<{ total: number; byEndpoint: Record<string, number>; data: any }> {
    const gateway = await TestGateway.start();
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const reply = await gateway.query(SCREEN, { id: acme, first });
      expect(reply.body.errors).toBeUndefined();
      const { total, byEndpoint } = await gateway.sandbox.stats();
      return { total, byEndpoint, data: reply.body.data };
    } finally {
      await gateway.stop();
    }
  }

  it('should not grow with the number of subscribers: the same calls for first: 10 and first: 100, at most 12', async () => {
    const ten = await cost(10);
    const hundred = await cost(100);
    expect(ten.data.account.subscribers.edges).toHaveLength(10);
    expect(hundred.data.account.subscribers.edges).toHaveLength(100);
    const withSubscriptions = hundred.data.account.subscribers.edges.flatMap((e: any) => e.node.numbers).filter((n: any) => n.subscription);
    expect(withSubscriptions.length).toBeGreaterThan(90);
    expect(withSubscriptions[0].subscription.package.name).toEqual(expect.any(String));
    expect(hundred.byEndpoint).toEqual(ten.byEndpoint);
    expect(hundred.total).toBeLessThanOrEqual(12);
    // One list call per level and one token per endpoint it uses (tokens are cached for the next request).
    expect(hundred.byEndpoint).toEqual({
      'POST /v1.0/oauth2/tokens': 4,
      'GET /v1.0/distributor/subscribers': 1,
      'GET /v1.0/numbers/inventory': 1,
      'GET /v1.0/distributor/subscriptions': 1,
      'GET /v1.0/account/packages': 1,
    });
  });
});

describe('tokens per endpoint', () => {
  it('should request exactly one token per endpoint for 200 concurrent identical cold queries', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const replies = await Promise.all(Array.from({ length: 200 }, () => gateway.query(SCREEN, { id: acme, first: 5 })));
      expect(replies.every((r) => r.status === 200 && r.body.errors === undefined)).toBe(true);
      const { byEndpoint } = await gateway.sandbox.stats();
      const endpoints = Object.keys(byEndpoint).filter((e) => e !== 'POST /v1.0/oauth2/tokens');
      expect(byEndpoint['POST /v1.0/oauth2/tokens']).toBe(endpoints.length);
    } finally {
      await gateway.stop();
    }
  });

  it('should share one token among 200 concurrent cold requests to one endpoint with different parameters', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    try {
      const ids = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 200 })).body.Results.map((s: { SubscriberId: string }) => s.SubscriberId);
      await gateway.sandbox.reset();
      const replies = await Promise.all(ids.map((id: string) => gateway.query(SubscriberByIdDocument, { id })));
      expect(replies.every((r) => r.body.data?.subscriber?.id)).toBe(true);
      const { byEndpoint } = await gateway.sandbox.stats();
      expect(byEndpoint).toEqual({ 'POST /v1.0/oauth2/tokens': 1, 'GET /v1.0/subscribers/get': ids.length });
    } finally {
      await gateway.stop();
    }
  });

  it('should refresh a token past its expiry without the client seeing an error', async () => {
    const gateway = await TestGateway.start();
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      expect((await gateway.query(SCREEN, { id: acme, first: 3 })).body.errors).toBeUndefined();
      await gateway.sandbox.advanceClock(3601);
      const before = (await gateway.sandbox.stats()).byEndpoint['POST /v1.0/oauth2/tokens']!;
      // Read through the cache (Cache-Control: no-cache): every list is read again, each with its expired token.
      const reply = await gateway.query(SCREEN, { id: acme, first: 3 }, { 'Cache-Control': 'no-cache' });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.account!.subscribers!.edges).toHaveLength(3);
      const stats = await gateway.sandbox.stats();
      expect(stats.byEndpoint['POST /v1.0/oauth2/tokens']! - before).toBe(4);
      expect(stats.byStatus['401']).toBe(4);
    } finally {
      await gateway.stop();
    }
  });
});

describe('partial failure', () => {
  it('should answer the rest of the query when one upstream endpoint fails, with a coded error on the affected field only', async () => {
    const gateway = await TestGateway.start({ env: { UPSTREAM_MAX_RETRIES: '1' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/distributor/subscriptions', status: 503 }] });
      const reply = await gateway.query(SCREEN, { id: acme, first: 2 });
      expect(reply.status).toBe(200);
      expect(reply.body.data!.account!.name).toBe('Acme Mobile');
      const numbers = reply.body.data!.account!.subscribers!.edges.flatMap((e: any) => e.node.numbers);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.every((n: any) => n.subscription === null)).toBe(true);
      expect(reply.body.errors!.length).toBe(numbers.length);
      for (const error of reply.body.errors!) {
        expect(error.path!.at(-1)).toBe('subscription');
        expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { status: 503, endpoint: 'GET /v1.0/distributor/subscriptions' } });
      }
    } finally {
      await gateway.stop();
    }
  });

  it('should answer a dropped connection as UPSTREAM_UNAVAILABLE on the affected field', async () => {
    const gateway = await TestGateway.start({ env: { UPSTREAM_MAX_RETRIES: '0' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/account/packages', drop: 'before' }] });
      const reply = await gateway.query(SCREEN, { id: acme, first: 4 });
      const subscribed = reply.body.data!.account!.subscribers!.edges.flatMap((e: any) => e.node.numbers).filter((n: any) => n.subscription);
      expect(subscribed.length).toBeGreaterThan(0);
      expect(subscribed.every((n: any) => n.subscription.package === null && n.subscription.type)).toBe(true);
      expect(reply.body.errors![0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { status: null, endpoint: 'GET /v1.0/account/packages' } } });
    } finally {
      await gateway.stop();
    }
  });
});
