import { DAY_SEC, type SeededNumbers, seededNumbers, usDateIn } from '../helpers/numbers';
import { type SandboxClient, TestSandbox } from '../helpers/sandbox';

let sb: TestSandbox;
let acme: SandboxClient;
let initech: SandboxClient;
let seed: SeededNumbers;

beforeAll(async () => {
  sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  acme = sb.client(0);
  initech = sb.client(1);
  seed = await seededNumbers(sb);
});
afterAll(async () => sb.stop());
beforeEach(async () => {
  await sb.reset();
  [acme, initech] = [sb.client(0), sb.client(1)];
});

/** Moves the sandbox clock; tokens minted before then have expired, so the clients re-authenticate. */
async function advanceDays(days: number): Promise<void> {
  await sb.advanceClock(days * DAY_SEC);
  [acme, initech] = [sb.client(0), sb.client(1)];
}

const numberOf = async (number: string) => (await acme.get('/numbers', { PhoneNumber: number })).body;

describe('POST /v1.0/numbers/status', () => {
  const change = (StatusChange: string, numbers: string[], extra: Record<string, unknown> = {}) =>
    acme.post('/numbers/status', {
      StatusChange,
      EffectiveDate: usDateIn(0),
      PhoneNumbers: numbers.map((Number) => ({ Number })),
      ...extra,
    });

  it('should park numbers now and report the park fee in NumbersChanged', async () => {
    const numbers = [seed.mvno[0]!.Number, seed.mvno[1]!.Number];
    const reply = await change('park', numbers);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      OrderStatus: 'Complete',
      ChangeType: 'park',
      NumbersChanged: numbers.map((Number) => ({ Number, ChangeFee: 1 })),
    });
    expect(reply.body.EffectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    expect((await numberOf(numbers[1]!)).Status).toBe('Parked');
    const order = await acme.get('/numbers/order', { OrderId: reply.body.OrderId });
    expect(order.body).toMatchObject({ OrderType: 'StatusChange', ChangeType: 'park', OrderStatus: 'Complete' });
  });

  it('should activate a parked number and return an eSIM code per number', async () => {
    const number = seed.mvno[0]!.Number;
    await change('park', [number]);
    const reply = await change('activate', [number]);
    expect(reply.body).toMatchObject({ OrderStatus: 'Complete', ChangeType: 'activate' });
    expect(reply.body.Numbers).toEqual([{ Number: number, QrCode: expect.stringMatching(/LPA:1\$/) }]);
    expect((await numberOf(number)).Status).toBe('Active');
  });

  it('should map the onboarding words suspend, restore and deactivate', async () => {
    const number = seed.mvno[0]!.Number;
    expect((await change('suspend', [number])).body.ChangeType).toBe('park');
    expect((await change('Restore', [number])).body.ChangeType).toBe('activate');
    expect((await change('deactivate', [number])).body.ChangeType).toBe('cancel');
  });

  it('should cancel numbers and report the cancellation fee in NumbersChange', async () => {
    const number = seed.voip[0]!.Number;
    const reply = await change('cancel', [number]);
    expect(reply.body.NumbersChange).toEqual([{ Number: number, ChargeFee: 2.25 }]);
    expect((await numberOf(number)).Status).toBe('Cancelled');
  });

  it('should send a cancelled number to numbers/reactivate instead of activate', async () => {
    const number = seed.voip[0]!.Number;
    await change('cancel', [number]);
    const reply = await change('activate', [number]);
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(/POST \/v1.0\/numbers\/reactivate/);
  });

  it('should reject a change the number is not in a state for', async () => {
    const number = seed.mvno[0]!.Number;
    await change('park', [number]);
    const reply = await change('park', [number]);
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(/is Parked; park needs a number that is Active/);
  });

  it('should swap a number for a new one in the requested area and move the line over', async () => {
    const old = seed.mvno[2]!;
    const reply = await change('swap', [old.Number], { AreaCode: '303' });
    expect(reply.status).toBe(200);
    const [result] = reply.body.NumbersChange;
    expect(result).toEqual({ OriginalNumber: old.Number, NewNumber: expect.stringMatching(/^\+1303\d{7}$/), ChargeFee: 0 });
    expect((await acme.get('/numbers', { PhoneNumber: old.Number })).status).toBe(404);
    const fresh = await numberOf(result.NewNumber);
    expect(fresh).toMatchObject({
      Status: 'Active',
      AssignedSubscriberId: old.AssignedSubscriberId,
      MessageRouteId: old.MessageRouteId,
      VoiceRouteId: old.VoiceRouteId,
      Iccid: old.Iccid,
      OrderId: reply.body.OrderId,
    });
    expect(fresh.TNID).not.toBe(old.Tnid);
  });

  it('should give different new numbers to each number of a replace batch', async () => {
    const reply = await change('replace', [seed.mvno[0]!.Number, seed.mvno[1]!.Number], { ZipCode: '80202' });
    const fresh = reply.body.NumbersChange.map((r: { NewNumber: string }) => r.NewNumber);
    expect(new Set(fresh).size).toBe(2);
    for (const number of fresh) expect(number).toMatch(/^\+1303/);
  });

  it('should reject a swap when no replacement number is available', async () => {
    const reply = await change('swap', [seed.mvno[0]!.Number], { AreaCode: '917' });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(/no numbers available for AreaCode 917/);
  });

  it('should move a number to a new SIM with swap-sim', async () => {
    const number = seed.mvno[0]!.Number;
    const missing = await change('swap-sim', [number]);
    expect(missing.body.Message).toMatch(/PhoneNumbers\[0\]\.ICCID is required for swap-sim/);
    const reply = await acme.post('/numbers/status', {
      StatusChange: 'swap-sim',
      EffectiveDate: usDateIn(0),
      PhoneNumbers: [{ Number: number, ICCID: '8901240397190000001' }],
    });
    expect(reply.body.NumbersChange).toEqual([{ Number: number, ChargeFee: 0 }]);
    expect((await numberOf(number)).Iccid).toBe('8901240397190000001');
  });

  it('should apply a future-dated change when the EffectiveDate arrives on the sandbox clock', async () => {
    const number = seed.mvno[0]!.Number;
    const reply = await change('cancel', [number], { EffectiveDate: usDateIn(2) });
    expect(reply.body.OrderStatus).toBe('Pending');
    expect((await numberOf(number)).Status).toBe('Active');
    await advanceDays(3);
    expect((await numberOf(number)).Status).toBe('Cancelled');
    const order = await acme.get('/numbers/order', { OrderId: reply.body.OrderId });
    expect(order.body.OrderStatus).toBe('Complete');
    expect(order.body.StatusHistory.map((s: { OrderStatus: string }) => s.OrderStatus)).toEqual(['Pending', 'Complete']);
  });

  it('should end a future-dated change in Error when the number no longer qualifies', async () => {
    const number = seed.mvno[0]!.Number;
    const later = await change('park', [number], { EffectiveDate: usDateIn(2) });
    await change('cancel', [number]);
    await advanceDays(3);
    const order = await acme.get('/numbers/order', { OrderId: later.body.OrderId });
    expect(order.body).toMatchObject({ OrderStatus: 'Error', OrderStatusMessage: expect.stringMatching(/is Cancelled/) });
    expect((await numberOf(number)).Status).toBe('Cancelled');
  });

  it.each([
    [{ StatusChange: 'pause' }, /StatusChange 'pause' is not valid/],
    [{ StatusChange: undefined }, /StatusChange is required/],
    [{ EffectiveDate: undefined }, /EffectiveDate is required/],
    [{ EffectiveDate: '2025-12-31' }, /EffectiveDate '2025-12-31' must be a date written MM\/DD\/YYYY/],
    [{ EffectiveDate: '02/30/2026' }, /not a calendar date/],
    [{ PhoneNumbers: [] }, /PhoneNumbers must contain at least one item/],
    [{ PhoneNumbers: [{ Number: '801' }] }, /PhoneNumbers\[0\]\.Number '801' is not a valid E.164/],
  ])('should reject %p', async (overrides, message) => {
    const reply = await acme.post('/numbers/status', {
      StatusChange: 'park',
      EffectiveDate: usDateIn(0),
      PhoneNumbers: [{ Number: seed.mvno[0]!.Number }],
      ...overrides,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(message);
  });

  it('should reject a batch that names a number twice or spans accounts', async () => {
    const twice = await change('park', [seed.mvno[0]!.Number, seed.mvno[0]!.Number]);
    expect(twice.body.Message).toMatch(/more than once/);
    const spanning = await change('park', [seed.mvno[0]!.Number, seed.doe[0]!.Number]);
    expect(spanning.body.Message).toMatch(/same account/);
  });

  it("should answer 404 when the batch holds another distributor's number", async () => {
    const reply = await change('park', [seed.mvno[0]!.Number, seed.initech[0]!.Number]);
    expect(reply.status).toBe(404);
    expect((await numberOf(seed.mvno[0]!.Number)).Status).toBe('Active');
  });
});

describe('POST /v1.0/numbers/reactivate', () => {
  const cancel = (number: string) =>
    acme.post('/numbers/status', { StatusChange: 'cancel', EffectiveDate: usDateIn(0), PhoneNumbers: [{ Number: number }] });

  it('should restore a recently cancelled number', async () => {
    const number = seed.mvno[0]!.Number;
    await cancel(number);
    const reply = await acme.post('/numbers/reactivate', { PhoneNumbers: [{ Number: number }] });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ OrderStatus: 'Complete', ChangeType: 'reactivate', Numbers: [{ Number: number, QrCode: null }] });
    expect((await numberOf(number)).Status).toBe('Active');
    const order = await acme.get('/numbers/order', { OrderId: reply.body.OrderId });
    expect(order.body.OrderType).toBe('Reactivate');
  });

  it('should accept a single Number', async () => {
    const number = seed.mvno[0]!.Number;
    await cancel(number);
    expect((await acme.post('/numbers/reactivate', { Number: number })).status).toBe(200);
  });

  it('should reject a number that is not cancelled', async () => {
    const reply = await acme.post('/numbers/reactivate', { Number: seed.mvno[0]!.Number });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(/is Active; only cancelled numbers can be reactivated/);
  });

  it('should reject a cancellation older than the 30-day window', async () => {
    const number = seed.mvno[0]!.Number;
    await cancel(number);
    await advanceDays(31);
    const reply = await acme.post('/numbers/reactivate', { Number: number });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toMatch(/past the 30-day reactivation window/);
  });

  it('should require PhoneNumbers and hide other tenants\' numbers', async () => {
    expect((await acme.post('/numbers/reactivate', {})).body.Message).toMatch(/PhoneNumbers is required/);
    expect((await initech.post('/numbers/reactivate', { Number: seed.mvno[0]!.Number })).status).toBe(404);
  });
});
