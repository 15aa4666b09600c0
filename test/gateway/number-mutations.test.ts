import { randomUUID } from 'node:crypto';
import {
  ChangeNumberStatusDocument,
  type ChangeNumberStatusInput,
  NumberDetailsDocument,
  ReactivateNumbersDocument,
  UpdateNumberDocument,
  type UpdateNumberInput,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, isoDateIn, seededNumbers } from '../helpers/numbers';

const STATUS = 'POST /v1.0/numbers/status';

describe('number lifecycle mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  /** Seeded MVNO lines handed out one per test, so tests do not step on each other. */
  let spare: string[];
  const take = (): string => spare.shift()!;

  const upstreamTotal = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const numberNow = async (number: string) => (await gateway.query(NumberDetailsDocument, { number })).body.data!.phoneNumber!;

  beforeAll(async () => {
    // Many writes in a minute: neither the sandbox's quota nor the gateway's own queue is what these tests are about.
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    spare = seed.mvno.slice(10).map((n) => n.Number);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  describe('updateNumber', () => {
    it('should change the configuration, answer the update order and the number as it is now, and show it in later queries', async () => {
      const number = take();
      const unbound = seed.voip.find((n) => n.AssignedSubscriberId === null)!;
      const subscriberId = seed.mvno[0]!.AssignedSubscriberId!;
      const reply = await gateway.query(UpdateNumberDocument, {
        input: { number, callerIdName: 'ACME SUPPORT', iccid: '8901240397190557414F', messageType: 'A2P' },
      });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateNumber).toMatchObject({
        order: { id: expect.stringMatching(/^JNUOID-/), type: 'Update', status: 'COMPLETED', numbers: [number] },
        phoneNumber: { number, callerIdName: 'ACME SUPPORT', iccid: '8901240397190557414F', messageType: 'A2P' },
      });
      expect(await numberNow(number)).toMatchObject({ messageType: 'A2P' });

      const bound = await gateway.query(UpdateNumberDocument, { input: { number: unbound.Number, subscriberId } });
      expect(bound.body.data!.updateNumber.phoneNumber).toMatchObject({ number: unbound.Number, subscriber: { id: subscriberId } });
    });

    it('should clear the subscriber, SIM and caller-ID name when they are sent as null, and keep what is left out', async () => {
      const number = take();
      await gateway.query(UpdateNumberDocument, { input: { number, callerIdName: 'TEMP', iccid: '8901240397190557415F' } });
      const reply = await gateway.query(UpdateNumberDocument, { input: { number, subscriberId: null, iccid: null, callerIdName: null } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateNumber.phoneNumber).toMatchObject({ subscriber: null, iccid: null, callerIdName: null, messageEnabled: true, voiceEnabled: true });
    });

    it.each<[string, Partial<UpdateNumberInput>, string]>([
      ['a number not in E.164', { number: '801-555-0100', callerIdName: 'X' }, 'input.number'],
      ['an update that changes nothing', {}, 'input'],
      ['a move to VOIP', { numberType: 'VOIP' }, 'input.numberType'],
      ['IOT with A2P', { numberType: 'IOT', messageType: 'A2P' }, 'input.messageType'],
      ['null for a setting that cannot be cleared', { messageEnabled: null }, 'input.messageEnabled'],
      ['a voice route ID of the wrong kind', { voiceRouteId: 'MRID-1' }, 'input.voiceRouteId'],
      ['a subscriber ID of the wrong kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
      ['a malformed ICCID', { iccid: '12345' }, 'input.iccid'],
      ['a caller-ID name over 15 characters', { callerIdName: 'ACME MOBILE SUPPORT' }, 'input.callerIdName'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await upstreamTotal();
      const reply = await gateway.query(UpdateNumberDocument, { input: { number: seed.mvno[1]!.Number, ...change } as UpdateNumberInput });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await upstreamTotal()).toBe(before);
    });

    it('should pass on the platform’s rules: VoIP stays VoIP, IOT lines stay P2P, unknown numbers are not found', async () => {
      const endpoint = 'POST /v1.0/numbers/update';
      const voip = await gateway.query(UpdateNumberDocument, { input: { number: seed.voip[0]!.Number, numberType: 'MVNO' } });
      expect(voip.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint } });
      const iot = await gateway.query(UpdateNumberDocument, { input: { number: seed.iot[0]!.Number, messageType: 'A2P' } });
      expect(iot.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint } });
      const unknown = await gateway.query(UpdateNumberDocument, { input: { number: '+18015550199', callerIdName: 'X' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint } });
    });
  });

  describe('changeNumberStatus and reactivateNumbers', () => {
    const change = (input: ChangeNumberStatusInput) => gateway.query(ChangeNumberStatusDocument, { input });

    it('should park a number with its fee, then activate it again with an activation code', async () => {
      const number = take();
      const parked = await change({ change: 'PARK', numbers: [{ number }] });
      expect(parked.body.errors).toBeUndefined();
      expect(parked.body.data!.changeNumberStatus).toMatchObject({
        order: { type: 'StatusChange', status: 'COMPLETED', numbers: [number] },
        change: 'PARK',
        effectiveDate: isoDateIn(0),
        results: [{ number, newNumber: null, fee: '1.00', phoneNumber: { number, status: 'Parked' } }],
      });
      const activated = await change({ change: 'ACTIVATE', numbers: [{ number }] });
      expect(activated.body.data!.changeNumberStatus.results).toEqual([
        { number, newNumber: null, fee: null, qrCode: expect.stringMatching(/^https:/), phoneNumber: expect.objectContaining({ status: 'Active' }) },
      ]);
    });

    it('should cancel numbers with their fee, and reactivate them within the window', async () => {
      const numbers = [take(), take(), take()];
      const cancelled = await change({ change: 'CANCEL', numbers: numbers.map((number) => ({ number })) });
      expect(cancelled.body.errors).toBeUndefined();
      expect(cancelled.body.data!.changeNumberStatus.results.map((r) => [r.number, r.fee, r.phoneNumber!.status])).toEqual(
        numbers.map((n) => [n, '2.25', 'Cancelled']),
      );
      const reactivated = await gateway.query(ReactivateNumbersDocument, { input: { numbers } });
      expect(reactivated.body.errors).toBeUndefined();
      expect(reactivated.body.data!.reactivateNumbers).toMatchObject({
        order: { type: 'Reactivate', status: 'COMPLETED', numbers },
        change: null,
        results: numbers.map((number) => ({ number, phoneNumber: { number, status: 'Active' } })),
      });
    });

    it('should swap a number for a new one in the asked area, moving the subscriber to it', async () => {
      const number = take();
      const subscriberId = seed.mvno.find((n) => n.Number === number)!.AssignedSubscriberId;
      const swapped = await change({ change: 'SWAP', numbers: [{ number }], areaCode: '385' });
      expect(swapped.body.errors).toBeUndefined();
      const [result] = swapped.body.data!.changeNumberStatus.results;
      expect(result).toMatchObject({ number, newNumber: expect.stringMatching(/^\+1385\d{7}$/), fee: '0.00' });
      expect(result!.phoneNumber).toMatchObject({ number: result!.newNumber, status: 'Active', subscriber: { id: subscriberId } });
    });

    it('should move a number to a new SIM', async () => {
      const number = take();
      const reply = await change({ change: 'SWAP_SIM', numbers: [{ number, iccid: '8901240397190557499' }] });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.changeNumberStatus.results[0]!.phoneNumber).toMatchObject({ number, iccid: '8901240397190557499' });
    });

    it('should leave a change for a later day pending, with the numbers unchanged until then', async () => {
      const number = take();
      const later = isoDateIn(5);
      const reply = await change({ change: 'PARK', numbers: [{ number }], effectiveDate: later });
      expect(reply.body.data!.changeNumberStatus).toMatchObject({ order: { status: 'PENDING' }, effectiveDate: later, results: [{ phoneNumber: { status: 'Active' } }] });
    });

    it.each<[string, Partial<ChangeNumberStatusInput>, string]>([
      ['an empty batch', { numbers: [] }, 'input.numbers'],
      ['a number listed twice', { numbers: [{ number: '+18015550101' }, { number: '+18015550101' }] }, 'input.numbers[1]'],
      ['a number not in E.164', { numbers: [{ number: '+18015550101' }, { number: '8015550102' }] }, 'input.numbers[1].number'],
      ['a SIM swap without an ICCID', { change: 'SWAP_SIM', numbers: [{ number: '+18015550101' }] }, 'input.numbers[0].iccid'],
      ['an ICCID for another change', { numbers: [{ number: '+18015550101', iccid: '8901240397190557499' }] }, 'input.numbers[0].iccid'],
      ['an area code for a park', { areaCode: '801' }, 'input.areaCode'],
      ['a malformed area code for a swap', { change: 'SWAP', areaCode: '80' }, 'input.areaCode'],
      ['a date that does not exist', { effectiveDate: '2026-02-30' }, 'input.effectiveDate'],
      ['a US-style date', { effectiveDate: '12/31/2026' }, 'input.effectiveDate'],
    ])('should refuse %s before calling the upstream', async (_, patch, field) => {
      const before = await upstreamTotal();
      const reply = await change({ change: 'PARK', numbers: [{ number: '+18015550101' }], ...patch });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await upstreamTotal()).toBe(before);
    });

    it('should pass on the platform’s rules: the right starting status, one account per batch, known numbers, the reactivation window', async () => {
      const parked = take();
      await change({ change: 'PARK', numbers: [{ number: parked }] });
      const parkedAgain = await change({ change: 'PARK', numbers: [{ number: parked }] });
      expect(parkedAgain.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: STATUS } });
      const mixed = await change({ change: 'PARK', numbers: [{ number: seed.mvno[2]!.Number }, { number: seed.doe[0]!.Number }] });
      expect(mixed.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: STATUS } });
      const unknown = await change({ change: 'PARK', numbers: [{ number: '+18015550199' }] });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: STATUS } });
      const notCancelled = await gateway.query(ReactivateNumbersDocument, { input: { numbers: [seed.mvno[2]!.Number] } });
      expect(notCancelled.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/numbers/reactivate' } });
      const before = await upstreamTotal();
      const badReactivation = await gateway.query(ReactivateNumbersDocument, { input: { numbers: ['+18015550101', 'x'] } });
      expect(badReactivation.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.numbers[1]' });
      expect(await upstreamTotal()).toBe(before);
    });

    it('should change once per idempotency key, replay the first answer, and refuse the key for another batch', async () => {
      const number = take();
      const input: ChangeNumberStatusInput = { change: 'PARK', numbers: [{ number }], idempotencyKey: randomUUID() };
      const before = await calls(STATUS);
      const replies = await Promise.all(Array.from({ length: 5 }, () => change(input)));
      expect(replies.filter((r) => r.body.errors)).toEqual([]);
      expect(new Set(replies.map((r) => r.body.data!.changeNumberStatus.order.id)).size).toBe(1);
      expect(await calls(STATUS)).toBe(before + 1);
      const reused = await change({ ...input, change: 'CANCEL' });
      expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await calls(STATUS)).toBe(before + 1);
    });

    it('should not change again after a lost answer: the retry with the key reports the outcome unknown', async () => {
      const number = take();
      const input: ChangeNumberStatusInput = { change: 'PARK', numbers: [{ number }], idempotencyKey: randomUUID() };
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: STATUS, drop: 'after', times: 1 }] });
      const before = await calls(STATUS);
      const lost = await change(input);
      expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: STATUS } });
      const retry = await change(input);
      expect(retry.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
      expect(await calls(STATUS)).toBe(before + 1);
      expect((await numberNow(number)).status).toBe('Parked');
    });
  });
});
