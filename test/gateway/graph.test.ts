import {
  AccountDataUsageDocument,
  AccountsPageDocument,
  CatalogAndRoutesDocument,
  NodeByIdDocument,
  NumberDetailsDocument,
  SubscriberGuardianDocument,
} from '../__generated__/operations';
import { TestGateway, answerExtensions } from '../helpers/gateway';

describe('the graph', () => {
  let gateway: TestGateway;
  let acme: string;
  let acmeLines: { number: string; subscriberId: string }[];
  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    const subscribers = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results;
    acmeLines = subscribers.flatMap((s: { SubscriberId: string; PhoneNumbers: string[] }) => s.PhoneNumbers.map((number) => ({ number, subscriberId: s.SubscriberId })));
  });
  afterAll(async () => gateway.stop());

  describe('Query.phoneNumber', () => {
    it('should answer a number with its subscriber, subscription, routes, data usage and order', async () => {
      // Subscriber #3 of Acme holds an mvno line (subscription, data thresholds) first.
      const line = acmeLines.find((l) => l.number.startsWith('+1801'))!;
      const reply = await gateway.query(NumberDetailsDocument, { number: line.number });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.phoneNumber).toMatchObject({
        id: expect.stringMatching(/^NID-/),
        number: line.number,
        numberType: 'MVNO',
        messageType: 'P2P',
        status: 'Active',
        purchasedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        account: { name: 'Acme Mobile' },
        subscriber: { id: line.subscriberId },
        subscription: { status: 'ACTIVE', package: { name: expect.any(String) } },
        messageRoute: { name: 'Acme SMS Webhook', enabled: true, authenticationType: 'BASIC' },
        voiceRoute: { name: 'Acme SIP Trunk', routeType: 'TRUNK', trunk: 'sip:pstn.acme.example' },
        dataUsage: { settings: { unit: 'MB', notifyAt: 8000, throttleAt: 10000, throttleSpeed: 'MBPS_5', limit: 15000 }, usage: { used: 1234, throttled: false, limitReached: false } },
        order: { id: expect.stringMatching(/^JNUOID-/), type: 'Provision', status: 'COMPLETED', orderDate: expect.stringMatching(/^\d{4}-/) },
      });
    });

    it('should not expose route credentials anywhere in the schema', async () => {
      const reply = await gateway.query('{ __type(name: "MessageRoute") { fields { name } } }');
      const names = reply.body.data.__type.fields.map((f: { name: string }) => f.name.toLowerCase());
      expect(names.filter((n: string) => /password|token|username|secret/.test(n))).toEqual([]);
    });

    it('should answer null for a number outside the inventory and refuse one that is not E.164', async () => {
      expect((await gateway.query(NumberDetailsDocument, { number: '+18015550000' })).body).toEqual({ data: { phoneNumber: null }, extensions: answerExtensions() });
      const bad = await gateway.query(NumberDetailsDocument, { number: '801-555-0000' });
      expect(bad.body.errors![0]).toMatchObject({ path: ['phoneNumber'], extensions: { code: 'BAD_USER_INPUT', field: 'number' } });
    });
  });

  describe('data usage batching', () => {
    it('should read thresholds and usage of 150 numbers in two calls each (100 numbers per call)', async () => {
      await gateway.sandbox.reset();
      const reply = await gateway.query(AccountDataUsageDocument, { id: acme, first: 150 });
      expect(reply.body.errors).toBeUndefined();
      const edges = reply.body.data!.account!.numbers!.edges;
      expect(edges).toHaveLength(150);
      expect(edges.every((e) => e.node.dataUsage.settings?.limit)).toBe(true);
      const { byEndpoint } = await gateway.sandbox.stats();
      expect(byEndpoint['POST /v1.0/numbers/data-usage/settings']).toBe(2);
      expect(byEndpoint['POST /v1.0/numbers/data-usage/info']).toBe(2);
      expect(byEndpoint['GET /v1.0/numbers/inventory']).toBe(1);
    });
  });

  describe('Subscriber.guardian', () => {
    it('should show the Doe Family child with its filters and its parent', async () => {
      const subscribers = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results;
      const jimmy = subscribers.find((s: { Name: string }) => s.Name === 'Jimmy Doe').SubscriberId;
      const reply = await gateway.query(SubscriberGuardianDocument, { id: jimmy });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.subscriber).toMatchObject({
        name: 'Jimmy Doe',
        role: 'SUBSCRIBER',
        account: { name: 'Doe Family' },
        guardian: {
          features: { calls: true, messages: true },
          callFilters: [{ mode: 'WHITELIST', allowedNumbers: ['+18015550001', '+18015550002'], blockedNumbers: ['+18015559999'] }],
          messageFilters: [{ mode: 'ACTIVE', level: 'CHILD', blockLinks: true }],
          parents: [{ relation: 'Parent', parent: { name: 'John Doe' }, child: { name: 'Jimmy Doe' } }],
          children: [],
          relations: [{ relation: 'Parent', parent: { name: 'John Doe' }, child: { name: 'Jimmy Doe' } }],
          callFilter: { mode: 'WHITELIST' },
          messageFilter: { mode: 'ACTIVE' },
        },
      });
      const guardian = reply.body.data!.subscriber!.guardian;
      expect(guardian.callFilter!.id).toBe(guardian.callFilters![0]!.id);
      const elsewhere = await gateway.query(
        `{ subscriber(id: "${jimmy}") { guardian { callFilter(phoneNumber: "+18015550123") { id } messageFilter(phoneNumber: "+18015550123") { id } } } }`,
      );
      expect(elsewhere.body.data.subscriber.guardian).toEqual({ callFilter: null, messageFilter: null });
      const bad = await gateway.query(`{ subscriber(id: "${jimmy}") { guardian { callFilter(phoneNumber: "12") { id } } } }`);
      expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phoneNumber' });
    });
  });

  describe('Query.node', () => {
    it('should resolve each kind of Telegent ID to its type', async () => {
      const line = acmeLines.find((l) => l.number.startsWith('+1801'))!;
      const details = (await gateway.query(NumberDetailsDocument, { number: line.number })).body.data!.phoneNumber!;
      const cases: [string, string][] = [
        [acme, 'Account'],
        [line.subscriberId, 'Subscriber'],
        [details.id, 'PhoneNumber'],
        [details.subscription!.id, 'BillingSubscription'],
        [details.messageRoute!.id, 'MessageRoute'],
        [details.voiceRoute!.id, 'VoiceRoute'],
      ];
      for (const [id, type] of cases) {
        const reply = await gateway.query(NodeByIdDocument, { id });
        expect([id, reply.body.data?.node?.__typename]).toEqual([id, type]);
      }
      const legacy = await gateway.query(NodeByIdDocument, { id: line.subscriberId.replace('TSUID-', 'SID-') });
      expect(legacy.body.data!.node).toMatchObject({ __typename: 'Subscriber', id: line.subscriberId });
    });

    it('should answer null for an unknown ID and BAD_USER_INPUT for an unknown prefix', async () => {
      expect((await gateway.query(NodeByIdDocument, { id: 'AID-00000000-0000-4000-8000-000000000000' })).body.data).toEqual({ node: null });
      const bad = await gateway.query(NodeByIdDocument, { id: 'XYZ-1' });
      expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('lists', () => {
    it('should page through accounts with cursors', async () => {
      const first = await gateway.query(AccountsPageDocument, { first: 1 });
      const page1 = first.body.data!.accounts!;
      expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(page1.edges[0]!.node.name).toBe('Acme Mobile');
      expect(page1.edges[0]!.node.subscriptions).toMatchObject({ totalCount: 160 });
      expect(page1.edges[0]!.node.subscriptions!.edges).toHaveLength(5);
      const second = await gateway.query(AccountsPageDocument, { first: 1, after: page1.pageInfo.endCursor });
      expect(second.body.data!.accounts).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { name: 'Doe Family' } }] });
    });

    it('should refuse a bad page size or cursor with BAD_USER_INPUT', async () => {
      expect((await gateway.query(AccountsPageDocument, { first: 0 })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await gateway.query(AccountsPageDocument, { first: 1, after: 'nonsense' })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('should list packages with items, and the routes', async () => {
      const reply = await gateway.query(CatalogAndRoutesDocument);
      expect(reply.body.errors).toBeUndefined();
      const data = reply.body.data!;
      expect(data.packages!.map((p) => p.name)).toEqual(['Starter', 'Family 10GB', 'Unlimited', 'IoT Fleet']);
      expect(data.packages!.map((p) => p.price)).toEqual(['19.99', '39.99', '59.99', '4.99']);
      expect(data.packages![0]!.items).toHaveLength(3);
      expect(data.packages![0]!.items!.map((i) => i.product?.sku)).toEqual(['eSim', 'DATA-1GB', 'SMS-UNL']);
      expect(data.messageRoutes!.map((r) => r.name).sort()).toEqual(['Acme IoT Ingest', 'Acme SMS Webhook', 'Doe Family SMS']);
      expect(data.voiceRoutes).toEqual([expect.objectContaining({ name: 'Acme SIP Trunk', routeType: 'TRUNK' })]);
    });
  });
});
