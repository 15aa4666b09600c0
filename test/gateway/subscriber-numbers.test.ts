import { AssignNumbersDocument, CreateSubscriberDocument, SubscriberCardDocument, UnassignNumbersDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, seededNumbers } from '../helpers/numbers';

const GET = 'GET /v1.0/subscribers/get';
const UPDATE = 'POST /v1.0/subscribers/update';

describe('assignNumbers and unassignNumbers', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  let freeNumbers: string[];
  let subscriberId: string;
  let ownLine: string;

  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const total = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  /** The upstream endpoints called since the request log held `since` entries, tokens left out. */
  const endpointsSince = async (since: number): Promise<string[]> =>
    ((await gateway.sandbox.admin('GET', `requests?since=${since}`)).body.requests as { endpoint: string }[])
      .map((r) => r.endpoint)
      .filter((e) => !e.endsWith('/oauth2/tokens'));
  const lastSeq = async (): Promise<number> => ((await gateway.sandbox.admin('GET', 'requests')).body.requests as { seq: number }[]).at(-1)?.seq ?? 0;
  const heldBy = async (id: string): Promise<string[]> =>
    (await gateway.query(SubscriberCardDocument, { id })).body.data!.subscriber!.numbers!.map((n) => n.number);

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    freeNumbers = seed.voip.filter((n) => n.AssignedSubscriberId === null).map((n) => n.Number);
    ownLine = freeNumbers.pop()!;
    const created = await gateway.query(CreateSubscriberDocument, {
      input: { accountId: seed.acmeId, name: 'Grace Hopper', email: 'grace@acme.example', password: 'cobol-1959!', numbers: [ownLine] },
    });
    subscriberId = created.body.data!.createSubscriber.subscriber.id;
  });
  afterAll(() => gateway.stop());

  it('should add numbers to the subscriber’s set with one read and one write, keeping the numbers it holds', async () => {
    const [a, b] = [freeNumbers[0]!, freeNumbers[1]!];
    const since = await lastSeq();
    const reply = await gateway.query(AssignNumbersDocument, { input: { subscriberId, numbers: [a, b, a] } });
    expect(reply.body.errors).toBeUndefined();
    const payload = reply.body.data!.assignNumbers;
    expect(payload.numbers).toEqual([
      { number: a, subscriber: { id: subscriberId } },
      { number: b, subscriber: { id: subscriberId } },
    ]);
    expect(payload.subscriber.numbers!.map((n) => n.number).sort()).toEqual([ownLine, a, b].sort());
    // The write reads the set and writes it back; the payload's reads come after.
    expect((await endpointsSince(since)).slice(0, 2)).toEqual([GET, UPDATE]);
    expect((await endpointsSince(since)).filter((e) => e === UPDATE)).toHaveLength(1);
    expect((await heldBy(subscriberId)).sort()).toEqual([ownLine, a, b].sort());
  });

  it('should not write when every number is held already', async () => {
    const updates = await calls(UPDATE);
    const reply = await gateway.query(AssignNumbersDocument, { input: { subscriberId, numbers: [ownLine] } });
    expect(reply.body.data!.assignNumbers.numbers).toEqual([{ number: ownLine, subscriber: { id: subscriberId } }]);
    expect(await calls(UPDATE)).toBe(updates);
  });

  it('should remove numbers from the set, leaving them unassigned in the account, and keep the others', async () => {
    const [a, b] = [freeNumbers[0]!, freeNumbers[1]!];
    const reply = await gateway.query(UnassignNumbersDocument, { input: { subscriberId, numbers: [a, b] } });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.unassignNumbers.numbers).toEqual([
      { number: a, subscriber: null },
      { number: b, subscriber: null },
    ]);
    expect(reply.body.data!.unassignNumbers.subscriber.numbers).toEqual([{ number: ownLine, subscriber: { id: subscriberId } }]);
    expect(await heldBy(subscriberId)).toEqual([ownLine]);
  });

  it('should not write when the subscriber holds none of the numbers', async () => {
    const updates = await calls(UPDATE);
    const reply = await gateway.query(UnassignNumbersDocument, { input: { subscriberId, numbers: [freeNumbers[2]!] } });
    expect(reply.body.errors).toBeUndefined();
    expect(await calls(UPDATE)).toBe(updates);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty list', { numbers: [] }, 'input.numbers'],
    ['a number that is not E.164', { numbers: ['+18015550100', '+1 801 555 0101'] }, 'input.numbers[1]'],
    ['a subscriber ID of the wrong kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
  ])('should refuse %s before calling the upstream', async (_, change, field) => {
    for (const document of [AssignNumbersDocument, UnassignNumbersDocument] as const) {
      const before = await total();
      const reply = await gateway.query<{ errors?: unknown }>(document as never, { input: { subscriberId, numbers: [ownLine], ...change } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    }
  });

  it('should pass on the platform’s refusal of a number of another account, changing nothing', async () => {
    const reply = await gateway.query(AssignNumbersDocument, { input: { subscriberId, numbers: [seed.doe[0]!.Number] } });
    expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: UPDATE } });
    expect(await heldBy(subscriberId)).toEqual([ownLine]);
  });

  it('should answer NOT_FOUND for an unknown subscriber from the read, without writing', async () => {
    const updates = await calls(UPDATE);
    const reply = await gateway.query(AssignNumbersDocument, { input: { subscriberId: 'TSUID-00000000-0000-4000-8000-000000000000', numbers: [ownLine] } });
    expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: GET } });
    expect(await calls(UPDATE)).toBe(updates);
  });
});
