import { randomUUID } from 'node:crypto';
import {
  CreateSubscriberDocument,
  type CreateSubscriberInput,
  SubscriberCardDocument,
  TransferSubscriberDocument,
  UpdateSubscriberDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, seededNumbers, usDateIn } from '../helpers/numbers';

const CREATE = 'POST /v1.0/subscribers/create';
const UPDATE = 'POST /v1.0/subscribers/update';
const TRANSFER = 'POST /v1.0/subscribers/transfer';
const PASSWORD = 'correct horse battery staple';

interface RawSubscriberRow {
  SubscriberId: string;
  Name: string;
  Email: string;
  Account: { AccountId: string };
}

describe('subscriber mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  let subscribers: RawSubscriberRow[];
  /** Acme's VoIP numbers no subscriber holds, handed out one per test. */
  let freeNumbers: string[];

  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const total = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const newInput = (change: Partial<CreateSubscriberInput> = {}): CreateSubscriberInput => ({
    accountId: seed.acmeId,
    name: 'Ada Lovelace',
    email: `ada.${randomUUID().slice(0, 8)}@acme.example`,
    password: PASSWORD,
    ...change,
  });
  const doeSubscriber = (name: string): RawSubscriberRow => subscribers.find((s) => s.Name === name)!;

  beforeAll(async () => {
    // These tests read the sandbox directly too; the quota is not what they are about.
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    subscribers = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results;
    freeNumbers = seed.voip.filter((n) => n.AssignedSubscriberId === null).map((n) => n.Number);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  describe('createSubscriber', () => {
    it('should create a subscriber with its numbers bound, never echo the password, and show it in later queries', async () => {
      const number = freeNumbers.pop()!;
      const input = newInput({ role: 'MANAGER', numbers: [number] });
      const reply = await gateway.query(CreateSubscriberDocument, { input });
      expect(reply.body.errors).toBeUndefined();
      const subscriber = reply.body.data!.createSubscriber.subscriber;
      expect(subscriber).toEqual({
        id: expect.stringMatching(/^TSUID-/),
        name: 'Ada Lovelace',
        email: input.email,
        role: 'MANAGER',
        account: { id: seed.acmeId, name: 'Acme Mobile' },
        numbers: [{ number, subscriber: { id: subscriber.id } }],
      });
      expect(JSON.stringify(reply.body)).not.toContain(PASSWORD);

      const later = await gateway.query(SubscriberCardDocument, { id: subscriber.id });
      expect(later.body.data!.subscriber).toEqual(subscriber);
    });

    it('should read the getting-started guide’s numbers: [""] as no number, and bind the numbers beside a blank', async () => {
      const none = await gateway.query(CreateSubscriberDocument, { input: newInput({ numbers: [''] }) });
      expect(none.body.errors).toBeUndefined();
      expect(none.body.data!.createSubscriber.subscriber.numbers).toEqual([]);

      const number = freeNumbers.pop()!;
      const one = await gateway.query(CreateSubscriberDocument, { input: newInput({ numbers: ['', number] }) });
      const id = one.body.data!.createSubscriber.subscriber.id;
      expect(one.body.data!.createSubscriber.subscriber.numbers).toEqual([{ number, subscriber: { id } }]);
      const unbound = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: id, numbers: [''] } });
      expect(unbound.body.data!.updateSubscriber.subscriber.numbers).toEqual([]);
      freeNumbers.unshift(number);
    });

    it.each<[string, Partial<CreateSubscriberInput>, string]>([
      ['an account ID of the wrong kind', { accountId: 'TSUID-1' }, 'input.accountId'],
      ['a blank name', { name: '   ' }, 'input.name'],
      ['a name over 200 characters', { name: 'n'.repeat(201) }, 'input.name'],
      ['an e-mail without a domain', { email: 'ada@' }, 'input.email'],
      ['a password under 8 characters', { password: 'Sh0rt!' }, 'input.password'],
      ['a password of blanks', { password: '         ' }, 'input.password'],
      ['a password over 128 characters', { password: 'p'.repeat(129) }, 'input.password'],
      ['a number that is not E.164', { numbers: ['+18015550100', '801-555-0101'] }, 'input.numbers[1]'],
      ['a number of blanks', { numbers: [' '] }, 'input.numbers[0]'],
      ['more than 1000 numbers', { numbers: Array.from({ length: 1001 }, (_, i) => `+1801555${String(i).padStart(4, '0')}`) }, 'input.numbers'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(CreateSubscriberDocument, { input: newInput(change) });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should keep a refused password out of the error', async () => {
      const reply = await gateway.query(CreateSubscriberDocument, { input: newInput({ password: 'Sh0rt!' }) });
      expect(reply.body.errors![0]!.message).toBe('input.password must be 8 to 128 characters, not all blank.');
    });

    it('should answer EMAIL_TAKEN for an e-mail another distributor registered, in any casing', async () => {
      const initech = (await gateway.sandbox.client(1).get('/distributor/subscribers')).body.Results[0].Email as string;
      const reply = await gateway.query(CreateSubscriberDocument, { input: newInput({ email: initech.toUpperCase() }) });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'EMAIL_TAKEN', field: 'input.email', upstream: { status: 409, endpoint: CREATE } });
    });

    it.each<[string, () => Promise<Partial<CreateSubscriberInput>>]>([
      ['an account of another distributor', async () => ({ accountId: seed.initechId })],
      ['a number of another account', async () => ({ numbers: [seed.doe[0]!.Number] })],
      ['a number another subscriber holds', async () => ({ numbers: [seed.mvno[0]!.Number] })],
      [
        'a cancelled number',
        async () => {
          const number = freeNumbers.pop()!;
          const cancel = await gateway.sandbox.client().post('/numbers/status', { StatusChange: 'cancel', EffectiveDate: usDateIn(0), PhoneNumbers: [{ Number: number }] });
          expect(cancel.status).toBe(200);
          return { numbers: [number] };
        },
      ],
    ])('should pass on the platform’s refusal of %s, creating nothing', async (_, change) => {
      const input = newInput(await change());
      const reply = await gateway.query(CreateSubscriberDocument, { input });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: CREATE } });
      const all = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results as RawSubscriberRow[];
      expect(all.some((s) => s.Email === input.email)).toBe(false);
    });

    it('should create once for concurrent calls with one key, replay it, and refuse the key for another input', async () => {
      const input = newInput({ idempotencyKey: randomUUID() });
      const before = await calls(CREATE);
      const replies = await Promise.all(Array.from({ length: 10 }, () => gateway.query(CreateSubscriberDocument, { input })));
      expect(replies.filter((r) => r.body.errors)).toEqual([]);
      expect(new Set(replies.map((r) => r.body.data!.createSubscriber.subscriber.id)).size).toBe(1);
      expect(await calls(CREATE)).toBe(before + 1);

      const replay = await gateway.query(CreateSubscriberDocument, { input });
      expect(replay.body.data!.createSubscriber.subscriber).toEqual(replies[0]!.body.data!.createSubscriber.subscriber);
      const reused = await gateway.query(CreateSubscriberDocument, { input: { ...input, name: 'Ada King' } });
      expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await calls(CREATE)).toBe(before + 1);
    });

    it('should compare the password across retries too: the same key with another password is refused as reused', async () => {
      const input = newInput({ idempotencyKey: randomUUID() });
      expect((await gateway.query(CreateSubscriberDocument, { input })).body.errors).toBeUndefined();
      const before = await calls(CREATE);
      const second = await gateway.query(CreateSubscriberDocument, { input: { ...input, password: 'another passphrase' } });
      expect(second.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await calls(CREATE)).toBe(before);
    });

    it('should answer a lost answer with UPSTREAM_OUTCOME_UNKNOWN, and on retry with the key find the subscriber by e-mail instead of creating it again', async () => {
      const input = newInput({ idempotencyKey: randomUUID() });
      const before = await calls(CREATE);
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'after', times: 1 }] });
      const lost = await gateway.query(CreateSubscriberDocument, { input });
      expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: CREATE } });

      const retry = await gateway.query(CreateSubscriberDocument, { input });
      expect(retry.body.errors).toBeUndefined();
      const created = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results.filter(
        (s: RawSubscriberRow) => s.Email === input.email,
      );
      expect(created).toHaveLength(1);
      expect(retry.body.data!.createSubscriber.subscriber).toMatchObject({ id: created[0].SubscriberId, email: input.email });
      expect(await calls(CREATE)).toBe(before + 1);
    });

    it('should create on retry when the request was lost before the platform handled it', async () => {
      const input = newInput({ idempotencyKey: randomUUID() });
      const before = await calls(CREATE);
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'before', times: 1 }] });
      expect((await gateway.query(CreateSubscriberDocument, { input })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      const retry = await gateway.query(CreateSubscriberDocument, { input });
      expect(retry.body.data!.createSubscriber.subscriber.email).toBe(input.email);
      expect(await calls(CREATE)).toBe(before + 2);
    });

    it('should answer EMAIL_TAKEN on retry when someone else took the e-mail after the lost attempt', async () => {
      const input = newInput({ idempotencyKey: randomUUID() });
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'before', times: 1 }] });
      expect((await gateway.query(CreateSubscriberDocument, { input })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      const other = await gateway.sandbox.client().post('/subscribers/create', {
        AccountId: seed.doeId, Name: 'Someone Else', Email: input.email, Role: 'Subscriber', Password: 'x', PhoneNumbers: [],
      });
      expect(other.status).toBe(200);

      const retry = await gateway.query(CreateSubscriberDocument, { input });
      expect(retry.body.errors![0]!.extensions).toMatchObject({ code: 'EMAIL_TAKEN', upstream: { status: 409 } });
    });
  });

  describe('updateSubscriber', () => {
    it('should rename, change the role and password, and show the change in later queries', async () => {
      const jimmy = doeSubscriber('Jimmy Doe');
      const reply = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: jimmy.SubscriberId, name: 'James Doe', role: 'MANAGER', password: PASSWORD } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateSubscriber.subscriber).toMatchObject({ id: jimmy.SubscriberId, name: 'James Doe', role: 'MANAGER', email: jimmy.Email });
      expect(JSON.stringify(reply.body)).not.toContain(PASSWORD);
      const later = await gateway.query(SubscriberCardDocument, { id: jimmy.SubscriberId });
      expect(later.body.data!.subscriber).toEqual(reply.body.data!.updateSubscriber.subscriber);
    });

    it('should replace the whole set of numbers, unbinding the ones left out', async () => {
      const [a, b] = [freeNumbers.pop()!, freeNumbers.pop()!];
      const created = await gateway.query(CreateSubscriberDocument, { input: newInput({ numbers: [a, b] }) });
      const id = created.body.data!.createSubscriber.subscriber.id;
      const reply = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: id, numbers: [b] } });
      expect(reply.body.data!.updateSubscriber.subscriber.numbers).toEqual([{ number: b, subscriber: { id } }]);
      const row = (await gateway.sandbox.client().get('/numbers', { PhoneNumber: a })).body;
      expect(row.AssignedSubscriberId).toBeNull();

      const none = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: id, numbers: [] } });
      expect(none.body.data!.updateSubscriber.subscriber.numbers).toEqual([]);
      freeNumbers.unshift(a, b);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a subscriber ID of the wrong kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
      ['a blank name', { name: '' }, 'input.name'],
      ['a short password', { password: 'abc' }, 'input.password'],
      ['a number that is not E.164', { numbers: ['+1801'] }, 'input.numbers[0]'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: doeSubscriber('Judy Doe').SubscriberId, ...change } } as never);
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should answer NOT_FOUND for an unknown subscriber and for another distributor’s', async () => {
      const initech = (await gateway.sandbox.client(1).get('/distributor/subscribers')).body.Results[0].SubscriberId as string;
      for (const subscriberId of ['TSUID-00000000-0000-4000-8000-000000000000', initech]) {
        const reply = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId, name: 'X' } });
        expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: UPDATE } });
      }
    });

    it('should pass on the platform’s refusal of a number another subscriber holds, changing nothing', async () => {
      const judy = doeSubscriber('Judy Doe');
      const reply = await gateway.query(UpdateSubscriberDocument, { input: { subscriberId: judy.SubscriberId, name: 'Judith', numbers: [seed.doe.find((n) => n.AssignedSubscriberId !== judy.SubscriberId)!.Number] } });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: UPDATE } });
      expect((await gateway.query(SubscriberCardDocument, { id: judy.SubscriberId })).body.data!.subscriber!.name).toBe('Judy Doe');
    });
  });

  describe('transferSubscriber', () => {
    it('should move the subscriber and its numbers, and show it in the new account and no longer in the old', async () => {
      const jane = doeSubscriber('Jane Doe');
      const line = seed.doe.find((n) => n.AssignedSubscriberId === jane.SubscriberId)!.Number;
      const reply = await gateway.query(TransferSubscriberDocument, { input: { subscriberId: jane.SubscriberId, fromAccountId: seed.doeId, toAccountId: seed.acmeId } });
      expect(reply.body.errors).toBeUndefined();
      const payload = reply.body.data!.transferSubscriber;
      expect(payload.subscriber).toMatchObject({ id: jane.SubscriberId, account: { id: seed.acmeId }, numbers: [{ number: line, subscriber: { id: jane.SubscriberId } }] });
      expect(payload.fromAccount!.subscribers!.edges.map((e) => e.node.id)).not.toContain(jane.SubscriberId);
      expect(payload.toAccount!.subscribers!.edges.map((e) => e.node.id)).toContain(jane.SubscriberId);
      const acmeInventory = (await gateway.sandbox.client().get('/numbers/inventory', { AccountId: seed.acmeId, TotalPerPage: 1000 })).body.PhoneNumbers;
      expect(acmeInventory.map((n: { Number: string }) => n.Number)).toContain(line);
    });

    it.each<[string, Record<string, string>, string]>([
      ['a subscriber ID of the wrong kind', { subscriberId: 'NID-1' }, 'input.subscriberId'],
      ['a source account ID of the wrong kind', { fromAccountId: 'DID-1' }, 'input.fromAccountId'],
      ['a destination account ID of the wrong kind', { toAccountId: 'acme' }, 'input.toAccountId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const input = { subscriberId: doeSubscriber('Judy Doe').SubscriberId, fromAccountId: seed.doeId, toAccountId: seed.acmeId, ...change };
      const reply = await gateway.query(TransferSubscriberDocument, { input });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should name the account the subscriber is really in when the source account is wrong', async () => {
      const judy = doeSubscriber('Judy Doe');
      const reply = await gateway.query(TransferSubscriberDocument, { input: { subscriberId: judy.SubscriberId, fromAccountId: seed.acmeId, toAccountId: seed.acmeId } });
      expect(reply.body.errors![0]!.extensions).toEqual({
        requestId: expect.any(String),
        code: 'BAD_USER_INPUT',
        field: 'input.fromAccountId',
        currentAccountId: seed.doeId,
        upstream: { status: 400, endpoint: TRANSFER },
      });
    });

    it('should pass on the platform’s refusal of another distributor’s account and of an unknown subscriber', async () => {
      const judy = doeSubscriber('Judy Doe');
      const foreign = await gateway.query(TransferSubscriberDocument, { input: { subscriberId: judy.SubscriberId, fromAccountId: seed.doeId, toAccountId: seed.initechId } });
      expect(foreign.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: TRANSFER } });
      const unknown = await gateway.query(TransferSubscriberDocument, {
        input: { subscriberId: 'TSUID-00000000-0000-4000-8000-000000000000', fromAccountId: seed.doeId, toAccountId: seed.acmeId },
      });
      expect(unknown.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: TRANSFER } });
    });
  });
});
