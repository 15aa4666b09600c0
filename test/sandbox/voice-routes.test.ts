import { TestSandbox } from '../helpers/sandbox';

const TRUNK_ROUTE = {
  RouteName: 'Main SIP Trunk',
  RouteType: 'Trunk',
  TrunkIp1: '20.87.87.87',
  TrunkPort1: '5061',
  TrunkTransport1: 'UDP',
  TrunkUri1: 'https://pstn.yourcarrier.com',
  TrunkEnabled1: true,
  Trunk1Priortiy: 10,
  Trunk1Weight: 10,
  CallbackVoiceUrl: 'https://yourapi.example.com/voice-events',
  CallbackVoiceUrlMethod: 'POST',
  IpWhitelist: [{ IpAddress: '20.20.10.10' }, { IpAddress: '20.20.10.20' }],
  IntelligentRouteEnabled: true,
  RouteEnabled: true,
};

describe('voice routes', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  describe('POST /v1.0/voice/routes', () => {
    it('should create a trunk route and answer with its CRID and IpWhiteList', async () => {
      const reply = await sb.client().post('/voice/routes', { ...TRUNK_ROUTE, AccountId: accounts['Acme Mobile'] });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        CallRouteId: expect.stringMatching(/^CRID-/),
        AccountId: accounts['Acme Mobile'],
        RouteName: 'Main SIP Trunk',
        RouteType: 'Trunk',
        Trunk1Priortiy: 10,
        TrunkEnabled2: false,
        TrunkIp2: null,
        IpWhiteList: TRUNK_ROUTE.IpWhitelist,
      });
      expect(reply.body).not.toHaveProperty('IpWhitelist');
    });

    it('should accept the documented VocieAuthenticationType typo', async () => {
      const reply = await sb.client(1).post('/voice/routes', {
        RouteName: 'Webhook voice',
        RouteType: 'URL',
        VoiceUrl: 'https://voice.example/answer',
        VocieAuthenticationType: 'Bearer',
        VoicePasswordToken: 'tok',
      });
      expect(reply.status).toBe(200);
      expect(reply.body.VoiceAuthenticationType).toBe('Bearer');
    });

    it.each([
      ['a missing RouteType', { RouteType: undefined }, 'RouteType is required'],
      ['an unknown RouteType', { RouteType: 'Pigeon' }, "RouteType 'Pigeon' is not valid"],
      ['a trunk without an address', { TrunkIp1: undefined, TrunkUri1: undefined }, 'needs TrunkIp1 or TrunkUri1'],
      ['a bad transport', { TrunkTransport1: 'SCTP' }, "TrunkTransport1 'SCTP' is not valid"],
      ['a bad whitelist address', { IpWhitelist: [{ IpAddress: '999.1.1.1' }] }, 'is not an IPv4 address'],
      ['a non-integer priority', { Trunk1Priortiy: 'high' }, 'Path: $.Trunk1Priortiy'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await sb.client(1).post('/voice/routes', { ...TRUNK_ROUTE, ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should need VoiceUrl for URL routes and ForwardNumber for Forward routes', async () => {
      expect((await sb.client(1).post('/voice/routes', { RouteName: 'u', RouteType: 'URL' })).body.Message).toContain('needs VoiceUrl');
      const forward = await sb.client(1).post('/voice/routes', { RouteName: 'f', RouteType: 'Forward', ForwardNumber: '+18015551234' });
      expect(forward.status).toBe(200);
      expect(forward.body.ForwardNumber).toBe('+18015551234');
      expect((await sb.client(1).post('/voice/routes', { RouteName: 'f', RouteType: 'Forward', ForwardNumber: '555' })).status).toBe(400);
    });

    it('should require AccountId for a multi-account distributor', async () => {
      expect((await sb.client(0).post('/voice/routes', TRUNK_ROUTE)).status).toBe(400);
    });
  });

  describe('update, get, delete and list', () => {
    it('should update only the fields sent and read the route back', async () => {
      const created = (await sb.client(1).post('/voice/routes', TRUNK_ROUTE)).body;
      const updated = await sb.client(1).post('/voice/routes/update', { CallRouteId: created.CallRouteId, TrunkEnabled2: true, TrunkIp2: '20.87.87.86' });
      expect(updated.status).toBe(200);
      expect(updated.body).toEqual({ ...created, TrunkEnabled2: true, TrunkIp2: '20.87.87.86' });
      const read = await sb.client(1).get('/voice/routes', { CallRouteID: created.CallRouteId });
      expect(read.body).toEqual(updated.body);
    });

    it("should answer 404 for another distributor's route and 400 without an id", async () => {
      const created = (await sb.client(1).post('/voice/routes', TRUNK_ROUTE)).body;
      expect((await sb.client(0).get('/voice/routes', { CallRouteId: created.CallRouteId })).status).toBe(404);
      expect((await sb.client(0).get('/voice/routes')).status).toBe(400);
    });

    it('should delete an unused route and refuse one numbers use', async () => {
      const created = (await sb.client(1).post('/voice/routes', TRUNK_ROUTE)).body;
      const deleted = await sb.client(1).post('/voice/routes/delete', { CallRouteId: created.CallRouteId });
      expect(deleted.body).toEqual({ CallRouteStatus: 'Deleted', CallRouteId: created.CallRouteId });
      const seeded = (await sb.client(0).get('/account/voice/routes')).body.Results[0];
      const refused = await sb.client(0).post('/voice/routes/delete', { CallRouteId: seeded.CallRouteId });
      expect(refused.status).toBe(400);
      expect(refused.body.Message).toContain('currently assigned to 120 phone number(s)');
    });

    it('should list routes with CallRouteStatus, narrowed by AccountId', async () => {
      const all = await sb.client(0).get('/account/voice/routes');
      expect(all.body).toMatchObject({ AccountId: expect.stringMatching(/^DID-/), TotalRoutes: 1 });
      expect(all.body.Results[0]).toMatchObject({ RouteName: 'Acme SIP Trunk', CallRouteStatus: 'Active' });
      const doe = await sb.client(0).get('/account/voice/routes', { AccountId: accounts['Doe Family'] });
      expect(doe.body).toMatchObject({ AccountId: accounts['Doe Family'], TotalRoutes: 0, Results: [] });
    });
  });
});
