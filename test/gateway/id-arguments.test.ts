import { TestGateway } from '../helpers/gateway';

/** IDs no Telegent object can have: too long, wrong prefix, no prefix, characters a URL would escape. */
const BAD_IDS = ['X'.repeat(100_000), `AID-${'a'.repeat(200)}`, 'CFID-3f0c0000-0000-4000-8000-000000000000', 'plain', '', 'AID-', 'AID-../../v1.0/x', 'AID-a b', 'TSUID-%2e%2e'];

const QUERIES: Record<string, string> = {
  subscriber: 'query($id: ID!) { subscriber(id: $id) { id } }',
  order: 'query($id: ID!) { order(id: $id) { id } }',
  account: 'query($id: ID!) { account(id: $id) { id } }',
  node: 'query($id: ID!) { node(id: $id) { id } }',
};

describe('ID arguments', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(() => gateway.stop());

  const upstreamCalls = async (): Promise<number> => (await gateway.sandbox.stats()).total;

  describe.each(Object.entries(QUERIES))('%s(id)', (_field, query) => {
    it.each(BAD_IDS.map((id) => [id.length > 40 ? `${id.slice(0, 20)}… (${id.length})` : `'${id}'`, id]))(
      'should refuse %s with BAD_USER_INPUT before any upstream call',
      async (_name, id) => {
        const before = await upstreamCalls();
        const reply = await gateway.query(query, { id });
        expect(reply.body.errors).toHaveLength(1);
        expect(reply.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
        // The message says what is wrong without echoing a huge value back.
        expect(reply.body.errors![0]!.message.length).toBeLessThan(300);
        expect(await upstreamCalls()).toBe(before);
      },
    );
  });

  it('should refuse a malformed ID inside a mutation input before any upstream call', async () => {
    const before = await upstreamCalls();
    const reply = await gateway.query('mutation($input: AssignNumbersInput!) { assignNumbers(input: $input) { subscriber { id } } }', {
      input: { subscriberId: `TSUID-${'9'.repeat(50_000)}`, numbers: ['+18015550100'] },
    });
    expect(reply.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.subscriberId' } });
    expect(reply.body.errors![0]!.message.length).toBeLessThan(300);
    expect(await upstreamCalls()).toBe(before);
  });

  it('should still look up a well-formed ID of the right kind (null when unknown)', async () => {
    const reply = await gateway.query(QUERIES.subscriber!, { id: 'TSUID-3f0c0000-0000-4000-8000-000000000000' });
    expect(reply.body).toEqual({ data: { subscriber: null } });
    const legacy = await gateway.query(QUERIES.subscriber!, { id: 'SID-3f0c0000-0000-4000-8000-000000000000' });
    expect(legacy.body).toEqual({ data: { subscriber: null } });
  });
});
