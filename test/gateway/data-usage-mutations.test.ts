import {
  NumberDataUsageDocument,
  SetDataUsageLimitsDocument,
  type SetDataUsageLimitsInput,
  SetDataUsageRenewalDocument,
  type SetDataUsageRenewalInput,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, seededNumbers } from '../helpers/numbers';

const LIMITS = 'POST /v1.0/numbers/data-usage';
const RENEWAL = 'POST /v1.0/numbers/data-usage/update-renewal-info';
const SETTINGS = 'POST /v1.0/numbers/data-usage/settings';

describe('data-usage mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  /** Acme's IoT lines (data-enabled), handed out a few per test. */
  let iot: string[];

  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const total = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const upstreamSettings = async (numbers: string[]) =>
    (await gateway.sandbox.client().post('/numbers/data-usage/settings', { PhoneNumbers: numbers.map((Number) => ({ Number })) })).body.PhoneNumbers;
  const lastBody = async (endpoint: string) =>
    ((await gateway.sandbox.admin('GET', 'requests')).body.requests as { endpoint: string; body: Record<string, unknown> }[]).filter((r) => r.endpoint === endpoint).at(-1)!.body;

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    iot = seed.iot.map((n) => n.Number);
  });
  afterAll(() => gateway.stop());

  describe('setDataUsageLimits', () => {
    it('should set the thresholds on every number, report each as applied, and show them on the numbers read in one batch', async () => {
      const numbers = iot.splice(0, 3);
      const [settingsReads, before] = [await calls(SETTINGS), await calls(LIMITS)];
      const input: SetDataUsageLimitsInput = { numbers, notifyAt: 500, throttleAt: 800, throttleSpeed: 'KBPS_512', limit: 1000 };
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input });
      expect(reply.body.errors).toBeUndefined();
      const payload = reply.body.data!.setDataUsageLimits;
      expect(payload.results).toEqual(numbers.map((number) => ({ number, succeeded: true, message: null })));
      const settings = { unit: 'MB', notifyAt: 500, throttleAt: 800, throttleSpeed: 'KBPS_512', limit: 1000 };
      expect(payload.numbers.map((n) => [n.number, n.dataUsage.settings])).toEqual(numbers.map((n) => [n, settings]));
      expect(await calls(LIMITS)).toBe(before + 1);
      expect(await calls(SETTINGS)).toBe(settingsReads + 1);

      // Upstream spelling on the wire, and the effect in a later query.
      expect(await lastBody(LIMITS)).toMatchObject({ ValueUnit: 'MB', ThrottleSpeed: '512-kbps', PhoneNumbers: numbers.map((Number) => ({ Number })) });
      expect((await gateway.query(NumberDataUsageDocument, { number: numbers[0]! })).body.data!.phoneNumber!.dataUsage.settings).toEqual(settings);
    });

    it('should set a limit alone, in another unit, clearing the other thresholds', async () => {
      const [number] = iot.splice(0, 1);
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input: { numbers: [number!], unit: 'GB', limit: 2 } });
      expect(reply.body.data!.setDataUsageLimits.numbers[0]!.dataUsage.settings).toEqual({ unit: 'GB', notifyAt: null, throttleAt: null, throttleSpeed: null, limit: 2 });
    });

    it.each<[string, Partial<SetDataUsageLimitsInput>, string]>([
      ['no numbers', { numbers: [] }, 'input.numbers'],
      ['more than 100 numbers', { numbers: Array.from({ length: 101 }, (_, i) => `+1435555${String(i).padStart(4, '0')}`) }, 'input.numbers'],
      ['a number that is not E.164', { numbers: ['+14355550100', '14355550101'] }, 'input.numbers[1]'],
      ['a limit of 0', { limit: 0 }, 'input.limit'],
      ['a negative notify threshold', { notifyAt: -1 }, 'input.notifyAt'],
      ['notifyAt not below throttleAt', { notifyAt: 800, throttleAt: 800, throttleSpeed: 'MBPS_1' }, 'input.notifyAt'],
      ['throttleAt not below limit', { throttleAt: 1000, throttleSpeed: 'MBPS_1' }, 'input.throttleAt'],
      ['notifyAt not below limit', { notifyAt: 1200 }, 'input.notifyAt'],
      ['throttleAt without a speed', { throttleAt: 800 }, 'input.throttleSpeed'],
      ['a speed without throttleAt', { throttleSpeed: 'MBPS_5' }, 'input.throttleSpeed'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input: { numbers: [iot[0]!], limit: 1000, ...change } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should refuse a throttle speed Telegent does not offer before calling the upstream', async () => {
      const before = await total();
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input: { numbers: [iot[0]!], throttleAt: 5, throttleSpeed: '2-mbps', limit: 10 } } as never);
      expect(reply.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(await total()).toBe(before);
    });

    it('should pass on the platform’s refusal of a number that is not data-enabled, changing none of the batch', async () => {
      const [number] = iot.splice(0, 1);
      const voip = seed.voip[0]!.Number;
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input: { numbers: [number!, voip], limit: 50 } });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: LIMITS } });
      expect(reply.body.errors![0]!.message).toContain(voip);
      expect((await upstreamSettings([number!]))[0]).toMatchObject({ LimitValue: 100 });
    });

    it('should answer NOT_FOUND for another distributor’s number', async () => {
      const reply = await gateway.query(SetDataUsageLimitsDocument, { input: { numbers: [seed.initech[0]!.Number], limit: 50 } });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: LIMITS } });
    });
  });

  describe('setDataUsageRenewal', () => {
    it('should set a weekly cycle, zero the usage, and show the usage at 0 on the numbers', async () => {
      const numbers = seed.iot.slice(-2).map((n) => n.Number);
      expect((await gateway.query(NumberDataUsageDocument, { number: numbers[0]! })).body.data!.phoneNumber!.dataUsage.usage!.used).toBeGreaterThan(0);
      const input: SetDataUsageRenewalInput = { numbers, autoRenew: true, period: 'WEEKLY', renewalDay: 7, resetUsage: true };
      const reply = await gateway.query(SetDataUsageRenewalDocument, { input });
      expect(reply.body.errors).toBeUndefined();
      const payload = reply.body.data!.setDataUsageRenewal;
      expect(payload.results).toEqual(numbers.map((number) => ({ number, succeeded: true, message: null })));
      expect(payload.numbers.map((n) => [n.number, n.dataUsage.usage!.used])).toEqual(numbers.map((n) => [n, 0]));
      expect(await lastBody(RENEWAL)).toEqual({
        AutoRenew: true, PeriodType: 'W', RenewalDay: 7, PeriodValue: 1, ResetUsage: true, PhoneNumbers: numbers.map((Number) => ({ Number })),
      });
    });

    it('should leave the usage alone unless asked to reset it', async () => {
      const number = seed.iot[5]!.Number;
      const used = (await gateway.query(NumberDataUsageDocument, { number })).body.data!.phoneNumber!.dataUsage.usage!.used;
      const reply = await gateway.query(SetDataUsageRenewalDocument, { input: { numbers: [number], autoRenew: false, period: 'MONTHLY', renewalDay: 31, periodValue: 2 } });
      expect(reply.body.data!.setDataUsageRenewal.numbers[0]!.dataUsage.usage!.used).toBe(used);
      expect(await lastBody(RENEWAL)).toMatchObject({ PeriodType: 'M', RenewalDay: 31, PeriodValue: 2, ResetUsage: false });
    });

    it.each<[string, Partial<SetDataUsageRenewalInput>, string]>([
      ['no numbers', { numbers: [] }, 'input.numbers'],
      ['day 8 of a week', { period: 'WEEKLY', renewalDay: 8 }, 'input.renewalDay'],
      ['day 32 of a month', { period: 'MONTHLY', renewalDay: 32 }, 'input.renewalDay'],
      ['day 0', { renewalDay: 0 }, 'input.renewalDay'],
      ['a cycle of 13 periods', { periodValue: 13 }, 'input.periodValue'],
      ['a cycle of 0 periods', { periodValue: 0 }, 'input.periodValue'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const input = { numbers: [iot[0]!], autoRenew: true, period: 'MONTHLY' as const, renewalDay: 1, ...change };
      const reply = await gateway.query(SetDataUsageRenewalDocument, { input });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should pass on the platform’s refusals: a number that is not data-enabled, and one that is not the distributor’s', async () => {
      const base = { autoRenew: true, period: 'MONTHLY' as const, renewalDay: 1 };
      const voip = await gateway.query(SetDataUsageRenewalDocument, { input: { ...base, numbers: [seed.voip[0]!.Number] } });
      expect(voip.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: RENEWAL } });
      const foreign = await gateway.query(SetDataUsageRenewalDocument, { input: { ...base, numbers: [seed.initech[0]!.Number] } });
      expect(foreign.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: RENEWAL } });
    });
  });
});
