import { TestSandbox } from '../helpers/sandbox';

describe('data usage and voicemail', () => {
  let sb: TestSandbox;
  let lines: string[];
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => {
    await sb.reset();
    lines = (await sb.client(1).get('/distributor/subscribers')).body.Results.map((s: { PhoneNumbers: string[] }) => s.PhoneNumbers[0]);
  });
  const refs = (...numbers: string[]): { Number: string }[] => numbers.map((Number) => ({ Number }));

  describe('POST /v1.0/numbers/data-usage', () => {
    it('should set the same thresholds on every number and read them back per number', async () => {
      const set = await sb.client(1).post('/numbers/data-usage', {
        ValueUnit: 'MB',
        NotifyValue: 8,
        ThrottleValue: 10,
        ThrottleSpeed: '1-mbps',
        LimitValue: 15,
        PhoneNumbers: refs(lines[0]!, lines[1]!),
      });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({
        Status: 'Complete',
        StatusMessage: '',
        ValueUnit: 'MB',
        NotifyValue: 8,
        ThrottleValue: 10,
        ThrottleSpeed: '1-mbps',
        LimitValue: 15,
        PhoneNumbers: refs(lines[0]!, lines[1]!),
      });
      const read = await sb.client(1).post('/numbers/data-usage/settings', { PhoneNumbers: refs(lines[1]!, lines[2]!) });
      expect(read.body).toEqual({
        Status: 'Complete',
        PhoneNumbers: [
          { Number: lines[1], Status: 'Success', StatusMessage: '', ValueUnit: 'MB', NotifyValue: 8, ThrottleValue: 10, ThrottleSpeed: '1-mbps', LimitValue: 15 },
          { Number: lines[2], Status: 'Success', StatusMessage: '', ValueUnit: 'MB', LimitValue: 20 },
        ],
      });
    });

    it.each([
      ['equal thresholds', { NotifyValue: 10, ThrottleValue: 10 }, 'NotifyValue < ThrottleValue < LimitValue'],
      ['a throttle above the limit', { ThrottleValue: 20 }, 'NotifyValue < ThrottleValue < LimitValue'],
      ['a throttle without speed', { ThrottleSpeed: undefined }, 'ThrottleSpeed is required with ThrottleValue'],
      ['an unknown speed', { ThrottleSpeed: '2-mbps' }, "ThrottleSpeed '2-mbps' is not valid"],
      ['an unknown unit', { ValueUnit: 'PB' }, "ValueUnit 'PB' is not valid"],
      ['no limit', { LimitValue: undefined }, 'LimitValue is required'],
      ['a fractional limit', { LimitValue: 1.5 }, 'Path: $.LimitValue'],
      ['no numbers', { PhoneNumbers: [] }, 'PhoneNumbers must contain at least one item'],
    ])('should reject %s with 400 and change nothing', async (_name, change, message) => {
      const body = { ValueUnit: 'MB', NotifyValue: 8, ThrottleValue: 10, ThrottleSpeed: '1-mbps', LimitValue: 15, PhoneNumbers: refs(lines[0]!), ...change };
      const reply = await sb.client(1).post('/numbers/data-usage', body);
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
      const read = await sb.client(1).post('/numbers/data-usage/settings', { PhoneNumbers: refs(lines[0]!) });
      expect(read.body.PhoneNumbers[0].LimitValue).toBe(20);
    });

    it("should refuse the whole batch when one number is not the caller's", async () => {
      const reply = await sb.client(1).post('/numbers/data-usage', { ValueUnit: 'MB', LimitValue: 15, PhoneNumbers: refs(lines[0]!, '+18015550000') });
      expect(reply.status).toBe(404);
      expect((await sb.client(1).post('/numbers/data-usage/settings', { PhoneNumbers: refs(lines[0]!) })).body.PhoneNumbers[0].LimitValue).toBe(20);
    });

    it('should refuse a number that is not data-enabled', async () => {
      const ops = (await sb.client(0).get('/distributor/subscribers')).body.Results.find((s: { Role: string }) => s.Role === 'Account Admin');
      const reply = await sb.client(0).post('/numbers/data-usage', { ValueUnit: 'MB', LimitValue: 15, PhoneNumbers: refs(ops.PhoneNumbers[0]) });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('not data-enabled');
    });
  });

  describe('batched reads', () => {
    it("should answer each number in its own slot, with an Error for another distributor's number", async () => {
      const acme = (await sb.client(0).get('/distributor/subscribers')).body.Results[2].PhoneNumbers as string[];
      const reply = await sb.client(1).post('/numbers/data-usage/info', { PhoneNumbers: refs(lines[0]!, acme[0]!) });
      expect(reply.status).toBe(200);
      expect(reply.body.PhoneNumbers[0]).toMatchObject({ Number: lines[0], Status: 'Success', UsageValue: 0, LimitValue: 20, Throttled: false, LimitReached: false });
      expect(reply.body.PhoneNumbers[1]).toEqual({ Number: acme[0], Status: 'Error', StatusMessage: expect.stringContaining('Not found') });
    });

    it('should report seeded consumption against the thresholds', async () => {
      const acme = (await sb.client(0).get('/distributor/subscribers')).body.Results[2].PhoneNumbers as string[];
      const reply = await sb.client(0).post('/numbers/data-usage/info', { PhoneNumbers: refs(...acme) });
      expect(reply.body.PhoneNumbers.map((p: { UsageValue: number }) => p.UsageValue)).toEqual([1234, 0]);
    });
  });

  describe('POST /v1.0/numbers/data-usage/update-renewal-info', () => {
    it('should set the renewal cycle and reset usage on request', async () => {
      const acme = (await sb.client(0).get('/distributor/subscribers')).body.Results[2].PhoneNumbers as string[];
      const reply = await sb.client(0).post('/numbers/data-usage/update-renewal-info', { PhoneNumbers: refs(acme[0]!), AutoRenew: true, PeriodType: 'M', RenewalDay: 15, ResetUsage: true });
      expect(reply.body).toEqual({ Status: 'Complete', StatusMessage: '', PhoneNumbers: [{ Number: acme[0], Status: 'Success', StatusMessage: '' }] });
      expect((await sb.client(0).post('/numbers/data-usage/info', { PhoneNumbers: refs(acme[0]!) })).body.PhoneNumbers[0].UsageValue).toBe(0);
    });

    it('should bound RenewalDay by the period type', async () => {
      const reply = await sb.client(1).post('/numbers/data-usage/update-renewal-info', { PhoneNumbers: refs(lines[0]!), AutoRenew: true, PeriodType: 'W', RenewalDay: 8 });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain('RenewalDay must be at most 7');
      expect((await sb.client(1).post('/numbers/data-usage/update-renewal-info', { PhoneNumbers: refs(lines[0]!), PeriodType: 'M', RenewalDay: 1 })).body.Message).toContain('AutoRenew is required');
    });
  });

  describe('voicemail', () => {
    it('should activate, read and update voicemail without ever returning the PIN', async () => {
      const activated = await sb.client(1).post('/numbers/voicemail/activate', { PhoneNumber: lines[0], PIN: '2468', Email: 'peter@initech.example', FirstName: 'Peter', LastName: 'Gibbons' });
      expect(activated.body).toEqual({ PhoneNumber: lines[0], Status: 'Active', Email: 'peter@initech.example', FirstName: 'Peter', LastName: 'Gibbons' });
      const updated = await sb.client(1).post('/numbers/voicemail/update', { PhoneNumber: lines[0], PIN: '1357', LastName: 'G.' });
      expect(updated.body).toMatchObject({ Status: 'Active', LastName: 'G.', FirstName: 'Peter' });
      const info = await sb.client(1).post('/numbers/voicemail/info', { PhoneNumber: lines[0] });
      expect(info.body).toEqual(updated.body);
      expect(JSON.stringify([activated.body, updated.body, info.body])).not.toMatch(/2468|1357/);
    });

    it('should report Inactive before activation and refuse updates then', async () => {
      expect((await sb.client(1).post('/numbers/voicemail/info', { PhoneNumber: lines[1] })).body).toMatchObject({ Status: 'Inactive', Email: null });
      expect((await sb.client(1).post('/numbers/voicemail/update', { PhoneNumber: lines[1], PIN: '1234' })).body.Message).toContain('not active');
    });

    it.each([
      ['a short PIN', { PIN: '12' }, 'PIN must be 4 to 10 digits'],
      ['a non-digit PIN', { PIN: 'abcd' }, 'PIN must be 4 to 10 digits'],
      ['no PIN', { PIN: undefined }, 'PIN is required'],
      ['a bad email', { Email: 'nope' }, "Email 'nope' is not a valid e-mail address"],
    ])('should reject %s', async (_name, change, message) => {
      const reply = await sb.client(1).post('/numbers/voicemail/activate', { PhoneNumber: lines[0], PIN: '2468', ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
      expect(reply.body.Message).not.toContain('2468');
    });

    it("should refuse a second activation, a line without voice, and another distributor's number", async () => {
      await sb.client(1).post('/numbers/voicemail/activate', { PhoneNumber: lines[0], PIN: '2468' });
      expect((await sb.client(1).post('/numbers/voicemail/activate', { PhoneNumber: lines[0], PIN: '2468' })).body.Message).toContain('already active');
      const doe = (await sb.client(0).get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results.find((s: { Name: string }) => s.Name === 'Jane Doe');
      expect((await sb.client(0).post('/numbers/voicemail/activate', { PhoneNumber: doe.PhoneNumbers[0], PIN: '2468' })).body.Message).toContain('not voice-enabled');
      expect((await sb.client(0).post('/numbers/voicemail/info', { PhoneNumber: lines[0] })).status).toBe(404);
    });
  });
});
