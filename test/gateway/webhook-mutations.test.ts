import { AccountWebhooksDocument, type CreateWebhookInput, CreateWebhookDocument, DeleteWebhookDocument, UpdateWebhookDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

const SECRET = 'hook-s3cret-value';
const UNKNOWN_WEBHOOK = 'WID-00000000-0000-4000-8000-000000000000';

describe('webhook mutations', () => {
  let gateway: TestGateway;
  let acme: string;
  const upstreamCalls = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const stored = async (id: string): Promise<Record<string, unknown>> => (await gateway.sandbox.client().get('/webhook', { WebhookId: id })).body;
  const base = (): CreateWebhookInput => ({ accountId: acme, url: 'https://events.acme-mobile.example/telegent', events: ['ORDER_UPDATE', 'NEW_SMS'] });

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());

  it('should create a webhook, answer it with its account, and show it in a later query without its token', async () => {
    const reply = await gateway.query(CreateWebhookDocument, { input: { ...base(), dataFormat: 'XML', authentication: { type: 'BEARER', token: SECRET } } });
    expect(reply.body.errors).toBeUndefined();
    const { webhook, account } = reply.body.data!.createWebhook;
    expect(webhook).toEqual({
      id: expect.stringMatching(/^WID-/),
      url: 'https://events.acme-mobile.example/telegent',
      method: 'POST',
      dataFormat: 'XML',
      authenticationType: 'BEARER',
      events: ['ORDER_UPDATE', 'NEW_SMS'],
      active: true,
    });
    expect(account!.webhooks!.map((h) => h.id)).toContain(webhook.id);
    expect(JSON.stringify(reply.body)).not.toContain(SECRET);
    expect((await gateway.query(AccountWebhooksDocument, { id: acme })).body.data!.account!.webhooks).toContainEqual(webhook);
    // On the wire: the create page's words (`Token`), one comma-separated event string.
    expect(await stored(webhook.id)).toMatchObject({ AuthenticationType: 'Token', AuthenticationToken: SECRET, SubscribedEvents: 'Order_Update, New_Sms', DataFormat: 'xml' });
  });

  it.each<[string, Partial<CreateWebhookInput>, string]>([
    ['a URL that is not https', { url: 'http://events.acme-mobile.example/telegent' }, 'input.url'],
    ['a URL over 255 characters', { url: `https://events.example/${'x'.repeat(240)}` }, 'input.url'],
    ['no events', { events: [] }, 'input.events'],
    ['an event named twice', { events: ['NEW_SMS', 'NEW_SMS'] }, 'input.events'],
    ['BASIC without a username', { authentication: { type: 'BASIC', password: SECRET } }, 'input.authentication.username'],
    ['BEARER with a password', { authentication: { type: 'BEARER', token: SECRET, password: SECRET } }, 'input.authentication.password'],
    ['an account ID of the wrong kind', { accountId: 'WID-1' }, 'input.accountId'],
  ])('should refuse %s before calling the upstream', async (_, change, field) => {
    const before = await upstreamCalls();
    const reply = await gateway.query(CreateWebhookDocument, { input: { ...base(), ...change } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(reply.body.errors![0]!.message).not.toContain(SECRET);
    expect(await upstreamCalls()).toBe(before);
  });

  it('should pass on the platform’s refusal of a missing or foreign account', async () => {
    const missing = await gateway.query(CreateWebhookDocument, { input: { ...base(), accountId: null } });
    expect(missing.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/webhook/create' } });
    const initech = (await gateway.sandbox.accountIds())['Initech Wireless']!;
    const foreign = await gateway.query(CreateWebhookDocument, { input: { ...base(), accountId: initech } });
    expect(foreign.body.errors![0]!.message).toMatch(/Invalid AccountId/);
  });

  it('should change events and authentication, using the update page’s words on the wire', async () => {
    const created = (await gateway.query(CreateWebhookDocument, { input: base() })).body.data!.createWebhook.webhook;
    const basic = await gateway.query(UpdateWebhookDocument, {
      input: { webhookId: created.id, events: ['CALL_COMPLETED', 'MESSAGE_STATUS'], method: 'PUT', authentication: { type: 'BASIC', username: 'acme', password: SECRET } },
    });
    expect(basic.body.errors).toBeUndefined();
    expect(basic.body.data!.updateWebhook).toEqual({
      webhook: { ...created, events: ['CALL_COMPLETED', 'MESSAGE_STATUS'], method: 'PUT', authenticationType: 'BASIC' },
      account: { id: acme },
    });
    expect(await stored(created.id)).toMatchObject({ AuthenticationType: 'Basic', AuthenticationUsername: 'acme', SubscribedEvents: 'Call_Completed, Message_Status' });

    const bearer = await gateway.query(UpdateWebhookDocument, { input: { webhookId: created.id, authentication: { type: 'BEARER', token: SECRET } } });
    expect(bearer.body.data!.updateWebhook.webhook.authenticationType).toBe('BEARER');
    expect(await stored(created.id)).toMatchObject({ AuthenticationType: 'Bearer', AuthenticationToken: SECRET });
    expect((await gateway.query(AccountWebhooksDocument, { id: acme })).body.data!.account!.webhooks).toContainEqual(bearer.body.data!.updateWebhook.webhook);
  });

  it('should refuse a malformed update locally, and pass on an unknown webhook', async () => {
    const before = await upstreamCalls();
    const wrongKind = await gateway.query(UpdateWebhookDocument, { input: { webhookId: 'MRID-1', method: 'PUT' } });
    expect(wrongKind.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.webhookId' });
    const noEvents = await gateway.query(UpdateWebhookDocument, { input: { webhookId: UNKNOWN_WEBHOOK, events: [] } });
    expect(noEvents.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
    expect(await upstreamCalls()).toBe(before);
    const unknown = await gateway.query(UpdateWebhookDocument, { input: { webhookId: UNKNOWN_WEBHOOK, method: 'PUT' } });
    expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/webhook/update' } });
  });

  it('should delete a webhook and answer the account without it; an unknown one is NOT_FOUND', async () => {
    const created = (await gateway.query(CreateWebhookDocument, { input: base() })).body.data!.createWebhook.webhook;
    const reply = await gateway.query(DeleteWebhookDocument, { input: { webhookId: created.id } });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.deleteWebhook.deletedId).toBe(created.id);
    expect(reply.body.data!.deleteWebhook.account!.id).toBe(acme);
    expect(reply.body.data!.deleteWebhook.account!.webhooks!.map((h) => h.id)).not.toContain(created.id);

    const again = await gateway.query(DeleteWebhookDocument, { input: { webhookId: created.id } });
    expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/webhook/delete' } });
  });
});
