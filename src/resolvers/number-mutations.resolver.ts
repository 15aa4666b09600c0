import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { nullWhenNotFound } from '../datasources/errors';
import { toProvisionNumberPayload } from '../datasources/mappers';
import { PhoneNumber } from '../schema/phone-number.type';
import { ProvisionNumberInput } from '../schema/provision-number.input';
import { ProvisionNumberPayload } from '../schema/provision-number.payload';
import { Subscriber } from '../schema/subscriber.type';

@Resolver(() => ProvisionNumberPayload)
export class NumberMutationResolver {
  @Mutation(() => ProvisionNumberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Buys and activates one number (it costs money). With an idempotency key a retry never buys twice: it returns the ' +
      'first result, waits for it while it runs, or, after UPSTREAM_OUTCOME_UNKNOWN, finds the number that was bought.',
  })
  async provisionNumber(
    @Arg('input', () => ProvisionNumberInput, { description: 'What to buy and how to set it up.' }) input: ProvisionNumberInput,
    @Ctx() { writes }: Context,
  ): Promise<ProvisionNumberPayload> {
    return toProvisionNumberPayload(await writes.numbers.provision(input));
  }

  @FieldResolver(() => PhoneNumber, { nullable: true, description: 'The number bought, as the inventory shows it now.' })
  phoneNumber(@Root() payload: ProvisionNumberPayload, @Ctx() { loaders }: Context): Promise<PhoneNumber | null> {
    return loaders.numberByE164.load(payload.number).catch(nullWhenNotFound);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber the number was bound to, if any.' })
  subscriber(@Root() payload: ProvisionNumberPayload, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return payload.subscriberId ? loaders.subscriberById.load(payload.subscriberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}
