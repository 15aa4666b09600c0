import {
  AccountWorkgroupsDocument,
  AddWorkgroupMemberDocument,
  type CreateScheduleInput,
  CreateScheduleDocument,
  type CreateWorkgroupInput,
  CreateWorkgroupDocument,
  type AddWorkgroupMemberInput,
  RemoveWorkgroupMemberDocument,
  UpdateWorkgroupDocument,
  UpdateWorkgroupMemberDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('workgroup and schedule mutations', () => {
  let gateway: TestGateway;
  let acme: string;
  let line: string;
  let subscriber: { id: string; name: string };
  const upstreamCalls = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const expectRefusedLocally = async (run: () => Promise<{ body: { errors?: { extensions?: Record<string, unknown> }[] } }>, field: string): Promise<void> => {
    const before = await upstreamCalls();
    const reply = await run();
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await upstreamCalls()).toBe(before);
  };
  const newGroup = async (name: string): Promise<string> => {
    const reply = await gateway.query(CreateWorkgroupDocument, { input: { accountId: acme, name, type: 'SIMULTANEOUS' } });
    return reply.body.data!.createWorkgroup.workgroup.id;
  };

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    const sandbox = gateway.sandbox.client();
    line = (await sandbox.get('/numbers/inventory', { AccountId: acme, TotalPerPage: 10 })).body.PhoneNumbers[5].Number;
    const subscribers = (await sandbox.get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results;
    const found = subscribers.find((s: { Account: { AccountId: string }; Role: string }) => s.Account.AccountId === acme && s.Role === 'Subscriber');
    subscriber = { id: found.SubscriberId, name: found.Name };
  });
  afterAll(() => gateway.stop());

  describe('createSchedule', () => {
    const base = (): CreateScheduleInput => ({
      accountId: acme,
      name: 'Front Desk',
      weeklyHours: [
        { day: 'MONDAY', opens: '08:00', closes: '17:30' },
        { day: 'SATURDAY', opens: '09:00', closes: '12:00' },
      ],
    });

    it('should create a schedule and answer its hours in 24-hour time, sending Telegent 12-hour strings', async () => {
      const since = (await gateway.sandbox.admin('GET', 'requests')).body.requests.at(-1)?.seq ?? 0;
      const reply = await gateway.query(CreateScheduleDocument, { input: base() });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.createSchedule).toEqual({
        schedule: {
          id: expect.stringMatching(/^SID-/),
          name: 'Front Desk',
          active: true,
          weeklyHours: [
            { day: 'MONDAY', opens: '08:00', closes: '17:30' },
            { day: 'SATURDAY', opens: '09:00', closes: '12:00' },
          ],
        },
        account: { id: acme },
      });
      const [sent] = (await gateway.sandbox.admin('GET', `requests?since=${since}`)).body.requests.filter((r: { endpoint: string }) => r.endpoint === 'POST /v1.0/schedules');
      expect(sent.body).toMatchObject({ MondayStartTime: '8:00 AM', MondayEndTime: '5:30 PM', SaturdayStartTime: '9:00 AM', SaturdayEndTime: '12:00 PM', SundayStartTime: '' });
    });

    it.each<[string, Partial<CreateScheduleInput>, string]>([
      ['a blank name', { name: ' ' }, 'input.name'],
      ['a 12-hour time', { weeklyHours: [{ day: 'MONDAY', opens: '8:00 AM', closes: '17:00' }] }, 'input.weeklyHours[0].opens'],
      ['hour 24', { weeklyHours: [{ day: 'MONDAY', opens: '08:00', closes: '24:00' }] }, 'input.weeklyHours[0].closes'],
      ['closing before opening', { weeklyHours: [{ day: 'FRIDAY', opens: '17:00', closes: '08:00' }] }, 'input.weeklyHours[0].closes'],
      ['a day listed twice', { weeklyHours: [{ day: 'MONDAY', opens: '08:00', closes: '12:00' }, { day: 'MONDAY', opens: '13:00', closes: '17:00' }] }, 'input.weeklyHours[1].day'],
      ['an account ID of the wrong kind', { accountId: 'SID-1' }, 'input.accountId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(() => gateway.query(CreateScheduleDocument, { input: { ...base(), ...change } }), field);
    });

    it('should pass on the platform’s refusal of a missing account', async () => {
      const reply = await gateway.query(CreateScheduleDocument, { input: { ...base(), accountId: null } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/schedules' } });
    });
  });

  describe('createWorkgroup and updateWorkgroup', () => {
    const base = (): CreateWorkgroupInput => ({ accountId: acme, name: 'Sales', type: 'ROUND_ROBIN' });

    it('should create a workgroup with its schedule and forwarding, and show it in a later query', async () => {
      const schedule = (await gateway.query(CreateScheduleDocument, { input: { accountId: acme, name: 'Sales Hours', weeklyHours: [{ day: 'TUESDAY', opens: '09:00', closes: '17:00' }] } })).body.data!
        .createSchedule.schedule;
      const overflow = await newGroup('Overflow');
      const reply = await gateway.query(CreateWorkgroupDocument, {
        input: {
          ...base(),
          phoneNumber: line,
          timeZone: 'America/Denver',
          scheduleId: schedule.id,
          announcementText: 'Thanks for calling Acme sales.',
          announcementUrl: 'https://media.acme-mobile.example/hello.wav',
          recordCalls: true,
          offHours: { forwarding: 'Workgroup', targetType: 'WORKGROUP', targetId: overflow },
        },
      });
      expect(reply.body.errors).toBeUndefined();
      const { workgroup, account } = reply.body.data!.createWorkgroup;
      expect(workgroup).toMatchObject({
        id: expect.stringMatching(/^WID-/),
        name: 'Sales',
        type: 'ROUND_ROBIN',
        phoneNumber: line,
        timeZone: 'America/Denver',
        scheduleId: schedule.id,
        announcementText: 'Thanks for calling Acme sales.',
        announcementUrl: 'https://media.acme-mobile.example/hello.wav',
        callOrder: null,
        recordCalls: true,
        transcribeRecordings: false,
        onHours: { forwarding: null, targetType: null, targetId: null },
        offHours: { forwarding: 'Workgroup', targetType: 'WORKGROUP', targetId: overflow },
      });
      expect(account!.workgroups!.map((g) => g.id)).toContain(workgroup.id);
      const later = (await gateway.query(AccountWorkgroupsDocument, { id: acme })).body.data!.account!.workgroups!;
      expect(later.find((g) => g.id === workgroup.id)).toEqual({ ...workgroup, members: [] });
    });

    it.each<[string, Partial<CreateWorkgroupInput>, string]>([
      ['a blank name', { name: '' }, 'input.name'],
      ['a phone number that is not E.164', { phoneNumber: '8015550100' }, 'input.phoneNumber'],
      ['an unknown time zone', { timeZone: 'Mountain Time' }, 'input.timeZone'],
      ['a schedule ID of the wrong kind', { scheduleId: 'WID-1' }, 'input.scheduleId'],
      ['an announcement URL that is not a URL', { announcementUrl: 'hello.wav' }, 'input.announcementUrl'],
      ['a toll-free number that is not E.164', { tollFreeNumber: '1-800-FLOWERS' }, 'input.tollFreeNumber'],
      ['a forwarding target without its type', { onHours: { targetId: 'WID-1' } }, 'input.onHours.targetType'],
      ['a user forwarding target that is a workgroup', { offHours: { targetType: 'USER', targetId: 'WID-1' } }, 'input.offHours.targetId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(() => gateway.query(CreateWorkgroupDocument, { input: { ...base(), ...change } }), field);
    });

    it('should pass on the platform’s refusals: a number not in the inventory, an unknown schedule, a missing account', async () => {
      const number = await gateway.query(CreateWorkgroupDocument, { input: { ...base(), phoneNumber: '+12025550143' } });
      expect(number.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/workgroups' } });
      const schedule = await gateway.query(CreateWorkgroupDocument, { input: { ...base(), scheduleId: `SID-${UNKNOWN}` } });
      expect(schedule.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/workgroups' } });
      const account = await gateway.query(CreateWorkgroupDocument, { input: { ...base(), accountId: null } });
      expect(account.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/workgroups' } });
    });

    it('should change only what is sent and show it later; an unknown workgroup is NOT_FOUND', async () => {
      const id = await newGroup('Support Tier 2');
      const reply = await gateway.query(UpdateWorkgroupDocument, { input: { workgroupId: id, name: 'Support Tier 3', type: 'IVR', transcribeRecordings: true, callOrder: '1,2' } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateWorkgroup.workgroup).toMatchObject({ id, name: 'Support Tier 3', type: 'IVR', transcribeRecordings: true, callOrder: '1,2', recordCalls: false });
      expect(reply.body.data!.updateWorkgroup.account).toEqual({ id: acme });
      const later = (await gateway.query(AccountWorkgroupsDocument, { id: acme })).body.data!.account!.workgroups!;
      expect(later.find((g) => g.id === id)).toMatchObject({ name: 'Support Tier 3', type: 'IVR' });

      await expectRefusedLocally(() => gateway.query(UpdateWorkgroupDocument, { input: { workgroupId: 'WAID-1', name: 'x' } }), 'input.workgroupId');
      const unknown = await gateway.query(UpdateWorkgroupDocument, { input: { workgroupId: `WID-${UNKNOWN}`, name: 'x' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/workgroups/update' } });
    });
  });

  describe('workgroup members', () => {
    it('should add a user and a nested workgroup, change a member, move it, and remove it', async () => {
      const group = await newGroup('Billing');
      const nested = await newGroup('Billing Escalations');
      const user = await gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: group, type: 'USER', userId: subscriber.id, digitOrder: 1, smsNotification: true } });
      expect(user.body.errors).toBeUndefined();
      const member = user.body.data!.addWorkgroupMember.member;
      expect(member).toEqual({
        id: expect.stringMatching(/^WAID-/),
        type: 'USER',
        digitOrder: 1,
        phoneNumber: null,
        smsNotification: true,
        emailNotification: false,
        user: subscriber,
        memberWorkgroup: null,
      });
      expect(user.body.data!.addWorkgroupMember.workgroup).toEqual({ id: group, members: [{ id: member.id }] });

      const nestedMember = await gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: group, type: 'WORKGROUP', memberWorkgroupId: nested, digitOrder: 2 } });
      expect(nestedMember.body.data!.addWorkgroupMember.member).toMatchObject({ type: 'WORKGROUP', memberWorkgroup: { id: nested, name: 'Billing Escalations' }, user: null });
      expect(nestedMember.body.data!.addWorkgroupMember.workgroup!.members).toHaveLength(2);

      const changed = await gateway.query(UpdateWorkgroupMemberDocument, { input: { memberId: member.id, digitOrder: 5, phoneNumber: line, emailNotification: true } });
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data!.updateWorkgroupMember.member).toEqual({ ...member, digitOrder: 5, phoneNumber: line, emailNotification: true });

      const moved = await gateway.query(UpdateWorkgroupMemberDocument, { input: { memberId: member.id, workgroupId: nested } });
      expect(moved.body.data!.updateWorkgroupMember.workgroup).toEqual({ id: nested, members: [{ id: member.id }] });

      const removed = await gateway.query(RemoveWorkgroupMemberDocument, { input: { memberId: member.id, workgroupId: nested } });
      expect(removed.body.errors).toBeUndefined();
      expect(removed.body.data!.removeWorkgroupMember).toEqual({ deletedId: member.id, workgroup: { id: nested, members: [] } });
      const later = (await gateway.query(AccountWorkgroupsDocument, { id: acme })).body.data!.account!.workgroups!;
      expect(later.find((g) => g.id === group)!.members!.map((m) => m.type)).toEqual(['WORKGROUP']);
    });

    it('should not remove a member through a workgroup it is not in', async () => {
      const group = await newGroup('Dispatch');
      const other = await newGroup('Dispatch Night');
      const member = (await gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: group, type: 'USER', phoneNumber: line } })).body.data!.addWorkgroupMember.member;
      const deletes = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint['POST /v1.0/workgroups/activity/delete'] ?? 0;
      const before = await deletes();
      const reply = await gateway.query(RemoveWorkgroupMemberDocument, { input: { memberId: member.id, workgroupId: other } });
      expect(reply.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      expect(await deletes()).toBe(before);
      const later = (await gateway.query(AccountWorkgroupsDocument, { id: acme })).body.data!.account!.workgroups!;
      expect(later.find((g) => g.id === group)!.members!.map((m) => m.id)).toEqual([member.id]);
    });

    it.each<[string, Partial<AddWorkgroupMemberInput>, string]>([
      ['a WORKGROUP member without its workgroup', { type: 'WORKGROUP' }, 'input.memberWorkgroupId'],
      ['a USER member without a user or a number', { type: 'USER' }, 'input.userId'],
      ['a workgroup inside itself', { type: 'WORKGROUP', memberWorkgroupId: 'WID-self' }, 'input.memberWorkgroupId'],
      ['a user on a WORKGROUP member', { type: 'WORKGROUP', memberWorkgroupId: 'WID-2', userId: 'TSUID-1' }, 'input.userId'],
      ['a digit order over 99', { type: 'USER', phoneNumber: '+18015550100', digitOrder: 100 }, 'input.digitOrder'],
      ['a phone number that is not E.164', { type: 'USER', phoneNumber: '555-0100' }, 'input.phoneNumber'],
      ['a user ID of the wrong kind', { type: 'USER', userId: 'AID-1' }, 'input.userId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(() => gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: 'WID-self', type: 'USER', ...change } }), field);
    });

    it('should pass on the platform’s refusals: an unknown workgroup, user or member', async () => {
      const group = await newGroup('Refusals');
      const noGroup = await gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: `WID-${UNKNOWN}`, type: 'USER', phoneNumber: line } });
      expect(noGroup.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/workgroups/activity' } });
      const noUser = await gateway.query(AddWorkgroupMemberDocument, { input: { workgroupId: group, type: 'USER', userId: `TSUID-${UNKNOWN}` } });
      expect(noUser.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/workgroups/activity' } });
      const noMember = await gateway.query(UpdateWorkgroupMemberDocument, { input: { memberId: `WAID-${UNKNOWN}`, digitOrder: 1 } });
      expect(noMember.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { endpoint: 'POST /v1.0/workgroups/activity/update' } });
      await expectRefusedLocally(() => gateway.query(RemoveWorkgroupMemberDocument, { input: { memberId: 'WID-1', workgroupId: group } }), 'input.memberId');
    });
  });
});
