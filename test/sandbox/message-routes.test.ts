import { TestSandbox } from '../helpers/sandbox';

const NEW_ROUTE = {
  RouteName: 'Main SMS Webhook',
  MessageUrl: 'https://yourapi.example.com/inbound-sms',
  MessageUrlMethod: 'POST',
  MessageRouteEnabled: true,
  MessageAuthenticationType: 'Basic',
  MessageUsername: 'admin',
  MessagePasswordToken: 'passwordOrBearer',
  CallbackMessageUrl: 'https://yourapi.example.com/sms-status',
  CallbackMessageUrlMethod: 'POST',
  CallbackMessageAuthenticationType: 'Bearer',
  CallbackMessagePasswordToken: 'callback-token',
  InboundBypass: false,
  OutboundBypass: false,
  IntelligentRouteEnabled: true,
};

describe('message routes', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  describe('POST /v1.0/message/routes', () => {
    it('should create a route in the named account and return it with its MRID', async () => {
      const reply = await sb.client().post('/message/routes', { ...NEW_ROUTE, AccountId: accounts['Acme Mobile'] });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        MessageRouteId: expect.stringMatching(/^MRID-[0-9a-f-]{36}$/),
        AccountId: accounts['Acme Mobile'],
        ...NEW_ROUTE,
        CallbackMessageUsername: null,
      });
    });

    it('should require AccountId when the distributor has more than one account', async () => {
      const reply = await sb.client().post('/message/routes', NEW_ROUTE);
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('AccountId is required');
    });

    it('should default to the only account of a single-account distributor', async () => {
      const reply = await sb.client(1).post('/message/routes', NEW_ROUTE);
      expect(reply.status).toBe(200);
      expect(reply.body.AccountId).toBe(accounts['Initech Wireless']);
    });

    it("should reject another distributor's AccountId", async () => {
      const reply = await sb.client(1).post('/message/routes', { ...NEW_ROUTE, AccountId: accounts['Acme Mobile'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('Invalid AccountId');
    });

    it.each([
      ['RouteName', { RouteName: undefined }, 'RouteName is required'],
      ['MessageUrl', { MessageUrl: undefined }, 'MessageUrl is required'],
      ['MessageUrl format', { MessageUrl: 'not a url' }, "MessageUrl 'not a url' is not an absolute http(s) URL"],
      ['MessageUrl scheme', { MessageUrl: 'ftp://x.example' }, "MessageUrl 'ftp://x.example' is not an absolute http(s) URL"],
      ['MessageUrlMethod', { MessageUrlMethod: 'PUT' }, "MessageUrlMethod 'PUT' is not valid"],
      ['auth type', { MessageAuthenticationType: 'Digest' }, "MessageAuthenticationType 'Digest' is not valid"],
      ['Basic without password', { MessagePasswordToken: undefined }, 'Basic needs MessageUsername and MessagePasswordToken'],
      ['Bearer callback without token', { CallbackMessagePasswordToken: undefined }, 'Bearer needs CallbackMessagePasswordToken'],
      ['boolean type', { InboundBypass: 'yes' }, 'Path: $.InboundBypass'],
    ])('should reject a bad %s with 400', async (_name, change, message) => {
      const reply = await sb.client(1).post('/message/routes', { ...NEW_ROUTE, ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should accept keys in any casing', async () => {
      const reply = await sb.client(1).post('/message/routes', {
        routename: 'lower',
        MESSAGEURL: 'https://x.example/sms',
        messageUrlMethod: 'post',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ RouteName: 'lower', MessageUrl: 'https://x.example/sms', MessageUrlMethod: 'POST' });
    });
  });

  describe('POST /v1.0/message/routes/update', () => {
    it('should change only the fields sent', async () => {
      const created = (await sb.client(1).post('/message/routes', NEW_ROUTE)).body;
      const reply = await sb.client(1).post('/message/routes/update', {
        MessageRouteId: created.MessageRouteId,
        MessageRouteEnabled: false,
        MessageUrl: 'https://moved.example/sms',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ...created, MessageRouteEnabled: false, MessageUrl: 'https://moved.example/sms' });
    });

    it('should leave the route unchanged when the update is rejected', async () => {
      const created = (await sb.client(1).post('/message/routes', NEW_ROUTE)).body;
      const bad = await sb.client(1).post('/message/routes/update', {
        MessageRouteId: created.MessageRouteId,
        RouteName: 'renamed',
        MessageAuthenticationType: 'Bearer',
        MessagePasswordToken: '',
        MessageUrl: 'nope',
      });
      expect(bad.status).toBe(400);
      expect((await sb.client(1).get('/message/routes', { MessageRouteId: created.MessageRouteId })).body).toEqual(created);
    });

    it("should answer 404 for another distributor's route", async () => {
      const created = (await sb.client(1).post('/message/routes', NEW_ROUTE)).body;
      const reply = await sb.client(0).post('/message/routes/update', { MessageRouteId: created.MessageRouteId, RouteName: 'x' });
      expect(reply.status).toBe(404);
    });
  });

  describe('GET /v1.0/message/routes', () => {
    it('should return one route by MessageRouteId', async () => {
      const created = (await sb.client(1).post('/message/routes', NEW_ROUTE)).body;
      const reply = await sb.client(1).get('/message/routes', { messagerouteid: created.MessageRouteId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual(created);
    });

    it('should answer 400 without MessageRouteId and 404 for an unknown one', async () => {
      expect((await sb.client().get('/message/routes')).status).toBe(400);
      expect((await sb.client().get('/message/routes', { MessageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' })).status).toBe(404);
      expect((await sb.client().get('/message/routes', { MessageRouteId: 'CRID-1' })).status).toBe(400);
    });
  });

  describe('POST /v1.0/message/routes/delete', () => {
    it('should delete an unused route, accepting the MRID alias', async () => {
      const created = (await sb.client(1).post('/message/routes', NEW_ROUTE)).body;
      const reply = await sb.client(1).post('/message/routes/delete', { MRID: created.MessageRouteId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ MessageRouteStatus: 'Deleted', MRID: created.MessageRouteId });
      expect((await sb.client(1).get('/message/routes', { MessageRouteId: created.MessageRouteId })).status).toBe(404);
    });

    it('should refuse to delete a route that numbers still use', async () => {
      const routes = (await sb.client(1).get('/account/message/routes')).body.Results;
      const seeded = routes.find((r: { RouteName: string }) => r.RouteName === 'Initech SMS');
      const reply = await sb.client(1).post('/message/routes/delete', { MessageRouteId: seeded.MessageRouteId });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('currently assigned to one or more phone numbers');
    });
  });

  describe('GET /v1.0/account/message/routes', () => {
    it("should list the whole distributor's routes with the DID as owner", async () => {
      const reply = await sb.client().get('/account/message/routes');
      expect(reply.status).toBe(200);
      expect(reply.body.AccountID).toMatch(/^DID-/);
      expect(reply.body.TotalRoutes).toBe(3);
      expect(reply.body.Results.map((r: { RouteName: string }) => r.RouteName).sort()).toEqual([
        'Acme IoT Ingest',
        'Acme SMS Webhook',
        'Doe Family SMS',
      ]);
      expect(reply.body.Results[0]).toHaveProperty('AccountID');
    });

    it('should narrow the list to one account with AccountId', async () => {
      const reply = await sb.client().get('/account/message/routes', { AccountId: accounts['Doe Family'] });
      expect(reply.body).toMatchObject({ AccountID: accounts['Doe Family'], TotalRoutes: 1 });
      expect(reply.body.Results[0].RouteName).toBe('Doe Family SMS');
    });

    it("should not show another distributor's routes", async () => {
      const names = (await sb.client(1).get('/account/message/routes')).body.Results.map((r: { RouteName: string }) => r.RouteName);
      expect(names).toEqual(['Initech SMS']);
    });
  });
});
