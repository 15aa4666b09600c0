import { TestSandbox } from '../helpers/sandbox';

const NULL_ADDRESS = { Street1: null, Street2: null, City: null, State: null, Zip: null, Country: null };

describe('accounts', () => {
  let sb: TestSandbox;
  let ids: Record<string, string>;

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    ids = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  describe('POST /v1.0/account/create', () => {
    const billing = { Street1: '100 Main St', Street2: 'Suite 200', City: 'Lehi', State: 'Utah', Zip: '84043', Country: 'USA' };

    it('should create an account and echo its name and addresses', async () => {
      const reply = await sb.client(0).post('/account/create', {
        AccountName: 'Acme MVNO',
        AccountAdmin: 'ops@acmemobile.com',
        BillingAddress: billing,
        MailingAddress: { Street1: null, City: null, State: null, Zip: null },
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        AccountId: expect.stringMatching(/^AID-[0-9a-f-]{36}$/),
        AccountName: 'Acme MVNO',
        TotalSubscribers: 0,
        BillingAddress: billing,
        MailingAddress: NULL_ADDRESS,
      });
    });

    it('should not echo AccountAdmin', async () => {
      const reply = await sb.client(0).post('/account/create', { AccountName: 'Quiet', AccountAdmin: 'a@b.example' });
      expect(reply.body).not.toHaveProperty('AccountAdmin');
    });

    it('should default both addresses to all-null parts when they are not sent', async () => {
      const reply = await sb.client(0).post('/account/create', { AccountName: 'Bare', AccountAdmin: 'a@b.example' });
      expect(reply.body.BillingAddress).toEqual(NULL_ADDRESS);
      expect(reply.body.MailingAddress).toEqual(NULL_ADDRESS);
    });

    it('should read field names case-insensitively', async () => {
      const reply = await sb.client(0).post('/account/create', { accountname: 'Lower', ACCOUNTADMIN: 'a@b.example' });
      expect(reply.status).toBe(200);
      expect(reply.body.AccountName).toBe('Lower');
    });

    it('should place the account under the caller, where subscribers can then be created', async () => {
      const client = sb.client(1);
      const account = (await client.post('/account/create', { AccountName: 'Initech Labs', AccountAdmin: 'labs@initech.example' })).body;
      expect((await sb.accountIds())['Initech Labs']).toBe(account.AccountId);

      const created = await client.post('/subscribers/create', {
        Name: 'Lab User',
        Email: 'lab.user@initech.example',
        PhoneNumbers: [],
        Role: 'Subscriber',
        Password: 'x1',
        AccountId: account.AccountId,
      });
      expect(created.status).toBe(200);
      const updated = await client.post('/account/update', { AccountId: account.AccountId });
      expect(updated.body.TotalSubscribers).toBe(1);
    });

    it('should make AccountId required on account/update once a second account exists', async () => {
      const client = sb.client(1);
      expect((await client.post('/account/update', {})).status).toBe(200);
      await client.post('/account/create', { AccountName: 'Initech Labs', AccountAdmin: 'labs@initech.example' });
      const reply = await client.post('/account/update', {});
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/AccountId is required/);
    });

    it.each([
      ['a missing AccountName', 'AccountName', { AccountAdmin: 'a@b.example' }],
      ['a blank AccountName', 'AccountName', { AccountName: '   ', AccountAdmin: 'a@b.example' }],
      ['a missing AccountAdmin', 'AccountAdmin', { AccountName: 'No admin' }],
    ])('should reject %s', async (_label, field, body) => {
      const reply = await sb.client(0).post('/account/create', body);
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ StatusCode: 400, Message: `Bad request: ${field} is required.` });
    });

    it('should reject an AccountAdmin that is not an e-mail address', async () => {
      const reply = await sb.client(0).post('/account/create', { AccountName: 'X', AccountAdmin: 'not-an-email' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe("Bad request: AccountAdmin 'not-an-email' is not a valid e-mail address.");
    });

    it('should reject an address part of the wrong JSON type', async () => {
      const reply = await sb.client(0).post('/account/create', {
        AccountName: 'X',
        AccountAdmin: 'a@b.example',
        BillingAddress: { City: 5 },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Path: \$\.BillingAddress\.City/);
    });

    it('should reject an address that is not an object', async () => {
      const reply = await sb.client(0).post('/account/create', { AccountName: 'X', AccountAdmin: 'a@b.example', MailingAddress: 'Lehi' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Path: \$\.MailingAddress/);
    });
  });

  describe('POST /v1.0/account/update', () => {
    it('should require AccountId when the distributor has more than one account', async () => {
      const reply = await sb.client(0).post('/account/update', { AccountName: 'Renamed' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe('Bad request: AccountId is required when the distributor has more than one account.');
    });

    it("should update a single-account distributor's account without AccountId", async () => {
      const reply = await sb.client(1).post('/account/update', { AccountName: 'Initech Wireless LLC' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        AccountId: ids['Initech Wireless'],
        AccountName: 'Initech Wireless LLC',
        TotalSubscribers: 5,
        BillingAddress: { Street1: '1 Initech Way', Street2: null, City: 'Austin', State: 'TX', Zip: '78701', Country: 'USA' },
        MailingAddress: NULL_ADDRESS,
      });
    });

    it('should change only the fields that are sent', async () => {
      const reply = await sb.client(0).post('/account/update', { AccountId: ids['Acme Mobile'], AccountName: 'Acme Mobile Inc' });
      expect(reply.status).toBe(200);
      expect(reply.body.AccountName).toBe('Acme Mobile Inc');
      expect(reply.body.BillingAddress).toEqual({ Street1: '100 Main St', Street2: null, City: 'Lehi', State: 'UT', Zip: '84043', Country: 'USA' });
      expect(reply.body.TotalSubscribers).toBe(125);
    });

    it('should replace a sent address whole, leaving unsent parts null', async () => {
      const reply = await sb.client(0).post('/account/update', {
        AccountId: ids['Doe Family'],
        BillingAddress: { Street1: '14 Oak St', City: 'Orem' },
      });
      expect(reply.body.BillingAddress).toEqual({ ...NULL_ADDRESS, Street1: '14 Oak St', City: 'Orem' });
      expect(reply.body.AccountName).toBe('Doe Family');
      expect(reply.body.TotalSubscribers).toBe(4);
    });

    it('should keep the update for later reads', async () => {
      await sb.client(0).post('/account/update', { AccountId: ids['Doe Family'], MailingAddress: { Street1: 'PO Box 9', Country: 'USA' } });
      const reply = await sb.client(0).post('/account/update', { AccountId: ids['Doe Family'] });
      expect(reply.body.MailingAddress).toEqual({ ...NULL_ADDRESS, Street1: 'PO Box 9', Country: 'USA' });
    });

    it('should accept the AccountID spelling', async () => {
      const reply = await sb.client(0).post('/account/update', { AccountID: ids['Doe Family'], AccountName: 'The Does' });
      expect(reply.status).toBe(200);
      expect(reply.body.AccountId).toBe(ids['Doe Family']);
    });

    it("should reject another distributor's AccountId as invalid", async () => {
      const reply = await sb.client(1).post('/account/update', { AccountId: ids['Acme Mobile'], AccountName: 'Stolen' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: Invalid AccountId '${ids['Acme Mobile']}'.`);
      const acme = await sb.client(0).post('/account/update', { AccountId: ids['Acme Mobile'] });
      expect(acme.body.AccountName).toBe('Acme Mobile');
    });

    it('should reject an unknown AccountId', async () => {
      const reply = await sb.client(0).post('/account/update', { AccountId: 'AID-00000000-0000-4000-8000-000000000000' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Invalid AccountId/);
    });

    it('should reject a blank AccountName', async () => {
      const reply = await sb.client(1).post('/account/update', { AccountName: '  ' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe('Bad request: AccountName must not be empty.');
    });
  });
});
