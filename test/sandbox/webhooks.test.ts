import { WebhookReceiver } from '../helpers/receiver';
import { TestSandbox } from '../helpers/sandbox';

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('account webhooks', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  const HOOK = {
    WebhookUrl: 'https://api.example.com/telegent/events',
    Method: 'POST',
    DataFormat: 'json',
    AuthenticationType: 'Basic',
    AuthenticationUsername: 'webhook_user',
    AuthenticationPassword: 'webhook-pass',
    SubscribedEvents: 'Order_Update, New_SMS',
  };

  describe('POST /v1.0/webhook/create', () => {
    it('should create an active webhook, canonicalising the event names', async () => {
      const reply = await sb.client(1).post('/webhook/create', HOOK);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        WebhookId: expect.stringMatching(/^WID-/),
        AccountId: accounts['Initech Wireless'],
        ...HOOK,
        AuthenticationToken: null,
        SubscribedEvents: 'Order_Update, New_Sms',
        Active: true,
      });
    });

    it.each([
      ['an unknown event', { SubscribedEvents: 'Order_Update, Lunch_Ready' }, "SubscribedEvents 'Lunch_Ready' is not an event"],
      ['no events', { SubscribedEvents: undefined }, 'SubscribedEvents is required'],
      ['no URL', { WebhookUrl: undefined }, 'WebhookUrl is required'],
      ['a relative URL', { WebhookUrl: '/events' }, 'not an absolute http(s) URL'],
      ['a too-long URL', { WebhookUrl: `https://x.example/${'a'.repeat(300)}` }, 'WebhookUrl must be at most 255 characters'],
      ['a bad method', { Method: 'PATCH' }, "Method 'PATCH' is not valid"],
      ['a bad format', { DataFormat: 'yaml' }, "DataFormat 'yaml' is not valid"],
      ['Basic without password', { AuthenticationPassword: undefined }, 'Basic needs AuthenticationUsername and AuthenticationPassword'],
      ['Token without token', { AuthenticationType: 'Token' }, 'Token needs AuthenticationToken'],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await sb.client(1).post('/webhook/create', { ...HOOK, ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it('should require AccountId for a multi-account distributor', async () => {
      expect((await sb.client(0).post('/webhook/create', HOOK)).body.Message).toContain('AccountId is required');
      expect((await sb.client(0).post('/webhook/create', { ...HOOK, AccountId: accounts['Doe Family'] })).status).toBe(200);
    });
  });

  describe('update, get, list and delete', () => {
    it('should update fields, read, list per account and delete', async () => {
      const created = (await sb.client(0).post('/webhook/create', { ...HOOK, AccountId: accounts['Doe Family'] })).body;
      const updated = await sb.client(0).post('/webhook/update', {
        WebhookId: created.WebhookId,
        AuthenticationType: 'Bearer',
        AuthenticationToken: 'tok-123',
        Method: 'PUT',
      });
      expect(updated.body).toEqual({ ...created, AuthenticationType: 'Bearer', AuthenticationToken: 'tok-123', Method: 'PUT' });
      expect((await sb.client(0).get('/webhook', { WebhookId: created.WebhookId })).body).toEqual(updated.body);
      expect((await sb.client(0).get('/account/webhooks', { AccountId: accounts['Doe Family'] })).body).toEqual([updated.body]);
      expect((await sb.client(0).get('/account/webhooks', { AccountId: accounts['Acme Mobile'] })).body).toEqual([]);
      const deleted = await sb.client(0).post('/webhook/delete', { WebhookId: created.WebhookId });
      expect(deleted.body).toEqual({ WebhookId: created.WebhookId, Status: 'Deleted' });
      expect((await sb.client(0).get('/webhook', { WebhookId: created.WebhookId })).status).toBe(404);
    });

    it("should hide another distributor's webhook behind 404", async () => {
      const created = (await sb.client(1).post('/webhook/create', HOOK)).body;
      expect((await sb.client(0).get('/webhook', { WebhookId: created.WebhookId })).status).toBe(404);
      expect((await sb.client(0).post('/webhook/update', { WebhookId: created.WebhookId, Method: 'PUT' })).status).toBe(404);
      expect((await sb.client(0).post('/webhook/delete', { WebhookId: created.WebhookId })).status).toBe(404);
      expect((await sb.client(0).get('/account/webhooks')).body).toEqual([]);
    });

    it('should keep a webhook unchanged when an update is rejected', async () => {
      const created = (await sb.client(1).post('/webhook/create', HOOK)).body;
      const bad = await sb.client(1).post('/webhook/update', { WebhookId: created.WebhookId, Method: 'PUT', SubscribedEvents: 'Nope' });
      expect(bad.status).toBe(400);
      expect((await sb.client(1).get('/webhook', { WebhookId: created.WebhookId })).body).toEqual(created);
    });
  });
});

describe('deliveries', () => {
  let sb: TestSandbox;
  let receiver: WebhookReceiver;
  let line: string;
  let routeId: string;
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
    receiver.status = 200;
    // Initech's seeded lines are on its only route; point that route at the local receiver.
    const client = sb.client(1);
    line = (await client.get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
    routeId = (await client.get('/account/message/routes')).body.Results[0].MessageRouteId;
    const updated = await client.post('/message/routes/update', {
      MessageRouteId: routeId,
      MessageUrl: `${receiver.url}/sms`,
      MessageAuthenticationType: 'Basic',
      MessageUsername: 'telegent',
      MessagePasswordToken: 'route-secret',
      CallbackMessageUrl: `${receiver.url}/status`,
      CallbackMessageAuthenticationType: 'Bearer',
      CallbackMessagePasswordToken: 'receipt-token',
    });
    expect(updated.status).toBe(200);
  });

  it("should POST an injected inbound message to the route's MessageUrl with its Basic credentials", async () => {
    const injected = await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'Hello from outside' });
    expect(injected.body).toMatchObject({ MessageId: expect.stringMatching(/^TMID-/), Status: 'Received', Delivered: true });
    const [delivery] = await receiver.waitFor((r) => r.path === '/sms');
    expect(delivery!.method).toBe('POST');
    expect(delivery!.headers.authorization).toBe(basic('telegent', 'route-secret'));
    expect(delivery!.body).toMatchObject({
      Message_ID: injected.body.MessageId,
      Owner: line,
      To: line,
      From: '+18015550123',
      Message_Body: 'Hello from outside',
      Segment: 1,
      Direction: 'Inbound',
    });
  });

  it('should send New_Sms and Order_Update events to account webhooks with a Bearer token for Token auth', async () => {
    await sb.client(1).post('/webhook/create', {
      WebhookUrl: `${receiver.url}/events`,
      AuthenticationType: 'Token',
      AuthenticationToken: 'hook-token',
      SubscribedEvents: 'New_Sms',
    });
    await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'ping' });
    const [event] = await receiver.waitFor((r) => r.path === '/events');
    expect(event!.headers.authorization).toBe('Bearer hook-token');
    expect(event!.body).toMatchObject({ EventType: 'New_Sms', To: line, Message_Body: 'ping' });
  });

  it('should deliver XML to a webhook whose DataFormat is xml, by PUT', async () => {
    await sb.client(1).post('/webhook/create', {
      WebhookUrl: `${receiver.url}/xml`,
      Method: 'PUT',
      DataFormat: 'xml',
      SubscribedEvents: 'New_Sms',
    });
    await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'a < b' });
    const [event] = await receiver.waitFor((r) => r.path === '/xml');
    expect(event!.method).toBe('PUT');
    expect(event!.headers['content-type']).toBe('application/xml');
    expect(event!.body).toContain('<Message_Body>a &lt; b</Message_Body>');
  });

  it('should post delivery receipts to CallbackMessageUrl as the sandbox clock moves', async () => {
    const sent = await sb.client(1).post('/message/outbound', { From: line, To: [{ Number: '+18015737111' }, { Number: '+18015550999' }], Body: 'hi' });
    expect(sent.status).toBe(200);
    await sb.advanceClock(5);
    const receipts = await receiver.waitFor((r) => r.path === '/status', 4);
    expect(receipts.every((r) => r.headers.authorization === 'Bearer receipt-token')).toBe(true);
    const byRecipient = (to: string): string[] => receipts.filter((r) => r.body.To === to).map((r) => r.body.Status);
    expect(byRecipient('+18015737111')).toEqual(['Sent', 'Delivered']);
    expect(byRecipient('+18015550999')).toEqual(['Sent', 'Failed']);
    expect(receipts.find((r) => r.body.Status === 'Failed')!.body).toMatchObject({ ErrorCode: 30003, ErrorMessage: expect.any(String) });
  });

  it('should retry a failing receiver and record every attempt', async () => {
    receiver.status = 500;
    await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'retry me' });
    await receiver.waitFor((r) => r.path === '/sms', 4);
    let deliveries: any[] = [];
    for (let i = 0; i < 20 && deliveries[0]?.state !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      deliveries = (await sb.admin('GET', 'deliveries')).body.deliveries;
    }
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ kind: 'message', url: `${receiver.url}/sms`, authentication: 'Basic', state: 'failed' });
    expect(deliveries[0].attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 500, 500]);
    expect(JSON.stringify(deliveries)).not.toContain('route-secret');
  });

  it('should deliver after a retry when the receiver recovers', async () => {
    receiver.status = 503;
    await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'eventually' });
    await receiver.waitFor((r) => r.path === '/sms', 1);
    receiver.status = 200;
    await receiver.waitFor((r) => r.path === '/sms', 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [delivery] = (await sb.admin('GET', 'deliveries')).body.deliveries;
    expect(delivery.state).toBe('delivered');
    expect(delivery.attempts.map((a: { status: number }) => a.status)).toEqual([503, 200]);
  });

  it('should not deliver to a disabled route', async () => {
    await sb.client(1).post('/message/routes/update', { MessageRouteId: routeId, MessageRouteEnabled: false });
    await sb.admin('POST', 'inbound-message', { From: '+18015550123', To: line, Body: 'nobody home' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toEqual([]);
  });
});
