import 'reflect-metadata';
import { type GraphQLField, getNamedType, getNullableType, isLeafType } from 'graphql';
import { accessRuleOf, permits } from '../../src/graph/access';
import { buildGatewaySchema } from '../../src/graph/build-schema';
import { TestGateway } from '../helpers/gateway';
import { type TestPrincipal, principalKinds } from '../helpers/principals';
import { type Value, sampleValue } from '../helpers/schema-samples';

type Field = GraphQLField<unknown, unknown>;

/** The mutation with a value for every required argument, made from its input types. */
function operationFor(field: Field): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((arg) => getNullableType(arg.type) !== arg.type);
  const variables: Record<string, Value> = Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)]));
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: JSON.parse(JSON.stringify(variables)) as Record<string, unknown>,
  };
}

/** Refused by an access rule: FORBIDDEN naming the scope it needs (a refusal by Telegent names none). */
const isAccessRefusal = (error: { extensions?: Record<string, any> }): boolean => error.extensions?.code === 'FORBIDDEN' && 'requiredScope' in error.extensions;

describe('every mutation, tried by every kind of principal', () => {
  let gateway: TestGateway;
  let mutations: Field[] = [];
  let principals: TestPrincipal[] = [];
  beforeAll(async () => {
    // Allowed mutations run against the sandbox for real: neither quota is what this is about.
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    mutations = Object.values((await buildGatewaySchema()).getMutationType()!.getFields());
    principals = await principalKinds(gateway.sandbox);
  });
  afterAll(() => gateway.stop());

  it('should refuse each mutation (HTTP 403, FORBIDDEN) before any upstream call exactly when its rule does not permit the principal, and never otherwise', async () => {
    expect(mutations.length).toBeGreaterThanOrEqual(71);
    const wrong: string[] = [];
    let refusals = 0;
    for (const { kind, principal, headers } of principals) {
      for (const field of mutations) {
        const allowed = permits(principal, accessRuleOf(field)!);
        const { query, variables } = operationFor(field);
        const before = (await gateway.sandbox.stats()).total;
        const reply = await gateway.query(query, variables, headers);
        const calls = (await gateway.sandbox.stats()).total - before;
        const refused = (reply.body.errors ?? []).some(isAccessRefusal);
        if (refused) refusals += 1;
        if (refused === allowed) wrong.push(`${kind} ${field.name}: ${allowed ? 'allowed by its rule but refused' : 'not allowed but not refused'}`);
        else if (refused && (calls !== 0 || reply.body.errors!.length !== 1)) wrong.push(`${kind} ${field.name}: refused after ${calls} upstream call(s)`);
        else if (refused && reply.status !== 403) wrong.push(`${kind} ${field.name}: refused with HTTP ${reply.status}, not 403`);
      }
    }
    expect(wrong).toEqual([]);
    // Each kind other than the operator is refused something, and the operator nothing.
    expect(refusals).toBeGreaterThan(100);
  }, 600_000);
});
