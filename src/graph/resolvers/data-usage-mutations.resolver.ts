import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadNumbers } from './payload-relations';
import { SetDataUsageLimitsInput, SetDataUsageRenewalInput } from '../schema/data-usage.input';
import { SetDataUsageLimitsPayload, SetDataUsageRenewalPayload } from '../schema/data-usage.payload';
import { ACCOUNT_ROLES, Requires } from '../access';

const NUMBERS_DESCRIPTION = 'The numbers asked for, as they are now (select dataUsage to see the change); read in one batch.';

@Resolver(() => SetDataUsageLimitsPayload)
export class DataUsageLimitsMutationResolver extends payloadNumbers(SetDataUsageLimitsPayload, NUMBERS_DESCRIPTION) {
  @Requires('numbers:write', ACCOUNT_ROLES)
  @Mutation(() => SetDataUsageLimitsPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Sets notify, throttle and limit thresholds on a batch of data-enabled numbers (notifyAt < throttleAt < limit). ' +
      'Telegent may report a failure per number inside a success: check `results`.',
  })
  async setDataUsageLimits(
    @Arg('input', () => SetDataUsageLimitsInput, { description: 'The numbers and their thresholds.' }) input: SetDataUsageLimitsInput,
    @Ctx() { writes }: Context,
  ): Promise<SetDataUsageLimitsPayload> {
    return writes.dataUsage.setLimits(input);
  }
}

@Resolver(() => SetDataUsageRenewalPayload)
export class DataUsageRenewalMutationResolver extends payloadNumbers(SetDataUsageRenewalPayload, NUMBERS_DESCRIPTION) {
  @Requires('numbers:write', ACCOUNT_ROLES)
  @Mutation(() => SetDataUsageRenewalPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Sets when the data usage of a batch of data-enabled numbers starts over (monthly or weekly, per-number anchor day), ' +
      'optionally zeroing it now. Check `results` for per-number failures.',
  })
  async setDataUsageRenewal(
    @Arg('input', () => SetDataUsageRenewalInput, { description: 'The numbers and their renewal cycle.' }) input: SetDataUsageRenewalInput,
    @Ctx() { writes }: Context,
  ): Promise<SetDataUsageRenewalPayload> {
    return writes.dataUsage.setRenewal(input);
  }
}
