import type { CreateScheduleInput } from '../../graph/schema/schedule.input';
import type {
  AddWorkgroupMemberInput,
  CreateWorkgroupInput,
  RemoveWorkgroupMemberInput,
  UpdateWorkgroupInput,
  UpdateWorkgroupMemberInput,
  WorkgroupForwardingInput,
  WorkgroupMemberSettingsInput,
  WorkgroupSettingsInput,
} from '../../graph/schema/workgroup.input';
import type {
  AddWorkgroupMemberPayload,
  CreateSchedulePayload,
  CreateWorkgroupPayload,
  RemoveWorkgroupMemberPayload,
  UpdateWorkgroupMemberPayload,
  UpdateWorkgroupPayload,
} from '../../graph/schema/workgroup.payload';
import { WorkgroupMemberType } from '../../graph/schema/workgroup.enum';
import { notFound } from '../../errors';
import { type WriteContext, checkWriteTargets, runWrite } from '../write';
import type { WriteTargets } from '../write-targets';
import {
  type RawSchedule,
  type RawWorkgroup,
  type RawWorkgroupActivity,
  UPSTREAM_MEMBER_TYPE,
  UPSTREAM_WEEKDAY,
  UPSTREAM_WORKGROUP_TYPE,
  toSchedule,
  toTwelveHour,
  toWorkgroup,
  toWorkgroupMember,
} from './mappers';
import { getWorkgroup } from './reads';

function forwardingFields(side: 'OnHours' | 'OffHours', forwarding: WorkgroupForwardingInput | null | undefined): Record<string, string | undefined> {
  if (!forwarding) return {};
  return {
    [`${side}Forwarding`]: forwarding.forwarding ?? undefined,
    [`${side}Type`]: forwarding.targetType ? UPSTREAM_MEMBER_TYPE[forwarding.targetType] : undefined,
    [`${side}Id`]: forwarding.targetId ?? undefined,
  };
}

function workgroupSettings(input: WorkgroupSettingsInput): Record<string, unknown> {
  return {
    TelegentPhone: input.phoneNumber ?? undefined,
    TimeZone: input.timeZone ?? undefined,
    ScheduleId: input.scheduleId ?? undefined,
    Hours: input.hours ?? undefined,
    CallOrder: input.callOrder ?? undefined,
    AnnouncementText: input.announcementText ?? undefined,
    AnnouncementUrl: input.announcementUrl ?? undefined,
    AnnouncementFileId: input.announcementFileId ?? undefined,
    InternalExtension: input.internalExtension ?? undefined,
    CallerIdType: input.callerIdType ?? undefined,
    CallerIdName: input.callerIdName ?? undefined,
    CallerIdOption: input.callerIdOption ?? undefined,
    HoldMusicId: input.holdMusicId ?? undefined,
    WaitBetween: input.waitBetween ?? undefined,
    TollFreeNumber: input.tollFreeNumber ?? undefined,
    AnnounceWorkgroupCaller: input.announceWorkgroupCaller ?? undefined,
    WorkgroupMessaging: input.messaging ?? undefined,
    WorkgroupMessagingUser: input.messagingUser ?? undefined,
    WorkgroupMessagingRespondingFrom: input.messagingRespondingFrom ?? undefined,
    RecordCalls: input.recordCalls ?? undefined,
    TranscribeRecordings: input.transcribeRecordings ?? undefined,
    AiRecording: input.aiRecording ?? undefined,
    ...forwardingFields('OnHours', input.onHours),
    ...forwardingFields('OffHours', input.offHours),
  };
}

function memberSettings(input: WorkgroupMemberSettingsInput): Record<string, unknown> {
  return {
    DigitOrder: input.digitOrder ?? undefined,
    PhoneNumber: input.phoneNumber ?? undefined,
    ReferenceUserId: input.userId ?? undefined,
    ReferenceWorkgroupId: input.memberWorkgroupId ?? undefined,
    SmsNotification: input.smsNotification ?? undefined,
    EmailNotification: input.emailNotification ?? undefined,
  };
}

/** What a workgroup's settings point at: its number, and the subscribers or workgroups its calls are forwarded to. */
function settingsTargets(input: WorkgroupSettingsInput): WriteTargets {
  const forwarding = [input.onHours, input.offHours].filter((side) => side?.targetId != null);
  return {
    numbers: [input.phoneNumber],
    subscribers: forwarding.filter((side) => side!.targetType !== WorkgroupMemberType.WORKGROUP).map((side) => side!.targetId),
    workgroups: forwarding.filter((side) => side!.targetType === WorkgroupMemberType.WORKGROUP).map((side) => side!.targetId),
  };
}

function withWorkgroup(targets: WriteTargets, workgroupId: string): WriteTargets {
  return { ...targets, workgroups: [workgroupId, ...(targets.workgroups ?? [])] };
}

/** What a member write acts on: its workgroup, and the subscriber or nested workgroup the member is. */
function memberTargets(input: WorkgroupMemberSettingsInput): WriteTargets {
  return { workgroups: [input.memberWorkgroupId], subscribers: [input.userId] };
}

/** Workgroups, their members (Telegent's workgroup "activities") and schedules (REFERENCE.md §3.15). */
export class WorkgroupWrites {
  constructor(private readonly ctx: WriteContext) {}

  async create(input: CreateWorkgroupInput): Promise<CreateWorkgroupPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'createWorkgroup',
      changes: () => [],
      targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' }, ...settingsTargets(input) },
      send: () =>
        this.ctx.client.post<RawWorkgroup>('/workgroups', {
          AccountId: input.accountId ?? undefined,
          Name: input.name.trim(),
          Type: UPSTREAM_WORKGROUP_TYPE[input.type],
          ...workgroupSettings(input),
        }),
    });
    const workgroup = toWorkgroup(raw);
    return { workgroup, accountId: workgroup.accountId };
  }

  async update(input: UpdateWorkgroupInput): Promise<UpdateWorkgroupPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateWorkgroup',
      changes: () => [],
      targets: withWorkgroup(settingsTargets(input), input.workgroupId),
      send: () =>
        this.ctx.client.post<RawWorkgroup>('/workgroups/update', {
          WorkgroupId: input.workgroupId,
          Name: input.name?.trim(),
          Type: input.type ? UPSTREAM_WORKGROUP_TYPE[input.type] : undefined,
          ...workgroupSettings(input),
        }),
    });
    const workgroup = toWorkgroup(raw);
    return { workgroup, accountId: workgroup.accountId };
  }

  async addMember(input: AddWorkgroupMemberInput): Promise<AddWorkgroupMemberPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'addWorkgroupMember',
      changes: () => [],
      targets: withWorkgroup(memberTargets(input), input.workgroupId),
      send: () =>
        this.ctx.client.post<RawWorkgroupActivity>('/workgroups/activity', {
          WorkgroupId: input.workgroupId,
          Type: UPSTREAM_MEMBER_TYPE[input.type],
          ...memberSettings(input),
        }),
    });
    const member = toWorkgroupMember(raw);
    return { member, workgroupId: member.workgroupId };
  }

  async updateMember(input: UpdateWorkgroupMemberInput): Promise<UpdateWorkgroupMemberPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateWorkgroupMember',
      changes: () => [],
      targets: { ...memberTargets(input), workgroups: [input.workgroupId, input.memberWorkgroupId], workgroupMembers: [input.memberId] },
      send: () =>
        this.ctx.client.post<RawWorkgroupActivity>('/workgroups/activity/update', {
          WorkgroupActivityId: input.memberId,
          WorkgroupId: input.workgroupId ?? undefined,
          Type: input.type ? UPSTREAM_MEMBER_TYPE[input.type] : undefined,
          ...memberSettings(input),
        }),
    });
    const member = toWorkgroupMember(raw);
    return { member, workgroupId: member.workgroupId };
  }

  /**
   * Removes a member. Telegent deletes by member ID alone; reading the named workgroup first
   * makes sure the member is in it, so a mixed-up pair of IDs removes nothing.
   */
  async removeMember(input: RemoveWorkgroupMemberInput): Promise<RemoveWorkgroupMemberPayload> {
    const { memberId, workgroupId } = input;
    const targets = { workgroups: [workgroupId] };
    // Before the read of the group: what it finds must not tell a workgroup outside the reach from an unknown one.
    await checkWriteTargets(this.ctx, targets);
    const group = await getWorkgroup(this.ctx.client, workgroupId);
    if (!(group.Activities ?? []).some((a) => a.WorkgroupActivityId === memberId)) throw notFound(`Member ${memberId} of workgroup ${workgroupId}`);
    await runWrite(this.ctx, {
      operation: 'removeWorkgroupMember',
      changes: () => [],
      targets,
      send: () => this.ctx.client.post('/workgroups/activity/delete', { WorkgroupActivityId: memberId }),
    });
    return { deletedId: memberId, workgroupId };
  }

  /** Schedule times go as Telegent's 12-hour strings ("8:00 AM"); a day left out is sent empty (closed). */
  async createSchedule(input: CreateScheduleInput): Promise<CreateSchedulePayload> {
    const times: Record<string, string> = {};
    for (const prefix of Object.values(UPSTREAM_WEEKDAY)) {
      times[`${prefix}StartTime`] = '';
      times[`${prefix}EndTime`] = '';
    }
    for (const { day, opens, closes } of input.weeklyHours) {
      times[`${UPSTREAM_WEEKDAY[day]}StartTime`] = toTwelveHour(opens);
      times[`${UPSTREAM_WEEKDAY[day]}EndTime`] = toTwelveHour(closes);
    }
    const raw = await runWrite(this.ctx, {
      operation: 'createSchedule',
      changes: () => [],
      targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' } },
      send: () => this.ctx.client.post<RawSchedule>('/schedules', { AccountId: input.accountId ?? undefined, Name: input.name.trim(), ...times }),
    });
    const schedule = toSchedule(raw);
    return { schedule, accountId: schedule.accountId };
  }
}
