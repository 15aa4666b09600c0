import type { SetDataUsageLimitsInput, SetDataUsageRenewalInput } from '../../graph/schema/data-usage.input';
import type { SetDataUsageLimitsPayload, SetDataUsageRenewalPayload } from '../../graph/schema/data-usage.payload';
import { type RawDataUsageWrite, UPSTREAM_RENEWAL_PERIOD, UPSTREAM_THROTTLE_SPEED, toNumberResults } from './mappers';
import { type WriteContext, runWrite } from '../write';

/**
 * Data-usage thresholds and renewal cycles, set on a batch of numbers per call (REFERENCE.md §3.11).
 * Each write reports a result per number (once each, in request order). Setting either again is
 * harmless, so neither takes an idempotency key.
 */
export class DataUsageWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Sets the same thresholds on every number. */
  setLimits(input: SetDataUsageLimitsInput): Promise<SetDataUsageLimitsPayload> {
    const requested = [...new Set(input.numbers)];
    return runWrite(this.ctx, {
      operation: 'setDataUsageLimits',
      changes: () => [],
      targets: { numbers: requested },
      send: async () => {
        const answer = await this.ctx.client.post<RawDataUsageWrite>('/numbers/data-usage', {
          ValueUnit: input.unit,
          LimitValue: input.limit,
          NotifyValue: input.notifyAt ?? undefined,
          ThrottleValue: input.throttleAt ?? undefined,
          ThrottleSpeed: input.throttleSpeed ? UPSTREAM_THROTTLE_SPEED[input.throttleSpeed] : undefined,
          PhoneNumbers: requested.map((Number) => ({ Number })),
        });
        return { requested, results: toNumberResults(answer, requested) };
      },
    });
  }

  setRenewal(input: SetDataUsageRenewalInput): Promise<SetDataUsageRenewalPayload> {
    const requested = [...new Set(input.numbers)];
    return runWrite(this.ctx, {
      operation: 'setDataUsageRenewal',
      changes: () => [],
      targets: { numbers: requested },
      send: async () => {
        const answer = await this.ctx.client.post<RawDataUsageWrite>('/numbers/data-usage/update-renewal-info', {
          AutoRenew: input.autoRenew,
          PeriodType: UPSTREAM_RENEWAL_PERIOD[input.period],
          RenewalDay: input.renewalDay,
          PeriodValue: input.periodValue,
          ResetUsage: input.resetUsage,
          PhoneNumbers: requested.map((Number) => ({ Number })),
        });
        return { requested, results: toNumberResults(answer, requested) };
      },
    });
  }
}
