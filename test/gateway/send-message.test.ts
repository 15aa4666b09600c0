import { randomUUID } from 'node:crypto';
import { OutboundMessagesDocument, SendMessageDocument, type SendMessageInput } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { usDateIn } from '../helpers/numbers';

const OUTBOUND = 'POST /v1.0/message/outbound';
const RECIPIENTS = ['+12016093801', '+13125550143'];

describe('sendMessage', () => {
  let gateway: TestGateway;
  let acme: string;
  let lines: string[];
  const sends = async (g = gateway): Promise<number> => (await g.sandbox.stats()).byEndpoint[OUTBOUND] ?? 0;
  const sentFrom = async (number: string): Promise<number> =>
    (await gateway.sandbox.client().get('/message/search', { PhoneNumber: number, Direction: 'Outbound', PageSize: 100 })).body.ResultsTotalRecords;
  /** A message no other test sends, so reconciliation only finds this test's sends. */
  const text = (): string => `Your code is ${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', MESSAGE_SEARCH_LAG_SEC: '0' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    const inventory = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: acme, TotalPerPage: 1000 })).body.PhoneNumbers;
    lines = inventory.filter((n: { Classification: string }) => n.Classification === 'MVNO').map((n: { Number: string }) => n.Number);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  it('should send one message per recipient and answer each, the cost and the sender; a later query shows them', async () => {
    const body = text();
    const reply = await gateway.query(SendMessageDocument, { input: { from: lines[10]!, to: RECIPIENTS, body, campaignId: 'JCID-spring' } });
    expect(reply.body.errors).toBeUndefined();
    const payload = reply.body.data!.sendMessage;
    const message = { direction: 'OUTBOUND', from: lines[10], body, status: 'QUEUED', kind: 'SMS', campaignId: 'JCID-spring', cost: '0.0045', mediaUrls: [] };
    expect(payload).toEqual({
      messages: RECIPIENTS.map((to) => ({ id: expect.stringMatching(/^TMID-/), to, ...message })),
      recipients: RECIPIENTS,
      cost: '0.009',
      sender: { number: lines[10] },
    });
    const later = (await gateway.query(OutboundMessagesDocument, { phoneNumber: lines[10]! })).body.data!.messages!.items;
    expect(later.filter((m) => m.body === body).map((m) => m.id).sort()).toEqual(payload.messages.map((m) => m.id).sort());
  });

  it('should send an MMS with media by URL and inline', async () => {
    const reply = await gateway.query(SendMessageDocument, {
      input: { from: lines[11]!, to: [RECIPIENTS[0]!], body: '', mediaUrls: ['https://cdn.acme-mobile.example/card.png'], media: [{ base64: 'UklGRiQAAABXQVZF', mimeType: 'audio/wav' }] },
    });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.sendMessage.messages).toEqual([expect.objectContaining({ kind: 'MMS', body: '', mediaUrls: ['https://cdn.acme-mobile.example/card.png'], cost: '0.02' })]);
  });

  it.each<[string, Partial<SendMessageInput>, string]>([
    ['a sender that is not E.164', { from: '8015550100' }, 'input.from'],
    ['no recipients', { to: [] }, 'input.to'],
    ['more than 100 recipients', { to: Array.from({ length: 101 }, (_, i) => `+1801555${String(1000 + i)}`) }, 'input.to'],
    ['a recipient that is not E.164', { to: ['+12016093801', '12345'] }, 'input.to[1]'],
    ['a recipient listed twice', { to: ['+12016093801', '+12016093801'] }, 'input.to[1]'],
    ['an empty SMS', { body: '   ' }, 'input.body'],
    ['a media URL that is not a URL', { mediaUrls: ['card.png'] }, 'input.mediaUrls[0]'],
    ['inline media that is not base64', { media: [{ base64: 'not base64!', mimeType: 'image/png' }] }, 'input.media[0].base64'],
    ['inline media without a MIME type', { media: [{ base64: 'AAAA', mimeType: 'png' }] }, 'input.media[0].mimeType'],
    ['a campaign ID over 100 characters', { campaignId: 'c'.repeat(101) }, 'input.campaignId'],
    ['a malformed idempotency key', { idempotencyKey: 'has space' }, 'idempotencyKey'],
  ])('should refuse %s before calling the upstream', async (_, change, field) => {
    const before = (await gateway.sandbox.stats()).total;
    const reply = await gateway.query(SendMessageDocument, { input: { from: lines[12]!, to: RECIPIENTS, body: 'hello', ...change } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it('should pass on a sender that is not the distributor’s number', async () => {
    const reply = await gateway.query(SendMessageDocument, { input: { from: '+15125550199', to: RECIPIENTS, body: 'hello' } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: OUTBOUND } });
  });

  it('should answer SENDER_CANNOT_MESSAGE with the reason when the number is parked or has messaging off', async () => {
    const sandbox = gateway.sandbox.client();
    const parked = lines[13]!;
    await sandbox.post('/numbers/status', { AccountId: acme, StatusChange: 'park', EffectiveDate: usDateIn(0), PhoneNumbers: [{ Number: parked }] });
    const notActive = await gateway.query(SendMessageDocument, { input: { from: parked, to: RECIPIENTS, body: 'hello' } });
    expect(notActive.body.errors![0]!.extensions).toMatchObject({ code: 'SENDER_CANNOT_MESSAGE', reason: 'NOT_ACTIVE', status: 'Parked', upstream: { status: 400, endpoint: OUTBOUND } });

    const silent = lines[14]!;
    expect((await sandbox.post('/numbers/update', { AccountId: acme, Number: silent, MessageEnabled: false })).status).toBe(200);
    const disabled = await gateway.query(SendMessageDocument, { input: { from: silent, to: RECIPIENTS, body: 'hello', idempotencyKey: randomUUID() } });
    expect(disabled.body.errors![0]!.extensions).toMatchObject({ code: 'SENDER_CANNOT_MESSAGE', reason: 'MESSAGING_DISABLED' });
  });

  it('should send once per idempotency key: replays, concurrent calls and a reused key', async () => {
    const input = { from: lines[15]!, to: RECIPIENTS, body: text(), idempotencyKey: randomUUID() };
    const before = await sends();
    const replies = await Promise.all(Array.from({ length: 20 }, () => gateway.query(SendMessageDocument, { input })));
    expect(replies.filter((r) => r.body.errors)).toEqual([]);
    expect(new Set(replies.map((r) => r.body.data!.sendMessage.messages[0]!.id)).size).toBe(1);
    expect(await sends()).toBe(before + 1);

    const replay = await gateway.query(SendMessageDocument, { input });
    expect(replay.body.data!.sendMessage.messages.map((m) => m.id)).toEqual(replies[0]!.body.data!.sendMessage.messages.map((m) => m.id));
    const reused = await gateway.query(SendMessageDocument, { input: { ...input, body: 'something else' } });
    expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await sends()).toBe(before + 1);
  });

  it('should answer a lost answer with UPSTREAM_OUTCOME_UNKNOWN, and on retry with the key find the send, not send again', async () => {
    const from = lines[16]!;
    const input = { from, to: RECIPIENTS, body: text(), idempotencyKey: randomUUID() };
    const [before, sentBefore] = [await sends(), await sentFrom(from)];
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: OUTBOUND, drop: 'after', times: 1 }] });

    const lost = await gateway.query(SendMessageDocument, { input });
    expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: OUTBOUND } });
    expect(await sentFrom(from)).toBe(sentBefore + 2); // the platform did send

    const retry = await gateway.query(SendMessageDocument, { input });
    expect(retry.body.errors).toBeUndefined();
    const stored = (await gateway.sandbox.client().get('/message/search', { PhoneNumber: from, Direction: 'Outbound' })).body.Results.filter((m: { Body: string }) => m.Body === input.body);
    expect(retry.body.data!.sendMessage).toMatchObject({ recipients: RECIPIENTS, cost: '0.009' });
    expect(retry.body.data!.sendMessage.messages.map((m) => [m.id, m.to])).toEqual(
      RECIPIENTS.map((to) => [stored.find((m: { To: { Number: string }[] }) => m.To[0]!.Number === to).MessageId, to]),
    );
    expect(await sends()).toBe(before + 1);
    expect(await sentFrom(from)).toBe(sentBefore + 2);

    const replay = await gateway.query(SendMessageDocument, { input });
    expect(replay.body.data!.sendMessage.messages[0]!.id).toBe(retry.body.data!.sendMessage.messages[0]!.id);
    expect(await sends()).toBe(before + 1);
  });

  it('should send on retry when the request was lost before the platform handled it', async () => {
    const from = lines[17]!;
    const input = { from, to: RECIPIENTS, body: text(), idempotencyKey: randomUUID() };
    const sentBefore = await sentFrom(from);
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: OUTBOUND, drop: 'before', times: 1 }] });
    const lost = await gateway.query(SendMessageDocument, { input });
    expect(lost.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(await sentFrom(from)).toBe(sentBefore);

    const retry = await gateway.query(SendMessageDocument, { input });
    expect(retry.body.errors).toBeUndefined();
    expect(await sentFrom(from)).toBe(sentBefore + 2);
  });

  it('should not decide when the same message was also sent without a key since the lost attempt', async () => {
    const from = lines[18]!;
    const input = { from, to: RECIPIENTS, body: text(), idempotencyKey: randomUUID() };
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: OUTBOUND, drop: 'after', times: 1 }] });
    expect((await gateway.query(SendMessageDocument, { input })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    const { idempotencyKey: _, ...unkeyed } = input;
    expect((await gateway.query(SendMessageDocument, { input: unkeyed })).body.errors).toBeUndefined();

    const before = await sends();
    const retry = await gateway.query(SendMessageDocument, { input });
    expect(retry.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(retry.body.errors![0]!.message).toMatch(/2 sends/);
    expect(await sends()).toBe(before);
  });

  it('should not take a message search that may still lag as proof that nothing was sent', async () => {
    const lagging = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', MESSAGE_SEARCH_LAG_SEC: '300' } });
    try {
      const input = { from: lines[19]!, to: RECIPIENTS, body: text(), idempotencyKey: randomUUID() };
      await lagging.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: OUTBOUND, drop: 'before', times: 1 }] });
      expect((await lagging.query(SendMessageDocument, { input })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      const retry = await lagging.query(SendMessageDocument, { input });
      expect(retry.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      expect(retry.body.errors![0]!.message).toMatch(/may lag; retry with the same key after/);
      expect(await sends(lagging)).toBe(1);
    } finally {
      await lagging.stop();
    }
  });
});
