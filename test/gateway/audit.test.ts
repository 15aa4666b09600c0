import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { TestGateway } from '../helpers/gateway';
import { acmeProvisionInput } from '../helpers/numbers';
import { type TestPrincipal, testPrincipal } from '../helpers/principals';
import { subscribe, wsClient } from '../helpers/subscriptions';

const PROVISION = 'mutation($input: ProvisionNumberInput!) { provisionNumber(input: $input) { qrCode } }';

describe('audit of mutations', () => {
  let gateway: TestGateway;
  const lines: string[] = [];
  let readOnlyPartner: TestPrincipal;

  /** The audit records logged since `from` (an index into `lines`). */
  const auditsSince = (from: number): Record<string, unknown>[] =>
    lines
      .slice(from)
      .map((line) => JSON.parse(line) as { level: number; audit?: Record<string, unknown> })
      .filter((entry) => entry.audit !== undefined)
      .map((entry) => {
        expect(entry.level).toBe(30); // info
        return entry.audit!;
      });

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    gateway = await TestGateway.start({ logger, sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    readOnlyPartner = await testPrincipal('partner with read only', { role: 'partner', sub: 'reader', accounts: [acme], scope: 'read' });
  });
  afterAll(() => gateway.stop());

  it('should record a provisionNumber that took effect with its targets, key and upstream order, though the client did not select the order', async () => {
    const input = { ...(await acmeProvisionInput(gateway.sandbox)), idempotencyKey: randomUUID() };
    const from = lines.length;
    const reply = await gateway.query(PROVISION, { input });
    expect(reply.body.errors).toBeUndefined();
    const orders = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: input.accountId!, TotalPerPage: 1000 })).body.PhoneNumbers.map(
      (n: { OrderId: string }) => n.OrderId,
    );
    expect(auditsSince(from)).toEqual([
      {
        requestId: expect.any(String),
        principal: 'jwt:test-operator',
        role: 'operator',
        credential: 'jwt',
        operation: 'provisionNumber',
        targets: expect.arrayContaining([input.accountId, input.messageRouteId, input.voiceRouteId]),
        idempotencyKey: input.idempotencyKey,
        outcome: 'ok',
        orderId: orders.at(-1),
      },
    ]);
  });

  it('should record a provisionNumber refused by its access rule, with the refusal as its outcome', async () => {
    const input = await acmeProvisionInput(gateway.sandbox);
    const from = lines.length;
    const reply = await gateway.query(PROVISION, { input }, { ...readOnlyPartner.headers, 'Idempotency-Key': 'key-from-the-header' });
    expect(reply.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(auditsSince(from)).toEqual([
      expect.objectContaining({
        principal: 'jwt:reader',
        role: 'partner',
        operation: 'provisionNumber',
        idempotencyKey: 'key-from-the-header',
        outcome: 'FORBIDDEN',
        orderId: null,
      }),
    ]);
  });

  it('should record each mutation of an operation with its own outcome', async () => {
    const [line] = (await gateway.sandbox.client().get('/numbers/inventory', { TotalPerPage: 1 })).body.PhoneNumbers;
    const from = lines.length;
    const reply = await gateway.query(
      `mutation($known: UpdateNumberInput!, $unknown: UpdateNumberInput!) {
        first: updateNumber(input: $known) { __typename }
        second: updateNumber(input: $unknown) { __typename }
      }`,
      { known: { number: line.Number, callerIdName: 'Audit' }, unknown: { number: '+18015550199', callerIdName: 'Audit' } },
    );
    expect(reply.body.errors).toHaveLength(1);
    expect(auditsSince(from)).toEqual([
      expect.objectContaining({ operation: 'updateNumber', targets: [line.Number], outcome: 'ok', orderId: expect.stringMatching(/^JNUOID-/) }),
      expect.objectContaining({ operation: 'updateNumber', targets: ['+18015550199'], outcome: 'NOT_FOUND', orderId: null }),
    ]);
  });

  it('should never log a secret: neither a password in the arguments nor the secret a payload carries', async () => {
    // Shaped like a phone number, which the audit would otherwise record as a target.
    const password = `+1801${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const from = lines.length;
    const route = await gateway.query(
      'mutation($input: CreateMessageRouteInput!) { createMessageRoute(input: $input) { messageRoute { id } } }',
      {
        input: {
          accountId: (await gateway.sandbox.accountIds())['Acme Mobile'],
          name: 'Audited',
          messageUrl: 'https://example.com/sms',
          authentication: { type: 'BASIC', username: 'user', password },
        },
      },
    );
    expect(route.body.errors).toBeUndefined();
    const distributor = await gateway.query('mutation { createDistributor(input: { name: "Audited Co" }) { credentials { accountSecret } } }');
    const secret = distributor.body.data.createDistributor.credentials.accountSecret as string;
    expect(auditsSince(from).map((record) => [record.operation, record.outcome])).toEqual([
      ['createMessageRoute', 'ok'],
      ['createDistributor', 'ok'],
    ]);
    const logged = lines.slice(from).join('\n');
    expect(logged).not.toContain(password);
    expect(logged).not.toContain(secret);
  });

  it('should record mutations over WebSocket too, refused or not', async () => {
    const input = await acmeProvisionInput(gateway.sandbox);
    const from = lines.length;
    const operator = wsClient(gateway.url);
    const reader = wsClient(gateway.url, { connectionParams: { Authorization: readOnlyPartner.headers.Authorization } });
    try {
      const done = subscribe(operator, PROVISION, { input });
      const refused = subscribe(reader, PROVISION, { input });
      await Promise.all([done.until((log) => log.completed), refused.until((log) => log.completed)]);
    } finally {
      await Promise.all([operator.dispose(), reader.dispose()]);
    }
    const records = auditsSince(from);
    expect(records).toHaveLength(2);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ principal: 'jwt:test-operator', operation: 'provisionNumber', outcome: 'ok', orderId: expect.stringMatching(/^JNUOID-/) }),
        expect.objectContaining({ principal: 'jwt:reader', operation: 'provisionNumber', outcome: 'FORBIDDEN', orderId: null }),
      ]),
    );
  });

  it('should not audit queries', async () => {
    const from = lines.length;
    await gateway.query('{ accounts(first: 1) { totalCount } }');
    expect(auditsSince(from)).toEqual([]);
  });
});
