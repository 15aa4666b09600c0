import type { Client } from 'graphql-ws';
import { getNamedType, isInterfaceType, isObjectType } from 'graphql';
import type { Role } from '../../src/principal';
import { mintTestToken } from '../helpers/auth';
import { TestGateway } from '../helpers/gateway';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { SCHEMA, type Send, argumentTarget, selectionOf } from '../helpers/schema-walk';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';
import { Census, Ownership, type Viewer } from '../helpers/tenancy';
import { type WalkFindings, answerShape, lookupValues, unknownId, walkAs } from '../helpers/tenancy-walk';

/**
 * Tenancy, walked from `schema.graphql`: for each kind of principal, every root field, `node(id:)`
 * for every ID prefix, and every relation and connection reachable from what it sees; the
 * operator's walk is the reference for who owns what. Nothing is listed by hand but the rules.
 */

interface PrincipalSpec {
  name: string;
  role: Role;
  accounts?: string[];
  subscriber?: string;
}

const PRINCIPALS: PrincipalSpec[] = [
  { name: 'a partner of Acme Mobile', role: 'partner', accounts: ['Acme Mobile'] },
  { name: 'the manager of Acme Mobile', role: 'manager', accounts: ['Acme Mobile'] },
  { name: 'the manager of Doe Family', role: 'manager', accounts: ['Doe Family'] },
  { name: 'John Doe, a subscriber of Doe Family and Guardian parent of Jimmy', role: 'subscriber', subscriber: 'John Doe' },
];

let gateway: TestGateway;
let census: Census;
let accountIds: Record<string, string>;
let subscriberIds: Record<string, string>;

const sender =
  (authorization: string): Send =>
  (query) =>
    gateway.query(query, {}, { Authorization: authorization });

async function viewerOf(spec: PrincipalSpec): Promise<Viewer> {
  const accounts = (spec.accounts ?? []).map((name) => accountIds[name]!);
  const self = spec.subscriber ? subscriberIds[spec.subscriber]! : null;
  const token = await mintTestToken({ role: spec.role, accounts, subscriber: self ?? undefined, sub: `tenancy-${spec.role}-${spec.name.length}` });
  return { name: spec.name, role: spec.role, authorization: `Bearer ${token}`, accounts, self };
}

/** How long a subscription that answers nothing is watched before it counts as accepted and quiet. */
const QUIET_MS = 1_500;

/** The errors a subscription ended with, however graphql-ws carried them (an `error` message, or a result with errors). */
const subscriptionErrors = (log: SubscriptionLog): any[] => (Array.isArray(log.error) ? log.error : log.results.flatMap((r) => r.errors ?? []));

/** How long a refusal may take (it reads the upstream first). */
const REFUSAL_MS = 10_000;

/** How a subscription answered at first: its first result or refusal, or `quiet` (accepted, no event within `waitMs`). */
async function firstAnswer(client: Client, query: string, waitMs = QUIET_MS): Promise<{ shape: (value: string) => string; data: unknown[] }> {
  const log = subscribe(client, query);
  await log.until((l) => l.results.length > 0 || l.completed, waitMs).catch(() => undefined);
  log.dispose();
  const errors = subscriptionErrors(log);
  const first = errors.length > 0 ? { errors } : log.results.length > 0 ? log.results[0] : 'quiet';
  return { shape: (value) => answerShape(first === 'quiet' ? first : (first as any).data ?? null, errors, value), data: log.data };
}

/** Runs a mutation as the operator; fails the setup when it fails. */
async function operatorMutation(text: string): Promise<any> {
  const reply = await gateway.query(text);
  if (reply.body.errors) throw new Error(`${text}: ${JSON.stringify(reply.body.errors)}`);
  return reply.body.data;
}

/**
 * What the demo seed lacks for a walk to meet every type on both sides of a reach: a service, a
 * webhook and a workgroup with members on each account, and subscriptions on Doe Family (a
 * parent's and its Guardian child's).
 */
async function furnish(): Promise<void> {
  const people = await gateway.query(`{ accounts(first: 20) { edges { node { id name workgroups { id }
    subscribers(first: 500) { edges { node { id name numbers { id } } } } } } } packages { id } }`);
  const accounts = people.body.data.accounts.edges.map((e: any) => e.node);
  const acme = accounts.find((a: any) => a.name === 'Acme Mobile');
  const doe = accounts.find((a: any) => a.name === 'Doe Family');
  const person = (account: any, name: string): any => account.subscribers.edges.map((e: any) => e.node).find((n: any) => n.name === name);
  const packageId = people.body.data.packages[0].id;
  await operatorMutation(`mutation { createService(input: { name: "Tenancy check" }) { service { id } } }`);
  // An API key for Acme: operators' administration, which no other principal may see.
  await operatorMutation(`mutation { createApiKey(input: { name: "Tenancy check", accountIds: ["${acme.id}"], scopes: ["read"] }) { apiKey { id } } }`);
  await operatorMutation(`mutation { createWebhook(input: { accountId: "${doe.id}", url: "https://doe-family.example/events", events: [ORDER_UPDATE] }) { webhook { id } } }`);
  const created = await operatorMutation(`mutation { createWorkgroup(input: { accountId: "${doe.id}", name: "Doe Family line", type: ROUND_ROBIN }) { workgroup { id } } }`);
  const members: [string, any][] = [
    [created.createWorkgroup.workgroup.id, person(doe, 'Jimmy Doe')],
    [acme.workgroups[0].id, person(acme, 'Alex Manager')],
  ];
  for (const [workgroupId, member] of members) {
    await operatorMutation(`mutation { addWorkgroupMember(input: { workgroupId: "${workgroupId}", type: USER, userId: "${member.id}" }) { member { id } } }`);
  }
  for (const name of ['John Doe', 'Jimmy Doe']) {
    const { id, numbers } = person(doe, name);
    await operatorMutation(`mutation { createSubscription(input: { subscriberId: "${id}", packageId: "${packageId}", type: MVNO, numberId: "${numbers[0].id}" }) { subscription { id } } }`);
  }
}

beforeAll(async () => {
  gateway = await TestGateway.start({
    sandbox: { rateLimitPerMinute: 100_000 },
    env: {
      UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000',
      GRAPHQL_MAX_TOKENS: '1000000',
      GRAPHQL_MAX_UPSTREAM_CALLS: '100000',
      GRAPHQL_MAX_RESULT_NODES: '10000000',
      GRAPHQL_MAX_DEPTH: '50',
      REQUEST_DEADLINE_MS: '120000',
      SHUTDOWN_GRACE_MS: '130000',
    },
  });
  accountIds = await gateway.sandbox.accountIds();
  await furnish();
  const ownership = await Ownership.read(gateway);
  census = new Census(ownership);
  const operator = await viewerOf({ name: 'the operator', role: 'operator' });
  const reference = await walkAs(census, operator, sender(operator.authorization), true);
  expect(reference.failures).toEqual([]);
  const people = await gateway.query(`{ accounts(first: 500) { edges { node { subscribers(first: 500) { edges { node { id name } } } } } } }`);
  subscriberIds = Object.fromEntries(people.body.data.accounts.edges.flatMap((a: any) => a.node.subscribers.edges.map((e: any) => [e.node.name, e.node.id])));
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
});

describe('the operator’s walk (the reference)', () => {
  it('should reach every object type the schema reaches from Query', () => {
    const reachable = new Set<string>();
    const visit = (name: string): void => {
      const type = SCHEMA.getType(name);
      if (reachable.has(name) || !(isObjectType(type) || isInterfaceType(type))) return;
      reachable.add(name);
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name);
      if (isInterfaceType(type)) for (const t of SCHEMA.getPossibleTypes(type)) visit(t.name);
    };
    visit('Query');
    const withIds = [...reachable].filter((name) => {
      const type = SCHEMA.getType(name) as { getFields?: () => Record<string, unknown> };
      return name !== 'Query' && name !== 'Node' && type.getFields?.().id !== undefined;
    });
    const found = new Set(census.typeOf.values());
    expect(withIds.filter((name) => !found.has(name))).toEqual([]);
  });
});

describe.each(PRINCIPALS)('$name', (spec) => {
  let viewer: Viewer;
  let findings: WalkFindings;

  beforeAll(async () => {
    viewer = await viewerOf(spec);
    findings = await walkAs(census, viewer, sender(viewer.authorization));
  }, 120_000);

  it('should never return an ID beyond its reach, by any root field, node, relation or connection', () => {
    expect(findings.leaks).toEqual([]);
  });

  it('should answer an ID beyond its reach exactly as an unknown one, and find those within it', () => {
    expect(findings.unlike).toEqual([]);
    expect(findings.missing).toEqual([]);
  });

  it('should count in every totalCount only the items it sees', () => {
    expect(findings.miscounted).toEqual([]);
  });

  it('should reach everything within its reach', () => {
    expect(findings.unseen).toEqual([]);
  });

  it('should meet no failure but NOT_FOUND anywhere on its walk', () => {
    expect(findings.failures).toEqual([]);
  });
});

describe.each(PRINCIPALS)('subscriptions of $name', (spec) => {
  let viewer: Viewer;
  let client: Client;

  beforeAll(async () => {
    viewer = await viewerOf(spec);
    client = wsClient(gateway.url, { connectionParams: { Authorization: viewer.authorization } });
  });
  afterAll(async () => {
    await client.dispose();
  });

  it('should refuse every subscription beyond its reach exactly as an unknown one, accept those within it, and carry nothing beyond it', async () => {
    const unlike: string[] = [];
    const refusedWithin: string[] = [];
    const leaks: string[] = [];
    const tries: Promise<void>[] = [];
    for (const field of Object.values(SCHEMA.getSubscriptionType()!.getFields())) {
      const targeted = field.args.flatMap((arg) => {
        const names = argumentTarget(field, arg);
        return names === null ? [] : [{ arg, names }];
      });
      if (targeted.length !== 1) throw new Error(`Subscription.${field.name}: the walk knows how to fill one ID or number argument, not ${targeted.length}`);
      const [{ arg, names }] = targeted as [(typeof targeted)[number]];
      const text = (value: string): string => `subscription { ${field.name}(${arg.name}: ${JSON.stringify(value)}) { ${selectionOf(getNamedType(field.type))} } }`;
      const [{ inside, outside, unknown }] = lookupValues(census, viewer, names) as [ReturnType<typeof lookupValues>[number]];
      tries.push(
        (async () => {
          // An unknown or out-of-reach value is waited for until refused; one within the reach for a while.
          const [unknownAnswer, ...answers] = await Promise.all([
            firstAnswer(client, text(unknown[0]!), REFUSAL_MS),
            ...inside.slice(0, 1).map((v) => firstAnswer(client, text(v))),
            ...outside.slice(0, 1).map((v) => firstAnswer(client, text(v), REFUSAL_MS)),
          ]);
          const unknownShape = unknownAnswer!.shape(unknown[0]!);
          // A subscription refused to the principal whatever its argument (FORBIDDEN) has nothing to compare.
          if (unknownShape.includes('"code":"FORBIDDEN"')) return;
          inside.slice(0, 1).forEach((v, i) => {
            if (answers[i]!.shape(v) === unknownShape) refusedWithin.push(`${field.name}(${arg.name}: ${v}): ${unknownShape}`);
          });
          outside.slice(0, 1).forEach((v, i) => {
            const shape = answers[inside.slice(0, 1).length + i]!.shape(v);
            if (shape !== unknownShape) unlike.push(`${field.name}(${arg.name}: ${v}): ${shape} ≠ ${unknownShape}`);
          });
          for (const answer of answers) leaks.push(...census.leaks(viewer, answer.data, field.name));
        })(),
      );
    }
    await Promise.all(tries);
    expect(unlike).toEqual([]);
    expect(refusedWithin).toEqual([]);
    expect(leaks).toEqual([]);
  });
});

describe('order events of port-ins placed for each account', () => {
  it('should carry each principal’s orderUpdates and orderStatusChanged only the orders within its reach', async () => {
    const viewers = await Promise.all([{ name: 'the operator', role: 'operator' as const }, ...PRINCIPALS].map(viewerOf));
    const clients = viewers.map((v) => wsClient(gateway.url, { connectionParams: { Authorization: v.authorization } }));
    try {
      const feeds = clients.map((c) => subscribe(c, 'subscription { orderUpdates { id } }'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const orders = { [accountIds['Acme Mobile']!]: '', [accountIds['Doe Family']!]: '' };
      for (const [accountId, name] of [[accountIds['Acme Mobile']!, 'Acme Mobile'], [accountIds['Doe Family']!, 'Doe Family']] as const) {
        orders[accountId] = await submitPortIn(gateway, portableNumber('646'), name);
      }
      const expected = (viewer: Viewer): string[] =>
        Object.entries(orders)
          .filter(([accountId]) => viewer.role === 'operator' || viewer.accounts.includes(accountId))
          .map(([, orderId]) => orderId)
          .sort();
      const seen = (log: SubscriptionLog): string[] => [...new Set(log.data.map((d) => d.orderUpdates.id as string))].sort();
      await feeds[0]!.until((log) => seen(log).length === 2);
      // The others' events were published with the operator's: a moment more for them to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(viewers.map((v, i) => [v.name, seen(feeds[i]!)])).toEqual(viewers.map((v) => [v.name, expected(v)]));
      feeds.forEach((f) => f.dispose());

      const unknownOrder = unknownId('JNUOID');
      const statuses = await Promise.all(
        viewers.map(async (viewer, i) => {
          const answer = async (orderId: string): Promise<string> =>
            (await firstAnswer(clients[i]!, `subscription { orderStatusChanged(orderId: "${orderId}") { id status } }`, REFUSAL_MS)).shape(orderId);
          const unknown = await answer(unknownOrder);
          const within = await Promise.all(Object.values(orders).map(async (orderId) => (await answer(orderId)) !== unknown));
          return [viewer.name, Object.values(orders).filter((_, k) => within[k]).sort()];
        }),
      );
      expect(statuses).toEqual(viewers.map((v) => [v.name, expected(v)]));
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});

describe('the upstream cost of tenancy', () => {
  /** The upstream calls one query makes, by endpoint, reading every list it needs (Cache-Control: no-cache: what tenancy costs, not what the cache saves). */
  async function callsOf(query: string, variables: Record<string, unknown>, authorization: string): Promise<Record<string, number>> {
    const before = (await gateway.sandbox.stats()).byEndpoint;
    const reply = await gateway.query(query, variables, { Authorization: authorization, 'Cache-Control': 'no-cache' });
    expect(reply.body.errors).toBeUndefined();
    const after = (await gateway.sandbox.stats()).byEndpoint;
    return Object.fromEntries(Object.entries(after).flatMap(([endpoint, n]) => (n - (before[endpoint] ?? 0) > 0 ? [[endpoint, n - (before[endpoint] ?? 0)]] : [])));
  }

  it('should decide reach from the lists a query reads anyway: a partner’s nested page costs what the operator’s does', async () => {
    const query = `query($id: ID!) { account(id: $id) { subscribers(first: 40) { edges { node { id
      numbers { id dataUsage { usage { used } } order { id } voicemail { status } }
      subscriptions { id features { id } }
      guardian { features { calls } callFilters { id } children { child { id } } } } } } } }`;
    const variables = { id: accountIds['Acme Mobile'] };
    const [operator, partner] = await Promise.all([{ name: 'the operator', role: 'operator' as const }, PRINCIPALS[0]!].map(viewerOf));
    expect(await callsOf(query, variables, partner!.authorization)).toEqual(await callsOf(query, variables, operator!.authorization));
  });

  it('should send nothing upstream for a number beyond the reach: its lookup and its message history answer as unknown from the principal’s own inventory', async () => {
    const doeManager = await viewerOf(PRINCIPALS[2]!);
    const acmeNumber = [...census.ownership.numberIdOf.keys()].find((n) => census.ownership.accountOf.get(census.ownership.numberIdOf.get(n)!) === accountIds['Acme Mobile'])!;
    const query = `query($n: String!) { messages(phoneNumber: $n) { totalCount } phoneNumber(number: $n) { id } }`;
    const before = (await gateway.sandbox.stats()).byEndpoint;
    const reply = await gateway.query(query, { n: acmeNumber }, { Authorization: doeManager.authorization, 'Cache-Control': 'no-cache' });
    expect(reply.body.data).toEqual({ messages: null, phoneNumber: null });
    expect(reply.body.errors).toEqual([expect.objectContaining({ message: `Phone number ${acmeNumber} was not found.`, path: ['messages'] })]);
    const after = (await gateway.sandbox.stats()).byEndpoint;
    // Only the manager's own inventory is read, to know its numbers.
    expect(Object.entries(after).filter(([endpoint, n]) => n !== (before[endpoint] ?? 0)).map(([endpoint]) => endpoint)).toEqual(['GET /v1.0/numbers/inventory']);
  });

  it('should cost a subscriber reading its own numbers, subscriptions and data usage what it costs the operator', async () => {
    const query = `query($id: ID!) { subscriber(id: $id) { id numbers { id dataUsage { usage { used } } subscription { id } } subscriptions { id } } }`;
    const variables = { id: subscriberIds['John Doe'] };
    const [operator, john] = await Promise.all([{ name: 'the operator', role: 'operator' as const }, PRINCIPALS[3]!].map(viewerOf));
    // Once first, for the tokens of its endpoints: what is compared is what each principal's reads cost.
    await callsOf(query, variables, operator!.authorization);
    expect(await callsOf(query, variables, john!.authorization)).toEqual(await callsOf(query, variables, operator!.authorization));
  });
});
