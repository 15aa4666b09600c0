import { TestSandbox } from '../helpers/sandbox';

interface Setup {
  account: string;
  messageRoute: string;
  voiceRoute: string;
  subscriber: string;
}

describe('numbers: availability and provisioning', () => {
  let sb: TestSandbox;
  let acme: Setup;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => {
    await sb.reset();
    const accounts = await sb.accountIds();
    const client = sb.client(0);
    const routes = (await client.get('/account/message/routes', { AccountId: accounts['Acme Mobile']! })).body.Results;
    const voice = (await client.get('/account/voice/routes', { AccountId: accounts['Acme Mobile']! })).body.Results;
    const subscriber = (await client.get('/distributor/subscribers')).body.Results[5].SubscriberId;
    acme = {
      account: accounts['Acme Mobile']!,
      messageRoute: routes.find((r: { RouteName: string }) => r.RouteName === 'Acme SMS Webhook').MessageRouteId,
      voiceRoute: voice[0].CallRouteId,
      subscriber,
    };
  });

  const provision = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    NumberType: 'mvno',
    MessageType: 'p2p',
    MessageEnabled: true,
    VoiceEnabled: true,
    DataEnabled: true,
    ProductType: 'sms+data+voice',
    MessageRouteId: acme.messageRoute,
    VoiceRouteId: acme.voiceRoute,
    AreaCode: '801',
    AssignedSubscriberId: acme.subscriber,
    AccountId: acme.account,
    ...extra,
  });

  describe('POST /v1.0/numbers/availability', () => {
    const search = (extra: Record<string, unknown>): Record<string, unknown> => ({
      NumberType: 'mobile',
      MessageType: 'p2p',
      MessageEnabled: true,
      VoiceEnabled: true,
      PageNumber: 1,
      ...extra,
    });

    it('should search the area code first', async () => {
      const reply = await sb.client(0).post('/numbers/availability', search({ AreaCode: '201', ZipCode: '' }));
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ RequestId: expect.stringMatching(/^T-\d+$/), AreaCode: '201', ZipCode: '', ResultsTotal: 7680, PageNumber: 1 });
      expect(reply.body.AvailableNumberAreas).toEqual([{ NGP: expect.any(String), AreaCode: '201', Zipcode: expect.stringMatching(/^\d{5}$/) }]);
      expect(reply.body.NumbersAvailable).toHaveLength(12);
      expect(reply.body.NumbersAvailable.every((n: { Number: string }) => n.Number.startsWith('+1201'))).toBe(true);
    });

    it('should fall back to the ZIP code when the area code is exhausted', async () => {
      const reply = await sb.client(0).post('/numbers/availability', search({ AreaCode: '212', ZipCode: '84043', TotalNumbersRequested: 5 }));
      expect(reply.body.AvailableNumberAreas.map((a: { AreaCode: string }) => a.AreaCode).sort()).toEqual(['385', '801']);
      expect(reply.body.NumbersAvailable).toHaveLength(5);
    });

    it('should answer random areas when neither is given, and page through results', async () => {
      const first = await sb.client(0).post('/numbers/availability', search({ TotalNumbersRequested: 3 }));
      expect(first.body.AvailableNumberAreas.length).toBeGreaterThan(0);
      const page1 = await sb.client(0).post('/numbers/availability', search({ AreaCode: '303', TotalNumbersRequested: 3 }));
      const page2 = await sb.client(0).post('/numbers/availability', search({ AreaCode: '303', TotalNumbersRequested: 3, PageNumber: 2 }));
      const all = [...page1.body.NumbersAvailable, ...page2.body.NumbersAvailable].map((n: { Number: string }) => n.Number);
      expect(new Set(all).size).toBe(6);
    });

    it('should find nothing for an exhausted area code without a ZIP', async () => {
      const reply = await sb.client(0).post('/numbers/availability', search({ AreaCode: '212' }));
      expect(reply.body).toMatchObject({ ResultsTotal: 0, NumbersAvailable: [] });
    });

    it.each([
      ['a 2-digit area code', { AreaCode: '80' }, "AreaCode '80' must be a valid 3-digit area code"],
      ['an N11 area code', { AreaCode: '911' }, "AreaCode '911'"],
      ['a 4-digit ZIP', { ZipCode: '8404' }, "ZipCode '8404' must be a valid 5-digit US zip code"],
      ['a page size over 100', { TotalNumbersRequested: 101 }, 'TotalNumbersRequested must be at most 100'],
      ['an unknown number type', { NumberType: 'pager' }, "NumberType 'pager' is not valid"],
      ['no VoiceEnabled', { VoiceEnabled: undefined }, 'VoiceEnabled is required'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await sb.client(0).post('/numbers/availability', search(change));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });
  });

  describe('POST /v1.0/numbers/provision', () => {
    it('should buy a number in the area code and answer like the documented example', async () => {
      const reply = await sb.client(0).post('/numbers/provision', provision({ ICCID: '8901240397190195850' }));
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        OrderDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        OrderId: expect.stringMatching(/^JNUOID-/),
        OrderStatus: 'Complete',
        PhoneNumberAssigned: expect.stringMatching(/^\+1801\d{7}$/),
        PhoneNumberId: expect.stringMatching(/^NID-/),
        QRCode: expect.stringContaining('LPA:1$'),
        ZipCode: expect.stringMatching(/^\d{5}$/),
        ICCID: '8901240397190195850',
        ErrorMessage: null,
        SubscriberId: acme.subscriber,
      });
      const number = await sb.client(0).get('/numbers', { PhoneNumber: reply.body.PhoneNumberAssigned });
      expect(number.body).toMatchObject({
        TNID: reply.body.PhoneNumberId,
        NumberType: 'mobile',
        Classification: 'MVNO',
        MessageType: 'p2p',
        VoiceEnabled: true,
        Status: 'Active',
        AssignedSubscriberId: acme.subscriber,
        MessageRouteId: acme.messageRoute,
      });
      const order = await sb.client(0).get('/numbers/order', { OrderId: reply.body.OrderId });
      expect(order.body).toMatchObject({ OrderType: 'Provision', OrderStatus: 'Complete', PhoneNumbersOrdered: [{ Number: reply.body.PhoneNumberAssigned }] });
    });

    it('should take the ZIP code when the area code is exhausted, and echo the canonical ProductType', async () => {
      const reply = await sb.client(0).post('/numbers/provision', provision({ AreaCode: '212', ZipCode: '07302' }));
      expect(reply.status).toBe(200);
      expect(reply.body.PhoneNumberAssigned).toMatch(/^\+1201/);
      const number = await sb.client(0).get('/numbers/inventory', { AccountId: acme.account, PageNumber: 1, TotalPerPage: 1000 });
      const row = number.body.PhoneNumbers.find((p: { Number: string }) => p.Number === reply.body.PhoneNumberAssigned);
      expect(row).toMatchObject({ Tnid: reply.body.PhoneNumberId, Status: 'Active' });
    });

    it('should provision a voip a2p number without a QR code', async () => {
      const reply = await sb.client(0).post('/numbers/provision', provision({ NumberType: 'voip', MessageType: 'a2p', VoiceEnabled: false, VoiceRouteId: undefined, ProductType: 'Sms-Only' }));
      expect(reply.status).toBe(200);
      expect(reply.body.QRCode).toBeNull();
      expect((await sb.client(0).get('/numbers', { PhoneNumber: reply.body.PhoneNumberAssigned })).body).toMatchObject({ NumberType: 'voip', Classification: 'VOIP', MessageType: 'a2p' });
    });

    it.each([
      ['iot with a2p', { NumberType: 'iot', MessageType: 'a2p' }, 'iot numbers are p2p only'],
      ['voip with p2p', { NumberType: 'voip', MessageType: 'p2p' }, 'voip numbers are a2p only'],
      ['no message route', { MessageRouteId: undefined }, 'MessageRouteId required'],
      ['an unknown message route', { MessageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' }, 'does not exist in account'],
      ['voice without a voice route', { VoiceRouteId: undefined }, 'VoiceRouteId is required when VoiceEnabled'],
      ['no ProductType', { ProductType: undefined }, 'ProductType is required'],
      ['an unknown ProductType', { ProductType: 'Sms+Fax' }, "ProductType 'Sms+Fax' is not valid"],
      ['a bad ICCID', { ICCID: '1234' }, "ICCID '1234' is not a valid ICCID"],
      ['a bad ZIP', { AreaCode: undefined, ZipCode: '1234' }, "ZipCode '1234'"],
      ['an exhausted area without a ZIP', { AreaCode: '212' }, 'no numbers available for AreaCode 212'],
      ['a subscriber of another account', { AssignedSubscriberId: 'TSUID-00000000-0000-4000-8000-000000000000' }, "AssignedSubscriberId 'TSUID-00000000"],
      ['no AccountId', { AccountId: undefined }, 'AccountId is required when the distributor has more than one account'],
    ])('should reject %s with 400 and buy nothing', async (_name, change, message) => {
      const before = (await sb.client(0).get('/numbers/inventory', { TotalPerPage: 1 })).body.TotalResults;
      const reply = await sb.client(0).post('/numbers/provision', provision(change));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
      expect((await sb.client(0).get('/numbers/inventory', { TotalPerPage: 1 })).body.TotalResults).toBe(before);
    });

    it("should refuse a route of the caller's other account", async () => {
      const accounts = await sb.accountIds();
      const reply = await sb.client(0).post('/numbers/provision', provision({ AccountId: accounts['Doe Family'], AssignedSubscriberId: undefined, VoiceEnabled: false, VoiceRouteId: undefined }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(`does not exist in account '${accounts['Doe Family']}'`);
    });

    it('should refuse, in the legacy form, a number another user claimed', async () => {
      const line = (await sb.client(1).get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
      const reply = await sb.client(0).post('/numbers/provision', provision({ PhoneNumbers: [{ Number: line }] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('was claimed by another user');
    });
  });
});
