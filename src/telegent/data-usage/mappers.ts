/** Data usage: per-number thresholds, consumption and renewal cycles of data-enabled numbers (REFERENCE.md §3.11). */

import { GatewayError, ErrorCode } from '../../errors';
import { DataUnit, RenewalPeriod, ThrottleSpeed } from '../../graph/schema/data-usage.enum';
import type { NumberResult } from '../../graph/schema/data-usage.payload';
import type { DataUsageSettings, DataUsageMeter } from '../../graph/schema/data-usage.type';

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

/** `ValueUnit` in any casing; a number never configured reads MB (Telegent's default cap is 20 MB). */
function toDataUnit(raw: string | null | undefined): DataUnit {
  const unit = (raw ?? DataUnit.MB).toUpperCase();
  if (!(unit in DataUnit)) throw new GatewayError(`Telegent answered an unknown data unit '${raw}'.`, ErrorCode.UPSTREAM_ERROR);
  return unit as DataUnit;
}

/** A speed in kbit/s, from the request spelling (`1-mbps`) or the internal read-back code (`thr1024kbps`, C20). */
function speedKbps(raw: string): number | null {
  const spelled = /^(\d+)-(kbps|mbps)$/i.exec(raw);
  if (spelled) return Number(spelled[1]) * (spelled[2]!.toLowerCase() === 'mbps' ? 1024 : 1);
  const internal = /^thr(\d+)kbps$/i.exec(raw);
  return internal ? Number(internal[1]) : null;
}

/** Per-number statuses Telegent reports for success (`Success` per number, `Complete` overall; REFERENCE.md §2.3). */
const SUCCESS_STATUSES = new Set(['success', 'complete', 'completed']);
