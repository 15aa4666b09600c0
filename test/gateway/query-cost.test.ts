import { AccountScreenDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

/** Guardian flags are read one subscriber at a time: the field that makes a query expensive. */
const GUARDIAN_FLAGS = `query GuardianFlags($first: Int!) {
  accounts(first: 1) { edges { node { subscribers(first: $first) { edges { node { guardian { features { calls } } } } } } } }
}`;

describe('query cost limit (per-item upstream calls, estimated before any call)', () => {
  let gateway: TestGateway;
  let acme: string;

  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { GRAPHQL_MAX_UPSTREAM_CALLS: '20' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.reset());

  it('should refuse a query whose per-item reads exceed the limit, with its estimate and no upstream call', async () => {
    const reply = await gateway.query(GUARDIAN_FLAGS, { first: 100 });
    expect(reply.status).toBe(400);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('about 100 upstream calls'),
        extensions: { code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 100, maxUpstreamCalls: 20, requestId: expect.any(String) },
      }),
    ]);
    expect((await gateway.sandbox.stats()).total).toBe(0);
  });

  it('should answer the same query when the page keeps it under the limit', async () => {
    const reply = await gateway.query(GUARDIAN_FLAGS, { first: 20 });
    expect(reply.body.errors).toBeUndefined();
    const subscribers = reply.body.data.accounts.edges[0].node.subscribers.edges;
    expect(subscribers).toHaveLength(20);
    expect((await gateway.sandbox.stats()).byEndpoint['GET /v1.0/subscribers/guardian-features']).toBe(20);
  });

  it('should count batched relations as free: a 100-subscriber account screen passes a limit of 20', async () => {
    const reply = await gateway.query(AccountScreenDocument, { id: acme, first: 100 });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.account!.subscribers!.edges).toHaveLength(100);
  });

  it('should multiply by unpaged lists and count aliases and order reads by node', async () => {
    // 20 assumed subscriptions × one features read each = 20: at the limit, allowed.
    const atLimit = await gateway.query(`{ account(id: "${acme}") { subscribers(first: 1) { edges { node { subscriptions { features { name } } } } } } }`);
    expect(atLimit.body.errors).toBeUndefined();
    // Two per-item branches: over the limit.
    const over = await gateway.query(
      `{ account(id: "${acme}") { subscribers(first: 1) { edges { node { subscriptions { features { name } } numbers { voicemail { status } } } } } } }`,
    );
    expect(over.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 40 });

    const aliases = Array.from({ length: 21 }, (_, i) => `o${i}: order(id: "JNUOID-${i}") { id }`).join(' ');
    expect((await gateway.query(`{ ${aliases} }`)).body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 21 });
    const nodes = Array.from({ length: 21 }, (_, i) => `n${i}: node(id: "JNUOID-${i}") { id }`).join(' ');
    expect((await gateway.query(`{ ${nodes} }`)).body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 21 });
    const accounts = Array.from({ length: 21 }, (_, i) => `a${i}: node(id: "${acme}") { id }`).join(' ');
    expect((await gateway.query(`{ ${accounts} }`)).body.errors).toBeUndefined();
  });

  it('should count each mutation field: a batch of writes over the limit is refused before the first runs', async () => {
    const creates = Array.from({ length: 21 }, (_, i) => `c${i}: createAccount(input: { name: "Batch ${i}", adminEmail: "b${i}@batch.example" }) { account { id } }`);
    const reply = await gateway.query(`mutation { ${creates.join(' ')} }`);
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 21 });
    expect((await gateway.sandbox.stats()).total).toBe(0);
  });

  it('should leave bad variables to execution, which reports them', async () => {
    const reply = await gateway.query(GUARDIAN_FLAGS, { first: 'many' } as never);
    expect(reply.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('should use 50 upstream calls as the default limit', async () => {
    const defaults = await TestGateway.start();
    try {
      expect((await defaults.query(GUARDIAN_FLAGS, { first: 51 })).body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', maxUpstreamCalls: 50 });
    } finally {
      await defaults.stop();
    }
  });
});
