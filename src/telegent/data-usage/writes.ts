import type { SetDataUsageLimitsInput, SetDataUsageRenewalInput } from '../../graph/schema/data-usage.input';
import type { NumberResult } from '../../graph/schema/data-usage.payload';
import { type RawDataUsageWrite, UPSTREAM_RENEWAL_PERIOD, UPSTREAM_THROTTLE_SPEED, toNumberResults } from './mappers';
import { type WriteContext, performWrite } from '../write';

/** What a data-usage write reports: a result per number (once each, in request order). */
export interface DataUsageWriteResult {
  requested: string[];
  results: NumberResult[];
}

/** Data-usage thresholds and renewal cycles, set on a batch of numbers per call (REFERENCE.md §3.11). */
export class DataUsageWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Sets the same thresholds on every number. Setting them again is harmless, so no idempotency key. */
  setLimits(input: SetDataUsageLimitsInput): Promise<DataUsageWriteResult> {
    const requested = [...new Set(input.numbers)];
    return performWrite(this.ctx, async () => {
      const answer = await this.ctx.client.post<RawDataUsageWrite>('/numbers/data-usage', {
        ValueUnit: input.unit,
        LimitValue: input.limit,
        NotifyValue: input.notifyAt ?? undefined,
        ThrottleValue: input.throttleAt ?? undefined,
        ThrottleSpeed: input.throttleSpeed ? UPSTREAM_THROTTLE_SPEED[input.throttleSpeed] : undefined,
        PhoneNumbers: requested.map((Number) => ({ Number })),
      });
      return { requested, results: toNumberResults(answer, requested) };
    });
  }

  setRenewal(input: SetDataUsageRenewalInput): Promise<DataUsageWriteResult> {
    const requested = [...new Set(input.numbers)];
    return performWrite(this.ctx, async () => {
      const answer = await this.ctx.client.post<RawDataUsageWrite>('/numbers/data-usage/update-renewal-info', {
        AutoRenew: input.autoRenew,
        PeriodType: UPSTREAM_RENEWAL_PERIOD[input.period],
        RenewalDay: input.renewalDay,
        PeriodValue: input.periodValue,
        ResetUsage: input.resetUsage,
        PhoneNumbers: requested.map((Number) => ({ Number })),
      });
      return { requested, results: toNumberResults(answer, requested) };
    });
  }
}
