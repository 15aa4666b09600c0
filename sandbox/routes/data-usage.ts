import { badRequest } from '../errors';
import type { Input } from '../input';
import type { NumberRecord } from '../model';
import type { Route, RouteContext } from '../router';

const VALUE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;
/** Both speed lists of the docs (C20). */
const THROTTLE_SPEEDS = ['64-kbps', '128-kbps', '256-kbps', '512-kbps', '1-mbps', '5-mbps', '20-mbps', '50-mbps', '100-mbps'] as const;
/** The cap a number has before anyone sets one (REFERENCE.md §3.11). */
const DEFAULT_LIMIT_MB = 20;
const MB_PER_UNIT: Record<string, number> = { KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 };

/**
 * Writes are all-or-nothing: every number must be the caller's (404 naming it) and data-enabled
 * (400), otherwise nothing changes.
 */
function numbersForWrite(ctx: RouteContext, body: Input): NumberRecord[] {
  return body.numberRefs('PhoneNumbers').map((e164) => {
    const number = ctx.state.numbers.ownedNumber(e164, ctx.caller.id);
    if (!number.dataEnabled) throw badRequest(`${e164} is not data-enabled; data limits apply only to numbers with DataEnabled.`);
    return number;
  });
}

/**
 * Reads answer per number, as upstream's per-number `Status` suggests: a number that is not the
 * caller's gets `Status: "Error"` in its slot, and the others still answer.
 */
function perNumber(ctx: RouteContext, body: Input, answer: (n: NumberRecord) => Record<string, unknown>): Record<string, unknown>[] {
  return body.numberRefs('PhoneNumbers').map((e164) => {
    const number = ctx.state.numbers.byNumber(e164);
    if (!number || number.distributorId !== ctx.caller.id) {
      return { Number: e164, Status: 'Error', StatusMessage: 'Not found: the number does not exist or belongs to a different account.' };
    }
    return { Number: e164, Status: 'Success', StatusMessage: '', ...answer(number) };
  });
}

function thresholds(n: NumberRecord): Record<string, unknown> {
  const s = n.dataUsage;
  if (!s) return { ValueUnit: 'MB', LimitValue: DEFAULT_LIMIT_MB };
  return {
    ValueUnit: s.valueUnit,
    ...(s.notifyValue !== null ? { NotifyValue: s.notifyValue } : {}),
    ...(s.throttleValue !== null ? { ThrottleValue: s.throttleValue, ThrottleSpeed: s.throttleSpeed } : {}),
    LimitValue: s.limitValue,
  };
}

function usage(n: NumberRecord): Record<string, unknown> {
  const unit = n.dataUsage?.valueUnit ?? 'MB';
  const used = Number((n.usageMb / MB_PER_UNIT[unit]!).toFixed(3));
  const limit = n.dataUsage?.limitValue ?? DEFAULT_LIMIT_MB;
  const throttle = n.dataUsage?.throttleValue ?? null;
  return {
    ...thresholds(n),
    UsageValue: used,
    Throttled: throttle !== null && used >= throttle,
    LimitReached: used >= limit,
  };
}

export const dataUsageRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/numbers/data-usage',
    handle(ctx) {
      const { body } = ctx;
      const valueUnit = body.oneOf('ValueUnit', VALUE_UNITS, { required: true });
      const limit = body.number('LimitValue', { required: true, integer: true, min: 1 });
      const notify = body.number('NotifyValue', { integer: true, min: 0 }) ?? null;
      const throttle = body.number('ThrottleValue', { integer: true, min: 0 }) ?? null;
      const speed = body.oneOf('ThrottleSpeed', THROTTLE_SPEEDS) ?? null;
      // Strictly ascending, never equal (REFERENCE.md §4.1 rule 9).
      const ordered = [notify, throttle, limit].filter((v): v is number => v !== null);
      if (ordered.some((v, i) => i > 0 && v <= ordered[i - 1]!)) {
        throw badRequest('thresholds must satisfy NotifyValue < ThrottleValue < LimitValue (never equal).');
      }
      if (throttle !== null && speed === null) throw badRequest('ThrottleSpeed is required with ThrottleValue.');
      const numbers = numbersForWrite(ctx, body);
      for (const n of numbers) {
        n.dataUsage = { valueUnit, notifyValue: notify, throttleValue: throttle, throttleSpeed: throttle === null ? null : speed, limitValue: limit };
      }
      return {
        Status: 'Complete',
        StatusMessage: '',
        ValueUnit: valueUnit,
        ...(notify !== null ? { NotifyValue: notify } : {}),
        ...(throttle !== null ? { ThrottleValue: throttle, ThrottleSpeed: speed } : {}),
        LimitValue: limit,
        PhoneNumbers: numbers.map((n) => ({ Number: n.number })),
      };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/data-usage/settings',
    handle(ctx) {
      return { PhoneNumbers: perNumber(ctx, ctx.body, thresholds), Status: 'Complete' };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/data-usage/info',
    handle(ctx) {
      return { Status: 'Complete', PhoneNumbers: perNumber(ctx, ctx.body, usage) };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/data-usage/update-renewal-info',
    handle(ctx) {
      const { body } = ctx;
      const autoRenew = body.bool('AutoRenew', { required: true });
      const periodType = body.oneOf('PeriodType', ['M', 'W'] as const, { required: true });
      const renewalDay = body.number('RenewalDay', { required: true, integer: true, min: 1, max: periodType === 'M' ? 31 : 7 });
      const periodValue = body.number('PeriodValue', { integer: true, min: 1, max: 12 }) ?? 1;
      const resetUsage = body.bool('ResetUsage') ?? false;
      const numbers = numbersForWrite(ctx, body);
      for (const n of numbers) {
        n.renewal = { autoRenew, periodType, renewalDay, periodValue };
        if (resetUsage) n.usageMb = 0;
      }
      return {
        Status: 'Complete',
        StatusMessage: '',
        PhoneNumbers: numbers.map((n) => ({ Number: n.number, Status: 'Success', StatusMessage: '' })),
      };
    },
  },
];
