import { type GuardedLine, type GuardianSeed, discoverGuardianSeed } from '../helpers/guardian-seed';
import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

const SEEDED_KEYWORDS = '{"CustomKeywords":["scam"],"SystemKeywords":{"Profanity":[]},"SeverityMap":{"Scam":"HIGH"}}';
const UNKNOWN_FILTER = 'CFID-00000000-0000-4000-8000-000000000000';

describe('AI Guardian call filters', () => {
  let sb: TestSandbox;
  let api: SandboxClient;
  let other: SandboxClient;
  let seed: GuardianSeed;
  /** Acme subscriber #2: BLACKLIST filter. */
  let line: GuardedLine;
  /** Acme subscriber #3: WHITELIST filter. */
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

  /** Frees a seeded line for a new filter (one call filter per line). */
  const freeLine = async (guarded: GuardedLine): Promise<void> => {
    const reply = await api.post('/subscribers/call-filter/delete', { SubscriberId: guarded.subscriberId, CallFilterId: guarded.callFilterId });
    expect(reply.status).toBe(200);
  };

  describe('POST /v1.0/subscribers/call-filter', () => {
    it('should create a filter with every field echoed', async () => {
      await freeLine(line);
      const keywords = '{"CustomKeywords":["inappropriate"],"SystemKeywords":{"Violence":["threat1"]},"SeverityMap":{"Inappropriate":"MEDIUM"}}';
      const reply = await api.post('/subscribers/call-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'whitelist',
        AllowedNumbers: ['+18015551111', '+18015552222', '+18015551111'],
        BlockedNumbers: ['+18015553333'],
        EnableTranscription: true,
        KeywordFilter: keywords,
        TranscriptionAction: 'TERMINATE',
        WarningMessage: 'This call may be terminated',
        NotificationPhones: ['+18015559998'],
        ApplyToOutbound: true,
        ApplyToInbound: true,
        BlockUnknownNumbers: true,
        BlockInternational: true,
        RecordFlaggedCalls: true,
        TimeRestrictions: { Weekdays: '21:00-07:00' },
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        FilterId: expect.stringMatching(/^CFID-[0-9a-f-]{36}$/),
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'WHITELIST',
        AllowedNumbers: ['+18015551111', '+18015552222'],
        BlockedNumbers: ['+18015553333'],
        EnableTranscription: true,
        KeywordFilter: keywords,
        TranscriptionAction: 'TERMINATE',
        WarningMessage: 'This call may be terminated',
        NotificationPhones: ['+18015559998'],
        ApplyToOutbound: true,
        ApplyToInbound: true,
        BlockUnknownNumbers: true,
        BlockInternational: true,
        RecordFlaggedCalls: true,
        TimeRestrictions: { Weekdays: '21:00-07:00' },
      });
      const listed = await api.get('/subscribers/call-filter', { Phone: line.phone });
      expect(listed.body).toEqual([reply.body]);
    });

    it('should default to a BLACKLIST filter on inbound calls when only lists are sent (setup guide)', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/call-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        AllowedNumbers: ['+18015550001'],
        BlockedNumbers: ['+18015559999'],
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        FilterMode: 'BLACKLIST',
        EnableTranscription: false,
        KeywordFilter: null,
        TranscriptionAction: 'NOTIFY',
        WarningMessage: null,
        NotificationPhones: [],
        ApplyToOutbound: false,
        ApplyToInbound: true,
        BlockUnknownNumbers: false,
        BlockInternational: false,
        RecordFlaggedCalls: false,
        TimeRestrictions: null,
      });
    });

    it('should create an age preset for the child of a guardian relation, even on a line without voice', async () => {
      await freeLine(seed.jimmy);
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: seed.jimmy.subscriberId, Phone: seed.jimmy.phone, FilterMode: 'CHILD' });
      expect(reply.status).toBe(200);
      expect(reply.body.FilterMode).toBe('CHILD');
    });

    it('should reject an age preset for a subscriber who is nobody’s child', async () => {
      await freeLine(line);
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'TEENAGER' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterMode 'TEENAGER' is an age preset and needs a guardian relation/);
    });

    it('should reject an age preset once the guardian relation is deleted', async () => {
      await freeLine(seed.jimmy);
      await api.post('/subscribers/guardians/relation/delete', { ParentSubscriberId: seed.johnId, ChildSubscriberId: seed.jimmy.subscriberId });
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: seed.jimmy.subscriberId, Phone: seed.jimmy.phone, FilterMode: 'ADOLESCENT' });
      expect(reply.status).toBe(400);
    });

    it('should reject a filter while the Guardian calls flag is off', async () => {
      await freeLine(line);
      await api.post('/subscribers/guardian-features', { SubscriberId: line.subscriberId, EnableIntelligentGuardianCalls: false });
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/EnableIntelligentGuardianCalls is off/);
    });

    it('should reject a second filter on the same line', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(`already has a call filter (${line.callFilterId})`);
    });

    it("should reject a Phone assigned to another subscriber", async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: neighbour.phone, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone '\+1\d{10}' is not assigned to subscriber/);
    });

    it('should answer 404 for a Phone outside the inventory', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: '+18015550123', FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(404);
      expect(reply.body.Message).toMatch(/phone number '\+18015550123'/);
    });

    it('should require Phone', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone is required/);
    });

    it('should reject a Phone that is not E.164', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: '8015551234' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone '8015551234' is not a valid E.164/);
    });

    it('should require SubscriberId', async () => {
      const reply = await api.post('/subscribers/call-filter', { Phone: line.phone });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId is required/);
    });

    it('should reject an unknown FilterMode', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'GREYLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterMode 'GREYLIST' is not valid/);
    });

    it('should reject list entries that are not E.164, naming the entry', async () => {
      const reply = await api.post('/subscribers/call-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        BlockedNumbers: ['+18015553333', '555-1234'],
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/BlockedNumbers\[1\] '555-1234' is not a valid E.164/);
    });

    it('should reject a KeywordFilter that is not a serialized JSON object', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, KeywordFilter: 'scam, fraud' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/KeywordFilter must be a JSON object serialized as a string/);
    });

    it('should reject a KeywordFilter sent as an object instead of a string', async () => {
      const reply = await api.post('/subscribers/call-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        KeywordFilter: { CustomKeywords: ['scam'] },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/\$\.KeywordFilter/);
    });

    it('should reject an unknown severity in the KeywordFilter', async () => {
      const reply = await api.post('/subscribers/call-filter', {
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        KeywordFilter: '{"SeverityMap":{"Scam":"CRITICAL"}}',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/KeywordFilter\.SeverityMap\.Scam must be one of HIGH, MEDIUM, LOW/);
    });

    it('should reject an unknown TranscriptionAction', async () => {
      const reply = await api.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, TranscriptionAction: 'HANGUP' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/TranscriptionAction 'HANGUP' is not valid/);
    });

    it("should answer 404 for another distributor's subscriber", async () => {
      const reply = await other.post('/subscribers/call-filter', { SubscriberId: line.subscriberId, Phone: line.phone, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/call-filter', () => {
    it('should list every seeded filter of the caller as a bare array', async () => {
      const reply = await api.get('/subscribers/call-filter');
      expect(reply.status).toBe(200);
      expect(reply.body.map((f: any) => f.FilterId)).toEqual([...seed.acme, seed.jimmy].map((l) => l.callFilterId));
      expect(reply.body[0]).toEqual({
        FilterId: line.callFilterId,
        SubscriberId: line.subscriberId,
        Phone: line.phone,
        FilterMode: 'BLACKLIST',
        AllowedNumbers: ['+18015550001', '+18015550002'],
        BlockedNumbers: ['+18015559999'],
        EnableTranscription: false,
        KeywordFilter: SEEDED_KEYWORDS,
        TranscriptionAction: 'NOTIFY',
        WarningMessage: null,
        NotificationPhones: [],
        ApplyToOutbound: false,
        ApplyToInbound: true,
        BlockUnknownNumbers: false,
        BlockInternational: true,
        RecordFlaggedCalls: false,
        TimeRestrictions: null,
      });
      expect(reply.body[1].FilterMode).toBe('WHITELIST');
    });

    it('should narrow the list by SubscriberId, Phone and AccountId', async () => {
      const bySubscriber = await api.get('/subscribers/call-filter', { SubscriberId: neighbour.subscriberId });
      expect(bySubscriber.body.map((f: any) => f.FilterId)).toEqual([neighbour.callFilterId]);
      const byPhone = await api.get('/subscribers/call-filter', { Phone: seed.jimmy.phone });
      expect(byPhone.body.map((f: any) => f.FilterId)).toEqual([seed.jimmy.callFilterId]);
      const byAccount = await api.get('/subscribers/call-filter', { AccountId: seed.acmeAccountId });
      expect(byAccount.body).toHaveLength(10);
      const none = await api.get('/subscribers/call-filter', { SubscriberId: seed.johnId });
      expect(none.body).toEqual([]);
    });

    it('should show another distributor none of these filters', async () => {
      const reply = await other.get('/subscribers/call-filter');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
    });

    it("should answer 404 for another distributor's SubscriberId", async () => {
      const reply = await other.get('/subscribers/call-filter', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(404);
    });

    it('should reject a Phone that is not E.164', async () => {
      const reply = await api.get('/subscribers/call-filter', { Phone: '8015551234' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Phone '8015551234'/);
    });

    it("should reject another distributor's AccountId", async () => {
      const reply = await other.get('/subscribers/call-filter', { AccountId: seed.acmeAccountId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Invalid AccountId/);
    });
  });

  describe('POST /v1.0/subscribers/call-filter/update', () => {
    it('should change the sent fields and keep the others', async () => {
      const reply = await api.post('/subscribers/call-filter/update', {
        FilterId: line.callFilterId,
        FilterMode: 'WHITELIST',
        AllowedNumbers: ['+18015557777'],
        EnableTranscription: true,
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        FilterId: line.callFilterId,
        FilterMode: 'WHITELIST',
        AllowedNumbers: ['+18015557777'],
        BlockedNumbers: ['+18015559999'],
        EnableTranscription: true,
        KeywordFilter: SEEDED_KEYWORDS,
        BlockInternational: true,
      });
      const listed = await api.get('/subscribers/call-filter', { SubscriberId: line.subscriberId });
      expect(listed.body).toEqual([reply.body]);
    });

    it('should accept CallFilterId for the filter', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { CallFilterId: line.callFilterId, BlockUnknownNumbers: true });
      expect(reply.status).toBe(200);
      expect(reply.body.BlockUnknownNumbers).toBe(true);
    });

    it('should clear the keywords with an empty KeywordFilter', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, KeywordFilter: '' });
      expect(reply.body.KeywordFilter).toBeNull();
    });

    it('should still update a filter while the Guardian calls flag is off', async () => {
      await api.post('/subscribers/guardian-features', { SubscriberId: line.subscriberId, EnableIntelligentGuardianCalls: false });
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, RecordFlaggedCalls: true });
      expect(reply.status).toBe(200);
      expect(reply.body.RecordFlaggedCalls).toBe(true);
    });

    it('should reject an age preset on update', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: seed.jimmy.callFilterId, FilterMode: 'CHILD' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/presets can only be set when the filter is created/);
    });

    it('should reject an unknown FilterMode', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, FilterMode: 'ACTIVE' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/expected one of WHITELIST, BLACKLIST/);
    });

    it('should reject moving the filter to a Phone of another subscriber', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, Phone: neighbour.phone });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/is not assigned to subscriber/);
    });

    it('should require FilterId', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/FilterId is required/);
    });

    it('should answer 404 for an unknown filter', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: UNKNOWN_FILTER, FilterMode: 'BLACKLIST' });
      expect(reply.status).toBe(404);
    });

    it('should answer 404 when SubscriberId is not the filter’s subscriber', async () => {
      const reply = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, SubscriberId: neighbour.subscriberId });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, FilterMode: 'WHITELIST' });
      expect(reply.status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/call-filter/delete', () => {
    it('should delete the filter permanently', async () => {
      const reply = await api.post('/subscribers/call-filter/delete', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ FilterId: line.callFilterId, Status: 'Deleted' });
      expect((await api.get('/subscribers/call-filter', { SubscriberId: line.subscriberId })).body).toEqual([]);
      const again = await api.post('/subscribers/call-filter/delete', { CallFilterId: line.callFilterId });
      expect(again.status).toBe(404);
    });

    it('should accept FilterId for the filter', async () => {
      const reply = await api.post('/subscribers/call-filter/delete', { FilterId: line.callFilterId });
      expect(reply.status).toBe(200);
    });

    it('should require CallFilterId', async () => {
      const reply = await api.post('/subscribers/call-filter/delete', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/CallFilterId is required/);
    });

    it("should answer 404 for another distributor's filter and keep it", async () => {
      const reply = await other.post('/subscribers/call-filter/delete', { CallFilterId: line.callFilterId });
      expect(reply.status).toBe(404);
      expect((await api.get('/subscribers/call-filter', { SubscriberId: line.subscriberId })).body).toHaveLength(1);
    });
  });

  describe('GET /v1.0/subscribers/call-filter/keywords', () => {
    it('should parse the stored KeywordFilter', async () => {
      const reply = await api.get('/subscribers/call-filter/keywords', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ CustomKeywords: ['scam'], SystemKeywords: { Profanity: [] }, SeverityMap: { Scam: 'HIGH' } });
    });

    it('should answer an empty keyword set when the filter has none', async () => {
      await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, KeywordFilter: '' });
      const reply = await api.get('/subscribers/call-filter/keywords', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.body).toEqual({ CustomKeywords: [], SystemKeywords: {}, SeverityMap: {} });
    });

    it('should keep a KeywordFilter without outer braces as sent and still parse it', async () => {
      const braceless = '"CustomKeywords":["banned"],"SeverityMap":{"Banned":"low"}';
      const update = await api.post('/subscribers/call-filter/update', { FilterId: line.callFilterId, KeywordFilter: braceless });
      expect(update.body.KeywordFilter).toBe(braceless);
      const reply = await api.get('/subscribers/call-filter/keywords', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.body).toEqual({ CustomKeywords: ['banned'], SystemKeywords: {}, SeverityMap: { Banned: 'LOW' } });
    });

    it('should require SubscriberId', async () => {
      const reply = await api.get('/subscribers/call-filter/keywords', { CallFilterId: line.callFilterId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId is required/);
    });

    it('should answer 404 when the filter belongs to another subscriber', async () => {
      const reply = await api.get('/subscribers/call-filter/keywords', { SubscriberId: neighbour.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.status).toBe(404);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.get('/subscribers/call-filter/keywords', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/subscribers/call-filter/allowed-numbers and blocked-numbers', () => {
    it('should return the allowed list', async () => {
      const reply = await api.get('/subscribers/call-filter/allowed-numbers', { SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ FilterId: line.callFilterId, SubscriberId: line.subscriberId, AllowedNumbers: ['+18015550001', '+18015550002'] });
    });

    it('should return the blocked list without a SubscriberId', async () => {
      const reply = await api.get('/subscribers/call-filter/blocked-numbers', { CallFilterId: line.callFilterId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ FilterId: line.callFilterId, SubscriberId: line.subscriberId, BlockedNumbers: ['+18015559999'] });
    });

    it('should answer 404 outside the given account', async () => {
      const reply = await api.get('/subscribers/call-filter/allowed-numbers', { CallFilterId: line.callFilterId, AccountId: seed.doeAccountId });
      expect(reply.status).toBe(404);
    });

    it('should require CallFilterId', async () => {
      const reply = await api.get('/subscribers/call-filter/blocked-numbers', { SubscriberId: line.subscriberId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/CallFilterId is required/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      expect((await other.get('/subscribers/call-filter/allowed-numbers', { CallFilterId: line.callFilterId })).status).toBe(404);
      expect((await other.get('/subscribers/call-filter/blocked-numbers', { CallFilterId: line.callFilterId })).status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/call-filter/allowed-numbers/add and /remove', () => {
    const ref = () => ({ SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });

    it('should add new numbers once and answer the full list', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/add', { ...ref(), Numbers: ['+15555555555', '+18015550001', '+15555555555'] });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        FilterId: line.callFilterId,
        SubscriberId: line.subscriberId,
        AllowedNumbers: ['+18015550001', '+18015550002', '+15555555555'],
      });
    });

    it('should remove listed numbers', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/remove', { ...ref(), Numbers: ['+18015550001'] });
      expect(reply.status).toBe(200);
      expect(reply.body.AllowedNumbers).toEqual(['+18015550002']);
    });

    it('should reject removing a number that is not on the list and change nothing', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/remove', { ...ref(), Numbers: ['+18015550002', '+15555550000'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Numbers: '\+15555550000' is not on the allowed list/);
      const list = await api.get('/subscribers/call-filter/allowed-numbers', ref());
      expect(list.body.AllowedNumbers).toEqual(['+18015550001', '+18015550002']);
    });

    it('should reject an empty Numbers array', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/add', { ...ref(), Numbers: [] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Numbers must contain at least one phone number/);
    });

    it('should reject Numbers entries that are not E.164', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/add', { ...ref(), Numbers: ['5555555555'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Numbers\[0\] '5555555555' is not a valid E.164/);
    });

    it('should require SubscriberId', async () => {
      const reply = await api.post('/subscribers/call-filter/allowed-numbers/add', { CallFilterId: line.callFilterId, Numbers: ['+15555555555'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/SubscriberId is required/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      const reply = await other.post('/subscribers/call-filter/allowed-numbers/add', { ...ref(), Numbers: ['+15555555555'] });
      expect(reply.status).toBe(404);
    });
  });

  describe('POST /v1.0/subscribers/call-filter/blocked-numbers/add and /remove', () => {
    const ref = () => ({ SubscriberId: line.subscriberId, CallFilterId: line.callFilterId });

    it('should add and then remove a blocked number', async () => {
      const added = await api.post('/subscribers/call-filter/blocked-numbers/add', { ...ref(), Numbers: ['+15555556666'] });
      expect(added.status).toBe(200);
      expect(added.body).toEqual({ FilterId: line.callFilterId, SubscriberId: line.subscriberId, BlockedNumbers: ['+18015559999', '+15555556666'] });
      const removed = await api.post('/subscribers/call-filter/blocked-numbers/remove', { ...ref(), Numbers: ['+18015559999'] });
      expect(removed.body.BlockedNumbers).toEqual(['+15555556666']);
    });

    it('should reject removing a number that is not blocked', async () => {
      const reply = await api.post('/subscribers/call-filter/blocked-numbers/remove', { ...ref(), Numbers: ['+18015550001'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/'\+18015550001' is not on the blocked list/);
    });

    it("should answer 404 for another distributor's filter", async () => {
      expect((await other.post('/subscribers/call-filter/blocked-numbers/add', { ...ref(), Numbers: ['+15555556666'] })).status).toBe(404);
      expect((await other.post('/subscribers/call-filter/blocked-numbers/remove', { ...ref(), Numbers: ['+18015559999'] })).status).toBe(404);
    });
  });
});
