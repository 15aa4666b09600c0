import type { AvailableNumbers } from '../../graph/schema/available-numbers.type';
import type { DataUsageMeter, DataUsageSettings } from '../../graph/schema/data-usage.type';
import { DataUnit, RenewalPeriod, ThrottleSpeed } from '../../graph/schema/data-usage.enum';
import { MessageType, NumberType, ProductType } from '../../graph/schema/enums';
import type { NumberResult } from '../../graph/schema/data-usage.payload';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { ProvisionNumberPayload } from '../../graph/schema/provision-number.payload';
import type { Voicemail } from '../../graph/schema/voicemail.type';
import { ErrorCode, GatewayError } from '../../errors';
import { isoDate } from './dates';
import { orderFromAnswer } from './orders';

/** Numbers, orders, availability, data usage and voicemail (REFERENCE.md §3.9–3.12). */

export interface RawInventoryNumber {
  Number: string;
  Tnid?: string | null;
  TNID?: string | null;
  OrderId?: string | null;
  NumberType?: string | null;
  MessageEnabled?: boolean | null;
  MessageType?: string | null;
  Classification?: string | null;
  VoiceEnabled?: boolean | null;
  MessageRouteId?: string | null;
  VoiceRouteId?: string | null;
  Status?: string | null;
  OriginalDatePurchased?: string | null;
  AssignedSubscriberId?: string | null;
  Iccid?: string | null;
  Cnam?: string | null;
}

export interface RawInventory {
  AccountId: string;
  TotalResults: number;
  PageNumber: number;
  PhoneNumbers: RawInventoryNumber[];
}

export interface RawDataUsageSettings {
  Number: string;
  Status: string;
  StatusMessage?: string | null;
  ValueUnit?: string;
  NotifyValue?: number;
  ThrottleValue?: number;
  ThrottleSpeed?: string;
  LimitValue?: number;
}

export interface RawDataUsageInfo extends RawDataUsageSettings {
  UsageValue?: number;
  Throttled?: boolean;
  LimitReached?: boolean;
}

export interface RawDataUsageBatch<T> {
  Status: string;
  PhoneNumbers: T[];
}

/** The answer of numbers/provision (REFERENCE.md §3.9). */
export interface RawProvisionResult {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  PhoneNumberAssigned: string;
  PhoneNumberId: string;
  QRCode?: string | null;
  ZipCode?: string | null;
  ICCID?: string | null;
  ErrorMessage?: string | null;
  SubscriberId?: string | null;
}

export interface RawAvailability {
  ResultsTotal: number;
  PageNumber: number;
  AvailableNumberAreas?: { NGP: string; AreaCode: string; Zipcode: string }[] | null;
  NumbersAvailable?: { Number: string }[] | null;
}

export interface RawVoicemail {
  PhoneNumber: string;
  Status: string;
  Email?: string | null;
  FirstName?: string | null;
  LastName?: string | null;
}

export function toPhoneNumber(raw: RawInventoryNumber, accountId: string | null): PhoneNumber {
  const classification = (raw.Classification ?? '').toUpperCase();
  const isVoip = (raw.NumberType ?? '').toLowerCase() === 'voip' || classification === 'VOIP';
  const messageType = (raw.MessageType ?? '').toUpperCase();
  return {
    id: (raw.Tnid ?? raw.TNID)!,
    number: raw.Number,
    numberType: isVoip ? NumberType.VOIP : classification === 'IOT' ? NumberType.IOT : NumberType.MVNO,
    messageType: messageType === 'A2P' ? MessageType.A2P : messageType === 'P2P' ? MessageType.P2P : null,
    messageEnabled: raw.MessageEnabled === true,
    voiceEnabled: raw.VoiceEnabled === true,
    status: raw.Status ?? 'Unknown',
    iccid: raw.Iccid ?? null,
    callerIdName: raw.Cnam ?? null,
    purchasedOn: isoDate(raw.OriginalDatePurchased),
    subscriberId: raw.AssignedSubscriberId ?? null,
    messageRouteId: raw.MessageRouteId ?? null,
    voiceRouteId: raw.VoiceRouteId ?? null,
    orderId: raw.OrderId ?? null,
    accountId,
  };
}

export function toDataUsageSettings(raw: RawDataUsageSettings): DataUsageSettings {
  return {
    unit: toDataUnit(raw.ValueUnit),
    notifyAt: raw.NotifyValue ?? null,
    throttleAt: raw.ThrottleValue ?? null,
    throttleSpeed: toThrottleSpeed(raw.ThrottleSpeed),
    limit: raw.LimitValue ?? 20,
  };
}

export function toDataUsageMeter(raw: RawDataUsageInfo): DataUsageMeter {
  return { used: raw.UsageValue ?? 0, unit: toDataUnit(raw.ValueUnit), throttled: raw.Throttled === true, limitReached: raw.LimitReached === true };
}

/** `ValueUnit` in any casing; a number never configured reads MB (Telegent's default cap is 20 MB). */
function toDataUnit(raw: string | null | undefined): DataUnit {
  const unit = (raw ?? DataUnit.MB).toUpperCase();
  if (!(unit in DataUnit)) throw new GatewayError(`Telegent answered an unknown data unit '${raw}'.`, ErrorCode.UPSTREAM_ERROR);
  return unit as DataUnit;
}

/** Data-usage speeds as Telegent spells them on requests (REFERENCE.md §3.11). */
export const UPSTREAM_THROTTLE_SPEED: Record<ThrottleSpeed, string> = {
  [ThrottleSpeed.KBPS_64]: '64-kbps',
  [ThrottleSpeed.KBPS_128]: '128-kbps',
  [ThrottleSpeed.KBPS_256]: '256-kbps',
  [ThrottleSpeed.KBPS_512]: '512-kbps',
  [ThrottleSpeed.MBPS_1]: '1-mbps',
  [ThrottleSpeed.MBPS_5]: '5-mbps',
  [ThrottleSpeed.MBPS_20]: '20-mbps',
  [ThrottleSpeed.MBPS_50]: '50-mbps',
  [ThrottleSpeed.MBPS_100]: '100-mbps',
};

/** A speed in kbit/s, from the request spelling (`1-mbps`) or the internal read-back code (`thr1024kbps`, C20). */
function speedKbps(raw: string): number | null {
  const spelled = /^(\d+)-(kbps|mbps)$/i.exec(raw);
  if (spelled) return Number(spelled[1]) * (spelled[2]!.toLowerCase() === 'mbps' ? 1024 : 1);
  const internal = /^thr(\d+)kbps$/i.exec(raw);
  return internal ? Number(internal[1]) : null;
}

/** The speed of a settings answer; null when none is set or Telegent answers a speed outside the documented ones. */
export function toThrottleSpeed(raw: string | null | undefined): ThrottleSpeed | null {
  const kbps = raw ? speedKbps(raw) : null;
  const match = Object.entries(UPSTREAM_THROTTLE_SPEED).find(([, spelling]) => speedKbps(spelling) === kbps);
  return kbps !== null && match ? (match[0] as ThrottleSpeed) : null;
}

/** `PeriodType` of update-renewal-info. */
export const UPSTREAM_RENEWAL_PERIOD: Record<RenewalPeriod, 'M' | 'W'> = {
  [RenewalPeriod.MONTHLY]: 'M',
  [RenewalPeriod.WEEKLY]: 'W',
};

/** The answer of data-usage and update-renewal-info: an overall status, and per number when Telegent gives one. */
export interface RawDataUsageWrite {
  Status?: string | null;
  StatusMessage?: string | null;
  PhoneNumbers?: { Number: string; Status?: string | null; StatusMessage?: string | null }[] | null;
}

/** Per-number statuses Telegent reports for success (`Success` per number, `Complete` overall; REFERENCE.md §2.3). */
const SUCCESS_STATUSES = new Set(['success', 'complete', 'completed']);

/**
 * What a data-usage write did to each number asked for, in request order. A 200 may carry
 * failures: a number's own `Status` decides, else the overall one; a number missing from the
 * answer is reported as not applied.
 */
export function toNumberResults(raw: RawDataUsageWrite, requested: readonly string[]): NumberResult[] {
  const rows = new Map((raw.PhoneNumbers ?? []).map((row) => [row.Number, row]));
  return requested.map((number) => {
    const row = rows.get(number);
    if (!row) return { number, succeeded: false, message: 'Telegent’s answer does not list this number, so the change is not confirmed for it.' };
    const status = row.Status ?? raw.Status ?? 'Complete';
    const succeeded = SUCCESS_STATUSES.has(status.toLowerCase());
    const message = (row.Status ? row.StatusMessage : raw.StatusMessage)?.trim() || (succeeded ? null : `Telegent answered ${status}.`);
    return { number, succeeded, message };
  });
}

export function toAvailableNumbers(raw: RawAvailability): AvailableNumbers {
  return {
    total: raw.ResultsTotal,
    page: raw.PageNumber,
    areas: (raw.AvailableNumberAreas ?? []).map((a) => ({ areaCode: a.AreaCode, zipCode: a.Zipcode, provider: a.NGP })),
    numbers: (raw.NumbersAvailable ?? []).map((n) => n.Number),
  };
}

export function toVoicemail(raw: RawVoicemail): Voicemail {
  return { status: raw.Status, email: raw.Email ?? null, firstName: raw.FirstName ?? null, lastName: raw.LastName ?? null };
}

/** Provisioning's ProductType spellings (REFERENCE.md §3.9; guides write them in lower case). */
export const UPSTREAM_PRODUCT_TYPE: Record<ProductType, string> = {
  [ProductType.SMS_ONLY]: 'Sms-Only',
  [ProductType.DATA_ONLY]: 'Data-Only',
  [ProductType.SMS_DATA]: 'Sms+Data',
  [ProductType.SMS_DATA_VOICE]: 'Sms+Data+Voice',
};

export function toProductType(raw: string | null | undefined): ProductType | null {
  const match = Object.entries(UPSTREAM_PRODUCT_TYPE).find(([, spelling]) => spelling.toLowerCase() === raw?.toLowerCase());
  return match ? (match[0] as ProductType) : null;
}

export function toProvisionNumberPayload(raw: RawProvisionResult): ProvisionNumberPayload {
  return {
    order: orderFromAnswer({
      id: raw.OrderId,
      date: raw.OrderDate,
      status: raw.OrderStatus,
      type: 'Provision',
      numbers: [raw.PhoneNumberAssigned],
      message: raw.ErrorMessage ?? null,
    }),
    qrCode: raw.QRCode ?? null,
    number: raw.PhoneNumberAssigned,
    numberId: raw.PhoneNumberId,
    subscriberId: raw.SubscriberId ?? null,
  };
}
