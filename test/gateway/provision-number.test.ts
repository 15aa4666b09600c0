import { randomUUID } from 'node:crypto';
import { AvailableNumbersDocument, ChangeNumberStatusDocument, NumberProvisioningDocument, ProvisionNumberDocument, type ProvisionNumberInput } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { acmeProvisionInput } from '../helpers/numbers';
import { TEST_AUTH_ENV, mintTestToken, operatorHeaders } from '../helpers/auth';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROVISION = 'POST /v1.0/numbers/provision';

describe('provisionNumber', () => {
  let gateway: TestGateway;
  let base: ProvisionNumberInput;
  let subscriberId: string;

  const provisions = async (g = gateway): Promise<number> => (await g.sandbox.stats()).byEndpoint[PROVISION] ?? 0;
  const inventorySize = async (): Promise<number> =>
    (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: base.accountId!, TotalPerPage: 1000 })).body.TotalResults;

  beforeAll(async () => {
    // The tests read the sandbox directly too; neither quota (the sandbox's, the gateway's queue) is what they are about.
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    const sandbox = gateway.sandbox.client();
    const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    const subscribers = (await sandbox.get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results;
    subscriberId = subscribers.find((s: { Account: { AccountId: string } }) => s.Account.AccountId === acme).SubscriberId;
    base = await acmeProvisionInput(gateway.sandbox);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  it('should buy a number and return the order, the number (with its product type) and the subscriber', async () => {
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, subscriberId } });
    expect(reply.body.errors).toBeUndefined();
    const payload = reply.body.data!.provisionNumber;
    expect(payload.order).toMatchObject({ id: expect.stringMatching(/^JNUOID-/), type: 'Provision', status: 'COMPLETED', statusText: 'Complete', history: [{ status: 'COMPLETED' }] });
    expect(payload.phoneNumber).toMatchObject({
      number: expect.stringMatching(/^\+1801\d{7}$/),
      numberType: 'MVNO',
      messageType: 'P2P',
      productType: 'SMS_DATA_VOICE',
      voiceEnabled: true,
      status: 'Active',
      account: { name: 'Acme Mobile' },
      subscriber: { id: subscriberId },
    });
    expect(payload.order.numbers).toEqual([payload.phoneNumber!.number]);
    expect(payload.subscriber).toMatchObject({ id: subscriberId });
  });

  it('should keep what provisioning answered (ZIP code, data flag, eSIM QR code) readable on the number, for those who reach it', async () => {
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, dataEnabled: true } });
    expect(reply.body.errors).toBeUndefined();
    const { qrCode, zipCode, phoneNumber } = reply.body.data!.provisionNumber;
    expect(qrCode).toMatch(/^https:\/\/.+LPA:1/);
    expect(zipCode).toMatch(/^\d{5}$/);
    const number = phoneNumber!.number;
    // As Telegent answered it (its number records carry neither the ZIP code nor the QR code).
    const upstream = await gateway.sandbox.client().get('/numbers', { PhoneNumber: number });
    expect(upstream.body).not.toHaveProperty('ZipCode');

    const later = await gateway.query(NumberProvisioningDocument, { number });
    expect(later.body.data!.phoneNumber).toEqual({ id: phoneNumber!.id, number, productType: 'SMS_DATA_VOICE', dataEnabled: true, zipCode, qrCode });

    // An ACTIVATE answers a new QR code: the number shows that one from then on.
    const activated = await gateway.query(ChangeNumberStatusDocument, { input: { change: 'ACTIVATE', numbers: [{ number }] } });
    const fresh = activated.body.data!.changeNumberStatus.results[0]!.qrCode;
    expect(fresh).toMatch(/LPA:1/);
    expect(fresh).not.toBe(qrCode);
    expect((await gateway.query(NumberProvisioningDocument, { number })).body.data!.phoneNumber).toMatchObject({ qrCode: fresh, zipCode });

    const accounts = await gateway.sandbox.accountIds();
    const as = async (claims: Parameters<typeof mintTestToken>[0]) => ({ Authorization: `Bearer ${await mintTestToken(claims)}` });
    const manager = await gateway.query(NumberProvisioningDocument, { number }, await as({ role: 'manager', accounts: [base.accountId!] }));
    expect(manager.body.data!.phoneNumber).toMatchObject({ qrCode: fresh });
    // Another account's manager does not reach the number; a read-only credential may not read QR codes at all.
    const other = Object.values(accounts).find((id) => id !== base.accountId)!;
    const outsider = await gateway.query(NumberProvisioningDocument, { number }, await as({ role: 'manager', accounts: [other] }));
    expect(outsider.body).toMatchObject({ data: { phoneNumber: null } });
    expect(outsider.body.errors).toBeUndefined();
    const readOnly = await gateway.query(NumberProvisioningDocument, { number }, await as({ role: 'manager', accounts: [base.accountId!], scope: 'read' }));
    expect(readOnly.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'numbers:write' });
    expect(readOnly.body.data ?? null).toBeNull();
  });

  it('should answer null for what it has not seen: a number not provisioned through the gateway', async () => {
    const seeded = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: base.accountId!, TotalPerPage: 1 })).body.PhoneNumbers[0];
    const reply = await gateway.query(NumberProvisioningDocument, { number: seeded.Number });
    expect(reply.body.data!.phoneNumber).toEqual({ id: seeded.Tnid, number: seeded.Number, productType: null, dataEnabled: null, zipCode: null, qrCode: null });
  });

  it.each<[ProvisionNumberInput['numberType'], Partial<ProvisionNumberInput>]>([
    ['IOT', { messageType: 'P2P', productType: 'SMS_DATA' }],
    ['VOIP', { messageType: 'A2P', productType: 'SMS_ONLY' }],
  ])('should buy a %s number availableNumbers found with the same NumberType, and read it back as that type', async (numberType, change) => {
    const found = await gateway.query(AvailableNumbersDocument, { numberType, areaCode: '801', pageSize: 1 });
    const [number] = found.body.data!.availableNumbers!.numbers;
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, ...change, numberType, number, areaCode: null, zipCode: null, voiceEnabled: false, voiceRouteId: null } });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.provisionNumber.phoneNumber).toMatchObject({ number, numberType });
  });

  it.each<[string, Partial<ProvisionNumberInput>, string]>([
    ['IOT with A2P', { numberType: 'IOT', messageType: 'A2P' }, 'input.messageType'],
    ['VOIP with P2P', { numberType: 'VOIP', messageType: 'P2P' }, 'input.messageType'],
    ['voice without a voice route', { voiceRouteId: null }, 'input.voiceRouteId'],
    ['no message route', { messageRouteId: null }, 'input.messageRouteId'],
    ['a route ID of the wrong kind', { messageRouteId: 'CRID-1234' }, 'input.messageRouteId'],
    ['a 2-digit area code', { areaCode: '80' }, 'input.areaCode'],
    ['a 4-digit ZIP code', { zipCode: '8460' }, 'input.zipCode'],
    ['a malformed ICCID', { iccid: '1234' }, 'input.iccid'],
    ['a subscriber ID of the wrong kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
  ])('should refuse %s before calling the upstream', async (_, change, field) => {
    const before = (await gateway.sandbox.stats()).total;
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, ...change } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it('should pass on the platform’s refusal of an unknown route', async () => {
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, messageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ upstream: { endpoint: PROVISION } });
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(reply.body.errors![0]!.extensions!.code);
  });

  it('should buy the number a client picked from availability, and answer NUMBER_CLAIMED for one someone else owns', async () => {
    const search = await gateway.sandbox.client().post('/numbers/availability', {
      NumberType: 'mobile', MessageEnabled: true, VoiceEnabled: true, AreaCode: '801', PageNumber: 1, TotalNumbersRequested: 5,
    });
    const picked = search.body.NumbersAvailable[3].Number as string;
    const bought = await gateway.query(ProvisionNumberDocument, { input: { ...base, areaCode: null, number: picked } });
    expect(bought.body.errors).toBeUndefined();
    expect(bought.body.data!.provisionNumber.phoneNumber).toMatchObject({ number: picked, status: 'Active' });

    const initech = (await gateway.sandbox.client(1).get('/numbers/inventory', { TotalPerPage: 1 })).body.PhoneNumbers[0].Number as string;
    const claimed = await gateway.query(ProvisionNumberDocument, { input: { ...base, areaCode: null, number: initech } });
    expect(claimed.body.errors![0]!.extensions).toMatchObject({ code: 'NUMBER_CLAIMED', upstream: { status: 400, endpoint: PROVISION } });
  });

  it('should refuse a picked number together with an area code, before calling the upstream', async () => {
    const before = (await gateway.sandbox.stats()).total;
    const reply = await gateway.query(ProvisionNumberDocument, { input: { ...base, number: '+18015550123' } });
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.areaCode' });
    const malformed = await gateway.query(ProvisionNumberDocument, { input: { ...base, areaCode: null, number: '8015550123' } });
    expect(malformed.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it('should buy exactly one number for 50 concurrent calls with one key', async () => {
    const [before, size] = [await provisions(), await inventorySize()];
    const input = { ...base, idempotencyKey: randomUUID() };
    const replies = await Promise.all(Array.from({ length: 50 }, () => gateway.query(ProvisionNumberDocument, { input })));
    expect(replies.filter((r) => r.body.errors)).toEqual([]);
    expect(new Set(replies.map((r) => r.body.data!.provisionNumber.phoneNumber!.number)).size).toBe(1);
    expect(await provisions()).toBe(before + 1);
    expect(await inventorySize()).toBe(size + 1);

    const reused = await gateway.query(ProvisionNumberDocument, { input: { ...input, areaCode: '385' } });
    expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await provisions()).toBe(before + 1);
  });

  it('should answer a lost answer with UPSTREAM_OUTCOME_UNKNOWN, and on retry with the key return the number bought, not buy another', async () => {
    const input = { ...base, subscriberId, idempotencyKey: randomUUID() };
    const [before, size] = [await provisions(), await inventorySize()];
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: PROVISION, drop: 'after', times: 1 }] });

    const lost = await gateway.query(ProvisionNumberDocument, { input });
    expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: PROVISION } });
    expect(await inventorySize()).toBe(size + 1); // the sandbox did buy it

    const retry = await gateway.query(ProvisionNumberDocument, { input });
    expect(retry.body.errors).toBeUndefined();
    const bought = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: base.accountId!, TotalPerPage: 1000 })).body.PhoneNumbers.at(-1);
    expect(retry.body.data!.provisionNumber.phoneNumber).toMatchObject({ number: bought.Number, productType: 'SMS_DATA_VOICE', subscriber: { id: subscriberId } });
    expect(await provisions()).toBe(before + 1);
    expect(await inventorySize()).toBe(size + 1);
    // Reconciling read the inventory and the newest orders, not every order of the account.
    expect((await gateway.sandbox.stats()).byEndpoint['GET /v1.0/numbers/order']).toBeLessThanOrEqual(3);

    // Once reconciled, the key replays like any other.
    const replay = await gateway.query(ProvisionNumberDocument, { input });
    expect(replay.body.data!.provisionNumber.order.id).toBe(retry.body.data!.provisionNumber.order.id);
  });

  it('should buy on retry when the request was lost before the platform handled it', async () => {
    const input = { ...base, idempotencyKey: randomUUID() };
    const size = await inventorySize();
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: PROVISION, drop: 'before', times: 1 }] });
    const lost = await gateway.query(ProvisionNumberDocument, { input });
    expect(lost.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
    expect(await inventorySize()).toBe(size);

    const retry = await gateway.query(ProvisionNumberDocument, { input });
    expect(retry.body.errors).toBeUndefined();
    expect(await inventorySize()).toBe(size + 1);
  });

  it('should replay a key after a gateway restart when the records live in Redis', async () => {
    const env = { REDIS_URL };
    const first = await TestGateway.start({ env });
    const input = { ...base, accountId: (await first.sandbox.accountIds())['Acme Mobile']!, idempotencyKey: randomUUID() };
    const routes = (await first.sandbox.client().get('/account/message/routes', { AccountId: input.accountId })).body.Results;
    input.messageRouteId = routes.find((r: { RouteName: string }) => r.RouteName === 'Acme SMS Webhook').MessageRouteId;
    input.voiceRouteId = (await first.sandbox.client().get('/account/voice/routes', { AccountId: input.accountId })).body.Results[0].CallRouteId;
    const bought = await first.query(ProvisionNumberDocument, { input });
    expect(bought.body.errors).toBeUndefined();
    await first.app.stop();

    // A new gateway process in front of the same upstream.
    const { buildApp } = await import('../../src/app');
    const { loadConfig } = await import('../../src/config');
    const { SANDBOX_CREDENTIALS } = await import('../../sandbox');
    const second = await buildApp(
      loadConfig({
        TELEGENT_BASE_URL: first.sandbox.url,
        TELEGENT_ACCOUNT_KEY: SANDBOX_CREDENTIALS[0].accountKey,
        TELEGENT_ACCOUNT_SECRET: SANDBOX_CREDENTIALS[0].accountSecret,
        ...TEST_AUTH_ENV,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        REDIS_URL,
      }),
    );
    await second.start(0);
    try {
      const response = await fetch(second.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await operatorHeaders()) },
        body: JSON.stringify({ query: 'mutation($input: ProvisionNumberInput!) { provisionNumber(input: $input) { order { id } phoneNumber { number } } }', variables: { input } }),
      });
      const replay = (await response.json()) as { data: { provisionNumber: { order: { id: string }; phoneNumber: { number: string } } } };
      expect(replay.data.provisionNumber).toEqual({
        order: { id: bought.body.data!.provisionNumber.order.id },
        phoneNumber: { number: bought.body.data!.provisionNumber.phoneNumber!.number },
      });
      expect((await first.sandbox.stats()).byEndpoint[PROVISION]).toBe(1);
    } finally {
      await second.stop();
      await first.sandbox.stop();
    }
  });
});
