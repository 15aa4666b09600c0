import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { orderFromAnswer } from '../../telegent/orders/mappers';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CancelPortInInput, CheckPortInEligibilityInput, RequestPortOutInput, SubmitPortInInput, UpdatePortInInput } from '../schema/port-in.input';
import {
  CancelPortInPayload,
  CheckPortInEligibilityPayload,
  RequestPortOutPayload,
  SubmitPortInPayload,
  UpdatePortInPayload,
} from '../schema/port-in.payload';
import { phoneNumberResolver } from './payload-numbers';

/**
 * The port-in lifecycle (eligibility → submit → update → cancel, watched through its order) and
 * port-out PINs. Payloads read the order back, so they show its status as Telegent keeps it.
 */
@Resolver()
export class PortingMutationResolver {
  @Mutation(() => CheckPortInEligibilityPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Step 1 of a port-in: whether the number can be ported into the classification. Changes nothing; run it before ' +
      'collecting the subscriber’s carrier details.',
  })
  async checkPortInEligibility(
    @Arg('input', () => CheckPortInEligibilityInput, { description: 'The number and the classification.' }) input: CheckPortInEligibilityInput,
    @Ctx() { writes }: Context,
  ): Promise<CheckPortInEligibilityPayload> {
    const verdict = await writes.porting.checkEligibility(input.number, input.targetClassification);
    return { number: input.number, targetClassification: input.targetClassification, eligible: verdict.Eligible, reason: verdict.Message ?? null };
  }

  @Mutation(() => SubmitPortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Step 2: submits the port-in (a fee applies; completion takes days). PORT_IN_NOT_ELIGIBLE when the number cannot ' +
      'be ported; with an idempotency key a retry never submits twice.',
  })
  async submitPortIn(
    @Arg('input', () => SubmitPortInInput, { description: 'The number and the losing carrier’s account details.' }) input: SubmitPortInInput,
    @Ctx() context: Context,
  ): Promise<SubmitPortInPayload> {
    const placed = await context.writes.porting.submitPortIn(input);
    return { order: await context.loaders.orderById.load(placed.OrderId) };
  }

  @Mutation(() => UpdatePortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Corrects an open port-in without resubmitting (e.g. after the losing carrier flagged a mismatch). ORDER_CLOSED once final.',
  })
  async updatePortIn(
    @Arg('input', () => UpdatePortInInput, { description: 'The order and the corrections.' }) input: UpdatePortInInput,
    @Ctx() context: Context,
  ): Promise<UpdatePortInPayload> {
    const changed = await context.writes.porting.updatePortIn(input);
    return { order: await context.loaders.orderById.load(changed.OrderId) };
  }

  @Mutation(() => CancelPortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Cancels an open port-in, for good (to try again: check eligibility and submit anew). ORDER_CLOSED once final.',
  })
  async cancelPortIn(
    @Arg('input', () => CancelPortInInput, { description: 'The order to cancel.' }) input: CancelPortInInput,
    @Ctx() context: Context,
  ): Promise<CancelPortInPayload> {
    const cancelled = await context.writes.porting.cancelPortIn(input);
    return { order: await context.loaders.orderById.load(cancelled.OrderId) };
  }

  @Mutation(() => RequestPortOutPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Issues the port-out PIN a gaining carrier needs to take an Active number (carriers must release numbers on request; ' +
      'keep service on until the port completes). With an idempotency key a retry never requests twice.',
  })
  async requestPortOut(
    @Arg('input', () => RequestPortOutInput, { description: 'The number and its PIN.' }) input: RequestPortOutInput,
    @Ctx() { writes }: Context,
  ): Promise<RequestPortOutPayload> {
    const placed = await writes.porting.requestPortOut(input);
    return {
      order: orderFromAnswer({ id: placed.OrderId, date: placed.OrderDate, status: placed.Status, type: 'PortOut', numbers: [placed.PhoneNumber] }),
      number: placed.PhoneNumber,
    };
  }
}

@Resolver(() => RequestPortOutPayload)
export class RequestPortOutPayloadResolver extends phoneNumberResolver(RequestPortOutPayload, 'The number leaving, as the inventory shows it now.') {}

