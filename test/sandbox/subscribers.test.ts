import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

type Subscriber = {
  SubscriberId: string;
  Name: string;
  Email: string;
  PhoneNumbers: string[];
  Role: string;
  Account: { AccountId: string; CompanyName: string };
};

/** Every subscriber the client's distributor has, by e-mail (read through distributor/subscribers). */
async function subscribersByEmail(client: SandboxClient): Promise<Record<string, Subscriber>> {
  const reply = await client.get('/distributor/subscribers', { TotalPerPage: 500 });
  return Object.fromEntries((reply.body.Results as Subscriber[]).map((s) => [s.Email, s]));
}

describe('subscribers', () => {
  let sb: TestSandbox;
  let ids: Record<string, string>;
  let seeded: Record<string, Subscriber>;
  let peter: Subscriber;
  const OPS = 'ops@acme-mobile.example';
  const ALEX = 'alex.manager@acme-mobile.example';
  const JOHN = 'john.doe@doe-family.example';
  const JANE = 'jane.doe@doe-family.example';

  const newSubscriber = (overrides: Record<string, unknown> = {}) => ({
    Name: 'Jerome User 4',
    Email: 'jerome4@joonto.example',
    PhoneNumbers: [],
    Role: 'Subscriber',
    Password: '1234567890',
    AccountId: ids['Acme Mobile'],
    ...overrides,
  });

  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    ids = await sb.accountIds();
    // The seed is deterministic, so these IDs and numbers hold after every reset.
    seeded = await subscribersByEmail(sb.client(0));
    peter = (await subscribersByEmail(sb.client(1)))['peter@initech.example']!;
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  /** Unbinds ops' last number and returns it: a free number in Acme's inventory. */
  async function freeAcmeNumber(): Promise<string> {
    const ops = seeded[OPS]!;
    const reply = await sb.client(0).post('/subscribers/update', {
      SubscriberId: ops.SubscriberId,
      PhoneNumbers: ops.PhoneNumbers.slice(0, -1),
    });
    expect(reply.status).toBe(200);
    return ops.PhoneNumbers.at(-1)!;
  }

  describe('POST /v1.0/subscribers/create', () => {
    it('should create a subscriber in the given account', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber());
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        SubscriberId: expect.stringMatching(/^TSUID-[0-9a-f-]{36}$/),
        Name: 'Jerome User 4',
        Email: 'jerome4@joonto.example',
        PhoneNumbers: [],
        Role: 'Subscriber',
        Account: { AccountId: ids['Acme Mobile'], CompanyName: 'Acme Mobile' },
      });
    });

    it('should make the new subscriber readable with subscribers/get', async () => {
      const created = (await sb.client(0).post('/subscribers/create', newSubscriber())).body;
      const reply = await sb.client(0).get('/subscribers/get', { SubscriberId: created.SubscriberId });
      expect(reply.body).toEqual(created);
    });

    it('should never return the password', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Password: 'hunter2-secret' }));
      expect(JSON.stringify(reply.body)).not.toMatch(/hunter2|Password/i);
    });

    it('should match Role case-insensitively and echo the canonical spelling', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Role: 'account admin' }));
      expect(reply.body.Role).toBe('Account Admin');
    });

    it('should accept [""] as "no number yet"', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [''] }));
      expect(reply.status).toBe(200);
      expect(reply.body.PhoneNumbers).toEqual([]);
    });

    it('should bind listed numbers of the account to the new subscriber', async () => {
      const free = await freeAcmeNumber();
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [free, free] }));
      expect(reply.status).toBe(200);
      expect(reply.body.PhoneNumbers).toEqual([free]);
      const ops = await sb.client(0).get('/subscribers/get', { SubscriberId: seeded[OPS]!.SubscriberId });
      expect(ops.body.PhoneNumbers).not.toContain(free);
    });

    it('should reject an e-mail already used in the same distributor with 409', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Email: ALEX }));
      expect(reply.status).toBe(409);
      expect(reply.body).toEqual({ StatusCode: 409, Message: `Conflict: Email already exists: '${ALEX}' is already registered.` });
    });

    it('should compare e-mails case-insensitively', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Email: 'Ops@ACME-Mobile.example' }));
      expect(reply.status).toBe(409);
      expect(reply.body.Message).toMatch(/Email already exists/);
    });

    it("should reject an e-mail used under another distributor, since e-mails are unique platform-wide", async () => {
      const reply = await sb.client(1).post('/subscribers/create', newSubscriber({ Email: OPS, AccountId: ids['Initech Wireless'] }));
      expect(reply.status).toBe(409);
      expect(reply.body.Message).toMatch(/Email already exists/);
    });

    it('should reject the e-mail of a subscriber created earlier, whatever the distributor', async () => {
      expect((await sb.client(0).post('/subscribers/create', newSubscriber())).status).toBe(200);
      const again = await sb.client(1).post('/subscribers/create', newSubscriber({ Email: 'JEROME4@joonto.example', AccountId: ids['Initech Wireless'] }));
      expect(again.status).toBe(409);
    });

    it.each(['Name', 'Email', 'PhoneNumbers', 'Role', 'Password', 'AccountId'])('should reject a request without %s', async (field) => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ [field]: undefined }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: ${field} is required.`);
    });

    it('should reject an Email that is not an e-mail address', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Email: 'jerome at joonto' }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe("Bad request: Email 'jerome at joonto' is not a valid e-mail address.");
    });

    it('should reject an unknown Role', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ Role: 'Owner' }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe("Bad request: Role 'Owner' is not valid; expected one of Subscriber, Manager, Account Admin.");
    });

    it('should reject a phone number that is not E.164', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: ['8015551234'] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe("Bad request: PhoneNumbers[0] '8015551234' is not a valid E.164 phone number.");
    });

    it('should reject PhoneNumbers that is not an array', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: '+18015551234' }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Path: \$\.PhoneNumbers/);
    });

    it("should reject another distributor's AccountId as invalid", async () => {
      const reply = await sb.client(1).post('/subscribers/create', newSubscriber());
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: Invalid AccountId '${ids['Acme Mobile']}'.`);
    });

    it('should reject an unknown AccountId as invalid', async () => {
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ AccountId: 'AID-nope' }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe("Bad request: Invalid AccountId 'AID-nope'.");
    });

    it('should reject a number held by another subscriber', async () => {
      const taken = seeded[OPS]!.PhoneNumbers[0]!;
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [taken] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: PhoneNumbers: '${taken}' is already assigned to another subscriber.`);
    });

    it("should reject a number from another account's inventory", async () => {
      const doeNumber = seeded[JOHN]!.PhoneNumbers[0]!;
      const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [doeNumber] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: PhoneNumbers: '${doeNumber}' is not in the inventory of account '${ids['Acme Mobile']}'.`);
    });

    it("should reject another distributor's number and a number not on the platform alike", async () => {
      for (const number of [peter.PhoneNumbers[0]!, '+18015550123']) {
        const reply = await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [number] }));
        expect(reply.status).toBe(400);
        expect(reply.body.Message).toMatch(new RegExp(`'\\${number}' is not in the inventory`));
      }
    });

    it('should create nothing when a request is rejected', async () => {
      const taken = seeded[OPS]!.PhoneNumbers[0]!;
      expect((await sb.client(0).post('/subscribers/create', newSubscriber({ PhoneNumbers: [taken] }))).status).toBe(400);
      expect((await sb.client(0).post('/subscribers/create', newSubscriber())).status).toBe(200);
      const list = await sb.client(0).get('/distributor/subscribers', { TotalPerPage: 1 });
      expect(list.body.TotalSubscribers).toBe(130);
    });
  });

  describe('POST /v1.0/subscribers/update', () => {
    it('should change only the fields that are sent', async () => {
      const alex = seeded[ALEX]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: alex.SubscriberId, Name: 'Alex M. Manager' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ...alex, Name: 'Alex M. Manager' });
    });

    it('should change the role, echoing its canonical spelling', async () => {
      const alex = seeded[ALEX]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: alex.SubscriberId, role: 'SUBSCRIBER' });
      expect(reply.body.Role).toBe('Subscriber');
      const read = await sb.client(0).get('/subscribers/get', { SubscriberId: alex.SubscriberId });
      expect(read.body.Role).toBe('Subscriber');
    });

    it('should accept a new password without ever returning it', async () => {
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, Password: 'n3w-secret' });
      expect(reply.status).toBe(200);
      expect(JSON.stringify(reply.body)).not.toMatch(/n3w-secret|Password/);
    });

    it('should replace the set of numbers, freeing the ones left out', async () => {
      const ops = seeded[OPS]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: ops.SubscriberId, PhoneNumbers: ops.PhoneNumbers.slice(0, 3) });
      expect(reply.body.PhoneNumbers).toEqual(ops.PhoneNumbers.slice(0, 3));
      const alex = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, PhoneNumbers: ops.PhoneNumbers.slice(3) });
      expect(alex.status).toBe(200);
      expect(alex.body.PhoneNumbers).toEqual(ops.PhoneNumbers.slice(3));
    });

    it('should unbind every number when PhoneNumbers is empty', async () => {
      const ops = seeded[OPS]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: ops.SubscriberId, PhoneNumbers: [''] });
      expect(reply.body.PhoneNumbers).toEqual([]);
    });

    it('should leave the numbers alone when PhoneNumbers is not sent', async () => {
      const ops = seeded[OPS]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: ops.SubscriberId, Name: 'Ops' });
      expect(reply.body.PhoneNumbers).toEqual(ops.PhoneNumbers);
    });

    it("should reject a number held by another subscriber and change nothing", async () => {
      const alex = seeded[ALEX]!;
      const taken = seeded[OPS]!.PhoneNumbers[0]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: alex.SubscriberId, Name: 'Changed', PhoneNumbers: [taken] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: PhoneNumbers: '${taken}' is already assigned to another subscriber.`);
      expect((await sb.client(0).get('/subscribers/get', { SubscriberId: alex.SubscriberId })).body).toEqual(alex);
    });

    it("should reject a number outside the subscriber's account", async () => {
      const doeNumber = seeded[JOHN]!.PhoneNumbers[0]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, PhoneNumbers: [doeNumber] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/is not in the inventory of account/);
    });

    it('should refuse to change the e-mail', async () => {
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, Email: 'new@acme-mobile.example' });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe('Bad request: Email cannot be changed with POST /v1.0/subscribers/update.');
    });

    it('should accept the current e-mail and account sent back unchanged', async () => {
      const alex = seeded[ALEX]!;
      const reply = await sb.client(0).post('/subscribers/update', {
        SubscriberId: alex.SubscriberId,
        Email: ALEX.toUpperCase(),
        AccountId: alex.Account.AccountId,
        Name: 'Alex',
      });
      expect(reply.status).toBe(200);
      expect(reply.body.Email).toBe(ALEX);
    });

    it('should refuse to move the subscriber to another account', async () => {
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, AccountId: ids['Doe Family'] });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/AccountId cannot be changed here; .*subscribers\/transfer/);
    });

    it('should accept the legacy SID- prefix', async () => {
      const alex = seeded[ALEX]!;
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: alex.SubscriberId.replace('TSUID-', 'SID-'), Name: 'Alex' });
      expect(reply.status).toBe(200);
      expect(reply.body.SubscriberId).toBe(alex.SubscriberId);
    });

    it("should hide another distributor's subscriber behind 404", async () => {
      const reply = await sb.client(1).post('/subscribers/update', { SubscriberId: seeded[OPS]!.SubscriberId, Name: 'Mallory' });
      expect(reply.status).toBe(404);
      expect(reply.body.Message).toBe(`Not found: subscriber '${seeded[OPS]!.SubscriberId}' does not exist or belongs to a different account.`);
    });

    it('should answer 404 for an unknown subscriber', async () => {
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: 'TSUID-00000000-0000-4000-8000-000000000000', Name: 'X' });
      expect(reply.status).toBe(404);
    });

    it.each([
      ['a missing SubscriberId', { SubscriberId: undefined, Name: 'X' }, 'Bad request: SubscriberId is required.'],
      ['a SubscriberId of the wrong kind', { SubscriberId: 'AID-1', Name: 'X' }, "Bad request: SubscriberId 'AID-1' is not a valid identifier; expected TSUID-… or SID-…."],
      ['a blank Name', { Name: ' ' }, 'Bad request: Name must not be empty.'],
      ['a blank Password', { Password: '' }, 'Bad request: Password must not be empty.'],
      ['an unknown Role', { Role: 'Boss' }, "Bad request: Role 'Boss' is not valid; expected one of Subscriber, Manager, Account Admin."],
      ['a malformed phone number', { PhoneNumbers: ['+1801'] }, "Bad request: PhoneNumbers[0] '+1801' is not a valid E.164 phone number."],
    ])('should reject %s', async (_label, body, message) => {
      const reply = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, ...body });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(message);
    });
  });

  describe('GET /v1.0/subscribers/get', () => {
    it('should return a seeded subscriber with its account and numbers', async () => {
      const reply = await sb.client(0).get('/subscribers/get', { SubscriberId: seeded[JOHN]!.SubscriberId });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        SubscriberId: seeded[JOHN]!.SubscriberId,
        Name: 'John Doe',
        Email: JOHN,
        PhoneNumbers: [expect.stringMatching(/^\+1385\d{7}$/)],
        Role: 'Manager',
        Account: { AccountId: ids['Doe Family'], CompanyName: 'Doe Family' },
      });
    });

    it('should list every number bound to the subscriber', async () => {
      const reply = await sb.client(0).get('/subscribers/get', { SubscriberId: seeded[OPS]!.SubscriberId });
      expect(reply.body.PhoneNumbers).toHaveLength(10);
      expect(reply.body.Role).toBe('Account Admin');
    });

    it('should accept the legacy SID- prefix and answer with the TSUID', async () => {
      const id = seeded[JOHN]!.SubscriberId;
      const reply = await sb.client(0).get('/subscribers/get', { SubscriberId: id.replace('TSUID-', 'SID-') });
      expect(reply.body.SubscriberId).toBe(id);
    });

    it("should hide another distributor's subscriber behind 404, both ways", async () => {
      expect((await sb.client(1).get('/subscribers/get', { SubscriberId: seeded[JOHN]!.SubscriberId })).status).toBe(404);
      expect((await sb.client(0).get('/subscribers/get', { SubscriberId: peter.SubscriberId })).status).toBe(404);
      expect((await sb.client(1).get('/subscribers/get', { SubscriberId: peter.SubscriberId })).body.Name).toBe('Peter Gibbons');
    });

    it('should answer 404 for an unknown subscriber', async () => {
      const reply = await sb.client(0).get('/subscribers/get', { SubscriberId: 'TSUID-unknown' });
      expect(reply.status).toBe(404);
    });

    it('should reject a request without SubscriberId', async () => {
      const reply = await sb.client(0).get('/subscribers/get');
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe('Bad request: SubscriberId is required.');
    });
  });

  describe('POST /v1.0/subscribers/transfer', () => {
    const transferJane = (overrides: Record<string, unknown> = {}) => ({
      SubscriberId: seeded[JANE]!.SubscriberId,
      FromAccountId: ids['Doe Family'],
      ToAccountId: ids['Acme Mobile'],
      ...overrides,
    });

    it('should move the subscriber to the destination account', async () => {
      const jane = seeded[JANE]!;
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane());
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ...jane, Account: { AccountId: ids['Acme Mobile'], CompanyName: 'Acme Mobile' } });
      const acme = await sb.client(0).post('/account/update', { AccountId: ids['Acme Mobile'] });
      const doe = await sb.client(0).post('/account/update', { AccountId: ids['Doe Family'] });
      expect([acme.body.TotalSubscribers, doe.body.TotalSubscribers]).toEqual([126, 3]);
    });

    it("should move the subscriber's numbers into the destination account's inventory", async () => {
      const jane = seeded[JANE]!;
      const [number] = jane.PhoneNumbers;
      await sb.client(0).post('/subscribers/transfer', transferJane());
      await sb.client(0).post('/subscribers/update', { SubscriberId: jane.SubscriberId, PhoneNumbers: [] });

      const doeTry = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[JOHN]!.SubscriberId, PhoneNumbers: [number] });
      expect(doeTry.status).toBe(400);
      const acmeTry = await sb.client(0).post('/subscribers/update', { SubscriberId: seeded[ALEX]!.SubscriberId, PhoneNumbers: [number] });
      expect(acmeTry.status).toBe(200);
      expect(acmeTry.body.PhoneNumbers).toEqual([number]);
    });

    it("should list the moved numbers in the destination account's inventory, in inventory order, and no longer in the source's", async () => {
      const inventory = async (query: Record<string, string> = {}): Promise<string[]> =>
        (await sb.client(0).get('/numbers/inventory', { TotalPerPage: 1000, ...query })).body.PhoneNumbers.map((n: { Number: string }) => n.Number);
      const mover = Object.values(seeded).find((s) => s.Account.AccountId === ids['Acme Mobile'] && s.PhoneNumbers.length === 2)!;
      const doeBefore = await inventory({ AccountId: ids['Doe Family']! });
      const reply = await sb.client(0).post('/subscribers/transfer', {
        SubscriberId: mover.SubscriberId,
        FromAccountId: ids['Acme Mobile'],
        ToAccountId: ids['Doe Family'],
      });
      expect(reply.status).toBe(200);

      const all = await inventory();
      const doe = await inventory({ AccountId: ids['Doe Family']! });
      const acme = await inventory({ AccountId: ids['Acme Mobile']! });
      // Acme's lines were bought before the Doe Family's, so they come first, as in the distributor's list.
      expect(doe).toEqual([...mover.PhoneNumbers, ...doeBefore]);
      expect(doe).toEqual(all.filter((n) => doe.includes(n)));
      expect(acme).toEqual(all.filter((n) => !doe.includes(n)));
    });

    it('should accept a transfer to the account the subscriber is already in, changing nothing', async () => {
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane({ ToAccountId: ids['Doe Family'] }));
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual(seeded[JANE]);
    });

    it("should reject a FromAccountId that is not the subscriber's account", async () => {
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane({ FromAccountId: ids['Acme Mobile'] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(
        `Bad request: FromAccountId '${ids['Acme Mobile']}' is not the current account of subscriber '${seeded[JANE]!.SubscriberId}'.`,
      );
    });

    it("should reject another distributor's account as destination", async () => {
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane({ ToAccountId: ids['Initech Wireless'] }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: Invalid AccountId: ToAccountId '${ids['Initech Wireless']}' is not one of your accounts.`);
    });

    it('should reject an unknown destination account', async () => {
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane({ ToAccountId: 'AID-unknown' }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toMatch(/Invalid AccountId: ToAccountId 'AID-unknown'/);
    });

    it("should hide another distributor's subscriber behind 404", async () => {
      const reply = await sb.client(1).post('/subscribers/transfer', {
        SubscriberId: seeded[JANE]!.SubscriberId,
        FromAccountId: ids['Doe Family'],
        ToAccountId: ids['Initech Wireless'],
      });
      expect(reply.status).toBe(404);
    });

    it.each(['SubscriberId', 'FromAccountId', 'ToAccountId'])('should reject a request without %s', async (field) => {
      const reply = await sb.client(0).post('/subscribers/transfer', transferJane({ [field]: undefined }));
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toBe(`Bad request: ${field} is required.`);
    });
  });
});
