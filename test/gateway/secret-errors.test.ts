import { Writable } from 'node:stream';
import { type GraphQLArgument, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLSchema, getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import pino from 'pino';
import { SECRET_INPUT_FIELDS } from '../../src/server/format-error';
import { buildGatewaySchema } from '../../src/graph/build-schema';
import { TestGateway } from '../helpers/gateway';
import { wsClient } from '../helpers/subscriptions';
import { type Value, literal, sampleValue } from '../helpers/schema-samples';

const PORT_OUT = 'mutation($input: RequestPortOutInput!) { requestPortOut(input: $input) { order { id } } }';

describe('secrets in GraphQL’s own errors', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(() => gateway.stop());

  it('should not repeat a secret variable graphql-js cannot coerce, and name its field', async () => {
    const reply = await gateway.query(PORT_OUT, { input: { number: '+18015550100', pin: 864209 } });
    expect(reply.body.errors![0]).toMatchObject({ message: expect.stringContaining('input.pin'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(reply.body)).not.toContain('864209');
  });

  it('should not repeat a secret literal written in the document', async () => {
    const reply = await gateway.query('mutation { requestPortOut(input: { number: "+18015550100", pin: 753190 }) { order { id } } }');
    expect(reply.body.errors![0]).toMatchObject({ message: expect.stringContaining('pin'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(reply.body)).not.toContain('753190');
  });

  it('should leave messages about other fields as graphql-js wrote them', async () => {
    const reply = await gateway.query(PORT_OUT, { input: { number: 18015550100, pin: '1234' } });
    expect(reply.body.errors![0]!.message).toContain('18015550100');
  });

  it('should know every input field of the schema that carries a secret', async () => {
    const schema = await buildGatewaySchema();
    const secretLooking = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.keys(type.getFields()))
      .filter((name) => /password|pin$|token|secret/i.test(name));
    expect(secretLooking.filter((name) => !SECRET_INPUT_FIELDS.has(name))).toEqual([]);
  });
});

/** A way into an input type holding a secret field: a mutation's argument and the input fields down to it. */
interface SecretRoute {
  mutation: string;
  args: readonly GraphQLArgument[];
  arg: string;
  path: string[];
  holder: GraphQLInputObjectType;
  secretField: string;
}

function secretRoutes(schema: GraphQLSchema): SecretRoute[] {
  const routes = new Map<string, SecretRoute>();
  const walk = (base: Omit<SecretRoute, 'path' | 'holder' | 'secretField'>, type: GraphQLInputType, path: string[], seen: Set<string>): void => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      if (SECRET_INPUT_FIELDS.has(field.name) && !routes.has(`${named.name}.${field.name}`)) {
        routes.set(`${named.name}.${field.name}`, { ...base, path, holder: named, secretField: field.name });
      }
      walk(base, field.type, [...path, field.name], new Set([...seen, named.name]));
    }
  };
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of field.args) walk({ mutation: field.name, args: field.args, arg: arg.name, }, arg.type, [], new Set());
  }
  return [...routes.values()];
}

type Fault = 'missing field' | 'unknown field' | 'wrong type' | 'null for non-null' | 'secret of the wrong type' | 'a list for the input object';
const FAULTS: Fault[] = ['missing field', 'unknown field', 'wrong type', 'null for non-null', 'secret of the wrong type', 'a list for the input object'];

/** The argument values for `route` with `secret` in its secret field and `fault` put in beside it; null when the input cannot have that fault. */
function faultyArguments(route: SecretRoute, secret: string, secretNumber: number, fault: Fault): Record<string, Value> | null {
  const args: Record<string, Value> = {};
  for (const arg of route.args) {
    if (arg.name === route.arg || isNonNullType(arg.type)) args[arg.name] = sampleValue(arg.type, arg.name === route.arg ? [...route.path, route.secretField] : []);
  }
  let holder = args[route.arg] as Record<string, Value> | Record<string, Value>[];
  for (const name of route.path) holder = Array.isArray(holder) ? holder[0]![name] as Record<string, Value> : (holder[name] as Record<string, Value>);
  const target = (Array.isArray(holder) ? holder[0] : holder) as Record<string, Value>;
  target[route.secretField] = secret;
  const others = Object.values(route.holder.getFields()).filter((field) => field.name !== route.secretField);
  const required = others.find((field) => isNonNullType(field.type) && field.defaultValue === undefined);
  const scalar = others.find((field) => !isInputObjectType(getNamedType(field.type)));
  switch (fault) {
    case 'missing field':
      if (!required) return null;
      delete target[required.name];
      return args;
    case 'unknown field':
      target.notAFieldOfThisInput = 1;
      return args;
    case 'wrong type':
      if (!scalar) return null;
      target[scalar.name] = { notA: 'scalar' };
      return args;
    case 'null for non-null':
      if (!required) return null;
      target[required.name] = null;
      return args;
    case 'secret of the wrong type':
      target[route.secretField] = secretNumber;
      return args;
    case 'a list for the input object':
      args[route.arg] = [args[route.arg]!, args[route.arg]!];
      return args;
  }
}

describe('secrets in any error, whatever its shape (every input with a secret field × every coercion fault × literal and variable × HTTP and WebSocket)', () => {
  let gateway: TestGateway;
  const logs: string[] = [];
  let schema: GraphQLSchema;
  let routes: SecretRoute[] = [];
  beforeAll(async () => {
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) }));
    gateway = await TestGateway.start({ logger });
    schema = await buildGatewaySchema();
    routes = secretRoutes(schema);
  });
  afterAll(() => gateway.stop());

  /** Over WebSocket: everything the server sent for the operation (results and errors). */
  const overWebSocket = async (query: string, variables: Record<string, unknown>): Promise<unknown[]> => {
    const client = wsClient(gateway.url);
    try {
      return await new Promise<unknown[]>((resolve) => {
        const received: unknown[] = [];
        client.subscribe({ query, variables }, {
          next: (result) => received.push(result),
          error: (error) => resolve([...received, error]),
          complete: () => resolve(received),
        });
      });
    } finally {
      await client.dispose();
    }
  };

  it('should find a mutation reaching every input type that has a secret field', () => {
    const holders = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.keys(type.getFields()).filter((name) => SECRET_INPUT_FIELDS.has(name)).map((name) => `${type.name}.${name}`));
    expect(routes.map((route) => `${route.holder.name}.${route.secretField}`).sort()).toEqual(holders.sort());
  });

  it('should leave no secret value in any error message, extension or log line', async () => {
    let cases = 0;
    let serial = 0;
    const leaks: string[] = [];
    const uncoded: string[] = [];
    for (const route of routes) {
      for (const fault of FAULTS) {
        for (const form of ['variable', 'literal'] as const) {
          serial += 1;
          const secret = `Pw${serial}zQx7`;
          const secretNumber = 918_273_640 + serial;
          const args = faultyArguments(route, secret, secretNumber, fault);
          if (args === null) continue;
          const argTypes = route.args.filter((arg) => arg.name in args);
          const query =
            form === 'variable'
              ? `mutation(${argTypes.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${route.mutation}(${argTypes.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) { __typename } }`
              : `mutation { ${route.mutation}(${argTypes.map((arg) => `${arg.name}: ${literal(args[arg.name]!)}`).join(', ')}) { __typename } }`;
          const variables = form === 'variable' ? (JSON.parse(JSON.stringify(args)) as Record<string, unknown>) : {};
          const label = `${route.holder.name}.${route.secretField} via ${route.mutation}, ${fault}, as a ${form}`;
          const http = await gateway.query(query, variables);
          const ws = await overWebSocket(query, variables);
          for (const [transport, reply, errors] of [
            ['HTTP', http.body, http.body.errors ?? []],
            ['WebSocket', ws, ws.flatMap((item) => (Array.isArray(item) ? item : ((item as { errors?: unknown[] }).errors ?? [])))],
          ] as const) {
            const text = JSON.stringify(reply);
            if (text.includes(secret) || text.includes(String(secretNumber))) leaks.push(`${label}, over ${transport}`);
            const codes = (errors as { extensions?: { code?: unknown } }[]).map((error) => error.extensions?.code);
            if (codes.length === 0 || codes.some((code) => typeof code !== 'string')) uncoded.push(`${label}, over ${transport}`);
          }
          cases += 1;
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(uncoded).toEqual([]);
    expect(logs.join('')).not.toMatch(/Pw\d+zQx7/);
    expect(cases).toBeGreaterThanOrEqual(routes.length * 2 * 3);
  });
});
