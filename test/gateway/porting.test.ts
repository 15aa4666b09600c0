import { randomUUID } from 'node:crypto';
import {
  CancelPortInDocument,
  CheckPortInEligibilityDocument,
  NumberDetailsDocument,
  OrderByIdDocument,
  RequestPortOutDocument,
  SubmitPortInDocument,
  type SubmitPortInInput,
  UpdatePortInDocument,
  type UpdatePortInInput,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { isoDateIn, seededNumbers } from '../helpers/numbers';
import { PORT_IN_STEP_SEC as STEP_SEC, portableNumber } from '../helpers/porting';

const SUBMIT = 'POST /v1.0/numbers/portin';
const PORT_OUT = 'POST /v1.0/numbers/portout';

/** A 312 number not on the platform; its last digit picks the sandbox's port-in outcome. */
const portable = (last: '1' | '7' | '9' | '0' = '1'): string => portableNumber('312', last);

describe('porting mutations', () => {
  let gateway: TestGateway;
  let acmeId: string;
  let details: Omit<SubmitPortInInput, 'number'>;

  const upstreamTotal = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const submit = (input: SubmitPortInInput, headers?: Record<string, string>) => gateway.query(SubmitPortInDocument, { input }, headers);
  const orderStatus = async (id: string) => (await gateway.query(OrderByIdDocument, { id })).body.data!.order!;

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acmeId = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    details = {
      currentCarrierName: 'Verizon',
      currentAccountNumber: '46512222',
      currentAccountPassword: '0000',
      currentBillingAddress: { street1: '2701 N Thanksgiving Way', street2: 'Suite 202', city: 'Lehi', state: 'UT', zip: '84043' },
      targetClassification: 'MVNO',
      subscriberName: 'Jane Doe',
      accountId: acmeId,
    };
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  describe('checkPortInEligibility', () => {
    it('should say whether a number can be ported into the classification, and why not', async () => {
      const check = async (number: string, targetClassification: 'MVNO' | 'IOT') =>
        (await gateway.query(CheckPortInEligibilityDocument, { input: { number, targetClassification } })).body.data!.checkPortInEligibility;
      const ok = portable('1');
      expect(await check(ok, 'MVNO')).toEqual({ number: ok, targetClassification: 'MVNO', eligible: true, reason: 'Eligible for port-in.' });
      expect(await check(portable('0'), 'MVNO')).toMatchObject({ eligible: false, reason: expect.stringMatching(/does not release/) });
      expect(await check(portable('7'), 'IOT')).toMatchObject({ eligible: false, reason: expect.stringMatching(/Wireline/) });
    });

    it('should say a number with an open port-in order is not eligible, and name the order in the reason', async () => {
      const number = portable('1');
      const { id } = (await submit({ number, ...details })).body.data!.submitPortIn.order;
      const reply = await gateway.query(CheckPortInEligibilityDocument, { input: { number, targetClassification: 'MVNO' } });
      expect(reply.body.data!.checkPortInEligibility).toEqual({
        number,
        targetClassification: 'MVNO',
        eligible: false,
        reason: `The number already has an open port-in order (${id}); update or cancel that order instead.`,
      });
    });

    it('should refuse a number that is not E.164 before calling the upstream', async () => {
      const before = await upstreamTotal();
      const reply = await gateway.query(CheckPortInEligibilityDocument, { input: { number: '3125550101', targetClassification: 'MVNO' } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.number' });
      expect(await upstreamTotal()).toBe(before);
    });
  });

  describe('the port-in lifecycle', () => {
    it('should submit, update, move through every status on the sandbox clock to Completed, and bring the number into the inventory', async () => {
      const number = portable('1');
      const { mvno } = await seededNumbers(gateway.sandbox);
      const subscriberId = mvno[0]!.AssignedSubscriberId!;
      const submitted = await submit({ number, ...details, subscriberId });
      expect(submitted.body.errors).toBeUndefined();
      const order = submitted.body.data!.submitPortIn.order;
      expect(order).toMatchObject({ id: expect.stringMatching(/^JNUOID-/), type: 'PortIn', status: 'SUBMITTED', numbers: [number] });

      const updated = await gateway.query(UpdatePortInDocument, { input: { orderId: order.id, subscriberName: 'Jane Q. Doe', portInDate: isoDateIn(0) } });
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data!.updatePortIn.order).toMatchObject({ id: order.id, status: 'SUBMITTED' });

      const seen: string[] = [];
      for (let step = 0; step < 3; step += 1) {
        await gateway.sandbox.advanceClock(STEP_SEC);
        seen.push((await orderStatus(order.id)).status);
      }
      expect(seen).toEqual(['PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
      expect((await orderStatus(order.id)).history.map((h) => h.status)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
      const ported = (await gateway.query(NumberDetailsDocument, { number })).body.data!.phoneNumber!;
      expect(ported).toMatchObject({ number, status: 'Active', subscriber: { id: subscriberId }, account: { name: 'Acme Mobile' }, order: { id: order.id, type: 'PortIn' } });
    });

    it('should cancel an open port-in for good: a second cancel and an update fail with ORDER_CLOSED', async () => {
      const { id } = (await submit({ number: portable('1'), ...details })).body.data!.submitPortIn.order;
      const cancelled = await gateway.query(CancelPortInDocument, { input: { orderId: id } });
      expect(cancelled.body.errors).toBeUndefined();
      expect(cancelled.body.data!.cancelPortIn.order).toMatchObject({ id, status: 'CANCELLED', history: [{ status: 'SUBMITTED' }, { status: 'CANCELLED' }] });

      const again = await gateway.query(CancelPortInDocument, { input: { orderId: id } });
      expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'ORDER_CLOSED', status: 'CANCELLED', statusText: 'Cancelled', upstream: { status: 400, endpoint: 'POST /v1.0/numbers/portin/cancel' } });
      const late = await gateway.query(UpdatePortInDocument, { input: { orderId: id, subscriberName: 'Too Late' } });
      expect(late.body.errors![0]!.extensions).toMatchObject({ code: 'ORDER_CLOSED', status: 'CANCELLED', upstream: { status: 400, endpoint: 'POST /v1.0/numbers/portin/update' } });
      await gateway.sandbox.advanceClock(5 * STEP_SEC);
      expect((await orderStatus(id)).status).toBe('CANCELLED');
    });

    it('should show a port-in the losing carrier rejected, with its reason, and refuse to change it', async () => {
      const { id } = (await submit({ number: portable('9'), ...details })).body.data!.submitPortIn.order;
      await gateway.sandbox.advanceClock(2 * STEP_SEC);
      const rejected = await orderStatus(id);
      expect(rejected).toMatchObject({ status: 'REJECTED', statusMessage: expect.stringMatching(/losing carrier/) });
      expect(rejected.history.at(-1)).toMatchObject({ status: 'REJECTED', message: rejected.statusMessage });
      const fix = await gateway.query(UpdatePortInDocument, { input: { orderId: id, currentAccountNumber: '46512223' } });
      expect(fix.body.errors![0]!.extensions).toMatchObject({ code: 'ORDER_CLOSED', status: 'REJECTED', statusText: 'Rejected' });
    });

    it('should hold a wireline port-in until it has a port-in date, then schedule it', async () => {
      const { id } = (await submit({ number: portable('7'), ...details })).body.data!.submitPortIn.order;
      await gateway.sandbox.advanceClock(3 * STEP_SEC);
      expect(await orderStatus(id)).toMatchObject({ status: 'PENDING_CARRIER_APPROVAL', statusMessage: expect.stringMatching(/PortInDate is required/) });
      await gateway.query(UpdatePortInDocument, { input: { orderId: id, portInDate: isoDateIn(0) } });
      await gateway.sandbox.advanceClock(STEP_SEC / 2);
      expect((await orderStatus(id)).status).toBe('SCHEDULED');
      await gateway.sandbox.advanceClock(STEP_SEC);
      expect((await orderStatus(id)).status).toBe('COMPLETED');
    });

    it('should take the port-in date as the getting-started guide writes it (MM/DD/YYYY) as well as YYYY-MM-DD, as one day', async () => {
      const [year, month, day] = isoDateIn(1).split('-');
      const usDay = `${month}/${day}/${year}`;
      const { id } = (await submit({ number: portable('7'), ...details })).body.data!.submitPortIn.order;
      await gateway.sandbox.advanceClock(3 * STEP_SEC);
      const updated = await gateway.query(UpdatePortInDocument, { input: { orderId: id, portInDate: usDay } });
      expect(updated.body.errors).toBeUndefined();
      await gateway.sandbox.advanceClock(STEP_SEC / 2);
      expect((await orderStatus(id)).status).toBe('SCHEDULED');

      // Both spellings of one day are one request: an idempotent submit replays rather than refusing the key.
      const input = { number: portable('1'), ...details, portInDate: isoDateIn(1), idempotencyKey: randomUUID() };
      const before = await calls(SUBMIT);
      const first = await submit(input);
      const again = await submit({ ...input, portInDate: usDay });
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data!.submitPortIn.order.id).toBe(first.body.data!.submitPortIn.order.id);
      expect(await calls(SUBMIT)).toBe(before + 1);
    });

    it('should answer PORT_IN_NOT_ELIGIBLE with the reason when the number cannot be ported, confirmed by one eligibility read', async () => {
      const before = await calls('POST /v1.0/numbers/portin/eligibility');
      const reply = await submit({ number: portable('0'), ...details });
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        code: 'PORT_IN_NOT_ELIGIBLE',
        reason: expect.stringMatching(/does not release/),
        upstream: { status: 400, endpoint: SUBMIT },
      });
      expect(await calls('POST /v1.0/numbers/portin/eligibility')).toBe(before + 1);
      const iot = await submit({ number: portable('7'), ...details, targetClassification: 'IOT' });
      expect(iot.body.errors![0]!.extensions).toMatchObject({ code: 'PORT_IN_NOT_ELIGIBLE', reason: expect.stringMatching(/Wireline/) });
    });

    it('should answer a second port-in of a number with an open one PORT_IN_NOT_ELIGIBLE, naming the open order', async () => {
      const number = portable('1');
      const { id } = (await submit({ number, ...details })).body.data!.submitPortIn.order;
      const twice = await submit({ number, ...details });
      expect(twice.body.errors![0]!.extensions).toMatchObject({
        code: 'PORT_IN_NOT_ELIGIBLE',
        reason: expect.stringContaining(`open port-in order (${id})`),
        upstream: { status: 400, endpoint: SUBMIT },
      });
    });

    it('should pass on a refused SIM (bound to another number, or claimed by an open port-in) as the platform words it', async () => {
      const { mvno } = await seededNumbers(gateway.sandbox);
      const bound = mvno.find((n) => n.Iccid)!.Iccid!;
      const taken = await submit({ number: portable('1'), ...details, iccid: bound });
      expect(taken.body.errors![0]!).toMatchObject({
        message: expect.stringContaining(`ICCID '${bound}' is already bound to another number`),
        extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: SUBMIT } },
      });
      const sim = '8901240397190551234';
      const { id } = (await submit({ number: portable('1'), ...details, iccid: sim })).body.data!.submitPortIn.order;
      const claimed = await submit({ number: portable('1'), ...details, iccid: sim });
      expect(claimed.body.errors![0]!).toMatchObject({
        message: expect.stringContaining(`claimed by the open port-in order '${id}'`),
        extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: SUBMIT } },
      });
    });

    it('should pass on the other refusals unchanged: an unknown order', async () => {
      const unknownId = 'JNUOID-00000000-0000-4000-8000-000000000000';
      const update = await gateway.query(UpdatePortInDocument, { input: { orderId: unknownId, subscriberName: 'X' } });
      expect(update.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
      const cancel = await gateway.query(CancelPortInDocument, { input: { orderId: unknownId } });
      expect(cancel.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
    });
  });

  describe('validation', () => {
    const address = { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' };
    it.each<[string, Partial<SubmitPortInInput>, string]>([
      ['a number not in E.164', { number: '+1 312 555 0101' }, 'input.number'],
      ['a blank carrier', { currentCarrierName: ' ' }, 'input.currentCarrierName'],
      ['a blank account number', { currentAccountNumber: '' }, 'input.currentAccountNumber'],
      ['an empty account password', { currentAccountPassword: '' }, 'input.currentAccountPassword'],
      ['a state that is not a 2-letter code', { currentBillingAddress: { ...address, state: 'Utah' } }, 'input.currentBillingAddress.state'],
      ['a 4-digit ZIP code', { currentBillingAddress: { ...address, zip: '8404' } }, 'input.currentBillingAddress.zip'],
      ['a blank street', { currentBillingAddress: { ...address, street1: '' } }, 'input.currentBillingAddress.street1'],
      ['a malformed ICCID', { iccid: '89012' }, 'input.iccid'],
      ['a VOIP target (Telegent ports into mobile lines only)', { targetClassification: 'VOIP' }, 'input.targetClassification'],
      ['a port-in date day-first', { portInDate: '23/04/2026' }, 'input.portInDate'],
      ['a port-in date with slashes year-first', { portInDate: '2026/04/23' }, 'input.portInDate'],
      ['a US-form port-in date that does not exist', { portInDate: '04/31/2026' }, 'input.portInDate'],
      ['an account ID of the wrong kind', { accountId: 'DID-1' }, 'input.accountId'],
      ['a subscriber ID of the wrong kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
    ])('should refuse a submit with %s before calling the upstream', async (_, patch, field) => {
      const before = await upstreamTotal();
      const reply = await submit({ number: portable('1'), ...details, ...patch } as SubmitPortInInput);
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await upstreamTotal()).toBe(before);
    });

    it.each<[string, UpdatePortInInput, string]>([
      ['an order ID of the wrong kind', { orderId: 'SUB-1', subscriberName: 'X' }, 'input.orderId'],
      ['no change', { orderId: 'JNUOID-1' }, 'input'],
      ['null for a field', { orderId: 'JNUOID-1', currentCarrierName: null }, 'input.currentCarrierName'],
      ['a date that does not exist', { orderId: 'JNUOID-1', portInDate: '2026-04-31' }, 'input.portInDate'],
    ])('should refuse an update with %s before calling the upstream', async (_, input, field) => {
      const before = await upstreamTotal();
      const reply = await gateway.query(UpdatePortInDocument, { input });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await upstreamTotal()).toBe(before);
    });

    it('should never echo the account password in an error', async () => {
      const secret = 'S3cret-PIN-'.padEnd(60, 'x');
      const reply = await submit({ number: portable('1'), ...details, currentAccountPassword: secret });
      expect(reply.body.errors![0]!.extensions!.field).toBe('input.currentAccountPassword');
      expect(JSON.stringify(reply.body)).not.toContain('S3cret');
    });
  });

  describe('idempotent submits', () => {
    it('should submit once for concurrent calls with one key, replay it, and refuse the key for another number', async () => {
      const input = { number: portable('1'), ...details, idempotencyKey: randomUUID() };
      const before = await calls(SUBMIT);
      const replies = await Promise.all(Array.from({ length: 10 }, () => submit(input)));
      expect(replies.filter((r) => r.body.errors)).toEqual([]);
      expect(new Set(replies.map((r) => r.body.data!.submitPortIn.order.id)).size).toBe(1);
      expect(await calls(SUBMIT)).toBe(before + 1);
      const reused = await submit({ ...input, number: portable('1') });
      expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await calls(SUBMIT)).toBe(before + 1);
    });

    it('should not submit again after a lost answer, and find the order once the port completes', async () => {
      const input = { number: portable('1'), ...details, idempotencyKey: randomUUID() };
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: SUBMIT, drop: 'after', times: 1 }] });
      const before = await calls(SUBMIT);
      const lost = await submit(input);
      expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: SUBMIT } });

      // An open port-in cannot be looked up by number: the retry says so instead of submitting again.
      const early = await submit(input);
      expect(early.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      expect(early.body.errors![0]!.message).toMatch(/no way to look up an open port-in/);
      expect(await calls(SUBMIT)).toBe(before + 1);

      await gateway.sandbox.advanceClock(3 * STEP_SEC);
      const found = await submit(input);
      expect(found.body.errors).toBeUndefined();
      expect(found.body.data!.submitPortIn.order).toMatchObject({ type: 'PortIn', status: 'COMPLETED', numbers: [input.number] });
      expect(await calls(SUBMIT)).toBe(before + 1);
    });
  });

  describe('requestPortOut', () => {
    it('should issue the PIN order, leave the number in service until the port completes, then show it ported out', async () => {
      const { mvno } = await seededNumbers(gateway.sandbox);
      const number = mvno[5]!.Number;
      const reply = await gateway.query(RequestPortOutDocument, { input: { number, pin: '1234' } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.requestPortOut).toEqual({
        order: { id: expect.stringMatching(/^JNUOID-/), type: 'PortOut', status: 'PENDING', numbers: [number] },
        phoneNumber: { number, status: 'Active' },
      });
      expect(JSON.stringify(reply.body)).not.toContain('1234');
      await gateway.sandbox.advanceClock(3 * STEP_SEC);
      expect((await orderStatus(reply.body.data!.requestPortOut.order.id)).status).toBe('COMPLETED');
      expect((await gateway.query(NumberDetailsDocument, { number })).body.data!.phoneNumber).toMatchObject({ status: 'Ported Out', subscriber: null });
    });

    it('should refuse a PIN that is not 4 to 10 digits without echoing it, before calling the upstream', async () => {
      const before = await upstreamTotal();
      const reply = await gateway.query(RequestPortOutDocument, { input: { number: '+18015550123', pin: '12ab' } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pin' });
      expect(reply.body.errors![0]!.message).not.toContain('12ab');
      expect(await upstreamTotal()).toBe(before);
    });

    it('should request once per key, and pass on the platform’s refusals: a pending port-out, an unknown number', async () => {
      const { mvno } = await seededNumbers(gateway.sandbox);
      const input = { number: mvno[6]!.Number, pin: '987654', idempotencyKey: randomUUID() };
      const before = await calls(PORT_OUT);
      const replies = await Promise.all(Array.from({ length: 5 }, () => gateway.query(RequestPortOutDocument, { input })));
      expect(new Set(replies.map((r) => r.body.data?.requestPortOut.order.id)).size).toBe(1);
      expect(await calls(PORT_OUT)).toBe(before + 1);

      const second = await gateway.query(RequestPortOutDocument, { input: { number: input.number, pin: '1111' } });
      expect(second.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: PORT_OUT } });
      const unknown = await gateway.query(RequestPortOutDocument, { input: { number: '+18015550199', pin: '1111' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: PORT_OUT } });
    });
  });
});
