import { badRequest } from '../errors';
import { type Input, isE164 } from '../input';
import type { WorkgroupActivityRecord, WorkgroupRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { listScope } from './scope';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SCHEDULE_FIELDS = DAYS.flatMap((day) => [`${day}StartTime`, `${day}EndTime`]);
/** 12-hour clock strings such as "8:00 AM" (REFERENCE.md §2.1); "" means closed that day. */
const TIME = /^(1[0-2]|0?[1-9]):[0-5]\d\s?(AM|PM)$/i;

const WORKGROUP_TYPES = ['IVR', 'simultaneous', 'round-robin'] as const;
const WORKGROUP_STRING_FIELDS = [
  'CallOrder', 'AnnouncementText', 'AnnouncementUrl', 'AnnouncementFileId', 'InternalExtension', 'CallerIdType',
  'CallerIdName', 'CallerIdOption', 'Hours', 'TimeZone', 'HoldMusicId', 'WaitBetween', 'TollFreeNumber',
  'AnnounceWorkgroupCaller', 'WorkgroupMessaging', 'WorkgroupMessagingUser', 'WorkgroupMessagingRespondingFrom',
  'OnHoursForwarding', 'OnHoursType', 'OnHoursId', 'OffHoursForwarding', 'OffHoursType', 'OffHoursId',
];
const WORKGROUP_BOOL_FIELDS = ['RecordCalls', 'TranscribeRecordings', 'AiRecording'];

function minutesOf(time: string): number {
  const [, h, m, half] = /^(\d{1,2}):(\d\d)\s?(AM|PM)$/i.exec(time)!;
  return ((Number(h) % 12) + (half!.toUpperCase() === 'PM' ? 12 : 0)) * 60 + Number(m);
}

function readSchedule(body: Input): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of SCHEDULE_FIELDS) {
    const value = body.string(name, { allowEmpty: true })?.trim() ?? '';
    if (value !== '' && !TIME.test(value)) throw badRequest(`${name} '${value}' must be a time like "8:00 AM", or empty for closed.`);
    fields[name] = value;
  }
  for (const day of DAYS) {
    const start = fields[`${day}StartTime`]!;
    const end = fields[`${day}EndTime`]!;
    if ((start === '') !== (end === '')) throw badRequest(`${day}StartTime and ${day}EndTime must both be set, or both empty.`);
    if (start !== '' && minutesOf(end) <= minutesOf(start)) throw badRequest(`${day}EndTime must be after ${day}StartTime.`);
  }
  return fields;
}

/** Every workgroup field, "" or false when unset, as the reference's full-object examples show it. */
function toWorkgroupWire(ctx: RouteContext, group: WorkgroupRecord, withMembers = false): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    WorkgroupId: group.id,
    AccountId: group.accountId,
    Name: group.fields.Name,
    TelegentPhone: group.fields.TelegentPhone ?? '',
    Type: group.fields.Type,
    ScheduleId: group.fields.ScheduleId ?? '',
  };
  for (const name of WORKGROUP_STRING_FIELDS) wire[name] = group.fields[name] ?? '';
  for (const name of WORKGROUP_BOOL_FIELDS) wire[name] = group.fields[name] ?? false;
  if (withMembers) {
    wire.Activities = ctx.state.workgroupActivities
      .values()
      .filter((a) => a.workgroupId === group.id)
      .map((a) => toActivityWire(a));
  }
  return wire;
}

function toActivityWire(activity: WorkgroupActivityRecord, status?: string): Record<string, unknown> {
  return {
    WorkgroupActivityId: activity.id,
    ...(status ? { WorkgroupActivityStatus: status } : {}),
    WorkgroupId: activity.workgroupId,
    ...activity.fields,
  };
}

function applyWorkgroupFields(ctx: RouteContext, fields: Record<string, unknown>, body: Input, creating: boolean): Record<string, unknown> {
  const next = { ...fields };
  next.Name = body.string('Name', { required: creating, maxLength: 255 }) ?? next.Name;
  next.Type = body.oneOf('Type', WORKGROUP_TYPES, { required: creating }) ?? next.Type;
  const phone = body.string('TelegentPhone');
  if (phone !== undefined) {
    if (!isE164(phone)) throw badRequest(`TelegentPhone '${phone}' is not a valid E.164 phone number.`);
    ctx.state.numbers.ownedNumber(phone, ctx.caller.id);
    next.TelegentPhone = phone;
  }
  const scheduleId = body.id('ScheduleId', ['SID']);
  if (scheduleId !== undefined) next.ScheduleId = ctx.state.schedules.owned(scheduleId, ctx.caller.id).id;
  for (const name of WORKGROUP_STRING_FIELDS) next[name] = body.string(name, { allowEmpty: true, maxLength: 1000 }) ?? next[name];
  for (const name of WORKGROUP_BOOL_FIELDS) next[name] = body.bool(name) ?? next[name];
  for (const side of ['OnHoursType', 'OffHoursType']) {
    const value = next[side];
    if (value !== undefined && value !== '' && !['User', 'Workgroup'].includes(String(value))) {
      throw badRequest(`${side} '${String(value)}' is not valid; expected User or Workgroup.`);
    }
  }
  return next;
}

function applyActivityFields(ctx: RouteContext, activity: WorkgroupActivityRecord, body: Input, creating: boolean): Record<string, unknown> {
  const next = { ...activity.fields };
  next.Type = body.oneOf('Type', ['User', 'Workgroup'] as const, { required: creating }) ?? next.Type;
  next.DigitOrder = body.number('DigitOrder', { integer: true, min: 0, max: 99 }) ?? next.DigitOrder ?? 0;
  next.PhoneNumber = body.e164('PhoneNumber') ?? next.PhoneNumber ?? null;
  const refGroup = body.id('ReferenceWorkgroupId', ['WID', 'WG']);
  if (refGroup !== undefined) {
    const referenced = ctx.state.workgroups.owned(refGroup, ctx.caller.id);
    if (referenced.id === activity.workgroupId) throw badRequest('ReferenceWorkgroupId cannot be the workgroup itself.');
    next.ReferenceWorkgroupId = referenced.id;
  }
  const refUser = body.id('ReferenceUserId', ['TSUID', 'SID']);
  if (refUser !== undefined) next.ReferenceUserId = ctx.state.subscribers.owned(refUser, ctx.caller.id).id;
  next.ReferenceWorkgroupId ??= null;
  next.ReferenceUserId ??= null;
  next.SmsNotification = body.bool('SmsNotification') ?? next.SmsNotification ?? false;
  next.EmailNotification = body.bool('EmailNotification') ?? next.EmailNotification ?? false;
  if (next.Type === 'Workgroup' && !next.ReferenceWorkgroupId) throw badRequest('Type Workgroup needs ReferenceWorkgroupId.');
  if (next.Type === 'User' && !next.ReferenceUserId && !next.PhoneNumber) {
    throw badRequest('Type User needs ReferenceUserId or PhoneNumber.');
  }
  return next;
}

function findWorkgroup(ctx: RouteContext, input: Input): WorkgroupRecord {
  return ctx.state.workgroups.owned(input.id('WorkgroupId', ['WID', 'WG'], { required: true }), ctx.caller.id);
}

function findActivity(ctx: RouteContext, input: Input): WorkgroupActivityRecord {
  return ctx.state.workgroupActivities.owned(input.id('WorkgroupActivityId', ['WAID'], { required: true }), ctx.caller.id);
}

export const workgroupRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/schedules',
    handle(ctx) {
      const account = ctx.state.resolveAccount(ctx.caller.id, ctx.body.string('AccountId', { aliases: ['AccountID'] }));
      const name = ctx.body.string('Name', { required: true, maxLength: 255 });
      const schedule = ctx.state.schedules.insert({
        id: ctx.state.entropy.id('SID'),
        distributorId: ctx.caller.id,
        accountId: account.id,
        fields: { Name: name, ...readSchedule(ctx.body) },
      });
      return { ScheduleId: schedule.id, Active: true, AccountId: account.id, ...schedule.fields };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/workgroups',
    handle(ctx) {
      const account = ctx.state.resolveAccount(ctx.caller.id, ctx.body.string('AccountId', { aliases: ['AccountID'] }));
      const fields = applyWorkgroupFields(ctx, {}, ctx.body, true);
      const group = ctx.state.workgroups.insert({ id: ctx.state.entropy.id('WID'), distributorId: ctx.caller.id, accountId: account.id, fields });
      return toWorkgroupWire(ctx, group);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/workgroups/update',
    handle(ctx) {
      const group = findWorkgroup(ctx, ctx.body);
      group.fields = applyWorkgroupFields(ctx, group.fields, ctx.body, false);
      return toWorkgroupWire(ctx, group);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/workgroups',
    handle(ctx) {
      return toWorkgroupWire(ctx, findWorkgroup(ctx, ctx.query), true);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/workgroups/activity',
    handle(ctx) {
      const group = findWorkgroup(ctx, ctx.body);
      const activity: WorkgroupActivityRecord = { id: '', distributorId: ctx.caller.id, workgroupId: group.id, fields: {} };
      activity.fields = applyActivityFields(ctx, activity, ctx.body, true);
      activity.id = ctx.state.entropy.id('WAID');
      return toActivityWire(ctx.state.workgroupActivities.insert(activity), 'Created');
    },
  },
  {
    method: 'POST',
    path: '/v1.0/workgroups/activity/update',
    handle(ctx) {
      const activity = findActivity(ctx, ctx.body);
      // Validate the moved member first, so a rejected update changes nothing.
      const workgroupId = ctx.body.has('WorkgroupId') ? findWorkgroup(ctx, ctx.body).id : activity.workgroupId;
      const fields = applyActivityFields(ctx, { ...activity, workgroupId }, ctx.body, false);
      Object.assign(activity, { workgroupId, fields });
      return toActivityWire(activity, 'Updated');
    },
  },
  {
    method: 'POST',
    path: '/v1.0/workgroups/activity/delete',
    handle(ctx) {
      const activity = findActivity(ctx, ctx.body);
      ctx.state.workgroupActivities.delete(activity.id);
      return { WorkgroupActivityStatus: 'Deleted', WorkgroupActivityId: activity.id };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/workgroups',
    handle(ctx) {
      const scope = listScope(ctx);
      const groups = ctx.state.workgroups.values().filter(scope.includes);
      return { AccountId: scope.ownerId, TotalWorkgroups: groups.length, Filter: null, Results: groups.map((g) => toWorkgroupWire(ctx, g)) };
    },
  },
];
