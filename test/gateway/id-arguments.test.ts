import { type GraphQLField, type GraphQLInputType, type GraphQLSchema, GraphQLID, getNamedType, getNullableType, isInputObjectType, isLeafType, isListType } from 'graphql';
import { buildGatewaySchema } from '../../src/graph/build-schema';
import { TestGateway, answerExtensions } from '../helpers/gateway';
import { type Value, sampleValue } from '../helpers/schema-samples';
import { wsClient } from '../helpers/subscriptions';

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
    expect(reply.body).toEqual({ data: { subscriber: null }, extensions: answerExtensions() });
    const legacy = await gateway.query(QUERIES.subscriber!, { id: 'SID-3f0c0000-0000-4000-8000-000000000000' });
    expect(legacy.body).toEqual({ data: { subscriber: null }, extensions: answerExtensions() });
  });
});

/** Where an ID sits in a root field's arguments: the argument, then input fields (`[0]` for a list's first item). */
interface IdPlace {
  root: 'Query' | 'Mutation' | 'Subscription';
  field: GraphQLField<unknown, unknown>;
  arg: string;
  path: (string | 0)[];
  /** As `extensions.field` names it. */
  name: string;
}

function idPlaces(schema: GraphQLSchema): IdPlace[] {
  const places: IdPlace[] = [];
  const walk = (base: Omit<IdPlace, 'path' | 'name'>, type: GraphQLInputType, path: (string | 0)[], name: string, seen: Set<string>): void => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(base, nullable.ofType, [...path, 0], `${name}[0]`, seen);
    if (nullable === GraphQLID) places.push({ ...base, path, name });
    if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      for (const inner of Object.values(nullable.getFields())) walk(base, inner.type, [...path, inner.name], `${name}.${inner.name}`, new Set([...seen, nullable.name]));
    }
  };
  const roots = { Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() };
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    for (const field of Object.values(roots[root]!.getFields())) {
      for (const arg of field.args) walk({ root, field, arg: arg.name }, arg.type, [], arg.name, new Set());
    }
  }
  return places;
}

/** The operation for `place` with every argument it needs, and `id` where the place is. */
function operationWith(place: IdPlace, id: string): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, Value> = {};
  const used = place.field.args.filter((arg) => arg.name === place.arg || getNullableType(arg.type) !== arg.type);
  for (const arg of used) {
    const fields = place.path.filter((step): step is string => step !== 0);
    variables[arg.name] = sampleValue(arg.type, arg.name === place.arg ? fields : []);
  }
  if (place.path.length === 0) {
    variables[place.arg] = id;
  } else {
    let holder = variables[place.arg] as any;
    for (const step of place.path.slice(0, -1)) holder = holder[step];
    holder[place.path.at(-1)!] = id;
  }
  const keyword = place.root.toLowerCase();
  const selection = isLeafType(getNamedType(place.field.type)) ? '' : ' { __typename }';
  const query = `${keyword}(${used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${place.field.name}(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${selection} }`;
  return { query, variables: JSON.parse(JSON.stringify(variables)) as Record<string, unknown> };
}

describe('every ID argument and input field of the schema', () => {
  let gateway: TestGateway;
  let places: IdPlace[] = [];
  beforeAll(async () => {
    gateway = await TestGateway.start();
    places = idPlaces(await buildGatewaySchema());
  });
  afterAll(() => gateway.stop());

  it('should refuse a 50 KB ID anywhere with BAD_USER_INPUT naming it, before any upstream call (HTTP, and WebSocket for subscriptions)', async () => {
    expect(places.length).toBeGreaterThan(50);
    const huge = `AID-${'9'.repeat(50_000)}`;
    const wrong: unknown[] = [];
    const before = (await gateway.sandbox.stats()).total;
    const client = wsClient(gateway.url);
    try {
      for (const place of places) {
        const { query, variables } = operationWith(place, huge);
        let errors: { message: string; extensions?: Record<string, unknown> }[];
        if (place.root === 'Subscription') {
          errors = await new Promise((resolve) => {
            const seen: any[] = [];
            // A subscription that was let through stays open: its silence is the answer.
            setTimeout(() => resolve([...seen, { message: 'no answer within 3 s' }]), 3_000).unref();
            client.subscribe({ query, variables }, {
              next: (result) => seen.push(...(result.errors ?? [])),
              error: (error) => resolve([...seen, ...(Array.isArray(error) ? error : [{ message: String(error) }])]),
              complete: () => resolve(seen),
            });
          });
        } else {
          errors = (await gateway.query(query, variables)).body.errors ?? [];
        }
        const first = errors[0];
        if (first?.extensions?.code !== 'BAD_USER_INPUT' || first.extensions.field !== place.name || first.message.length > 300) {
          wrong.push({ field: `${place.root}.${place.field.name}`, at: place.name, got: first ? { code: first.extensions?.code, field: first.extensions?.field, message: first.message.slice(0, 120) } : 'no error' });
        }
      }
    } finally {
      await client.dispose();
    }
    expect(wrong).toEqual([]);
    expect((await gateway.sandbox.stats()).total).toBe(before);
  }, 60_000);
});
