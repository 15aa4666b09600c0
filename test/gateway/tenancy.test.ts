import 'reflect-metadata';
import type { Client } from 'graphql-ws';
import { type GraphQLField, getNamedType, isInterfaceType, isNonNullType, isObjectType } from 'graphql';
import { TYPE_BY_ID_PREFIX } from '../../src/graph/schema/node.interface';
import type { Role } from '../../src/principal';
import { mintTestToken } from '../helpers/auth';
import { TestGateway } from '../helpers/gateway';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { SCHEMA, type Send, type WalkEntry, isNodeType, selectionOf, stringsIn } from '../helpers/schema-walk';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';
import { Census, Ownership, SchemaWalker, type Viewer, argumentTarget, lookupArgument } from '../helpers/tenancy';

/**
 * Tenancy, walked from `schema.graphql`: for each kind of principal, every root field, `node(id:)`
 * for every ID prefix, and every relation and connection reachable from what it sees; the
 * operator's walk is the reference for who owns what. Nothing is listed by hand but the rules.
 */

const WALK = { maxPath: 4, batchSize: 60 };
/** An ID no seed has, per prefix; and a number on no inventory. */
const unknownId = (prefix: string): string => `${prefix}-00000000-0000-4000-8000-0000000000aa`;
const UNKNOWN_NUMBER = '+17205550199';
/** How many IDs within and beyond the reach each lookup is tried with. */
const SAMPLE = 2;

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

/** A reply's part under `alias`, with `value` written X, for comparing how two values were answered. */
function answerShape(data: unknown, errors: { message: string; extensions?: unknown }[], value: string): string {
  const text = JSON.stringify({ data, errors: errors.map((e) => ({ message: e.message, extensions: e.extensions })) });
  return text.split(value).join('X');
}

/** The values a lookup is tried with: within the viewer's reach, beyond it, and unknown. */
function lookupValues(viewer: Viewer, names: string, insideSample = SAMPLE): { inside: string[]; outside: string[]; unknown: string[] }[] {
  const split = (values: string[], toId: (v: string) => string, unknown: string) => ({
    inside: values.filter((v) => census.visible(viewer, toId(v))).slice(0, insideSample),
    outside: values.filter((v) => !census.visible(viewer, toId(v))).slice(0, SAMPLE),
    unknown: [unknown],
  });
  if (names === 'E164') return [split([...census.ownership.numberIdOf.keys()], (n) => census.ownership.numberIdOf.get(n)!, UNKNOWN_NUMBER)];
  // node(id:) is tried with every prefix, in its own spelling (an alias prefix names the same object).
  const prefixes = names === 'Node' ? Object.keys(TYPE_BY_ID_PREFIX) : Object.keys(TYPE_BY_ID_PREFIX).filter((p) => TYPE_BY_ID_PREFIX[p] === names).slice(0, 1);
  return prefixes.map((prefix) => {
    const ids = census.ids(TYPE_BY_ID_PREFIX[prefix]!);
    const spelled = new Map(ids.map((id) => [`${prefix}-${id.slice(id.indexOf('-') + 1)}`, id]));
    return split([...spelled.keys()], (v) => spelled.get(v)!, unknownId(prefix));
  });
}

function lookupFields(): GraphQLField<unknown, unknown>[] {
  return Object.values(SCHEMA.getQueryType()!.getFields()).filter((f) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
}

function lookupEntry(field: GraphQLField<unknown, unknown>, arg: string, value: string): WalkEntry {
  return { root: `${field.name}(${arg}: ${JSON.stringify(value)})`, rootType: field.type, on: null, path: [], anchor: value };
}

/** What one principal's walk found wrong. */
interface WalkFindings {
  leaks: string[];
  /** Lookups of IDs beyond the reach not answered exactly as an unknown ID. */
  unlike: string[];
  /** Lookups of IDs within the reach that found nothing. */
  missing: string[];
  /** Connections and pages whose totalCount is not what they hold. */
  miscounted: string[];
  /** Errors other than NOT_FOUND anywhere in the walk. */
  failures: string[];
  /** IDs within the reach (by the operator's census) that the walk never met. */
  unseen: string[];
  refused: string[];
  queries: number;
}

function checkCounts(value: unknown, where: string, found: string[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => checkCounts(v, `${where}[${i}]`, found));
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, any>;
  if (typeof o.totalCount === 'number' && Array.isArray(o.edges) && o.edges.length !== o.totalCount) found.push(`${where}: totalCount ${o.totalCount}, edges ${o.edges.length}`);
  if (typeof o.totalCount === 'number' && Array.isArray(o.items) && o.pageCount <= 1 && o.items.length !== o.totalCount) found.push(`${where}: totalCount ${o.totalCount}, items ${o.items.length}`);
  for (const [k, v] of Object.entries(o)) checkCounts(v, `${where}.${k}`, found);
}

/** Walks everything `viewer` can reach (recording it in the census when the viewer is the operator). */
async function walkAs(viewer: Viewer, record = false): Promise<WalkFindings> {
  const findings: WalkFindings = { leaks: [], unlike: [], missing: [], miscounted: [], failures: [], unseen: [], refused: [], queries: 0 };
  const seen = new Set<string>();
  const walker = new SchemaWalker(
    sender(viewer.authorization),
    (entry, value, errors, alias) => {
      const where = `${entry.root}${entry.path.map((s) => `.${s.field}`).join('')}`;
      if (record) census.record(entry, value);
      else findings.leaks.push(...census.leaks(viewer, value, entry.root));
      for (const { value: text } of stringsIn(value, '')) seen.add(text);
      checkCounts(value, where, findings.miscounted);
      for (const e of errors) if (e.extensions?.code !== 'NOT_FOUND') findings.failures.push(`${alias} ${where}: ${e.extensions?.code} ${e.message}`);
    },
    WALK,
  );
  walker.addRoots();
  await walker.run();
  // Root lookups: the operator's, to learn what only a lookup reaches (message history); the others', within, beyond and unknown.
  for (const field of lookupFields()) {
    const { name, names } = lookupArgument(field, 'Query');
    if (record) {
      if (names === 'Node' || isNodeType(getNamedType(field.type))) continue;
      const values = names === 'E164' ? [...census.ownership.numberIdOf.keys()] : census.ids(names);
      for (let i = 0; i < values.length; i += WALK.batchSize) await walker.runBatch(values.slice(i, i + WALK.batchSize).map((v) => lookupEntry(field, name, v)));
      continue;
    }
    // What only a lookup reaches (message history) is looked up for every value within the reach.
    const onlyByLookup = names !== 'Node' && !isNodeType(getNamedType(field.type));
    for (const { inside, outside, unknown } of lookupValues(viewer, names, onlyByLookup ? Infinity : SAMPLE)) {
      const values = [...inside, ...outside, ...unknown];
      const reply = await walker.runBatch(values.map((v) => lookupEntry(field, name, v)));
      const shape = (i: number): string => answerShape(reply.body.data![`a${i}`], (reply.body.errors ?? []).filter((e) => e.path?.[0] === `a${i}`), values[i]!);
      const unknownShape = shape(values.length - 1);
      outside.forEach((v, i) => {
        if (shape(inside.length + i) !== unknownShape) findings.unlike.push(`${field.name}(${name}: ${v}): ${shape(inside.length + i)} ≠ ${unknownShape}`);
      });
      inside.forEach((v, i) => {
        const canonical = names === 'E164' || census.typeOf.has(v);
        if (canonical && reply.body.data![`a${i}`] === null) findings.missing.push(`${field.name}(${name}: ${v})`);
      });
    }
  }
  await walker.run();
  if (!record) findings.unseen = [...census.typeOf.keys()].filter((id) => census.visible(viewer, id) && !seen.has(id)).map((id) => `${census.typeOf.get(id)} ${id}`);
  findings.refused = [...walker.refused];
  findings.queries = walker.queries;
  return findings;
}

/** How long a subscription that answers nothing is watched before it counts as accepted and quiet. */
const QUIET_MS = 1_500;

/** The errors a subscription ended with, however graphql-ws carried them (an `error` message, or a result with errors). */
const subscriptionErrors = (log: SubscriptionLog): any[] => (Array.isArray(log.error) ? log.error : log.results.flatMap((r) => r.errors ?? []));

/** How a subscription answered at first: its first result or refusal, or `quiet` (accepted, no event yet). */
async function firstAnswer(client: Client, query: string): Promise<{ shape: (value: string) => string; data: unknown[] }> {
  const log = subscribe(client, query);
  await log.until((l) => l.results.length > 0 || l.completed, QUIET_MS).catch(() => undefined);
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
  const reference = await walkAs(operator, true);
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
    findings = await walkAs(viewer);
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
      const [{ inside, outside, unknown }] = lookupValues(viewer, names) as [ReturnType<typeof lookupValues>[number]];
      tries.push(
        (async () => {
          const [unknownAnswer, ...answers] = await Promise.all([unknown[0]!, ...inside.slice(0, 1), ...outside.slice(0, 1)].map((v) => firstAnswer(client, text(v))));
          const unknownShape = unknownAnswer!.shape(unknown[0]!);
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
            (await firstAnswer(clients[i]!, `subscription { orderStatusChanged(orderId: "${orderId}") { id status } }`)).shape(orderId);
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
  /** The upstream calls one query makes, by endpoint. */
  async function callsOf(query: string, variables: Record<string, unknown>, authorization: string): Promise<Record<string, number>> {
    const before = (await gateway.sandbox.stats()).byEndpoint;
    const reply = await gateway.query(query, variables, { Authorization: authorization });
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
});
