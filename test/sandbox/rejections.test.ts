import { TestSandbox } from '../helpers/sandbox';

/**
 * Rejections of the endpoints whose own suites test mostly the happy path: a bad query value, an
 * unknown or foreign ID, a value of the wrong type. Each answer is also checked against
 * openapi.yaml by TestSandbox.
 */
describe('rejections', () => {
  let sb: TestSandbox;
  let ids: Record<string, string>;
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    const client = sb.client(0);
    const accounts = await sb.accountIds();
    const pkg = (await client.get('/account/packages')).body.Results[0];
    const product = (await client.get('/account/products')).body.Results[0];
    const voice = (await client.get('/account/voice/routes')).body.Results[0];
    const workgroup = (await client.get('/account/workgroups')).body.Results[0];
    const [feature] = (await client.get('/subscriptions/features')).body;
    const subscription = (await client.get('/distributor/subscriptions')).body.Results[0];
    const [assignment] = (await client.get('/subscriptions/features/assignments', { SubscriptionId: subscription.SubscriptionId })).body;
    const service = (await client.post('/services', { ServiceName: 'Support' })).body;
    const member = (await client.post('/workgroups/activity', { WorkgroupId: workgroup.WorkgroupId, Type: 'User', PhoneNumber: '+18015550100' })).body;
    ids = {
      acme: accounts['Acme Mobile']!,
      initech: accounts['Initech Wireless']!,
      package: pkg.PackageId,
      product: product.ProductId,
      voiceRoute: voice.CallRouteId,
      workgroup: workgroup.WorkgroupId,
      feature: feature.FeatureId,
      assignment: assignment.FeatureAssignmentId,
      service: service.ServiceId,
      member: member.WorkgroupActivityId,
    };
  });
  afterAll(async () => sb.stop());

  describe('account lists', () => {
    it.each(['packages', 'products', 'services', 'subscriptions', 'webhooks', 'voice/routes', 'workgroups'])(
      "should refuse another distributor's AccountId on account/%s",
      async (list) => {
        const reply = await sb.client(0).get(`/account/${list}`, { AccountId: ids.initech! });
        expect(reply.status).toBe(400);
        expect(reply.body.Message).toContain('Invalid AccountId');
      },
    );

    it.each(['packages', 'products', 'services', 'subscriptions'])('should refuse an unknown Filter on account/%s', async (list) => {
      const reply = await sb.client(0).get(`/account/${list}`, { Filter: 'Expired' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain("Filter 'Expired' is not valid");
    });
  });

  describe('updates of unknown or foreign records', () => {
    it.each([
      ['/voice/routes/update', () => ({ CallRouteId: ids.voiceRoute, RouteName: 'x' })],
      ['/products/update', () => ({ ProductId: ids.product, Cost: 1 })],
      ['/packages/update', () => ({ PackageId: ids.package, Price: 1 })],
      ['/services/update', () => ({ ServiceId: ids.service, Cost: 1 })],
      ['/services/items/add', () => ({ ServiceId: ids.service, Price: 1 })],
      ['/subscriptions/features/update', () => ({ FeatureId: ids.feature, FeatureName: 'x' })],
      ['/subscriptions/features/assignments/update', () => ({ FeatureAssignmentId: ids.assignment, FeatureId: ids.feature })],
      ['/subscriptions/features/assignments/delete', () => ({ FeatureAssignmentId: ids.assignment })],
      ['/workgroups/update', () => ({ WorkgroupId: ids.workgroup, Name: 'x' })],
      ['/workgroups/activity/update', () => ({ WorkgroupActivityId: ids.member, DigitOrder: 3 })],
      ['/workgroups/activity/delete', () => ({ WorkgroupActivityId: ids.member })],
    ])("should answer 404 when another distributor calls POST %s", async (path, body) => {
      const reply = await sb.client(1).post(path, body());
      expect(reply.status).toBe(404);
      expect(reply.body.Message).toMatch(/^Not found: /);
    });

    it.each([
      ['/voice/routes/update', { CallRouteId: `CRID-${UNKNOWN}` }],
      ['/products/update', { ProductId: `PRID-${UNKNOWN}` }],
      ['/packages/update', { PackageId: `PID-${UNKNOWN}` }],
      ['/services/update', { ServiceId: `SID-${UNKNOWN}` }],
      ['/workgroups/update', { WorkgroupId: `WID-${UNKNOWN}` }],
    ])('should answer 404 for an unknown id on POST %s', async (path, body) => {
      expect((await sb.client(0).post(path, body)).status).toBe(404);
    });
  });

  describe('bad values', () => {
    it.each([
      ['/voice/routes/update', () => ({ CallRouteId: ids.voiceRoute, TrunkTransport2: 'QUIC' }), "TrunkTransport2 'QUIC' is not valid"],
      ['/products/update', () => ({ ProductId: ids.product, BillingFrequency: 'Yearly' }), "BillingFrequency 'Yearly' is not valid"],
      ['/packages/update', () => ({ PackageId: ids.package, Monthly: 'yes' }), 'Path: $.Monthly'],
      ['/services/update', () => ({ ServiceId: ids.service, Cost: -5 }), 'Cost must be at least 0'],
      ['/services/items/add', () => ({ ServiceId: ids.service, Price: 'free' }), 'Path: $.Price'],
      ['/subscriptions/features/add', () => ({ AccountId: ids.initech }), 'Invalid AccountId'],
      ['/subscriptions/features/update', () => ({ FeatureId: ids.feature, FeatureName: 42 }), 'Path: $.FeatureName'],
      ['/subscriptions/features/assignments/update', () => ({ FeatureAssignmentId: 'XYZ-1' }), "FeatureAssignmentId 'XYZ-1' is not a valid identifier"],
      ['/subscriptions/features/assignments/delete', () => ({}), 'FeatureAssignmentId is required'],
      ['/workgroups/update', () => ({ WorkgroupId: ids.workgroup, OffHoursType: 'Robot' }), "OffHoursType 'Robot' is not valid"],
      ['/workgroups/activity/update', () => ({ WorkgroupActivityId: ids.member, DigitOrder: 100 }), 'DigitOrder must be at most 99'],
      ['/workgroups/activity/delete', () => ({}), 'WorkgroupActivityId is required'],
      ['/numbers/data-usage/settings', () => ({}), 'PhoneNumbers is required'],
      ['/numbers/data-usage/info', () => ({ PhoneNumbers: [{ Number: '8015551234' }] }), "PhoneNumbers[0].Number '8015551234' is not a valid E.164"],
    ])('should reject POST %s with 400', async (path, body, message) => {
      const reply = await sb.client(0).post(path, body());
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should read a package and refuse an unknown one on packages/items', async () => {
      const reply = await sb.client(0).get('/packages', { PackageId: ids.package! });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ PackageId: ids.package, Active: true });
      expect((await sb.client(0).get('/packages/items', { PackageId: `PID-${UNKNOWN}` })).status).toBe(404);
      expect((await sb.client(0).get('/packages/items')).body.Message).toContain('PackageId is required');
    });
  });
});
