import { type GuardianSeed, discoverGuardianSeed } from '../helpers/guardian-seed';
import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

const ISO_7 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/;
const UNKNOWN_SUBSCRIBER = 'TSUID-00000000-0000-4000-8000-000000000000';

describe('AI Guardian features and relations', () => {
  let sb: TestSandbox;
  let api: SandboxClient;
  let other: SandboxClient;
  let seed: GuardianSeed;
  /** Two Acme subscribers with Guardian on and no relation. */
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    api = sb.client(0);
    other = sb.client(1);
    seed = await discoverGuardianSeed(sb);
    [alice, bob] = [seed.acme[0]!.subscriberId, seed.acme[1]!.subscriberId];
  });

  afterAll(async () => {
    await sb.stop();
  });

  beforeEach(async () => {
    await sb.reset();
  });

  const setFeatures = (subscriberId: string, calls: boolean, messages: boolean) =>
    api.post('/subscribers/guardian-features', {
      SubscriberId: subscriberId,
      EnableIntelligentGuardianCalls: calls,
      EnableIntelligentGuardianMessages: messages,
    });

  describe('GET /v1.0/subscribers/guardian-features', () => {
    it('should return the seeded flags of a guarded subscriber', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: alice });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ SubscriberId: alice, EnableIntelligentGuardianCalls: true, EnableIntelligentGuardianMessages: true });
    });

    it('should accept the legacy SID- prefix for a subscriber', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: alice.replace(/^TSUID-/, 'SID-') });
      expect(reply.status).toBe(200);
      expect(reply.body.SubscriberId).toBe(alice);
    });

    it('should accept the subscriber in its own account', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: alice, AccountId: seed.acmeAccountId });
      expect(reply.status).toBe(200);
    });

    it('should reject a missing SubscriberId', async () => {
      const reply = await api.get('/subscribers/guardian-features');
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId is required/);
    });

    it('should reject a SubscriberId with a foreign prefix', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: 'CFID-123' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId 'CFID-123' is not a valid identifier/);
    });

    it('should answer 404 for an unknown subscriber', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: UNKNOWN_SUBSCRIBER });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's subscriber", async () => {
      const reply = await other.get('/subscribers/guardian-features', { SubscriberId: alice });
      expect(reply.status).toBe(404);
      expect(reply.body).toEqual({ StatusCode: 404, Message: expect.stringContaining(alice) });
    });

    it('should answer 404 when the subscriber is not in the given account', async () => {
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: alice, AccountId: seed.doeAccountId });
      expect(reply.status).toBe(404);
    });

    it('should reject an AccountId of another distributor', async () => {
      const initech = (await sb.accountIds())['Initech Wireless']!;
      const reply = await api.get('/subscribers/guardian-features', { SubscriberId: alice, AccountId: initech });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Invalid AccountId/);
    });
  });

  describe('POST /v1.0/subscribers/guardian-features', () => {
    it('should turn both flags off and report them on the next read', async () => {
      const reply = await setFeatures(alice, false, false);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ SubscriberId: alice, EnableIntelligentGuardianCalls: false, EnableIntelligentGuardianMessages: false });
      const read = await api.get('/subscribers/guardian-features', { SubscriberId: alice });
      expect(read.body.EnableIntelligentGuardianCalls).toBe(false);
      expect(read.body.EnableIntelligentGuardianMessages).toBe(false);
    });

    it('should keep a flag that is not sent', async () => {
      const reply = await api.post('/subscribers/guardian-features', { SubscriberId: alice, EnableIntelligentGuardianCalls: false });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ SubscriberId: alice, EnableIntelligentGuardianCalls: false, EnableIntelligentGuardianMessages: true });
    });

    it('should read keys case-insensitively', async () => {
      const reply = await api.post('/subscribers/guardian-features', { subscriberid: alice, enableintelligentguardianmessages: false });
      expect(reply.status).toBe(200);
      expect(reply.body.EnableIntelligentGuardianMessages).toBe(false);
    });

    it('should reject a body without either flag', async () => {
      const reply = await api.post('/subscribers/guardian-features', { SubscriberId: alice });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/EnableIntelligentGuardianCalls or EnableIntelligentGuardianMessages is required/);
    });

    it('should reject a flag that is not a boolean', async () => {
      const reply = await api.post('/subscribers/guardian-features', { SubscriberId: alice, EnableIntelligentGuardianCalls: 'yes' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/\$\.EnableIntelligentGuardianCalls/);
    });

    it('should reject a missing SubscriberId', async () => {
      const reply = await api.post('/subscribers/guardian-features', { EnableIntelligentGuardianCalls: true });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId is required/);
    });

    it("should answer 404 for another distributor's subscriber and leave its flags alone", async () => {
      const reply = await other.post('/subscribers/guardian-features', { SubscriberId: alice, EnableIntelligentGuardianCalls: false });
      expect(reply.status).toBe(404);
      const read = await api.get('/subscribers/guardian-features', { SubscriberId: alice });
      expect(read.body.EnableIntelligentGuardianCalls).toBe(true);
    });
  });

  describe('POST /v1.0/subscribers/guardians/relation', () => {
    it('should link two guarded subscribers and echo the relation as sent', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Caregiver' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Caregiver' });
      const children = await api.get('/subscribers/guardians/relation/parent', { ParentSubscriberId: alice });
      expect(children.body).toEqual([{ ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Caregiver' }]);
    });

    it('should accept a subscriber with only the messages flag on', async () => {
      await setFeatures(bob, false, true);
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Guardian' });
      expect(reply.status).toBe(200);
    });

    it('should let a child have a second guardian', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: seed.jimmy.subscriberId, Relation: 'Guardian' });
      expect(reply.status).toBe(200);
      const parents = await api.get('/subscribers/guardians/relation/child', { ChildSubscriberId: seed.jimmy.subscriberId });
      expect(parents.body.map((r: any) => r.ParentSubscriberId)).toEqual([seed.johnId, alice]);
    });

    it('should reject a parent with Guardian off', async () => {
      await setFeatures(alice, false, false);
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Parent' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ParentSubscriberId: Guardian is not enabled/);
    });

    it('should reject a child with Guardian off', async () => {
      await setFeatures(bob, false, false);
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Parent' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ChildSubscriberId: Guardian is not enabled/);
    });

    it('should reject linking a subscriber to itself', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: alice, Relation: 'Parent' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/must be different subscribers/);
    });

    it('should reject a relation that already exists', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: seed.johnId, ChildSubscriberId: seed.jimmy.subscriberId, Relation: 'Guardian' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/already linked .* as 'Parent'/);
    });

    it('should reject the reverse of an existing relation', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: seed.jimmy.subscriberId, ChildSubscriberId: seed.johnId, Relation: 'Parent' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/cannot point both ways/);
    });

    it('should require Relation', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Relation is required/);
    });

    it('should require ParentSubscriberId', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ChildSubscriberId: bob, Relation: 'Parent' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ParentSubscriberId is required/);
    });

    it('should answer 404 for an unknown child', async () => {
      const reply = await api.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: UNKNOWN_SUBSCRIBER, Relation: 'Parent' });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's subscribers", async () => {
      const reply = await other.post('/subscribers/guardians/relation', { ParentSubscriberId: alice, ChildSubscriberId: bob, Relation: 'Parent' });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/guardians/relation/parent', () => {
    it('should list the seeded relation of John Doe', async () => {
      const reply = await api.get('/subscribers/guardians/relation/parent', { ParentSubscriberId: seed.johnId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([{ ParentSubscriberId: seed.johnId, ChildSubscriberId: seed.jimmy.subscriberId, Relation: 'Parent' }]);
    });

    it('should accept SubscriberId for the parent', async () => {
      const reply = await api.get('/subscribers/guardians/relation/parent', { SubscriberId: seed.johnId });
      expect(reply.body).toHaveLength(1);
    });

    it('should answer an empty array for a subscriber who is nobody’s parent', async () => {
      const reply = await api.get('/subscribers/guardians/relation/parent', { ParentSubscriberId: seed.jimmy.subscriberId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
    });

    it('should require ParentSubscriberId', async () => {
      const reply = await api.get('/subscribers/guardians/relation/parent');
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ParentSubscriberId is required/);
    });

    it("should answer 404 for another distributor's subscriber", async () => {
      const reply = await other.get('/subscribers/guardians/relation/parent', { ParentSubscriberId: seed.johnId });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/guardians/relation/child', () => {
    it('should list the seeded relation of Jimmy Doe', async () => {
      const reply = await api.get('/subscribers/guardians/relation/child', { ChildSubscriberId: seed.jimmy.subscriberId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([{ ParentSubscriberId: seed.johnId, ChildSubscriberId: seed.jimmy.subscriberId, Relation: 'Parent' }]);
    });

    it('should accept SubscriberId for the child', async () => {
      const reply = await api.get('/subscribers/guardians/relation/child', { SubscriberId: seed.jimmy.subscriberId });
      expect(reply.body).toHaveLength(1);
    });

    it('should require ChildSubscriberId', async () => {
      const reply = await api.get('/subscribers/guardians/relation/child');
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ChildSubscriberId is required/);
    });

    it("should answer 404 for another distributor's subscriber", async () => {
      const reply = await other.get('/subscribers/guardians/relation/child', { ChildSubscriberId: seed.jimmy.subscriberId });
      expect(reply.status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/guardians/relation/delete', () => {
    it('should delete the relation and leave the filters alone', async () => {
      const reply = await api.post('/subscribers/guardians/relation/delete', {
        ParentSubscriberId: seed.johnId,
        ChildSubscriberId: seed.jimmy.subscriberId,
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        Status: 'Deleted',
        DateDeleted: expect.stringMatching(ISO_7),
        ParentSubscriberId: seed.johnId,
        ChildSubscriberId: seed.jimmy.subscriberId,
        Relation: 'Parent',
      });
      const parents = await api.get('/subscribers/guardians/relation/child', { ChildSubscriberId: seed.jimmy.subscriberId });
      expect(parents.body).toEqual([]);
      const filters = await api.get('/subscribers/call-filter', { SubscriberId: seed.jimmy.subscriberId });
      expect(filters.body.map((f: any) => f.FilterId)).toEqual([seed.jimmy.callFilterId]);
    });

    it('should answer 404 when the relation does not exist', async () => {
      const reply = await api.post('/subscribers/guardians/relation/delete', { ParentSubscriberId: seed.jimmy.subscriberId, ChildSubscriberId: seed.johnId });
      expect(reply.status).toBe(404);
      expect(reply.body.Message).toMatch(/guardian relation/);
    });

    it('should require ChildSubscriberId', async () => {
      const reply = await api.post('/subscribers/guardians/relation/delete', { ParentSubscriberId: seed.johnId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/ChildSubscriberId is required/);
    });

    it("should answer 404 for another distributor's relation and keep it", async () => {
      const reply = await other.post('/subscribers/guardians/relation/delete', {
        ParentSubscriberId: seed.johnId,
        ChildSubscriberId: seed.jimmy.subscriberId,
      });
      expect(reply.status).toBe(404);
      const parents = await api.get('/subscribers/guardians/relation/child', { ChildSubscriberId: seed.jimmy.subscriberId });
      expect(parents.body).toHaveLength(1);
    });
  });
});
