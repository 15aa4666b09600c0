import { AccountScreenDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { subscribe, wsClient } from '../helpers/subscriptions';

/** `levels` of the cyclic relation Subscriber.account.subscribers below one account, 100 per page. */
function cyclicQuery(levels: number, accountId: string): string {
  let inner = 'id';
  for (let i = 1; i < levels; i += 1) inner = `id account { subscribers(first: 100) { edges { node { ${inner} } } } }`;
  return `{ account(id: "${accountId}") { subscribers(first: 100) { edges { node { ${inner} } } } } }`;
}

/** A query that nests single objects: small, but `levels` deep. */
function deepQuery(levels: number, accountId: string): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `account { subscribers(first: 1) { edges { node { ${inner} } } } }`;
  return `{ account(id: "${accountId}") { id subscribers(first: 1) { edges { node { ${inner} } } } } }`;
}

describe('Result size and depth limits', () => {
  let gateway: TestGateway;
  let acme: string;

  beforeAll(async () => {
    gateway = await TestGateway.start();
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(async () => {
    await gateway.stop();
  });
  beforeEach(async () => {
    await gateway.sandbox.reset();
  });

  it('should refuse the three-level cyclic query at once, with no upstream call and no memory growth, while another client is answered', async () => {
    const bomb = cyclicQuery(3, acme);
    expect(bomb.length).toBeLessThan(300);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const [bombs, other] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, () => gateway.query(bomb))),
      gateway.query(AccountScreenDocument, { id: acme, first: 5 }),
    ]);
    const elapsedMs = Date.now() - started;
    for (const reply of bombs) {
      expect(reply.status).toBe(400);
      expect(reply.body.data).toBeUndefined();
      expect(['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE']).toContain(reply.body.errors![0]!.extensions!.code);
    }
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.account?.subscribers?.edges).toHaveLength(5);
    // Ten refusals and one small screen: well under a second each, far from the tens of seconds the bomb took to run.
    expect(elapsedMs).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
    const { byEndpoint } = await gateway.sandbox.stats();
    // Only the other client's screen reached the upstream: one subscriber list.
    expect(byEndpoint['GET /v1.0/distributor/subscribers']).toBe(1);
  });

  it('should refuse two levels of the cyclic relation as QUERY_TOO_LARGE, with the estimate and the limit', async () => {
    const reply = await gateway.query(cyclicQuery(2, acme));
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]).toMatchObject({
      message: expect.stringContaining('20402 objects'),
      extensions: { code: 'QUERY_TOO_LARGE', estimatedResultNodes: 20_402, maxResultNodes: 10_000 },
    });
    expect((await gateway.sandbox.stats()).total).toBe(0);
  });

  it('should refuse a small query nested deeper than GRAPHQL_MAX_DEPTH as QUERY_TOO_DEEP, with the depth and the limit', async () => {
    const reply = await gateway.query(deepQuery(3, acme));
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 17, maxDepth: 12 });
    expect((await gateway.sandbox.stats()).total).toBe(0);
  });

  it('should let the README’s 100-subscriber account screen through', async () => {
    const reply = await gateway.query(AccountScreenDocument, { id: acme, first: 100 });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.account?.subscribers?.edges).toHaveLength(100);
  });

  it('should count a connection at its first, also when first comes in a variable', async () => {
    const query = 'query($n: Int!) { account(id: "AID-1") { subscribers(first: $n) { edges { node { account { subscribers(first: $n) { edges { node { id } } } } } } } } }';
    const small = await gateway.query(query, { n: 10 });
    expect(small.body.errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_LARGE');
    const large = await gateway.query(query, { n: 100 });
    expect(large.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', estimatedResultNodes: 20_402 });
  });

  it('should measure a document whose fragments spread each other many times without walking every expansion', async () => {
    // 2^24 expansions if walked naively; measured once per fragment.
    const fragments = Array.from({ length: 24 }, (_, i) => `fragment F${i} on Subscriber { ...F${i + 1} ...F${i + 1} }`);
    fragments.push('fragment F24 on Subscriber { id account { subscribers(first: 100) { edges { node { id account { subscribers(first: 100) { edges { node { id } } } } } } } } }');
    const query = `{ account(id: "${acme}") { subscribers(first: 100) { edges { node { ...F0 } } } } } ${fragments.join(' ')}`;
    const started = Date.now();
    const reply = await gateway.query(query);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE']).toContain(reply.body.errors![0]!.extensions!.code);
    expect((await gateway.sandbox.stats()).total).toBe(0);
  });

  it('should refuse over WebSocket what it refuses over HTTP', async () => {
    const client = wsClient(gateway.url);
    try {
      const log = subscribe(client, cyclicQuery(2, acme));
      await log.until((l) => l.completed);
      const errors = (log.error ?? log.results[0]?.errors) as { extensions?: Record<string, unknown> }[];
      expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', estimatedResultNodes: 20_402, maxResultNodes: 10_000 });
      expect((await gateway.sandbox.stats()).total).toBe(0);
    } finally {
      await client.dispose();
    }
  });
});
