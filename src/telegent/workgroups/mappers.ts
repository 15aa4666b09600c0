/** Workgroups, their members (Telegent's "activities") and schedules (REFERENCE.md §3.15). */

import type { OpeningHours, Schedule } from '../../graph/schema/schedule.type';
import { Weekday, WorkgroupMemberType, WorkgroupType } from '../../graph/schema/workgroup.enum';
import type { Workgroup, WorkgroupForwarding, WorkgroupMember } from '../../graph/schema/workgroup.type';
import { enumFromUpstream, requiredEnumFromUpstream } from '../enums';

export const UPSTREAM_WORKGROUP_TYPE: Record<WorkgroupType, string> = {
  [WorkgroupType.IVR]: 'IVR',
  [WorkgroupType.SIMULTANEOUS]: 'simultaneous',
  [WorkgroupType.ROUND_ROBIN]: 'round-robin',
};

export const UPSTREAM_MEMBER_TYPE: Record<WorkgroupMemberType, string> = {
  [WorkgroupMemberType.USER]: 'User',
  [WorkgroupMemberType.WORKGROUP]: 'Workgroup',
};

/** Schedule field prefixes (`MondayStartTime` …). */
export const UPSTREAM_WEEKDAY: Record<Weekday, string> = {
  [Weekday.MONDAY]: 'Monday',
  [Weekday.TUESDAY]: 'Tuesday',
  [Weekday.WEDNESDAY]: 'Wednesday',
  [Weekday.THURSDAY]: 'Thursday',
  [Weekday.FRIDAY]: 'Friday',
  [Weekday.SATURDAY]: 'Saturday',
  [Weekday.SUNDAY]: 'Sunday',
};

export interface RawWorkgroupActivity {
  WorkgroupActivityId: string;
  WorkgroupActivityStatus?: string;
  WorkgroupId?: string | null;
  Type: string;
  DigitOrder?: number | null;
  PhoneNumber?: string | null;
  ReferenceWorkgroupId?: string | null;
  ReferenceUserId?: string | null;
  SmsNotification?: boolean | null;
  EmailNotification?: boolean | null;
}

/** A workgroup as Telegent answers it: unset strings read `""`, flags may come as strings (REFERENCE.md §3.15). */
export interface RawWorkgroup {
  WorkgroupId: string;
  AccountId?: string | null;
  Name: string;
  Type: string;
  TelegentPhone?: string | null;
  TimeZone?: string | null;
  ScheduleId?: string | null;
  Hours?: string | null;
  CallOrder?: string | null;
  AnnouncementText?: string | null;
  AnnouncementUrl?: string | null;
  AnnouncementFileId?: string | null;
  InternalExtension?: string | null;
  CallerIdType?: string | null;
  CallerIdName?: string | null;
  CallerIdOption?: string | null;
  HoldMusicId?: string | null;
  WaitBetween?: string | null;
  TollFreeNumber?: string | null;
  AnnounceWorkgroupCaller?: string | null;
  WorkgroupMessaging?: string | null;
  WorkgroupMessagingUser?: string | null;
  WorkgroupMessagingRespondingFrom?: string | null;
  OnHoursForwarding?: string | null;
  OnHoursType?: string | null;
  OnHoursId?: string | null;
  OffHoursForwarding?: string | null;
  OffHoursType?: string | null;
  OffHoursId?: string | null;
  RecordCalls?: boolean | string | null;
  TranscribeRecordings?: boolean | string | null;
  AiRecording?: boolean | string | null;
  Activities?: RawWorkgroupActivity[];
}

/** The answer of POST /schedules: `Name`, `Active` and `MondayStartTime` … `SundayEndTime` ("8:00 AM", "" = closed). */
export interface RawSchedule {
  ScheduleId: string;
  AccountId?: string | null;
  Name: string;
  Active?: boolean | null;
  [dayTime: string]: string | boolean | null | undefined;
}

const text = (value: string | null | undefined): string | null => (value ? value : null);
const flag = (value: boolean | string | null | undefined): boolean => value === true || (typeof value === 'string' && value.toLowerCase() === 'true');

function toForwarding(forwarding?: string | null, type?: string | null, id?: string | null): WorkgroupForwarding {
  return { forwarding: text(forwarding), targetType: enumFromUpstream(UPSTREAM_MEMBER_TYPE, type), targetId: text(id) };
}

export function toWorkgroup(raw: RawWorkgroup): Workgroup {
  return {
    id: raw.WorkgroupId,
    accountId: raw.AccountId ?? null,
    name: raw.Name,
    type: requiredEnumFromUpstream(UPSTREAM_WORKGROUP_TYPE, raw.Type, 'Type'),
    phoneNumber: text(raw.TelegentPhone),
    timeZone: text(raw.TimeZone),
    scheduleId: text(raw.ScheduleId),
    hours: text(raw.Hours),
    callOrder: text(raw.CallOrder),
    announcementText: text(raw.AnnouncementText),
    announcementUrl: text(raw.AnnouncementUrl),
    announcementFileId: text(raw.AnnouncementFileId),
    internalExtension: text(raw.InternalExtension),
    callerIdType: text(raw.CallerIdType),
    callerIdName: text(raw.CallerIdName),
    callerIdOption: text(raw.CallerIdOption),
    holdMusicId: text(raw.HoldMusicId),
    waitBetween: text(raw.WaitBetween),
    tollFreeNumber: text(raw.TollFreeNumber),
    announceWorkgroupCaller: text(raw.AnnounceWorkgroupCaller),
    messaging: text(raw.WorkgroupMessaging),
    messagingUser: text(raw.WorkgroupMessagingUser),
    messagingRespondingFrom: text(raw.WorkgroupMessagingRespondingFrom),
    recordCalls: flag(raw.RecordCalls),
    transcribeRecordings: flag(raw.TranscribeRecordings),
    aiRecording: flag(raw.AiRecording),
    onHours: toForwarding(raw.OnHoursForwarding, raw.OnHoursType, raw.OnHoursId),
    offHours: toForwarding(raw.OffHoursForwarding, raw.OffHoursType, raw.OffHoursId),
  };
}

export function toWorkgroupMember(raw: RawWorkgroupActivity): WorkgroupMember {
  return {
    id: raw.WorkgroupActivityId,
    workgroupId: raw.WorkgroupId ?? null,
    type: requiredEnumFromUpstream(UPSTREAM_MEMBER_TYPE, raw.Type, 'Type'),
    digitOrder: raw.DigitOrder ?? null,
    phoneNumber: text(raw.PhoneNumber),
    smsNotification: raw.SmsNotification === true,
    emailNotification: raw.EmailNotification === true,
    userId: text(raw.ReferenceUserId),
    memberWorkgroupId: text(raw.ReferenceWorkgroupId),
  };
}

export function toWorkgroupMembers(raw: RawWorkgroup): WorkgroupMember[] {
  return (raw.Activities ?? []).map((activity) => toWorkgroupMember({ WorkgroupId: raw.WorkgroupId, ...activity }));
}

/** "8:00 AM" → "08:00"; null for "" (closed) or anything else. */
export function toLocalTime(twelveHour: string): string | null {
  const match = /^(\d{1,2}):(\d\d)\s?(AM|PM)$/i.exec(twelveHour.trim());
  if (!match) return null;
  const hour = (Number(match[1]) % 12) + (match[3]!.toUpperCase() === 'PM' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

/** "08:00" → "8:00 AM", "17:30" → "5:30 PM" (REFERENCE.md §2.1: schedules use 12-hour strings). */
export function toTwelveHour(localTime: string): string {
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

export function toSchedule(raw: RawSchedule): Schedule {
  const weeklyHours: OpeningHours[] = [];
  for (const [day, prefix] of Object.entries(UPSTREAM_WEEKDAY) as [Weekday, string][]) {
    const opens = toLocalTime(String(raw[`${prefix}StartTime`] ?? ''));
    const closes = toLocalTime(String(raw[`${prefix}EndTime`] ?? ''));
    if (opens && closes) weeklyHours.push({ day, opens, closes });
  }
  return { id: raw.ScheduleId, accountId: raw.AccountId ?? null, name: raw.Name, active: raw.Active !== false, weeklyHours };
}
