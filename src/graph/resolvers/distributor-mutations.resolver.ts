import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CreateDistributorInput, UpdateDistributorInput } from '../schema/distributor.input';
import { CreateDistributorPayload, UpdateDistributorPayload } from '../schema/distributor.payload';
import { Requires } from '../access';

@Resolver()
export class DistributorMutationResolver {
  @Requires('admin')
  @Mutation(() => CreateDistributorPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates a distributor (a new tenant, with its own API credentials). Its secret is in `credentials`, shown this once. ' +
      'No idempotency key: after UPSTREAM_OUTCOME_UNKNOWN the secret is lost either way, so create another.',
  })
  async createDistributor(
    @Arg('input', () => CreateDistributorInput, { description: 'The distributor to create.' }) input: CreateDistributorInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateDistributorPayload> {
    return writes.distributors.create(input);
  }

  @Requires('admin')
  @Mutation(() => UpdateDistributorPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Renames a distributor or replaces its addresses.' })
  async updateDistributor(
    @Arg('input', () => UpdateDistributorInput, { description: 'The distributor and what to change.' }) input: UpdateDistributorInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateDistributorPayload> {
    return { distributor: await writes.distributors.update(input) };
  }
}
