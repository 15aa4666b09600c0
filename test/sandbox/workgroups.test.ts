import { TestSandbox } from '../helpers/sandbox';

describe('schedules and workgroups', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  const HOURS = { MondayStartTime: '8:00 AM', MondayEndTime: '5:00 PM', SaturdayStartTime: '', SaturdayEndTime: '' };

  it('should create a schedule with 12-hour times, empty days closed', async () => {
    const reply = await sb.client(1).post('/schedules', { Name: 'Support hours', ...HOURS });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ScheduleId: expect.stringMatching(/^SID-/), Active: true, Name: 'Support hours', AccountId: accounts['Initech Wireless'], ...HOURS, SundayStartTime: '' });
  });

  it.each([
    ['a 24-hour time', { MondayStartTime: '17:00' }, "MondayStartTime '17:00' must be a time"],
    ['a half-open day', { MondayEndTime: '' }, 'must both be set'],
    ['an end before the start', { MondayEndTime: '7:00 AM' }, 'MondayEndTime must be after MondayStartTime'],
    ['no name', { Name: undefined }, 'Name is required'],
  ])('should reject a schedule with %s', async (_name, change, message) => {
    const reply = await sb.client(1).post('/schedules', { Name: 'x', ...HOURS, ...change });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain(message);
  });

  it('should create, update, read and list a workgroup with its members', async () => {
    const schedule = (await sb.client(1).post('/schedules', { Name: 'hours', ...HOURS })).body;
    const phone = (await sb.client(1).get('/distributor/subscribers')).body.Results[0].PhoneNumbers[0];
    const group = await sb.client(1).post('/workgroups', { Name: 'Sales', Type: 'IVR', ScheduleId: schedule.ScheduleId, TelegentPhone: phone, RecordCalls: true });
    expect(group.status).toBe(200);
    expect(group.body).toMatchObject({ WorkgroupId: expect.stringMatching(/^WID-/), Name: 'Sales', Type: 'IVR', ScheduleId: schedule.ScheduleId, TelegentPhone: phone, RecordCalls: true, CallOrder: '' });
    const id = group.body.WorkgroupId;
    expect((await sb.client(1).post('/workgroups/update', { WorkgroupId: id, Type: 'round-robin' })).body.Type).toBe('round-robin');

    const nested = (await sb.client(1).post('/workgroups', { Name: 'Tier 2', Type: 'simultaneous' })).body;
    const member = await sb.client(1).post('/workgroups/activity', { WorkgroupId: id, Type: 'Workgroup', DigitOrder: 1, ReferenceWorkgroupId: nested.WorkgroupId, SmsNotification: true });
    expect(member.body).toEqual({
      WorkgroupActivityId: expect.stringMatching(/^WAID-/),
      WorkgroupActivityStatus: 'Created',
      WorkgroupId: id,
      Type: 'Workgroup',
      DigitOrder: 1,
      PhoneNumber: null,
      ReferenceWorkgroupId: nested.WorkgroupId,
      ReferenceUserId: null,
      SmsNotification: true,
      EmailNotification: false,
    });
    const read = await sb.client(1).get('/workgroups', { WorkgroupId: id.replace('WID-', 'WG-') });
    expect(read.body.Activities).toEqual([expect.objectContaining({ WorkgroupActivityId: member.body.WorkgroupActivityId })]);
    const changed = await sb.client(1).post('/workgroups/activity/update', { WorkgroupActivityId: member.body.WorkgroupActivityId, DigitOrder: 2 });
    expect(changed.body).toMatchObject({ DigitOrder: 2, WorkgroupActivityStatus: 'Updated' });
    const removed = await sb.client(1).post('/workgroups/activity/delete', { WorkgroupActivityId: member.body.WorkgroupActivityId });
    expect(removed.body).toEqual({ WorkgroupActivityStatus: 'Deleted', WorkgroupActivityId: member.body.WorkgroupActivityId });
    const list = await sb.client(1).get('/account/workgroups');
    expect(list.body).toMatchObject({ TotalWorkgroups: 2 });
  });

  it('should leave a member where it was when an update that moves it is rejected', async () => {
    const first = (await sb.client(1).post('/workgroups', { Name: 'First', Type: 'IVR' })).body.WorkgroupId;
    const second = (await sb.client(1).post('/workgroups', { Name: 'Second', Type: 'IVR' })).body.WorkgroupId;
    const member = (await sb.client(1).post('/workgroups/activity', { WorkgroupId: first, Type: 'User', PhoneNumber: '+15125550100' })).body;
    const rejected = await sb.client(1).post('/workgroups/activity/update', { WorkgroupActivityId: member.WorkgroupActivityId, WorkgroupId: second, DigitOrder: 500 });
    expect(rejected.status).toBe(400);
    expect((await sb.client(1).get('/workgroups', { WorkgroupId: first })).body.Activities).toEqual([expect.objectContaining({ WorkgroupActivityId: member.WorkgroupActivityId })]);
    expect((await sb.client(1).get('/workgroups', { WorkgroupId: second })).body.Activities).toEqual([]);
  });

  it('should validate members and workgroup references', async () => {
    const group = (await sb.client(1).post('/workgroups', { Name: 'G', Type: 'IVR' })).body;
    expect((await sb.client(1).post('/workgroups/activity', { WorkgroupId: group.WorkgroupId, Type: 'Workgroup' })).body.Message).toContain('needs ReferenceWorkgroupId');
    expect((await sb.client(1).post('/workgroups/activity', { WorkgroupId: group.WorkgroupId, Type: 'Workgroup', ReferenceWorkgroupId: group.WorkgroupId })).body.Message).toContain('cannot be the workgroup itself');
    expect((await sb.client(1).post('/workgroups/activity', { WorkgroupId: group.WorkgroupId, Type: 'User' })).body.Message).toContain('needs ReferenceUserId or PhoneNumber');
    expect((await sb.client(1).post('/workgroups', { Name: 'G', Type: 'Hunt' })).body.Message).toContain("Type 'Hunt' is not valid");
    expect((await sb.client(1).post('/workgroups', { Name: 'G', Type: 'IVR', ScheduleId: 'SID-00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await sb.client(1).post('/workgroups', { Name: 'G', Type: 'IVR', TelegentPhone: '+18015550000' })).status).toBe(404);
  });

  it("should hide the other distributor's workgroups and require AccountId for multi-account distributors", async () => {
    const seeded = (await sb.client(0).get('/account/workgroups', { AccountId: accounts['Acme Mobile'] })).body;
    expect(seeded).toMatchObject({ AccountId: accounts['Acme Mobile'], TotalWorkgroups: 1, Results: [expect.objectContaining({ Name: 'Acme Support' })] });
    expect((await sb.client(1).get('/workgroups', { WorkgroupId: seeded.Results[0].WorkgroupId })).status).toBe(404);
    expect((await sb.client(0).post('/workgroups', { Name: 'G', Type: 'IVR' })).body.Message).toContain('AccountId is required');
  });
});
