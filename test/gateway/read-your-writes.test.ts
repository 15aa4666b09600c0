import { createHash, randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import type { ProvisionNumberInput } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, acmeProvisionInput, isoDateIn, seededNumbers } from '../helpers/numbers';
import { PORT_IN_STEP_SEC, portableNumber } from '../helpers/porting';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** No background refresh nor warm-up: every upstream call a test counts is one a read made. */
const ENV = { REDIS_URL, UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', CACHE_REFRESH_QUOTA_PERCENT: '0' };

const DIRECTORY_PAGE = 'GET /v1.0/distributor/subscribers';
const INVENTORY_PAGE = 'GET /v1.0/numbers/inventory';
const ONE_NUMBER = 'GET /v1.0/numbers';
const ONE_SUBSCRIPTION = 'GET /v1.0/subscriptions';
const SUBSCRIPTION_LIST = 'GET /v1.0/distributor/subscriptions';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two instances on the shared Redis in front of one sandbox. The read cache's keys are scoped by
 * the upstream URL (the sandbox's free port): any an earlier run on the same port left are dropped.
 */
async function startPair(options: { publicUrl?: boolean } = {}): Promise<[TestGateway, TestGateway]> {
  const a = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: ENV, ...options });
  const credentialId = createHash('sha256').update(`${a.app.upstreamUrl}\n${SANDBOX_CREDENTIALS[0].accountKey}`).digest('hex').slice(0, 16);
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  try {
    for await (const keys of redis.scanIterator({ MATCH: `telegent-graph:read-cache:${credentialId}:*`, COUNT: 1000 })) {
      if (keys.length > 0) await redis.del(keys);
    }
  } finally {
    await redis.quit();
  }
  return [a, await TestGateway.startBeside(a, { env: ENV, ...options })];
}

/** The data of a reply that must have no errors. */
async function data<T = any>(gateway: TestGateway, query: string, variables?: Record<string, unknown>): Promise<T> {
  const reply = await gateway.query<T>(query, variables);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data!;
}

/** Upstream calls since `from` (sandbox stats by endpoint), of one endpoint or all. */
const since = (from: Record<string, number>, to: Record<string, number>) => (endpoint?: string): number =>
  endpoint ? (to[endpoint] ?? 0) - (from[endpoint] ?? 0) : Object.keys(to).reduce((sum, e) => sum + (to[e] ?? 0) - (from[e] ?? 0), 0);

/**
 * Warms both instances with `read`, runs `write` on A, then `read` on B at once: what B answered
 * before and after, the upstream calls B's read made (`calls`), and those the write and its
 * payload made with it (`sinceWrite`).
 */
async function readAfterWrite<T>(a: TestGateway, b: TestGateway, read: (gateway: TestGateway) => Promise<T>, write: () => Promise<unknown>) {
  await read(a);
  const before = await read(b);
  const atWrite = (await a.sandbox.stats()).byEndpoint;
  await write();
  const atRead = (await a.sandbox.stats()).byEndpoint;
  const answer = await read(b);
  const end = (await a.sandbox.stats()).byEndpoint;
  return { before, answer, calls: since(atRead, end), sinceWrite: since(atWrite, end) };
}

const ACCOUNT_SUBSCRIBERS = 'query($id: ID!) { account(id: $id) { name subscribers(first: 500) { totalCount edges { node { id name } } } } }';
const ACCOUNT_NUMBERS = 'query($id: ID!) { account(id: $id) { numbers(first: 1) { totalCount } } }';
const ACCOUNT_INVENTORY = 'query($id: ID!) { account(id: $id) { numbers(first: 500) { edges { node { number status } } } } }';
const SUBSCRIBER_NUMBERS = 'query($id: ID!) { subscriber(id: $id) { numbers { number status callerIdName } } }';
const SUBSCRIBER_SUBSCRIPTIONS = 'query($id: ID!) { subscriber(id: $id) { subscriptions { id active } } }';

describe('Read-your-writes across instances: a write through one instance shows at once in reads through another', () => {
  let a: TestGateway;
  let b: TestGateway;
  let seed: SeededNumbers;
  /** Acme's usual provisioning, read before any test renames the account. */
  let provisioning: ProvisionNumberInput;
  /** Acme subscribers that hold no number in the seed, one for each test that binds one. */
  let unbound: string[];

  const subscribersOf = async (gateway: TestGateway, accountId: string) =>
    (await data(gateway, ACCOUNT_SUBSCRIBERS, { id: accountId })).account as { name: string; subscribers: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
  const numbersOf = async (gateway: TestGateway, subscriberId: string) =>
    (await data(gateway, SUBSCRIBER_NUMBERS, { id: subscriberId })).subscriber.numbers as { number: string; status: string; callerIdName: string | null }[];
  const inventorySize = async (gateway: TestGateway, accountId: string): Promise<number> => (await data(gateway, ACCOUNT_NUMBERS, { id: accountId })).account.numbers.totalCount;

  beforeAll(async () => {
    [a, b] = await startPair();
    seed = await seededNumbers(a.sandbox);
    provisioning = await acmeProvisionInput(a.sandbox);
    const directory = (await a.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results as { SubscriberId: string; Role: string; PhoneNumbers: string[]; Account: { AccountId: string } }[];
    unbound = directory.filter((s) => s.Account.AccountId === seed.acmeId && s.Role === 'Subscriber' && s.PhoneNumbers.length === 0).map((s) => s.SubscriberId);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  describe('subscribers', () => {
    it('should list a subscriber created through A in its account on B, reading no directory page', async () => {
      const email = `new.${randomUUID().slice(0, 8)}@doe-family.example`;
      const { before, answer, calls } = await readAfterWrite(a, b, (g) => subscribersOf(g, seed.doeId), () =>
        data(a, 'mutation($input: CreateSubscriberInput!) { createSubscriber(input: $input) { __typename } }', {
          input: { accountId: seed.doeId, name: 'June Doe', email, password: 'correct-horse-9', numbers: [] },
        }),
      );
      expect(answer.subscribers.totalCount).toBe(before.subscribers.totalCount + 1);
      expect(answer.subscribers.edges.map((e) => e.node.name)).toContain('June Doe');
      expect(calls(DIRECTORY_PAGE)).toBe(0);
    });

    it('should show a subscriber renamed through A by its new name on B, reading no directory page', async () => {
      const jane = seed.doe[1]!.AssignedSubscriberId!;
      const { answer, calls } = await readAfterWrite(a, b, (g) => subscribersOf(g, seed.doeId), () =>
        data(a, 'mutation($input: UpdateSubscriberInput!) { updateSubscriber(input: $input) { __typename } }', { input: { subscriberId: jane, name: 'Jane Q. Doe' } }),
      );
      expect(answer.subscribers.edges.find((e) => e.node.id === jane)!.node.name).toBe('Jane Q. Doe');
      expect(calls(DIRECTORY_PAGE)).toBe(0);
    });

    it('should move a subscriber transferred through A, with its number, between the accounts B lists: one inventory page read, no directory page', async () => {
      const judy = seed.doe[3]!;
      const read = async (g: TestGateway) => ({
        doe: (await subscribersOf(g, seed.doeId)).subscribers.totalCount,
        doeNumbers: await inventorySize(g, seed.doeId),
        acmeNumbers: await inventorySize(g, seed.acmeId),
      });
      const { before, answer, calls } = await readAfterWrite(a, b, read, () =>
        data(a, 'mutation($input: TransferSubscriberInput!) { transferSubscriber(input: $input) { __typename } }', {
          input: { subscriberId: judy.AssignedSubscriberId, fromAccountId: seed.doeId, toAccountId: seed.acmeId },
        }),
      );
      expect(answer).toEqual({ doe: before.doe - 1, doeNumbers: before.doeNumbers - 1, acmeNumbers: before.acmeNumbers + 1 });
      expect(calls(DIRECTORY_PAGE)).toBe(0);
      // The source's inventory drops the number as it is; the destination's is read again.
      expect(calls(INVENTORY_PAGE)).toBe(1);
    });

    it('should show numbers assigned and unassigned through A on the subscriber on B: one read per number, no inventory page', async () => {
      const subscriber = unbound[0]!;
      const number = seed.voip[10]!.Number;
      const assigned = await readAfterWrite(a, b, (g) => numbersOf(g, subscriber), () =>
        data(a, 'mutation($input: AssignNumbersInput!) { assignNumbers(input: $input) { __typename } }', { input: { subscriberId: subscriber, numbers: [number] } }),
      );
      expect(assigned.before.map((n) => n.number)).not.toContain(number);
      expect(assigned.answer.map((n) => n.number)).toContain(number);
      expect([assigned.calls(ONE_NUMBER), assigned.calls(INVENTORY_PAGE)]).toEqual([1, 0]);

      const unassigned = await readAfterWrite(a, b, (g) => numbersOf(g, subscriber), () =>
        data(a, 'mutation($input: UnassignNumbersInput!) { unassignNumbers(input: $input) { __typename } }', { input: { subscriberId: subscriber, numbers: [number] } }),
      );
      expect(unassigned.answer.map((n) => n.number)).not.toContain(number);
      expect([unassigned.calls(ONE_NUMBER), unassigned.calls(INVENTORY_PAGE)]).toEqual([1, 0]);
    });
  });

  describe('accounts', () => {
    it('should show an account renamed through A by its new name on B without any upstream call (its subscribers’ cached records carry it)', async () => {
      const { answer, calls } = await readAfterWrite(a, b, (g) => subscribersOf(g, seed.acmeId), () =>
        data(a, 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { __typename } }', { input: { accountId: seed.acmeId, name: 'Acme Mobile Inc' } }),
      );
      expect(answer.name).toBe('Acme Mobile Inc');
      expect(calls()).toBe(0);
      const account = (await data(b, 'query($id: ID!) { subscriber(id: $id) { account { name } } }', { id: seed.mvno[3]!.AssignedSubscriberId })).subscriber.account;
      expect(account).toEqual({ name: 'Acme Mobile Inc' });
    });
  });

  describe('numbers', () => {
    it('should show a number provisioned through A in its account’s inventory and on its subscriber on B: the account’s inventory read again, no directory page', async () => {
      const subscriber = unbound[1]!;
      const input = { ...provisioning, subscriberId: subscriber };
      const read = async (g: TestGateway) => ({ size: await inventorySize(g, seed.acmeId), numbers: (await numbersOf(g, subscriber)).map((n) => n.number) });
      let bought = '';
      const { before, answer, calls } = await readAfterWrite(a, b, read, async () => {
        bought = (await data(a, 'mutation($input: ProvisionNumberInput!) { provisionNumber(input: $input) { order { numbers } } }', { input })).provisionNumber.order.numbers[0];
      });
      expect(answer).toEqual({ size: before.size + 1, numbers: [...before.numbers, bought] });
      expect(calls(INVENTORY_PAGE)).toBe(1);
      expect(calls(DIRECTORY_PAGE)).toBe(0);
    });

    it('should show a number updated through A as it now is on B: one read of it, no inventory page', async () => {
      const line = seed.mvno[5]!;
      const { answer, calls } = await readAfterWrite(a, b, (g) => numbersOf(g, line.AssignedSubscriberId!), () =>
        data(a, 'mutation($input: UpdateNumberInput!) { updateNumber(input: $input) { __typename } }', { input: { number: line.Number, callerIdName: 'ACME SUPPORT' } }),
      );
      expect(answer.find((n) => n.number === line.Number)!.callerIdName).toBe('ACME SUPPORT');
      expect([calls(ONE_NUMBER), calls(INVENTORY_PAGE)]).toEqual([1, 0]);
    });

    it('should show a number parked (suspended) then activated (restored) through A with its new status on B', async () => {
      const line = seed.mvno[6]!;
      const change = (kind: string) => () =>
        data(a, 'mutation($input: ChangeNumberStatusInput!) { changeNumberStatus(input: $input) { order { status } } }', { input: { change: kind, numbers: [{ number: line.Number }] } });
      const statusOn = async (g: TestGateway) => (await numbersOf(g, line.AssignedSubscriberId!)).find((n) => n.number === line.Number)!.status;
      const parked = await readAfterWrite(a, b, statusOn, change('PARK'));
      expect([parked.before, parked.answer]).toEqual(['Active', 'Parked']);
      expect([parked.calls(ONE_NUMBER), parked.calls(INVENTORY_PAGE)]).toEqual([1, 0]);
      const restored = await readAfterWrite(a, b, statusOn, change('ACTIVATE'));
      expect(restored.answer).toBe('Active');
    });
  });

  describe('subscriptions and features', () => {
    it('should show a subscription started then cancelled through A on its subscriber on B: the list not read again', async () => {
      const subscriber = unbound[2]!;
      const packageId = (await a.sandbox.client().get('/account/packages')).body.Results.find((p: { PackageName: string }) => p.PackageName === 'Starter').PackageId;
      const read = async (g: TestGateway) => (await data(g, SUBSCRIBER_SUBSCRIPTIONS, { id: subscriber })).subscriber.subscriptions as { id: string; active: boolean }[];
      let subscriptionId = '';
      const started = await readAfterWrite(a, b, read, async () => {
        subscriptionId = (
          await data(a, 'mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id } } }', { input: { subscriberId: subscriber, packageId, type: 'MVNO' } })
        ).createSubscription.subscription.id;
      });
      expect(started.answer).toEqual([...started.before, { id: subscriptionId, active: true }]);
      expect(started.calls()).toBe(0);

      const cancelled = await readAfterWrite(a, b, read, () =>
        data(a, 'mutation($input: CancelSubscriptionInput!) { cancelSubscription(input: $input) { __typename } }', { input: { subscriptionId } }),
      );
      expect(cancelled.answer).toContainEqual({ id: subscriptionId, active: false });
      // The cancel's answer is not the record: it alone is read again.
      expect([cancelled.calls(ONE_SUBSCRIPTION), cancelled.calls(SUBSCRIPTION_LIST)]).toEqual([1, 0]);
    });

    it('should list a feature created then renamed through A on B: the feature list read again once (one call)', async () => {
      const read = async (g: TestGateway) => (await data(g, '{ subscriptionFeatures { id name } }')).subscriptionFeatures as { id: string; name: string }[];
      let featureId = '';
      const created = await readAfterWrite(a, b, read, async () => {
        featureId = (
          await data(a, 'mutation($input: CreateSubscriptionFeatureInput!) { createSubscriptionFeature(input: $input) { feature { id } } }', { input: { name: 'Wi-Fi Calling', type: 'Voice' } })
        ).createSubscriptionFeature.feature.id;
      });
      expect(created.answer).toContainEqual({ id: featureId, name: 'Wi-Fi Calling' });
      expect(created.sinceWrite('GET /v1.0/subscriptions/features')).toBe(1);
      const renamed = await readAfterWrite(a, b, read, () =>
        data(a, 'mutation($input: UpdateSubscriptionFeatureInput!) { updateSubscriptionFeature(input: $input) { __typename } }', { input: { featureId, name: 'Wi-Fi Calling Plus' } }),
      );
      expect(renamed.answer).toContainEqual({ id: featureId, name: 'Wi-Fi Calling Plus' });
    });
  });

  describe('catalog', () => {
    it.each([
      ['package', '{ packages { id name } }', 'packages', 'GET /v1.0/account/packages', 'createPackage(input: { name: "Travel", type: "esim", price: 12.5, monthly: true }) { package { id } }', (id: string) => `updatePackage(input: { packageId: "${id}", name: "Travel Plus" }) { __typename }`, 'Travel Plus'],
      ['product', '{ products { id name: description } }', 'products', 'GET /v1.0/account/products', 'createProduct(input: { sku: "RYW1", description: "Roaming pack", type: "data", cost: 3, billingFrequency: MRC }) { product { id } }', (id: string) => `updateProduct(input: { productId: "${id}", description: "Roaming pack XL" }) { __typename }`, 'Roaming pack XL'],
      ['service', '{ services { id name } }', 'services', 'GET /v1.0/account/services', 'createService(input: { name: "Number porting desk" }) { service { id } }', (id: string) => `updateService(input: { serviceId: "${id}", name: "Porting desk" }) { __typename }`, 'Porting desk'],
    ])('should list a %s created then changed through A on B: its list read again once (one call)', async (_, query, field, list, create, update, changedName) => {
      const read = async (g: TestGateway) => (await data(g, query))[field] as { id: string; name: string }[];
      let id = '';
      const created = await readAfterWrite(a, b, read, async () => {
        id = Object.values(Object.values(await data(a, `mutation { ${create} }`))[0] as Record<string, { id: string }>)[0]!.id;
      });
      expect(created.answer.length).toBe(created.before.length + 1);
      expect(created.answer.map((item) => item.id)).toContain(id);
      expect(created.sinceWrite(list)).toBe(1);
      const changed = await readAfterWrite(a, b, read, () => data(a, `mutation { ${update(id)} }`));
      expect(changed.answer.find((item) => item.id === id)!.name).toBe(changedName);
      // Whichever instance reads it first (updateProduct's payload reads the product on A), once for both.
      expect(changed.sinceWrite(list)).toBe(1);
    });
  });

  describe('an uncached list', () => {
    it('should list a message route created through A on B (routes are read per request)', async () => {
      const read = async (g: TestGateway) => (await data(g, '{ messageRoutes { id name } }')).messageRoutes as { id: string; name: string }[];
      let routeId = '';
      const { answer } = await readAfterWrite(a, b, read, async () => {
        routeId = (
          await data(a, 'mutation($input: CreateMessageRouteInput!) { createMessageRoute(input: $input) { messageRoute { id } } }', {
            input: { accountId: seed.acmeId, name: 'Read your writes', messageUrl: 'https://acme-mobile.example/ryw' },
          })
        ).createMessageRoute.messageRoute.id;
      });
      expect(answer).toContainEqual({ id: routeId, name: 'Read your writes' });
    });
  });
});

describe('Read-your-writes across instances: orders that complete later (the order watcher, told by Order_Update webhooks)', () => {
  let a: TestGateway;
  let b: TestGateway;
  let seed: SeededNumbers;

  beforeAll(async () => {
    // Each instance registers its webhooks (PUBLIC_URL); until they are, no order may move.
    [a, b] = await startPair({ publicUrl: true });
    seed = await seededNumbers(a.sandbox);
    for (let i = 0; ; i += 1) {
      const hooks = (await a.sandbox.client().get('/account/webhooks')).body as { WebhookUrl: string }[];
      if ([a, b].every((g) => hooks.filter((h) => h.WebhookUrl.startsWith(new URL(g.url).origin)).length >= 2)) break;
      if (i > 200) throw new Error('the gateways did not register their webhooks');
      await sleep(50);
    }
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  /** `read` on B until `done` holds (the webhook is delivered after the sandbox moves the order), or a few seconds. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await sleep(100);
    }
  }

  it('should show a number ported in through A, once the port completes, in the account’s inventory and on its subscriber on B', async () => {
    const subscriber = seed.mvno[20]!.AssignedSubscriberId!;
    const number = portableNumber('312');
    // One request: both answers from one read of the account's inventory.
    const read = async (g: TestGateway) => {
      const answer = await data(g, 'query($account: ID!, $subscriber: ID!) { account(id: $account) { numbers(first: 1) { totalCount } } subscriber(id: $subscriber) { numbers { number } } }', {
        account: seed.acmeId,
        subscriber,
      });
      return { size: answer.account.numbers.totalCount as number, numbers: (answer.subscriber.numbers as { number: string }[]).map((n) => n.number) };
    };
    await read(a);
    const before = await read(b);
    await data(a, 'mutation($input: SubmitPortInInput!) { submitPortIn(input: $input) { order { id } } }', {
      input: {
        number,
        accountId: seed.acmeId,
        subscriberId: subscriber,
        currentCarrierName: 'Verizon',
        currentAccountNumber: '46512222',
        currentAccountPassword: '0000',
        currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
        portInDate: isoDateIn(0),
      },
    });
    // Submitted, nothing changed yet.
    expect(await read(b)).toEqual(before);
    for (let step = 0; step < 3; step += 1) await a.sandbox.advanceClock(PORT_IN_STEP_SEC);
    const after = await eventually(
      () => read(b),
      (value) => value.numbers.includes(number),
    );
    expect(after.numbers).toContain(number);
    // The seeded open port-in of Acme completes on the same clock: at least this one joined.
    expect(after.size).toBeGreaterThanOrEqual(before.size + 1);
  });

  it('should show a number ported out through A, once the gaining carrier completes the port, as Ported Out on B', async () => {
    const line = seed.mvno[21]!;
    const read = async (g: TestGateway) =>
      ((await data(g, ACCOUNT_INVENTORY, { id: seed.acmeId })).account.numbers.edges as { node: { number: string; status: string } }[]).find((e) => e.node.number === line.Number)!.node.status;
    await read(a);
    expect(await read(b)).toBe('Active');
    await data(a, 'mutation($input: RequestPortOutInput!) { requestPortOut(input: $input) { __typename } }', { input: { number: line.Number, pin: '4321' } });
    expect(await read(b)).toBe('Active');
    await a.sandbox.advanceClock(3 * PORT_IN_STEP_SEC);
    expect(await eventually(() => read(b), (status) => status === 'Ported Out')).toBe('Ported Out');
  });
});
