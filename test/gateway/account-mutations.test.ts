import { AccountProfileDocument, CreateAccountDocument, UpdateAccountDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

const BILLING = { street1: '42 Canyon Rd', street2: null, city: 'Provo', state: 'UT', zip: '84604', country: 'USA' };

describe('account mutations', () => {
  let gateway: TestGateway;
  const creates = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint['POST /v1.0/account/create'] ?? 0;
  const upstreamWrites = async (): Promise<number> => {
    const { byEndpoint } = await gateway.sandbox.stats();
    return Object.entries(byEndpoint)
      .filter(([endpoint]) => endpoint.startsWith('POST') && !endpoint.endsWith('/oauth2/tokens'))
      .reduce((sum, [, n]) => sum + n, 0);
  };

  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(() => gateway.stop());

  describe('createAccount', () => {
    it('should create the account and answer its addresses and admin e-mail, then and in later requests', async () => {
      const reply = await gateway.query(CreateAccountDocument, {
        input: { name: 'Summit Outfitters', adminEmail: 'ops@summit.example', billingAddress: BILLING },
      });
      expect(reply.body.errors).toBeUndefined();
      const account = reply.body.data!.createAccount.account;
      expect(account).toEqual({
        id: expect.stringMatching(/^AID-/),
        name: 'Summit Outfitters',
        adminEmail: 'ops@summit.example',
        billingAddress: BILLING,
        mailingAddress: null,
      });

      // Telegent cannot read an account: the gateway answers from what create told it.
      const later = await gateway.query(AccountProfileDocument, { id: account.id });
      expect(later.body.data!.account).toEqual(account);
    });

    it('should keep the admin e-mail Telegent does not echo through later updates, which cannot change it', async () => {
      const created = await gateway.query(CreateAccountDocument, { input: { name: 'Pine Ridge', adminEmail: 'admin@pineridge.example' } });
      const { id } = created.body.data!.createAccount.account;
      // The upstream's answer has no AccountAdmin (sandbox README): the gateway remembered what it sent.
      const updated = await gateway.query(UpdateAccountDocument, { input: { accountId: id, name: 'Pine Ridge Ranch', billingAddress: BILLING } });
      expect(updated.body.data!.updateAccount.account).toMatchObject({ name: 'Pine Ridge Ranch', adminEmail: 'admin@pineridge.example', billingAddress: BILLING });
      expect((await gateway.query(AccountProfileDocument, { id })).body.data!.account).toMatchObject({ adminEmail: 'admin@pineridge.example' });
    });

    it('should refuse bad input with the field path, before any upstream call', async () => {
      const before = await upstreamWrites();
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '  ', adminEmail: 'a@b.example' }, 'input.name'],
        [{ name: 'X', adminEmail: 'not-an-email' }, 'input.adminEmail'],
        [{ name: 'X', adminEmail: 'a@b.example', billingAddress: { city: 'c'.repeat(201) } }, 'input.billingAddress.city'],
      ];
      for (const [input, field] of cases) {
        const reply = await gateway.query(CreateAccountDocument, { input } as never);
        expect([field, reply.body.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
      expect(await upstreamWrites()).toBe(before);
    });

    it('should create once per idempotency key, replay the first result, and refuse the key for another input', async () => {
      const input = { name: 'Bluebird Logistics', adminEmail: 'it@bluebird.example', idempotencyKey: 'create-bluebird-1' };
      const before = await creates();
      const replies = await Promise.all(Array.from({ length: 10 }, () => gateway.query(CreateAccountDocument, { input })));
      const ids = new Set(replies.map((r) => r.body.data?.createAccount.account.id));
      expect(ids.size).toBe(1);
      expect(await creates()).toBe(before + 1);

      const replay = await gateway.query(CreateAccountDocument, { input });
      expect(replay.body.data!.createAccount.account.id).toBe([...ids][0]);
      expect(await creates()).toBe(before + 1);

      const reused = await gateway.query(CreateAccountDocument, { input: { ...input, name: 'Bluebird Freight' } });
      expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await creates()).toBe(before + 1);
    });

    it('should take the key from the Idempotency-Key header, and refuse a header that contradicts the input', async () => {
      const input = { name: 'Header Works', adminEmail: 'h@w.example' };
      const first = await gateway.query(CreateAccountDocument, { input }, { 'Idempotency-Key': 'hdr-1' });
      const second = await gateway.query(CreateAccountDocument, { input }, { 'Idempotency-Key': 'hdr-1' });
      expect(second.body.data!.createAccount.account.id).toBe(first.body.data!.createAccount.account.id);

      const both = await gateway.query(CreateAccountDocument, { input: { ...input, idempotencyKey: 'hdr-2' } }, { 'Idempotency-Key': 'hdr-3' });
      expect(both.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
      const bad = await gateway.query(CreateAccountDocument, { input: { ...input, idempotencyKey: 'has space' } });
      expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    });
  });

  describe('updateAccount', () => {
    it('should rename a seeded account, make its addresses known, and show the change in the graph', async () => {
      const doe = (await gateway.sandbox.accountIds())['Doe Family']!;
      expect((await gateway.query(AccountProfileDocument, { id: doe })).body.data!.account!.billingAddress).toBeNull();

      const reply = await gateway.query(UpdateAccountDocument, { input: { accountId: doe, name: 'The Doe Family', mailingAddress: { street1: 'PO Box 7', city: 'Heber' } } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateAccount.account).toMatchObject({
        id: doe,
        name: 'The Doe Family',
        mailingAddress: { street1: 'PO Box 7', street2: null, city: 'Heber', state: null, zip: null, country: null },
      });
      const later = await gateway.query(AccountProfileDocument, { id: doe });
      expect(later.body.data!.account).toEqual(reply.body.data!.updateAccount.account);
      expect(later.body.data!.account!.billingAddress).not.toBeNull();
      // Created before the gateway saw it: its admin e-mail is unknown (Telegent never returns it).
      expect(later.body.data!.account!.adminEmail).toBeNull();
    });

    it('should refuse an ID of the wrong kind locally and an unknown account from the upstream', async () => {
      const before = await upstreamWrites();
      const wrongKind = await gateway.query(UpdateAccountDocument, { input: { accountId: 'TSUID-123', name: 'X' } });
      expect(wrongKind.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.accountId' });
      expect(await upstreamWrites()).toBe(before);

      const unknown = await gateway.query(UpdateAccountDocument, { input: { accountId: 'AID-00000000-0000-4000-8000-000000000000', name: 'X' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/account/update' } });
      expect(unknown.body.errors![0]!.message).toMatch(/AccountId/);
    });
  });

  describe('reads after a write', () => {
    it('should not hand a query made after a write the answer of a read started before it', async () => {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const subscribersRead = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint['GET /v1.0/distributor/subscribers'] ?? 0;
      const before = await subscribersRead();
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/distributor/subscribers', latencyMs: 600 }] });
      try {
        // A slow read of the directory that started before the write (through the cache, so it really reads).
        const early = gateway.query(AccountProfileDocument, { id: acme }, { 'Cache-Control': 'no-cache' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await gateway.query(UpdateAccountDocument, { input: { accountId: acme, name: 'Acme Mobile Co' } });
        const late = await gateway.query(AccountProfileDocument, { id: acme });
        await early;
        expect(late.body.errors).toBeUndefined();
        expect(late.body.data!.account!.name).toBe('Acme Mobile Co');
        // Only the early read reaches the directory: the late query is answered from the cache, the rename applied to it.
        expect(await subscribersRead()).toBe(before + 1);
      } finally {
        await gateway.sandbox.admin('DELETE', 'faults');
      }
    });
  });
});
