import { TestSandbox } from '../helpers/sandbox';

interface Subscription {
  SubscriptionId: string;
  SubscriberId: string;
  TNID: string | null;
  PackageId: string;
  Type: string;
  Active: boolean;
}

describe('subscriptions and features', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  const seeded = async (): Promise<Subscription[]> => (await sb.client(0).get('/distributor/subscriptions')).body.Results;

  describe('lists', () => {
    it('should list every subscription of the distributor with a Filter', async () => {
      const all = await sb.client(0).get('/distributor/subscriptions', { Filter: 'All' });
      expect(all.body).toMatchObject({ DistributorId: expect.stringMatching(/^DID-/), TotalSubscriptions: 160, Filter: 'All' });
      await sb.client(0).post('/subscriptions/delete', { SubscriptionId: all.body.Results[0].SubscriptionId });
      expect((await sb.client(0).get('/distributor/subscriptions', { Filter: 'Active' })).body.TotalSubscriptions).toBe(159);
      expect((await sb.client(0).get('/distributor/subscriptions', { Filter: 'Inactive' })).body.TotalSubscriptions).toBe(1);
      expect((await sb.client(0).get('/distributor/subscriptions', { Filter: 'Old' })).status).toBe(400);
    });

    it('should list per account', async () => {
      expect((await sb.client(0).get('/account/subscriptions', { AccountId: accounts['Acme Mobile'] })).body.TotalSubscriptions).toBe(160);
      expect((await sb.client(0).get('/account/subscriptions', { AccountId: accounts['Doe Family'] })).body.TotalSubscriptions).toBe(0);
      expect((await sb.client(1).get('/account/subscriptions')).body).toMatchObject({ AccountId: expect.stringMatching(/^DID-/), TotalSubscriptions: 0 });
    });
  });

  describe('POST /v1.0/subscriptions', () => {
    it('should allow one subscription per number', async () => {
      const [first] = await seeded();
      const taken = await sb.client(0).post('/subscriptions', { SubscriberId: first!.SubscriberId, PackageId: first!.PackageId, TNID: first!.TNID, Type: 'Mvno' });
      expect(taken.status).toBe(400);
      expect(taken.body.Message).toContain('one subscription per number');
      await sb.client(0).post('/subscriptions/delete', { SubscriptionId: first!.SubscriptionId });
      const created = await sb.client(0).post('/subscriptions', {
        SubscriberId: first!.SubscriberId,
        PackageId: first!.PackageId,
        TNID: first!.TNID,
        ICCID: '8901240397190002080',
        Type: 'mvno',
      });
      expect(created.status).toBe(200);
      expect(created.body).toEqual({
        SubscriptionId: expect.stringMatching(/^SUB-/),
        SubscriberId: first!.SubscriberId,
        TNID: first!.TNID,
        ICCID: '8901240397190002080',
        PackageId: first!.PackageId,
        Type: 'mvno',
        Active: true,
      });
      expect((await sb.client(0).get('/subscriptions', { SubscriptionId: created.body.SubscriptionId })).body).toEqual(created.body);
    });

    it("should require the Type to match the number's kind", async () => {
      const [first] = await seeded();
      await sb.client(0).post('/subscriptions/delete', { SubscriptionId: first!.SubscriptionId });
      const wrongKind = await sb.client(0).post('/subscriptions', { SubscriberId: first!.SubscriberId, PackageId: first!.PackageId, TNID: first!.TNID, Type: 'Voip 1' });
      expect(wrongKind.status).toBe(400);
      expect(wrongKind.body.Message).toContain('does not match the number');
      const nonsense = await sb.client(0).post('/subscriptions', { SubscriberId: first!.SubscriberId, PackageId: first!.PackageId, Type: 'Gold' });
      expect(nonsense.body.Message).toContain('must name the number kind');
    });

    it("should refuse a number assigned to another subscriber, and a bad ICCID", async () => {
      const [first, second] = await seeded();
      await sb.client(0).post('/subscriptions/delete', { SubscriptionId: first!.SubscriptionId });
      const other = await sb.client(0).post('/subscriptions', { SubscriberId: second!.SubscriberId, PackageId: first!.PackageId, TNID: first!.TNID, Type: 'Mvno' });
      expect(other.body.Message).toContain('assigned to another subscriber');
      const iccid = await sb.client(0).post('/subscriptions', { SubscriberId: first!.SubscriberId, PackageId: first!.PackageId, ICCID: '123', Type: 'Mvno' });
      expect(iccid.body.Message).toContain("ICCID '123'");
    });

    it('should require SubscriberId, PackageId and Type, and hide other tenants', async () => {
      const [first] = await seeded();
      expect((await sb.client(0).post('/subscriptions', { PackageId: first!.PackageId, Type: 'Mvno' })).body.Message).toContain('SubscriberId is required');
      expect((await sb.client(0).post('/subscriptions', { SubscriberId: first!.SubscriberId, Type: 'Mvno' })).body.Message).toContain('PackageId is required');
      expect((await sb.client(1).post('/subscriptions', { SubscriberId: first!.SubscriberId, PackageId: first!.PackageId, Type: 'Mvno' })).status).toBe(404);
      expect((await sb.client(1).get('/subscriptions', { SubscriptionId: first!.SubscriptionId })).status).toBe(404);
    });
  });

  describe('update and delete', () => {
    it('should swap the package and refuse changes to a deleted subscription', async () => {
      const all = await seeded();
      const target = all[0]!;
      const otherPackage = all.find((s) => s.PackageId !== target.PackageId)!.PackageId;
      const updated = await sb.client(0).post('/subscriptions/update', { SubscriptionId: target.SubscriptionId, PackageId: otherPackage });
      expect(updated.body).toMatchObject({ SubscriptionId: target.SubscriptionId, PackageId: otherPackage, TNID: target.TNID });
      const deleted = await sb.client(0).post('/subscriptions/delete', { SubscriptionId: target.SubscriptionId });
      expect(deleted.body).toEqual({ SubscriptionId: target.SubscriptionId, Status: 'Deleted' });
      expect((await sb.client(0).get('/subscriptions', { SubscriptionId: target.SubscriptionId })).body.Active).toBe(false);
      expect((await sb.client(0).post('/subscriptions/delete', { SubscriptionId: target.SubscriptionId })).status).toBe(400);
      expect((await sb.client(0).post('/subscriptions/update', { SubscriptionId: target.SubscriptionId, Type: 'Mvno' })).status).toBe(400);
    });

    it('should refuse moving a subscription onto a number that already has one', async () => {
      const [a, b] = await seeded();
      const reply = await sb.client(0).post('/subscriptions/update', { SubscriptionId: a!.SubscriptionId, TNID: b!.TNID, SubscriberId: b!.SubscriberId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('one subscription per number');
    });
  });

  describe('features and assignments', () => {
    it('should add, update, list and assign a feature', async () => {
      const feature = await sb.client(0).post('/subscriptions/features/add', {
        AccountId: accounts['Acme Mobile'],
        FeatureName: '5G Boost',
        FeatureType: 'Data',
        FeatureDescription: 'Priority data',
      });
      expect(feature.body).toEqual({
        FeatureId: expect.stringMatching(/^FEID-/),
        AccountId: accounts['Acme Mobile'],
        FeatureName: '5G Boost',
        FeatureType: 'Data',
        FeatureDescription: 'Priority data',
        Active: true,
      });
      const id = feature.body.FeatureId;
      expect((await sb.client(0).post('/subscriptions/features/update', { FeatureId: id, FeatureName: '5G Turbo' })).body.FeatureName).toBe('5G Turbo');
      expect((await sb.client(0).get('/subscriptions/features', { FeatureId: id })).body).toEqual([expect.objectContaining({ FeatureName: '5G Turbo' })]);
      expect((await sb.client(0).get('/subscriptions/features')).body).toHaveLength(2);

      const [subscription] = await seeded();
      const assignment = await sb.client(0).post('/subscriptions/features/assignments/add', { FeatureId: id, SubscriptionId: subscription!.SubscriptionId });
      expect(assignment.body).toEqual({ FeatureAssignmentId: expect.stringMatching(/^FAID-/), FeatureId: id, SubscriptionId: subscription!.SubscriptionId, Active: true });
      const again = await sb.client(0).post('/subscriptions/features/assignments/add', { FeatureId: id, SubscriptionId: subscription!.SubscriptionId });
      expect(again.body.Message).toContain('already assigned');
      const bySubscription = await sb.client(0).get('/subscriptions/features/assignments', { SubscriptionId: subscription!.SubscriptionId });
      expect(bySubscription.body.map((a: { FeatureId: string }) => a.FeatureId)).toContain(id);
    });

    it('should move an assignment and unlink it without deleting the feature', async () => {
      const [roaming] = (await sb.client(0).get('/subscriptions/features')).body;
      const [assignment] = (await sb.client(0).get('/subscriptions/features/assignments', { SubscriptionId: (await seeded())[0]!.SubscriptionId })).body;
      expect(assignment.FeatureId).toBe(roaming.FeatureId);
      const target = (await seeded())[10]!;
      const moved = await sb.client(0).post('/subscriptions/features/assignments/update', { FeatureAssignmentId: assignment.FeatureAssignmentId, SubscriptionId: target.SubscriptionId });
      expect(moved.body.SubscriptionId).toBe(target.SubscriptionId);
      const removed = await sb.client(0).post('/subscriptions/features/assignments/delete', { FeatureAssignmentId: assignment.FeatureAssignmentId });
      expect(removed.body).toEqual({ FeatureAssignmentId: assignment.FeatureAssignmentId, Status: 'Deleted' });
      expect((await sb.client(0).get('/subscriptions/features/assignments', { FeatureAssignmentId: assignment.FeatureAssignmentId })).status).toBe(404);
      expect((await sb.client(0).get('/subscriptions/features', { FeatureId: roaming.FeatureId })).status).toBe(200);
    });

    it('should need an id to list assignments and hide other tenants', async () => {
      expect((await sb.client(0).get('/subscriptions/features/assignments')).status).toBe(400);
      const [roaming] = (await sb.client(0).get('/subscriptions/features')).body;
      expect((await sb.client(1).get('/subscriptions/features', { FeatureId: roaming.FeatureId })).status).toBe(404);
      expect((await sb.client(1).get('/subscriptions/features')).body).toEqual([]);
    });
  });
});
