import { WebhookReceiver } from '../helpers/receiver';
import { TestSandbox } from '../helpers/sandbox';

const STEP = 60;
const ADDRESS = { Street1: '2701 N Thanksgiving Way', Street2: 'Suite 202', City: 'Lehi', State: 'UT', Zip: '84043' };
const portIn = (number: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  PortInNumber: number,
  CurrentCarrierName: 'Verizon',
  CurrentAccountNumber: '46512222',
  CurrentAccountPassword: '0000',
  TargetPortinClassification: 'mvno',
  SubscriberName: 'Jane Doe',
  CurrentBillingAddress: ADDRESS,
  ...extra,
});

describe('porting', () => {
  let sb: TestSandbox;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await sb.stop();
  });
  beforeEach(async () => {
    await sb.reset();
    receiver.received.length = 0;
  });

  const client = (): ReturnType<TestSandbox['client']> => sb.client(1);
  const statusOf = async (orderId: string): Promise<any> => (await client().get('/numbers/order', { OrderId: orderId })).body;

  describe('POST /v1.0/numbers/portin/eligibility', () => {
    it.each([
      ['+13135550146', 'mvno', true, 'Eligible for port-in'],
      ['+13136398780', 'mvno', false, 'does not release'],
      ['+13136398787', 'Landline', true, 'Wireline number'],
      ['+13136398787', 'iot', false, 'Wireline numbers cannot be ported into the iot'],
      ['+13136398789', 'iot', true, 'Eligible'],
    ])('should answer %s as %s: eligible %s', async (number, classification, eligible, message) => {
      const reply = await client().post('/numbers/portin/eligibility', { PhoneNumber: number, TargetClassification: classification });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ PhoneNumber: number, TargetClassification: classification, Eligible: eligible, Message: expect.stringContaining(message) });
    });

    it('should say a number already on the platform is not eligible', async () => {
      const line = (await client().get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
      const reply = await client().post('/numbers/portin/eligibility', { PhoneNumber: line, TargetClassification: 'mvno' });
      expect(reply.body).toMatchObject({ Eligible: false, Message: expect.stringContaining('already on the Telegent platform') });
    });

    it('should say a number with an open port-in order is not eligible, naming the order, until that order closes', async () => {
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13135550146'))).body;
      const open = await client().post('/numbers/portin/eligibility', { PhoneNumber: '+13135550146', TargetClassification: 'mvno' });
      expect(open.body).toEqual({
        PhoneNumber: '+13135550146',
        TargetClassification: 'mvno',
        Eligible: false,
        Message: `The number already has an open port-in order (${OrderId}); update or cancel that order instead.`,
      });
      await client().post('/numbers/portin/cancel', { OrderId });
      const after = await client().post('/numbers/portin/eligibility', { PhoneNumber: '+13135550146', TargetClassification: 'mvno' });
      expect(after.body).toMatchObject({ Eligible: true });
    });

    it('should require a valid number and a known classification', async () => {
      expect((await client().post('/numbers/portin/eligibility', { PhoneNumber: '3136398786', TargetClassification: 'mvno' })).status).toBe(400);
      expect((await client().post('/numbers/portin/eligibility', { PhoneNumber: '+13136398786' })).body.Message).toContain('TargetClassification is required');
      expect((await client().post('/numbers/portin/eligibility', { PhoneNumber: '+13136398786', TargetClassification: 'satellite' })).status).toBe(400);
    });
  });

  describe('the port-in lifecycle', () => {
    it('should move Submitted → Pending Carrier Approval → Scheduled → Completed on the sandbox clock, with a webhook for each', async () => {
      await client().post('/webhook/create', { WebhookUrl: `${receiver.url}/orders`, SubscribedEvents: 'Order_Update' });
      const submitted = await client().post('/numbers/portin', portIn('+13135550146'));
      expect(submitted.status).toBe(200);
      expect(submitted.body).toEqual({ OrderId: expect.stringMatching(/^JNUOID-/), OrderDate: expect.any(String), Status: 'Pending', PhoneNumber: '+13135550146' });
      const id = submitted.body.OrderId;
      expect(await statusOf(id)).toMatchObject({ OrderId: id, OrderType: 'PortIn', OrderStatus: 'Submitted', PhoneNumbersOrdered: [{ Number: '+13135550146' }] });
      const seen: string[] = [];
      for (const expected of ['Pending Carrier Approval', 'Scheduled', 'Completed']) {
        await sb.advanceClock(STEP);
        const order = await statusOf(id);
        seen.push(order.OrderStatus);
        expect(order.OrderStatus).toBe(expected);
      }
      expect(seen).toEqual(['Pending Carrier Approval', 'Scheduled', 'Completed']);
      const number = await client().get('/numbers', { PhoneNumber: '+13135550146' });
      expect(number.status).toBe(200);
      expect(number.body).toMatchObject({ Number: '+13135550146', Status: 'Active' });
      const events = await receiver.waitFor((r) => r.path === '/orders', 4);
      expect(events.map((e) => e.body.OrderStatus)).toEqual(['Submitted', 'Pending Carrier Approval', 'Scheduled', 'Completed']);
      expect(events[0]!.body).toMatchObject({ EventType: 'Order_Update', OrderId: id, OrderType: 'PortIn', Timestamp: expect.any(String) });
    });

    it('should end Rejected with the losing carrier’s reason for a number ending in 9', async () => {
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13136398789'))).body;
      await sb.advanceClock(2 * STEP);
      const order = await statusOf(OrderId);
      expect(order).toMatchObject({ OrderStatus: 'Rejected', OrderStatusMessage: expect.stringContaining('Rejected by the losing carrier') });
      expect((await client().post('/numbers/portin/update', { OrderId, CurrentAccountNumber: '1' })).body.Message).toContain('is Rejected');
    });

    it('should take the getting-started guide’s own port-in: number +15555551234, then a PortInDate in MM/DD/YYYY', async () => {
      const submitted = await client().post('/numbers/portin', portIn('+15555551234'));
      expect(submitted.status).toBe(200);
      const [year, month, day] = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10).split('-');
      const updated = await client().post('/numbers/portin/update', { OrderId: submitted.body.OrderId, PortInDate: `${month}/${day}/${year}` });
      expect(updated.body).toEqual({ OrderId: submitted.body.OrderId, Status: 'Updated', Message: 'Port-in order updated successfully' });
    });

    it('should hold a wireline port in carrier approval until a PortInDate is set', async () => {
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13136398787', { TargetPortinClassification: 'Landline' }))).body;
      await sb.advanceClock(5 * STEP);
      expect(await statusOf(OrderId)).toMatchObject({ OrderStatus: 'Pending Carrier Approval', OrderStatusMessage: expect.stringContaining('PortInDate is required') });
      const date = new Date(Date.now() + 5 * 86_400_000 + 10 * STEP * 1000).toISOString().slice(0, 10);
      const updated = await client().post('/numbers/portin/update', { OrderId, PortInDate: date });
      expect(updated.body).toEqual({ OrderId, Status: 'Updated', Message: 'Port-in order updated successfully' });
      await sb.advanceClock(STEP);
      expect((await statusOf(OrderId)).OrderStatus).toBe('Scheduled');
      await sb.advanceClock(2 * 86_400);
      expect((await statusOf(OrderId)).OrderStatus).toBe('Scheduled');
      await sb.advanceClock(4 * 86_400);
      expect((await statusOf(OrderId)).OrderStatus).toBe('Completed');
    });

    it('should make cancel final: a second cancel and an update after cancel fail cleanly', async () => {
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13135550146'))).body;
      const cancelled = await client().post('/numbers/portin/cancel', { OrderId });
      expect(cancelled.body).toMatchObject({ OrderId, Status: 'Cancelled' });
      expect((await statusOf(OrderId)).OrderStatus).toBe('Cancelled');
      const again = await client().post('/numbers/portin/cancel', { OrderId });
      expect(again.status).toBe(400);
      expect(again.body.Message).toContain('is Cancelled');
      expect((await client().post('/numbers/portin/update', { OrderId, SubscriberName: 'x' })).status).toBe(400);
      await sb.advanceClock(10 * STEP);
      expect((await statusOf(OrderId)).OrderStatus).toBe('Cancelled');
      const resubmitted = await client().post('/numbers/portin', portIn('+13135550146'));
      expect(resubmitted.status).toBe(200);
    });
  });

  describe('POST /v1.0/numbers/portin validation', () => {
    it.each([
      ['a non-portable number', { PortInNumber: '+13136398780' }, 'not eligible for port-in'],
      ['a missing carrier', { CurrentCarrierName: undefined }, 'CurrentCarrierName is required'],
      ['a missing account password', { CurrentAccountPassword: undefined }, 'CurrentAccountPassword is required'],
      ['a bad state', { CurrentBillingAddress: { ...ADDRESS, State: 'Utah' } }, "State 'Utah' must be a 2-letter"],
      ['a bad ZIP', { CurrentBillingAddress: { ...ADDRESS, Zip: '840' } }, "Zip '840'"],
      ['a bad ICCID', { ICCID: '12' }, "ICCID '12'"],
      ['a past PortInDate', { PortInDate: '01/02/2020' }, 'is in the past'],
      ['a malformed PortInDate', { PortInDate: '2026/12/01' }, 'must be MM/DD/YYYY or YYYY-MM-DD'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await client().post('/numbers/portin', portIn('+13135550146', change));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
      expect(reply.body.Message).not.toContain('0000');
    });

    it('should refuse a second open port-in for the same number', async () => {
      await client().post('/numbers/portin', portIn('+13135550146'));
      expect((await client().post('/numbers/portin', portIn('+13135550146'))).body.Message).toContain('already has an open port-in');
    });

    it('should refuse an ICCID bound to another number, as provisioning does', async () => {
      const row = (await client().get('/numbers/inventory', { Filter: 'Active' })).body.PhoneNumbers.find((n: { Iccid: string | null }) => n.Iccid);
      const bound = row.Iccid;
      const reply = await client().post('/numbers/portin', portIn('+13135550146', { ICCID: bound }));
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ StatusCode: 400, Message: `Bad request: ICCID '${bound}' is already bound to another number.` });
      const provision = await client().post('/numbers/provision', {
        NumberType: 'mvno', MessageType: 'p2p', MessageEnabled: false, VoiceEnabled: false, ProductType: 'Sms+Data', ICCID: bound, MessageRouteId: row.MessageRouteId,
      });
      expect(provision.body).toEqual(reply.body);
    });

    it('should refuse an ICCID claimed by another open port-in order, at submit and at update, and free it once that order closes', async () => {
      const sim = '8901240397190551234';
      const { MessageRouteId } = (await client().get('/numbers/inventory', { Filter: 'Active' })).body.PhoneNumbers.find((n: { MessageRouteId: string | null }) => n.MessageRouteId);
      const first = (await client().post('/numbers/portin', portIn('+13135550146', { ICCID: sim }))).body.OrderId;
      const second = await client().post('/numbers/portin', portIn('+13135550141', { ICCID: sim }));
      expect(second.body).toEqual({ StatusCode: 400, Message: `Bad request: ICCID '${sim}' is already claimed by the open port-in order '${first}'.` });
      const other = (await client().post('/numbers/portin', portIn('+13135550141'))).body.OrderId;
      expect((await client().post('/numbers/portin/update', { OrderId: other, ICCID: sim })).body.Message).toContain(`claimed by the open port-in order '${first}'`);
      // The order's own SIM may be sent again; provisioning cannot take a claimed SIM either.
      expect((await client().post('/numbers/portin/update', { OrderId: first, ICCID: sim })).status).toBe(200);
      const provision = await client().post('/numbers/provision', {
        NumberType: 'mvno', MessageType: 'p2p', MessageEnabled: false, VoiceEnabled: false, ProductType: 'Sms+Data', ICCID: sim, MessageRouteId,
      });
      expect(provision.body.Message).toContain(`claimed by the open port-in order '${first}'`);
      await client().post('/numbers/portin/cancel', { OrderId: first });
      expect((await client().post('/numbers/portin/update', { OrderId: other, ICCID: sim })).status).toBe(200);
    });

    it('should bind the SIM when the port completes, after which no other port-in or number can take it', async () => {
      const sim = '8901240397190551234';
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13135550146', { ICCID: sim }))).body;
      await sb.advanceClock(3 * STEP);
      expect(await statusOf(OrderId)).toMatchObject({ OrderStatus: 'Completed', OrderStatusMessage: null });
      expect((await client().get('/numbers', { PhoneNumber: '+13135550146' })).body).toMatchObject({ Status: 'Active', Iccid: sim });
      const again = await client().post('/numbers/portin', portIn('+13135550141', { ICCID: sim }));
      expect(again.body).toEqual({ StatusCode: 400, Message: `Bad request: ICCID '${sim}' is already bound to another number.` });
    });

    it('should require AccountId for a multi-account distributor', async () => {
      expect((await sb.client(0).post('/numbers/portin', portIn('+13136398781'))).body.Message).toContain('AccountId is required');
    });

    it("should hide another distributor's port-in order", async () => {
      const { OrderId } = (await client().post('/numbers/portin', portIn('+13135550146'))).body;
      expect((await sb.client(0).post('/numbers/portin/cancel', { OrderId })).status).toBe(404);
      expect((await sb.client(0).get('/numbers/order', { OrderId })).status).toBe(404);
    });
  });

  describe('POST /v1.0/numbers/portout', () => {
    it('should issue a PIN order that completes and takes the number out of service', async () => {
      const line = (await client().get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
      const reply = await client().post('/numbers/portout', { PortOutNumber: line, PortOutPIN: '1234' });
      expect(reply.body).toEqual({ OrderId: expect.stringMatching(/^JNUOID-/), OrderDate: expect.any(String), Status: 'Pending', PhoneNumber: line });
      expect(JSON.stringify(reply.body)).not.toContain('1234');
      expect((await client().post('/numbers/portout', { PortOutNumber: line, PortOutPIN: '1234' })).body.Message).toContain('already has a port-out PIN');
      await sb.advanceClock(3 * STEP);
      expect((await statusOf(reply.body.OrderId)).OrderStatus).toBe('Completed');
      expect((await client().get('/numbers', { PhoneNumber: line })).body.Status).toBe('Ported Out');
    });

    it('should validate the PIN and the number', async () => {
      const line = (await client().get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
      expect((await client().post('/numbers/portout', { PortOutNumber: line, PortOutPIN: '12' })).body.Message).toContain('4 to 10 digits');
      expect((await client().post('/numbers/portout', { PortOutNumber: line })).body.Message).toContain('PortOutPIN is required');
      expect((await client().post('/numbers/portout', { PortOutNumber: '+18015550000', PortOutPIN: '1234' })).status).toBe(404);
    });
  });
});

describe('the seeded port-in', () => {
  it('should block a second port-in of its number, on any distributor', async () => {
    const sb = await TestSandbox.start();
    try {
      const reply = await sb.client(1).post('/numbers/portin', portIn('+13136398786'));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('already has an open port-in');
    } finally {
      await sb.stop();
    }
  });
});
