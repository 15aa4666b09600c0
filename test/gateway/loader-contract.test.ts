import { TestGateway } from '../helpers/gateway';

/**
 * The DataLoader contract through the real gateway: a key whose upstream read fails gets the error
 * in its own slot (its field errors, the others answer), and a list read that failed is asked
 * again by the next field that needs it rather than remembered as failed for the whole request.
 * Failures come from the sandbox's fault rules, one upstream call at a time.
 */
describe('Loaders keep the DataLoader contract', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(async () => {
    await gateway.stop();
  });
  beforeEach(async () => {
    await gateway.sandbox.reset();
  });

  async function failOnce(endpoint: string, extra: object[] = []): Promise<void> {
    const reply = await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint, status: 500, times: 1 }, ...extra] });
    expect(reply.status).toBeLessThan(300);
  }

  it('should fail only the account whose inventory read failed, and answer the other account’s numbers', async () => {
    const ids = await gateway.sandbox.accountIds();
    const [acme, doe] = [ids['Acme Mobile']!, ids['Doe Family']!];
    await failOnce('GET /v1.0/numbers/inventory');
    const reply = await gateway.query(
      `query($a: ID!, $b: ID!) {
        a: account(id: $a) { id numbers(first: 2) { totalCount } }
        b: account(id: $b) { id numbers(first: 2) { totalCount } }
      }`,
      { a: acme, b: doe },
    );
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]!.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const failed = reply.body.errors![0]!.path![0] as 'a' | 'b';
    const answered = failed === 'a' ? 'b' : 'a';
    expect(reply.body.data[answered].numbers.totalCount).toBeGreaterThan(0);
    expect(reply.body.data[failed]?.numbers ?? null).toBeNull();
    const { byEndpoint } = await gateway.sandbox.stats();
    expect(byEndpoint['GET /v1.0/numbers/inventory']).toBe(2);
  });

  it('should fail only the package whose items read failed, and answer every other package’s items', async () => {
    await failOnce('GET /v1.0/packages/items');
    const reply = await gateway.query('{ packages { id items { price } } }');
    const packages = reply.body.data.packages as { id: string; items: unknown[] | null }[];
    expect(packages.length).toBeGreaterThanOrEqual(2);
    expect(reply.body.errors).toHaveLength(1);
    expect(packages.filter((p) => p.items === null)).toHaveLength(1);
    expect(packages.filter((p) => Array.isArray(p.items))).toHaveLength(packages.length - 1);
  });

  it('should read a list again for a later field after its first read failed in the same request', async () => {
    const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    // The root `products` fails at once; the account's `products` is resolved later (its account
    // read is slowed down), in the same request, and must not be handed the first failure.
    await failOnce('GET /v1.0/account/products', [{ endpoint: 'GET /v1.0/distributor/subscribers', latencyMs: 400 }]);
    // Read through the cache, so the account really waits for its (slow) directory read.
    const reply = await gateway.query(`query($id: ID!) { products { id } account(id: $id) { products { id } } }`, { id: acme }, { 'Cache-Control': 'no-cache' });
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]!.path).toEqual(['products']);
    expect(reply.body.data.products).toBeNull();
    expect(reply.body.data.account.products.length).toBeGreaterThan(0);
    const { byEndpoint } = await gateway.sandbox.stats();
    expect(byEndpoint['GET /v1.0/account/products']).toBe(2);
  });
});
