import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { orderFromAnswer } from '../../telegent/orders/mappers';
import { toProvisionNumberPayload } from '../../telegent/numbers/mappers';
import { toStatusChangePayload } from '../../telegent/numbers/status-changes';
import { ChangeNumberStatusInput, ReactivateNumbersInput, UpdateNumberInput } from '../schema/phone-number.input';
import { ChangeNumberStatusPayload, NumberStatusChangeResult, UpdateNumberPayload } from '../schema/phone-number.payload';
import { PhoneNumber } from '../schema/phone-number.type';
import { ProvisionNumberInput } from '../schema/provision-number.input';
import { ProvisionNumberPayload } from '../schema/provision-number.payload';
import { Subscriber } from '../schema/subscriber.type';
import { numberNow, phoneNumberResolver } from './payload-numbers';

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

  @Mutation(() => UpdateNumberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Changes one number’s configuration: routes, messaging and voice, classification, subscriber, SIM, caller-ID name.',
  })
  async updateNumber(
    @Arg('input', () => UpdateNumberInput, { description: 'The number and what to change.' }) input: UpdateNumberInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateNumberPayload> {
    const raw = await writes.numbers.update(input);
    return {
      order: orderFromAnswer({ id: raw.UpdateOrderId, date: raw.UpdateOrderDate, status: raw.UpdateOrderStatus, type: 'Update', numbers: [raw.Number] }),
      number: raw.Number,
    };
  }

  @Mutation(() => ChangeNumberStatusPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Activates, parks, cancels, swaps or replaces numbers, or moves them to new SIMs: one order for the batch, all or none. ' +
      'Fees apply to parks and cancels; an idempotency key makes a retry safe.',
  })
  async changeNumberStatus(
    @Arg('input', () => ChangeNumberStatusInput, { description: 'The change, the numbers and when.' }) input: ChangeNumberStatusInput,
    @Ctx() { writes }: Context,
  ): Promise<ChangeNumberStatusPayload> {
    return toStatusChangePayload(await writes.numbers.changeStatus(input), input.change);
  }

  @Mutation(() => ChangeNumberStatusPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Brings cancelled numbers back, if the cancellation was recent and the numbers have not returned to the pool.',
  })
  async reactivateNumbers(
    @Arg('input', () => ReactivateNumbersInput, { description: 'The cancelled numbers.' }) input: ReactivateNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<ChangeNumberStatusPayload> {
    return toStatusChangePayload(await writes.numbers.reactivate(input), null);
  }

  @FieldResolver(() => PhoneNumber, { nullable: true, description: 'The number bought, as the inventory shows it now.' })
  phoneNumber(@Root() payload: ProvisionNumberPayload, @Ctx() context: Context): Promise<PhoneNumber | null> {
    return numberNow(context, payload.number);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber the number was bound to, if any.' })
  subscriber(@Root() payload: ProvisionNumberPayload, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return payload.subscriberId ? loaders.subscriberById.load(payload.subscriberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}

@Resolver(() => UpdateNumberPayload)
export class UpdateNumberPayloadResolver extends phoneNumberResolver(UpdateNumberPayload, 'The number as it is now.') {}

@Resolver(() => NumberStatusChangeResult)
export class NumberStatusChangeResultResolver {
  @FieldResolver(() => PhoneNumber, {
    nullable: true,
    description: 'The line as it is now: the new number after SWAP or REPLACE, else the number itself (null once it left the inventory).',
  })
  phoneNumber(@Root() result: NumberStatusChangeResult, @Ctx() context: Context): Promise<PhoneNumber | null> {
    return numberNow(context, result.newNumber ?? result.number);
  }
}
