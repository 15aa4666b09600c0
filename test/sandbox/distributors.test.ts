import { SandboxClient, TestSandbox } from '../helpers/sandbox';

const NULL_ADDRESS = { Street1: null, Street2: null, City: null, State: null, Zip: null, Country: null };
const SEEDED_BILLING = { Street1: '2701 N Thanksgiving Way', Street2: null, City: 'Lehi', State: 'UT', Zip: '84043', Country: 'USA' };

describe('distributors', () => {
  let sb: TestSandbox;
  let firstId: string;
  let secondId: string;

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    const info = (await sb.admin('GET', 'info')).body as { distributors: { DistributorId: string; AccountKey: string }[] };
    const byKey = Object.fromEntries(info.distributors.map((d) => [d.AccountKey, d.DistributorId]));
    firstId = byKey['sandbox-key']!;
    secondId = byKey['sandbox-key-2']!;
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  /** Creates a distributor with `creator`'s credentials and returns the answer's body. */
  async function createDistributor(creator: 0 | 1, name = 'Telegent Distributor 2') {
    const reply = await sb.client(creator).post('/distributor/create', { DistributorName: name });
    expect(reply.status).toBe(200);
    return reply.body as { DistributorId: string; AccountKey: string; Secret: string; DistributorName: string };
  }

  describe('POST /v1.0/distributor/create', () => {
    it('should create a distributor whose AccountKey is its DistributorId, with a secret', async () => {
      const billing = { Street1: '1 Way', Street2: null, City: 'Heber', State: 'Utah', Zip: '84032', Country: 'USA' };
      const reply = await sb.client(0).post('/distributor/create', { DistributorName: 'Telegent Distributor 2', BillingAddress: billing });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        DistributorId: expect.stringMatching(/^DID-[0-9a-f-]{36}$/),
        DistributorName: 'Telegent Distributor 2',
        AccountKey: reply.body.DistributorId,
        Secret: expect.stringMatching(/^[0-9a-f]{24}$/),
        TotalAccounts: 0,
        BillingAddress: billing,
        MailingAddress: NULL_ADDRESS,
      });
    });

    it('should give each distributor a different secret', async () => {
      const [a, b] = [await createDistributor(0, 'A'), await createDistributor(1, 'B')];
      expect(a.Secret).not.toBe(b.Secret);
      expect(a.DistributorId).not.toBe(b.DistributorId);
    });

    it('should issue credentials that mint tokens and call the API as the new distributor', async () => {
      const created = await createDistributor(0);
      const client = new SandboxClient(sb.url, created.AccountKey, created.Secret);
      const token = await client.mintToken();
      expect(token.status).toBe(200);
      expect(token.body.successful).toBe(true);

      const account = await client.post('/account/create', { AccountName: 'First Account', AccountAdmin: 'admin@new.example' });
      expect(account.status).toBe(200);
      const subscriber = await client.post('/subscribers/create', {
        Name: 'New User',
        Email: 'new.user@new.example',
        PhoneNumbers: [],
        Role: 'Manager',
        Password: 'pw',
        AccountId: account.body.AccountId,
      });
      expect(subscriber.status).toBe(200);
      const list = await client.get('/distributor/subscribers');
      expect(list.body).toEqual({ DistributorId: created.DistributorId, TotalSubscribers: 1, PageNumber: 1, Results: [subscriber.body] });
    });

    it('should reject a token request with a wrong secret for the new distributor', async () => {
      const created = await createDistributor(0);
      const reply = await new SandboxClient(sb.url, created.AccountKey, 'wrong-secret').mintToken();
      expect(reply.status).toBe(401);
    });

    it('should keep the new distributor a separate tenant from its creator', async () => {
      const created = await createDistributor(0);
      const client = new SandboxClient(sb.url, created.AccountKey, created.Secret);
      const account = (await client.post('/account/create', { AccountName: 'Own', AccountAdmin: 'a@new.example' })).body;
      const subscriber = (
        await client.post('/subscribers/create', {
          Name: 'Own User',
          Email: 'own@new.example',
          PhoneNumbers: [],
          Role: 'Subscriber',
          Password: 'pw',
          AccountId: account.AccountId,
        })
      ).body;
      expect((await sb.client(0).get('/subscribers/get', { SubscriberId: subscriber.SubscriberId })).status).toBe(404);
      expect((await client.get('/distributor/subscribers')).body.TotalSubscribers).toBe(1);
      expect((await sb.client(0).get('/distributor/subscribers')).body.TotalSubscribers).toBe(129);
    });

    it('should reject a request without DistributorName', async () => {
      const reply = await sb.client(0).post('/distributor/create', { BillingAddress: {} });
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ StatusCode: 400, Message: 'Bad request: DistributorName is required.' });
    });

    it('should reject an address of the wrong JSON type', async () => {
      const reply = await sb.client(0).post('/distributor/create', { DistributorName: 'X', BillingAddress: [1] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Path: \$\.BillingAddress/);
    });
  });

  describe('POST /v1.0/distributor/update', () => {
    it('should let a distributor rename itself', async () => {
      const reply = await sb.client(0).post('/distributor/update', { DistributorId: firstId, DistributorName: 'Acme Holdings' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        DistributorId: firstId,
        DistributorName: 'Acme Holdings',
        AccountKey: 'sandbox-key',
        Secret: 'sandbox-secret',
        TotalAccounts: 2,
        BillingAddress: SEEDED_BILLING,
        MailingAddress: NULL_ADDRESS,
      });
    });

    it('should accept the AccountKey in place of the DistributorId', async () => {
      const reply = await sb.client(1).post('/distributor/update', { DistributorId: 'sandbox-key-2', MailingAddress: { City: 'Austin' } });
      expect(reply.status).toBe(200);
      expect(reply.body.DistributorId).toBe(secondId);
      expect(reply.body.MailingAddress).toEqual({ ...NULL_ADDRESS, City: 'Austin' });
      expect(reply.body.DistributorName).toBe('Second Sandbox Distributor');
      expect(reply.body.TotalAccounts).toBe(1);
    });

    it('should let a distributor update a distributor it created', async () => {
      const created = await createDistributor(0);
      const reply = await sb.client(0).post('/distributor/update', { DistributorId: created.DistributorId, DistributorName: 'Renamed Child' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ DistributorId: created.DistributorId, DistributorName: 'Renamed Child', Secret: created.Secret });
    });

    it("should hide another distributor's record behind 404", async () => {
      const reply = await sb.client(1).post('/distributor/update', { DistributorId: firstId, DistributorName: 'Mine now' });
      expect(reply.status).toBe(404);
      expect(reply.body.Message).toBe(`Not found: distributor '${firstId}' does not exist or belongs to a different account.`);
    });

    it('should hide a distributor created by someone else behind 404', async () => {
      const created = await createDistributor(0);
      const reply = await sb.client(1).post('/distributor/update', { DistributorId: created.DistributorId, DistributorName: 'X' });
      expect(reply.status).toBe(404);
    });

    it('should not let a created distributor update its creator', async () => {
      const created = await createDistributor(0);
      const child = new SandboxClient(sb.url, created.AccountKey, created.Secret);
      const reply = await child.post('/distributor/update', { DistributorId: firstId, DistributorName: 'X' });
      expect(reply.status).toBe(404);
    });

    it('should answer 404 for an unknown distributor', async () => {
      const reply = await sb.client(0).post('/distributor/update', { DistributorId: 'DID-00000000-0000-4000-8000-000000000000' });
      expect(reply.status).toBe(404);
    });

    it.each([
      ['a missing DistributorId', { DistributorName: 'X' }, 'Bad request: DistributorId is required.'],
      ['a blank DistributorName', { DistributorId: 'sandbox-key', DistributorName: '' }, 'Bad request: DistributorName must not be empty.'],
    ])('should reject %s', async (_label, body, message) => {
      const reply = await sb.client(0).post('/distributor/update', body);
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(message);
    });
  });

  describe('GET /v1.0/distributor/subscribers', () => {
    it('should answer the first page of 50 by default, counting every subscriber of every account', async () => {
      const reply = await sb.client(0).get('/distributor/subscribers');
      expect(reply.status).toBe(200);
      expect(reply.body.DistributorId).toBe(firstId);
      expect(reply.body.TotalSubscribers).toBe(129);
      expect(reply.body.PageNumber).toBe(1);
      expect(reply.body.Results).toHaveLength(50);
    });

    it('should page through all subscribers without repeating one', async () => {
      const client = sb.client(0);
      const pages = await Promise.all([1, 2, 3].map((PageNumber) => client.get('/distributor/subscribers', { PageNumber, TotalPerPage: 50 })));
      expect(pages.map((p) => p.body.Results.length)).toEqual([50, 50, 29]);
      expect(pages.map((p) => p.body.PageNumber)).toEqual([1, 2, 3]);
      const ids = pages.flatMap((p) => p.body.Results.map((s: { SubscriberId: string }) => s.SubscriberId));
      expect(new Set(ids).size).toBe(129);
    });

    it('should answer an empty page past the end', async () => {
      const reply = await sb.client(0).get('/distributor/subscribers', { PageNumber: 4, TotalPerPage: 50 });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ DistributorId: firstId, TotalSubscribers: 129, PageNumber: 4, Results: [] });
    });

    it('should carry each subscriber with its account, role and numbers', async () => {
      const reply = await sb.client(0).get('/distributor/subscribers', { TotalPerPage: 500 });
      const byEmail = Object.fromEntries(reply.body.Results.map((s: { Email: string }) => [s.Email, s]));
      expect(byEmail['ops@acme-mobile.example']).toMatchObject({
        Name: 'Acme Operations',
        Role: 'Account Admin',
        Account: { AccountId: expect.stringMatching(/^AID-/), CompanyName: 'Acme Mobile' },
      });
      expect(byEmail['ops@acme-mobile.example'].PhoneNumbers).toHaveLength(10);
      expect(byEmail['john.doe@doe-family.example']).toMatchObject({ Role: 'Manager', Account: { CompanyName: 'Doe Family' } });
      expect(reply.body.Results.filter((s: { Account: { CompanyName: string } }) => s.Account.CompanyName === 'Doe Family')).toHaveLength(4);
      expect(JSON.stringify(reply.body)).not.toMatch(/Password/);
    });

    it("should list only the caller's own subscribers", async () => {
      const reply = await sb.client(1).get('/distributor/subscribers');
      expect(reply.body.DistributorId).toBe(secondId);
      expect(reply.body.TotalSubscribers).toBe(5);
      expect(reply.body.Results.map((s: { Email: string }) => s.Email)).toContain('peter@initech.example');
      expect(reply.body.Results.every((s: { Account: { CompanyName: string } }) => s.Account.CompanyName === 'Initech Wireless')).toBe(true);
    });

    it('should count a subscriber created since', async () => {
      const ids = await sb.accountIds();
      await sb.client(1).post('/subscribers/create', {
        Name: 'Tom Smykowski',
        Email: 'tom@initech.example',
        PhoneNumbers: [''],
        Role: 'Subscriber',
        Password: 'people-skills',
        AccountId: ids['Initech Wireless'],
      });
      const reply = await sb.client(1).get('/distributor/subscribers', { PageNumber: 2, TotalPerPage: 5 });
      expect(reply.body.TotalSubscribers).toBe(6);
      expect(reply.body.Results.map((s: { Name: string }) => s.Name)).toEqual(['Tom Smykowski']);
    });

    it.each([
      [{ PageNumber: 0 }, 'Bad request: PageNumber must be at least 1.'],
      [{ PageNumber: 'first' }, 'Bad request: The JSON value could not be converted to System.Int32. Path: $.PageNumber.'],
      [{ TotalPerPage: 0 }, 'Bad request: TotalPerPage must be at least 1.'],
      [{ TotalPerPage: 501 }, 'Bad request: TotalPerPage must be at most 500.'],
      [{ TotalPerPage: 2.5 }, 'Bad request: The JSON value could not be converted to System.Int32. Path: $.TotalPerPage.'],
    ])('should reject the paging parameters %p', async (query, message) => {
      const reply = await sb.client(0).get('/distributor/subscribers', query);
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(message);
    });
  });
});
