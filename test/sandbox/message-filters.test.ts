import { type GuardedLine, type GuardianSeed, discoverGuardianSeed } from '../helpers/guardian-seed';
import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

const UNKNOWN_FILTER = 'MFID-00000000-0000-4000-8000-000000000000';

describe('AI Guardian message filters', () => {
  let sb: TestSandbox;
  let api: SandboxClient;
  let other: SandboxClient;
  let seed: GuardianSeed;
  /** Acme subscriber #2: ACTIVE filter, allows +18015550001, blocks +18015559999. */
  let line: GuardedLine;
  /** Acme subscriber #3. */
  let neighbour: GuardedLine;

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    api = sb.client(0);
    other = sb.client(1);
    seed = await discoverGuardianSeed(sb);
    [line, neighbour] = [seed.acme[0]!, seed.acme[1]!];
  });

  afterAll(async () => {
    await sb.stop();
  });

  beforeEach(async () => {
    await sb.reset();
  });

  /** Frees a seeded line for a new filter (one message filter per line). */
  const freeLine = async (guarded: GuardedLine): Promise<void> => {
    const reply = await api.post('/subscribers/message-filter/delete', { SubscriberId: guarded.subscriberId, MessageFilterId: guarded.messageFilterId });
    expect(reply.status).toBe(200);
  };

  /** Whether an SMS from `from` reaches `to` (admin inbound simulation). */
  const delivered = async (from: string, to: string): Promise<boolean> =>
    (await sb.admin('POST', 'inbound-message', { From: from, To: to, Body: 'hi' })).body.Delivered;

  describe('POST /v1.0/subscribers/message-filter', () => {
    it('should create a filter with every field echoed', async () => {
      await freeLine(line);
      const keywords = '{"CustomKeywords":["banned"]}';
      const reply = await api.post('/subscribers/message-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'monitor_only',
        AllowedContacts: ['+18015551111'],
        BlockedContacts: ['+18015553333', '+18015553333'],
        KeywordFilter: keywords,
        NotificationPhones: ['+18015559998'],
        ApplyToOutbound: true,
        ApplyToInbound: true,
        BlockUnknownNumbers: true,
        BlockLinks: true,
        BlockMedia: true,
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        FilterId: expect.stringMatching(/^MFID-[0-9a-f-]{36}$/),
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'MONITOR_ONLY',
        FilterLevel: null,
        AllowedContacts: ['+18015551111'],
        BlockedContacts: ['+18015553333'],
        KeywordFilter: keywords,
        NotificationPhones: ['+18015559998'],
        ApplyToOutbound: true,
        ApplyToInbound: true,
        BlockUnknownNumbers: true,
        BlockLinks: true,
        BlockMedia: true,
      });
      const listed = await api.get('/subscribers/message-filter', { Phone: line.phone });
      expect(listed.body).toEqual([reply.body]);
    });

    it('should default to a filter on inbound messages only', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'ACTIVE' });
      expect(reply.body).toMatchObject({
        FilterMode: 'ACTIVE',
        FilterLevel: null,
        AllowedContacts: [],
        BlockedContacts: [],
        KeywordFilter: null,
        NotificationPhones: [],
        ApplyToOutbound: false,
        ApplyToInbound: true,
        BlockUnknownNumbers: false,
        BlockLinks: false,
        BlockMedia: false,
      });
    });

    it('should take an age level as FilterMode and report it as ACTIVE with a FilterLevel', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'teenager' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ FilterMode: 'ACTIVE', FilterLevel: 'TEENAGER' });
    });

    it('should take FilterLevel without FilterMode as an ACTIVE filter', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterLevel: 'ADOLESCENT' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ FilterMode: 'ACTIVE', FilterLevel: 'ADOLESCENT' });
    });

    it('should reject a FilterLevel on a paused filter', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'INACTIVE',
        FilterLevel: 'CHILD',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterLevel 'CHILD' applies only to FilterMode ACTIVE/);
    });

    it('should reject a FilterMode level that disagrees with FilterLevel', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'CHILD',
        FilterLevel: 'TEENAGER',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/disagree/);
    });

    it('should require FilterMode', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterMode is required/);
    });

    it('should reject an unknown FilterMode', async () => {
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'WHITELIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterMode 'WHITELIST' is not valid/);
    });

    it('should reject a filter while the Guardian messages flag is off', async () => {
      await freeLine(line);
      await api.post('/subscribers/guardian-features', { SubscriberId: line.subscriberId, EnableIntelligentGuardianMessages: false });
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/EnableIntelligentGuardianMessages is off/);
    });

    it('should reject a second filter on the same line', async () => {
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(`already has a message filter (${line.messageFilterId})`);
    });

    it('should reject a Phone assigned to another subscriber', async () => {
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: neighbour.phone, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/is not assigned to subscriber/);
    });

    it('should answer 404 for a Phone outside the inventory', async () => {
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: '+18015550123', FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(404);
    });

    it('should require Phone', async () => {
      const reply = await api.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone is required/);
    });

    it("should reject contacts that do not start with '+'", async () => {
      const reply = await api.post('/subscribers/message-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'ACTIVE',
        AllowedContacts: ['18015551111'],
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/AllowedContacts\[0\] '18015551111' is not a valid E.164/);
    });

    it('should reject a KeywordFilter that is not a serialized JSON object', async () => {
      const reply = await api.post('/subscribers/message-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'ACTIVE',
        KeywordFilter: '{"CustomKeywords":"scam"}',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/KeywordFilter\.CustomKeywords must be an array of strings/);
    });

    it("should answer 404 for another distributor's subscriber", async () => {
      const reply = await other.post('/subscribers/message-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/message-filter', () => {
    it('should list every seeded filter of the caller, Jimmy’s with the CHILD level', async () => {
      const reply = await api.get('/subscribers/message-filter');
      expect(reply.status).toBe(200);
      expect(reply.body.map((f: any) => f.FilterId)).toEqual([...seed.acme, seed.jimmy].map((l) => l.messageFilterId));
      expect(reply.body[0]).toEqual({
        FilterId: line.messageFilterId,
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'ACTIVE',
        FilterLevel: null,
        AllowedContacts: ['+18015550001'],
        BlockedContacts: ['+18015559999'],
        KeywordFilter: null,
        NotificationPhones: [],
        ApplyToOutbound: true,
        ApplyToInbound: true,
        BlockUnknownNumbers: false,
        BlockLinks: true,
        BlockMedia: false,
      });
      expect(reply.body[10]).toMatchObject({ SubscriberId: seed.jimmy.subscriberId, FilterMode: 'ACTIVE', FilterLevel: 'CHILD' });
    });

    it('should narrow the list by SubscriberId, Phone and AccountId', async () => {
      const bySubscriber = await api.get('/subscribers/message-filter', { SubscriberId: neighbour.subscriberId });
      expect(bySubscriber.body.map((f: any) => f.FilterId)).toEqual([neighbour.messageFilterId]);
      const byPhone = await api.get('/subscribers/message-filter', { Phone: line.phone });
      expect(byPhone.body.map((f: any) => f.FilterId)).toEqual([line.messageFilterId]);
      const byAccount = await api.get('/subscribers/message-filter', { AccountId: seed.doeAccountId });
      expect(byAccount.body.map((f: any) => f.FilterId)).toEqual([seed.jimmy.messageFilterId]);
    });

    it('should show another distributor none of these filters', async () => {
      const reply = await other.get('/subscribers/message-filter');
      expect(reply.body).toEqual([]);
    });

    it("should answer 404 for another distributor's SubscriberId", async () => {
      const reply = await other.get('/subscribers/message-filter', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(404);
    });

    it('should reject a Phone that is not E.164', async () => {
      const reply = await api.get('/subscribers/message-filter', { Phone: 'abc' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone 'abc'/);
    });
  });

  describe('POST /v1.0/subscribers/message-filter/update', () => {
    it('should pause a filter so blocked senders get through', async () => {
      expect(await delivered('+18015559999', line.phone)).toBe(false);
      const reply = await api.post('/subscribers/message-filter/update', { FilterId: line.messageFilterId, FilterMode: 'INACTIVE' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ FilterMode: 'INACTIVE', BlockedContacts: ['+18015559999'], BlockLinks: true });
      expect(await delivered('+18015559999', line.phone)).toBe(true);
    });

    it('should accept MessageFilterId and change only the sent fields', async () => {
      const reply = await api.post('/subscribers/message-filter/update', { MessageFilterId: line.messageFilterId, BlockMedia: true });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ FilterMode: 'ACTIVE', BlockMedia: true, BlockLinks: true, AllowedContacts: ['+18015550001'] });
    });

    it('should change the level of a CHILD filter and drop it with a plain mode', async () => {
      const level = await api.post('/subscribers/message-filter/update', { FilterId: seed.jimmy.messageFilterId, FilterLevel: 'TEENAGER' });
      expect(level.body).toMatchObject({ FilterMode: 'ACTIVE', FilterLevel: 'TEENAGER' });
      const plain = await api.post('/subscribers/message-filter/update', { FilterId: seed.jimmy.messageFilterId, FilterMode: 'MONITOR_ONLY' });
      expect(plain.body).toMatchObject({ FilterMode: 'MONITOR_ONLY', FilterLevel: null });
    });

    it('should reject a FilterLevel alone on a paused filter', async () => {
      await api.post('/subscribers/message-filter/update', { FilterId: line.messageFilterId, FilterMode: 'INACTIVE' });
      const reply = await api.post('/subscribers/message-filter/update', { FilterId: line.messageFilterId, FilterLevel: 'CHILD' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/applies only to FilterMode ACTIVE, not INACTIVE/);
    });

    it('should require FilterId', async () => {
      const reply = await api.post('/subscribers/message-filter/update', { FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterId is required/);
    });

    it('should answer 404 for an unknown filter', async () => {
      const reply = await api.post('/subscribers/message-filter/update', { FilterId: UNKNOWN_FILTER, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(404);
    });

    it('should answer 404 when SubscriberId is not the filter’s subscriber', async () => {
      const reply = await api.post('/subscribers/message-filter/update', { FilterId: line.messageFilterId, SubscriberId: neighbour.subscriberId });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.post('/subscribers/message-filter/update', { FilterId: line.messageFilterId, FilterMode: 'INACTIVE' });
      expect(reply.status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/message-filter/delete', () => {
    it('should delete the filter so its blocked senders get through', async () => {
      const reply = await api.post('/subscribers/message-filter/delete', { SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ FilterId: line.messageFilterId, Status: 'Deleted' });
      expect(await delivered('+18015559999', line.phone)).toBe(true);
      const again = await api.post('/subscribers/message-filter/delete', { FilterId: line.messageFilterId });
      expect(again.status).toBe(404);
    });

    it('should require MessageFilterId', async () => {
      const reply = await api.post('/subscribers/message-filter/delete', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/MessageFilterId is required/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.post('/subscribers/message-filter/delete', { MessageFilterId: line.messageFilterId });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/message-filter/keywords', () => {
    it('should answer an empty keyword set when the filter has none', async () => {
      const reply = await api.get('/subscribers/message-filter/keywords', { SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ CustomKeywords: [], SystemKeywords: {}, SeverityMap: {} });
    });

    it('should parse keywords set through update', async () => {
      await api.post('/subscribers/message-filter/update', {
        FilterId: line.messageFilterId,
        KeywordFilter: '{"customkeywords":["meet me"],"SystemKeywords":{"Violence":["threat1"]},"SeverityMap":{"Meet me":"HIGH"}}',
      });
      const reply = await api.get('/subscribers/message-filter/keywords', { SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });
      expect(reply.body).toEqual({ CustomKeywords: ['meet me'], SystemKeywords: { Violence: ['threat1'] }, SeverityMap: { 'Meet me': 'HIGH' } });
    });

    it('should require MessageFilterId', async () => {
      const reply = await api.get('/subscribers/message-filter/keywords', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/MessageFilterId is required/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.get('/subscribers/message-filter/keywords', { SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/message-filter/allowed-contacts and blocked-contacts', () => {
    it('should return each list', async () => {
      const allowed = await api.get('/subscribers/message-filter/allowed-contacts', { SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });
      expect(allowed.body).toEqual({ FilterId: line.messageFilterId, SubscriberId: line.subscriberId, AllowedContacts: ['+18015550001'] });
      const blocked = await api.get('/subscribers/message-filter/blocked-contacts', { MessageFilterId: line.messageFilterId });
      expect(blocked.body).toEqual({ FilterId: line.messageFilterId, SubscriberId: line.subscriberId, BlockedContacts: ['+18015559999'] });
    });

    it("should answer 404 for another distributor's filter", async () => {
      expect((await other.get('/subscribers/message-filter/allowed-contacts', { MessageFilterId: line.messageFilterId })).status).toBe(404);
      expect((await other.get('/subscribers/message-filter/blocked-contacts', { MessageFilterId: line.messageFilterId })).status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/message-filter/blocked-contacts/add and /remove', () => {
    const ref = () => ({ SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });

    it('should block a new contact at once and answer the full list', async () => {
      expect(await delivered('+14444444444', line.phone)).toBe(true);
      const reply = await api.post('/subscribers/message-filter/blocked-contacts/add', { ...ref(), Contacts: ['+14444444444', '+18015559999'] });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ FilterId: line.messageFilterId, SubscriberId: line.subscriberId, BlockedContacts: ['+18015559999', '+14444444444'] });
      expect(await delivered('+14444444444', line.phone)).toBe(false);
    });

    it('should unblock a contact', async () => {
      const reply = await api.post('/subscribers/message-filter/blocked-contacts/remove', { ...ref(), Contacts: ['+18015559999'] });
      expect(reply.body.BlockedContacts).toEqual([]);
      expect(await delivered('+18015559999', line.phone)).toBe(true);
    });

    it('should reject removing a contact that is not blocked', async () => {
      const reply = await api.post('/subscribers/message-filter/blocked-contacts/remove', { ...ref(), Contacts: ['+14444444444'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Contacts: '\+14444444444' is not on the blocked list/);
    });

    it("should reject contacts that do not start with '+'", async () => {
      const reply = await api.post('/subscribers/message-filter/blocked-contacts/add', { ...ref(), Contacts: ['14444444444'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Contacts\[0\] '14444444444' is not a valid E.164/);
    });

    it('should require Contacts', async () => {
      const reply = await api.post('/subscribers/message-filter/blocked-contacts/add', ref());
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Contacts is required/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      expect((await other.post('/subscribers/message-filter/blocked-contacts/add', { ...ref(), Contacts: ['+14444444444'] })).status).toBe(404);
      expect((await other.post('/subscribers/message-filter/blocked-contacts/remove', { ...ref(), Contacts: ['+18015559999'] })).status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/message-filter/allowed-contacts/add and /remove', () => {
    const ref = () => ({ SubscriberId: line.subscriberId, MessageFilterId: line.messageFilterId });

    it('should add a contact idempotently and remove it again', async () => {
      const added = await api.post('/subscribers/message-filter/allowed-contacts/add', { ...ref(), Contacts: ['+15555555555', '+18015550001'] });
      expect(added.status).toBe(200);
      expect(added.body).toEqual({ FilterId: line.messageFilterId, SubscriberId: line.subscriberId, AllowedContacts: ['+18015550001', '+15555555555'] });
      const removed = await api.post('/subscribers/message-filter/allowed-contacts/remove', { ...ref(), Contacts: ['+18015550001'] });
      expect(removed.body.AllowedContacts).toEqual(['+15555555555']);
    });

    it('should let an allowed contact through even when it is also blocked', async () => {
      await api.post('/subscribers/message-filter/allowed-contacts/add', { ...ref(), Contacts: ['+18015559999'] });
      expect(await delivered('+18015559999', line.phone)).toBe(true);
    });

    it('should reject removing a contact that is not allowed', async () => {
      const reply = await api.post('/subscribers/message-filter/allowed-contacts/remove', { ...ref(), Contacts: ['+18015559999'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/is not on the allowed list/);
    });

    it('should answer 404 when the filter belongs to another subscriber', async () => {
      const reply = await api.post('/subscribers/message-filter/allowed-contacts/add', {
        SubscriberId: neighbour.subscriberId,
        MessageFilterId: line.messageFilterId,
        Contacts: ['+15555555555'],
      });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's filter", async () => {
      expect((await other.post('/subscribers/message-filter/allowed-contacts/add', { ...ref(), Contacts: ['+15555555555'] })).status).toBe(404);
      expect((await other.post('/subscribers/message-filter/allowed-contacts/remove', { ...ref(), Contacts: ['+18015550001'] })).status).toBe(404);
    });
  });
});
