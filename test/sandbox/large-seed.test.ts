import { isValidPhoneNumber } from 'libphonenumber-js';
import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

type Subscriber = {
  SubscriberId: string;
  Name: string;
  Email: string;
  PhoneNumbers: string[];
  Role: string;
  Account: { AccountId: string; CompanyName: string };
};
type NumberRow = { Number: string; Tnid: string; AssignedSubscriberId: string | null; Status: string; OriginalDatePurchased?: string };
type Subscription = { SubscriptionId: string; SubscriberId: string; TNID: string | null; PackageId: string; Active: boolean };

/** Every subscriber of the client's distributor, read page by page (500 a page, the maximum). */
async function allSubscribers(client: SandboxClient): Promise<Subscriber[]> {
  const out: Subscriber[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await client.get('/distributor/subscribers', { PageNumber: page, TotalPerPage: 500 });
    out.push(...(reply.body.Results as Subscriber[]));
    if (out.length >= reply.body.TotalSubscribers || reply.body.Results.length === 0) return out;
  }
}

/** Every inventory row, of one account or of the whole distributor, 1,000 a page. */
async function allNumbers(client: SandboxClient, accountId?: string): Promise<NumberRow[]> {
  const out: NumberRow[] = [];
  for (let page = 1; ; page += 1) {
    const query = { PageNumber: page, TotalPerPage: 1000, ...(accountId === undefined ? {} : { AccountId: accountId }) };
    const reply = await client.get('/numbers/inventory', query);
    out.push(...(reply.body.PhoneNumbers as NumberRow[]));
    if (out.length >= reply.body.TotalResults || reply.body.PhoneNumbers.length === 0) return out;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A row without its purchase date (wall-clock based, so two starts agree on it only on the same day). */
const undated = ({ OriginalDatePurchased: _date, ...row }: NumberRow): NumberRow => row;

describe('SANDBOX_SEED=large', () => {
  let large: TestSandbox;
  let subscribers: Subscriber[];
  let numbers: NumberRow[];

  beforeAll(async () => {
    large = await TestSandbox.start({ rateLimitPerMinute: 1_000_000 }, { SANDBOX_SEED: 'large' });
    subscribers = await allSubscribers(large.client(0));
    numbers = await allNumbers(large.client(0));
  });
  afterAll(async () => large.stop());

  it('should give the first distributor at least 50 accounts, 20,000 subscribers, 30,000 numbers and 20,000 subscriptions', async () => {
    const client = large.client(0);
    const firstPage = await client.get('/distributor/subscribers', { TotalPerPage: 1 });
    expect(firstPage.body.TotalSubscribers).toBeGreaterThanOrEqual(20_000);
    expect(subscribers).toHaveLength(firstPage.body.TotalSubscribers);
    expect(new Set(subscribers.map((s) => s.Account.AccountId)).size).toBeGreaterThanOrEqual(50);
    expect((await client.get('/numbers/inventory', { TotalPerPage: 1 })).body.TotalResults).toBeGreaterThanOrEqual(30_000);
    expect(numbers.length).toBeGreaterThanOrEqual(30_000);
    const subscriptions = await client.get('/distributor/subscriptions');
    expect(subscriptions.body.TotalSubscriptions).toBeGreaterThanOrEqual(20_000);
    const active = (await client.get('/distributor/subscriptions', { Filter: 'Active' })).body.TotalSubscriptions;
    expect(active / subscriptions.body.TotalSubscriptions).toBeGreaterThan(0.9);
  });

  it('should keep every record of the demo seed, with the same IDs', async () => {
    const demo = await TestSandbox.start({ rateLimitPerMinute: 1_000_000 });
    try {
      expect(large.sandbox.demoIdentities()).toEqual(demo.sandbox.demoIdentities());
      const demoAccounts = await demo.accountIds();
      expect(await large.accountIds()).toMatchObject(demoAccounts);
      for (const credential of [0, 1] as const) {
        const demoSubscribers = await allSubscribers(demo.client(credential));
        const largeSubscribers = credential === 0 ? subscribers : await allSubscribers(large.client(credential));
        expect(largeSubscribers.slice(0, demoSubscribers.length)).toEqual(demoSubscribers);
        const demoNumbers = (await allNumbers(demo.client(credential))).map(undated);
        const largeNumbers = credential === 0 ? numbers : await allNumbers(large.client(credential));
        expect(largeNumbers.slice(0, demoNumbers.length).map(undated)).toEqual(demoNumbers);
      }
      // The bulk takes nothing from the purchasable pool: availability answers as on the demo seed.
      const search = { NumberType: 'mobile', MessageEnabled: true, VoiceEnabled: true, AreaCode: '801', TotalNumbersRequested: 100 };
      const demoAvailable = (await demo.client(0).post('/numbers/availability', search)).body;
      const largeAvailable = (await large.client(0).post('/numbers/availability', search)).body;
      expect(largeAvailable.ResultsTotal).toBe(demoAvailable.ResultsTotal);
      expect(largeAvailable.NumbersAvailable).toEqual(demoAvailable.NumbersAvailable);
    } finally {
      await demo.stop();
    }
  });

  it('should give the same records on every start', async () => {
    const again = await TestSandbox.start({ rateLimitPerMinute: 1_000_000 }, { SANDBOX_SEED: 'large' });
    try {
      const client = again.client(0);
      expect(await large.accountIds()).toEqual(await again.accountIds());
      for (const page of [1, 20, 41]) {
        const reply = await client.get('/distributor/subscribers', { PageNumber: page, TotalPerPage: 500 });
        expect(reply.body.Results).toEqual(subscribers.slice((page - 1) * 500, page * 500));
      }
      for (const page of [1, 15, 31]) {
        const reply = await client.get('/numbers/inventory', { PageNumber: page, TotalPerPage: 1000 });
        expect(reply.body.PhoneNumbers.map(undated)).toEqual(numbers.slice((page - 1) * 1000, page * 1000).map(undated));
      }
      const inactive = async (sandbox: TestSandbox) => (await sandbox.client(0).get('/distributor/subscriptions', { Filter: 'Inactive' })).body;
      expect(await inactive(again)).toEqual(await inactive(large));
    } finally {
      await again.stop();
    }
  });

  it('should have unique, valid US numbers', () => {
    expect(new Set(numbers.map((n) => n.Number)).size).toBe(numbers.length);
    const invalid = numbers.filter((n) => !/^\+1[2-9]\d\d[2-9]\d{6}$/.test(n.Number) || !isValidPhoneNumber(n.Number, 'US'));
    expect(invalid).toEqual([]);
  });

  it("should bind every number to a subscriber of the number's own account, as the directory says", async () => {
    const client = large.client(0);
    const byId = new Map(subscribers.map((s) => [s.SubscriberId, s]));
    const membersOf = groupBy(subscribers, (s) => s.Account.AccountId);
    const problems: string[] = [];
    let listed = 0;
    for (const [accountId, members] of membersOf) {
      const rows = await allNumbers(client, accountId);
      listed += rows.length;
      for (const row of rows) {
        if (row.AssignedSubscriberId === null) continue;
        const holder = byId.get(row.AssignedSubscriberId);
        if (holder?.Account.AccountId !== accountId) problems.push(`${row.Number} is bound to ${row.AssignedSubscriberId}, not of ${accountId}`);
        else if (!holder.PhoneNumbers.includes(row.Number)) problems.push(`${row.Number} is missing from ${holder.SubscriberId}'s PhoneNumbers`);
      }
      // …and every number a subscriber lists is in the account's inventory, bound to them.
      const bound = new Map(rows.map((r) => [r.Number, r.AssignedSubscriberId]));
      for (const member of members) {
        for (const number of member.PhoneNumbers) {
          if (bound.get(number) !== member.SubscriberId) problems.push(`${member.SubscriberId} lists ${number}, bound to ${bound.get(number)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(listed).toBe(numbers.length);
  });

  it('should spread the bulk like real accounts: about 400 subscribers and 600 numbers each, a Manager or two, some spare or parked lines', () => {
    const bulk = [...groupBy(subscribers, (s) => s.Account.AccountId).values()].filter((members) => members.length === 400);
    expect(bulk.length).toBeGreaterThanOrEqual(50);
    for (const members of bulk) {
      const managers = members.filter((s) => s.Role === 'Manager').length;
      expect(managers === 1 || managers === 2).toBe(true);
      expect(members.filter((s) => s.Role === 'Account Admin')).toHaveLength(1);
      expect(members.filter((s) => s.PhoneNumbers.length > 0).length).toBeGreaterThan(390);
    }
    const spare = numbers.filter((n) => n.AssignedSubscriberId === null);
    expect(spare.length / numbers.length).toBeGreaterThan(0.05);
    expect(spare.length / numbers.length).toBeLessThan(0.2);
    expect(numbers.filter((n) => n.Status === 'Parked').length).toBeGreaterThanOrEqual(50 * 10);
  });

  it("should link subscriptions to the subscriber's own numbers and to the demo's packages", async () => {
    const client = large.client(0);
    const subscriptions = (await client.get('/distributor/subscriptions')).body.Results as Subscription[];
    const packages = new Set(((await client.get('/account/packages')).body.Results as { PackageId: string }[]).map((p) => p.PackageId));
    const holderOf = new Map(numbers.map((n) => [n.Tnid, n.AssignedSubscriberId]));
    const unlinked = subscriptions.filter((s) => !packages.has(s.PackageId) || s.TNID === null || holderOf.get(s.TNID) !== s.SubscriberId);
    expect(unlinked).toEqual([]);
  });
});
