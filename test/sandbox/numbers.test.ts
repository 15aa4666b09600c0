import { usDateIn as today } from '../helpers/numbers';
import { TestSandbox } from '../helpers/sandbox';

describe('numbers: inventory, details, update, lifecycle', () => {
  let sb: TestSandbox;
  let lines: string[];
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => {
    await sb.reset();
    lines = (await sb.client(1).get('/distributor/subscribers')).body.Results.map((s: { PhoneNumbers: string[] }) => s.PhoneNumbers[0]);
  });
  const client = (): ReturnType<TestSandbox['client']> => sb.client(1);
  const details = async (number: string): Promise<any> => (await client().get('/numbers', { PhoneNumber: number })).body;

  describe('GET /v1.0/numbers/inventory', () => {
    it('should list the whole distributor with the DID as owner, paged', async () => {
      const reply = await sb.client(0).get('/numbers/inventory', { PageNumber: 2, TotalPerPage: 100 });
      expect(reply.body).toMatchObject({ AccountId: expect.stringMatching(/^DID-/), TotalResults: 184, PageNumber: 2, Filter: 'All' });
      expect(reply.body.PhoneNumbers).toHaveLength(84);
      expect(reply.body.PhoneNumbers[0]).toMatchObject({
        Number: expect.stringMatching(/^\+1/),
        Tnid: expect.stringMatching(/^NID-/),
        NumberType: expect.stringMatching(/^(mobile|voip)$/),
        MessageEnabled: true,
        Status: 'Active',
        OriginalDatePurchased: expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/),
      });
    });

    it('should narrow by account and by status', async () => {
      const accounts = await sb.accountIds();
      expect((await sb.client(0).get('/numbers/inventory', { AccountId: accounts['Doe Family']! })).body).toMatchObject({ AccountId: accounts['Doe Family'], TotalResults: 4 });
      await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }] });
      expect((await client().get('/numbers/inventory', { Filter: 'Parked' })).body.TotalResults).toBe(1);
      expect((await client().get('/numbers/inventory', { Filter: 'Active' })).body.TotalResults).toBe(4);
      expect((await client().get('/numbers/inventory', { Filter: 'Sleeping' })).status).toBe(400);
    });
  });

  describe('GET /v1.0/numbers', () => {
    it("should answer one number with TNID, and 404 for another distributor's", async () => {
      expect(await details(lines[0]!)).toMatchObject({ Number: lines[0], TNID: expect.stringMatching(/^NID-/), Classification: 'MVNO', Status: 'Active' });
      expect((await sb.client(0).get('/numbers', { PhoneNumber: lines[0]! })).status).toBe(404);
    });

    it('should point out an unencoded + in the query', async () => {
      const reply = await client().get('/numbers', { PhoneNumber: ` ${lines[0]!.slice(1)}` });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('URL-encode the leading + as %2B');
    });
  });

  describe('POST /v1.0/numbers/update', () => {
    it('should change configuration, record a completed Update order, and bind a SIM later', async () => {
      const reply = await client().post('/numbers/update', { Number: lines[0], Cnam: 'INITECH', Iccid: '8901240397190557414F', MessageType: 'a2p' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ Number: lines[0], UpdateOrderId: expect.stringMatching(/^JNUOID-/), UpdateOrderStatus: 'Complete', Cnam: 'INITECH', Iccid: '8901240397190557414F', MessageType: 'a2p' });
      expect(await details(lines[0]!)).toMatchObject({ Cnam: 'INITECH', MessageType: 'a2p' });
      expect((await client().get('/numbers/order', { OrderId: reply.body.UpdateOrderId })).body).toMatchObject({ OrderType: 'Update', OrderStatus: 'Complete' });
    });

    it('should unbind the subscriber with an empty AssignedSubscriberId', async () => {
      await client().post('/numbers/update', { Number: lines[0], AssignedSubscriberId: '' });
      expect((await details(lines[0]!)).AssignedSubscriberId).toBeNull();
    });

    it.each([
      ['IOT with a2p', { Classification: 'IOT', MessageType: 'a2p' }, 'Classification IOT allows p2p messaging only'],
      ['a NumberType change', { NumberType: 'voip' }, 'NumberType cannot be changed'],
      ['an unknown voice route', { VoiceRouteId: 'CRID-00000000-0000-4000-8000-000000000000' }, 'does not exist in account'],
      ['a bad ICCID', { Iccid: '42' }, "Iccid '42' is not a valid ICCID"],
      ['an over-long CNAM', { Cnam: 'A VERY LONG CALLER NAME' }, 'Cnam must be at most 15 characters'],
      ['an unknown route', { MessageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' }, 'does not exist in account'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await client().post('/numbers/update', { Number: lines[0], ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should refuse voice on a line without a voice route', async () => {
      const doe = (await sb.client(0).get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results.find((s: { Name: string }) => s.Name === 'Jane Doe');
      const reply = await sb.client(0).post('/numbers/update', { Number: doe.PhoneNumbers[0], VoiceEnabled: true });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('VoiceRouteId is required');
    });

    it('should refuse an ICCID already on another number', async () => {
      await client().post('/numbers/update', { Number: lines[0], Iccid: '8901240397190557414F' });
      const reply = await client().post('/numbers/update', { Number: lines[1], Iccid: '8901240397190557414f' });
      expect(reply.body.Message).toContain('already bound to another number');
    });
  });

  describe('POST /v1.0/numbers/status', () => {
    it('should park and re-activate at once when the EffectiveDate is today', async () => {
      const parked = await client().post('/numbers/status', { StatusChange: 'suspend', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }] });
      expect(parked.body).toMatchObject({ OrderStatus: 'Complete', ChangeType: 'park', NumbersChanged: [{ Number: lines[0], ChangeFee: 1 }] });
      expect((await details(lines[0]!)).Status).toBe('Parked');
      const active = await client().post('/numbers/status', { StatusChange: 'activate', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }] });
      expect(active.body).toMatchObject({ ChangeType: 'activate', Numbers: [{ Number: lines[0], QrCode: expect.any(String) }] });
      expect((await details(lines[0]!)).Status).toBe('Active');
    });

    it('should schedule a future cancel as a Pending order that completes at the EffectiveDate', async () => {
      const reply = await client().post('/numbers/status', { StatusChange: 'cancel', EffectiveDate: today(2), PhoneNumbers: [{ Number: lines[0] }, { Number: lines[1] }] });
      expect(reply.body).toMatchObject({ OrderStatus: 'Pending', NumbersChange: [{ Number: lines[0], ChargeFee: 2.25 }, { Number: lines[1], ChargeFee: 2.25 }] });
      expect((await details(lines[0]!)).Status).toBe('Active');
      await sb.advanceClock(3 * 86_400);
      expect((await client().get('/numbers/order', { OrderId: reply.body.OrderId })).body.OrderStatus).toBe('Complete');
      expect((await details(lines[0]!)).Status).toBe('Cancelled');
    });

    it('should swap a number for a new one in the requested area, keeping its subscriber', async () => {
      const before = await details(lines[0]!);
      const reply = await client().post('/numbers/status', { StatusChange: 'swap', EffectiveDate: today(0), AreaCode: '303', PhoneNumbers: [{ Number: lines[0] }] });
      const [change] = reply.body.NumbersChange;
      expect(change).toMatchObject({ OriginalNumber: lines[0], NewNumber: expect.stringMatching(/^\+1303/) });
      expect((await client().get('/numbers', { PhoneNumber: lines[0]! })).status).toBe(404);
      expect(await details(change.NewNumber)).toMatchObject({ AssignedSubscriberId: before.AssignedSubscriberId, Status: 'Active' });
    });

    it('should move a number to a new SIM with swap-sim', async () => {
      const reply = await client().post('/numbers/status', { StatusChange: 'swap-sim', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0], ICCID: '8901240397190000001' }] });
      expect(reply.status).toBe(200);
      expect((await details(lines[0]!)).Iccid).toBe('8901240397190000001');
      const missing = await client().post('/numbers/status', { StatusChange: 'swap-sim', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[1] }] });
      expect(missing.body.Message).toContain('PhoneNumbers[0].ICCID is required for swap-sim');
    });

    it.each([
      ['an unknown change', { StatusChange: 'explode' }, "StatusChange 'explode' is not valid"],
      ['a missing EffectiveDate', { EffectiveDate: undefined }, 'EffectiveDate is required'],
      ['an ISO EffectiveDate', { EffectiveDate: '2026-01-01' }, 'must be a date written MM/DD/YYYY'],
      ['a repeated number', { PhoneNumbers: [{ Number: '+15125550100' }, { Number: '+15125550100' }] }, 'more than once'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }], ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should change nothing when one number of the batch cannot change', async () => {
      await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[1] }] });
      const reply = await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }, { Number: lines[1] }] });
      expect(reply.status).toBe(400);
      expect((await details(lines[0]!)).Status).toBe('Active');
    });
  });

  describe('POST /v1.0/numbers/reactivate', () => {
    it('should restore a cancelled number within the window and refuse after it', async () => {
      await client().post('/numbers/status', { StatusChange: 'cancel', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }, { Number: lines[1] }] });
      const restored = await client().post('/numbers/reactivate', { PhoneNumbers: [{ Number: lines[0] }] });
      expect(restored.body).toMatchObject({ OrderStatus: 'Complete', ChangeType: 'reactivate', Numbers: [{ Number: lines[0] }] });
      expect((await details(lines[0]!)).Status).toBe('Active');
      await sb.advanceClock(31 * 86_400);
      const late = await client().post('/numbers/reactivate', { Number: lines[1] });
      expect(late.status).toBe(400);
      expect(late.body.Message).toContain('past the 30-day reactivation window');
      expect((await client().post('/numbers/reactivate', { Number: lines[2] })).body.Message).toContain('only cancelled numbers');
    });
  });

  describe('GET /v1.0/numbers/order', () => {
    it('should show an order with its status history, under the JNOID- alias too', async () => {
      const { OrderId } = (await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(1), PhoneNumbers: [{ Number: lines[0] }] })).body;
      await sb.advanceClock(2 * 86_400);
      const order = await client().get('/numbers/order', { OrderId: OrderId.replace('JNUOID-', 'JNOID-') });
      expect(order.body).toMatchObject({
        OrderId,
        OrderType: 'StatusChange',
        OrderStatus: 'Complete',
        ChangeType: 'park',
        PhoneNumbersOrdered: [{ Number: lines[0] }],
        StatusHistory: [expect.objectContaining({ OrderStatus: 'Pending' }), expect.objectContaining({ OrderStatus: 'Complete' })],
      });
    });

    it('should answer 404 for unknown and foreign orders and 400 without an id', async () => {
      const { OrderId } = (await client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: today(0), PhoneNumbers: [{ Number: lines[0] }] })).body;
      expect((await sb.client(0).get('/numbers/order', { OrderId })).status).toBe(404);
      expect((await client().get('/numbers/order', { OrderId: 'JNUOID-00000000-0000-4000-8000-000000000000' })).status).toBe(404);
      expect((await client().get('/numbers/order')).status).toBe(400);
    });
  });
});
