import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { ChangeNumberStatusInput, ReactivateNumbersInput, UpdateNumberInput } from '../schema/phone-number.input';
import { ChangeNumberStatusPayload, NumberStatusChangeResult, UpdateNumberPayload } from '../schema/phone-number.payload';
import { PhoneNumber } from '../schema/phone-number.type';
import { ProvisionNumberInput } from '../schema/provision-number.input';
import { ProvisionNumberPayload } from '../schema/provision-number.payload';
import { numberNow, payloadPhoneNumber, payloadRelation, payloadSubscriber } from './payload-relations';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class NumberMutationResolver {
  @Requires('numbers:provision')
  @Mutation(() => ProvisionNumberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Buys and activates one number (it costs money). With an idempotency key a retry never buys twice: it returns the ' +
      'first result, waits for it while it runs, or, after UPSTREAM_OUTCOME_UNKNOWN, finds the number that was bought.',
  })
  provisionNumber(
    @Arg('input', () => ProvisionNumberInput, { description: 'What to buy and how to set it up.' }) input: ProvisionNumberInput,
    @Ctx() { writes }: Context,
  ): Promise<ProvisionNumberPayload> {
    return writes.numbers.provision(input);
  }

  @Requires('numbers:write')
  @Mutation(() => UpdateNumberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Changes one number’s configuration: routes, messaging and voice, classification, subscriber, SIM, caller-ID name.',
  })
  updateNumber(
    @Arg('input', () => UpdateNumberInput, { description: 'The number and what to change.' }) input: UpdateNumberInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateNumberPayload> {
    return writes.numbers.update(input);
  }

  @Requires('numbers:write', ACCOUNT_ROLES)
  @Mutation(() => ChangeNumberStatusPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Activates, parks, cancels, swaps or replaces numbers, or moves them to new SIMs: one order for the batch, all or none. ' +
      'Fees apply to parks and cancels; an idempotency key makes a retry safe.',
  })
  changeNumberStatus(
    @Arg('input', () => ChangeNumberStatusInput, { description: 'The change, the numbers and when.' }) input: ChangeNumberStatusInput,
    @Ctx() { writes }: Context,
  ): Promise<ChangeNumberStatusPayload> {
    return writes.numbers.changeStatus(input);
  }

  @Requires('numbers:write', ACCOUNT_ROLES)
  @Mutation(() => ChangeNumberStatusPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Brings cancelled numbers back, if the cancellation was recent and the numbers have not returned to the pool.',
  })
  reactivateNumbers(
    @Arg('input', () => ReactivateNumbersInput, { description: 'The cancelled numbers.' }) input: ReactivateNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<ChangeNumberStatusPayload> {
    return writes.numbers.reactivate(input);
  }
}

/** The relations of the number mutations' payloads. */
export const NUMBER_PAYLOAD_RESOLVERS = [
  payloadPhoneNumber(ProvisionNumberPayload, 'The number bought, as the inventory shows it now.'),
  payloadSubscriber(ProvisionNumberPayload, 'The subscriber the number was bound to, if any.'),
  payloadPhoneNumber(UpdateNumberPayload, 'The number as it is now.'),
  payloadRelation(
    NumberStatusChangeResult,
    {
      name: 'phoneNumber',
      type: PhoneNumber,
      description: 'The line as it is now: the new number after SWAP or REPLACE, else the number itself (null once it left the inventory).',
    },
    (result, context) => numberNow(context, result.newNumber ?? result.number),
  ),
] as const;
