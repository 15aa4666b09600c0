import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CancelPortInInput, CheckPortInEligibilityInput, RequestPortOutInput, SubmitPortInInput, UpdatePortInInput } from '../schema/port-in.input';
import {
  CancelPortInPayload,
  CheckPortInEligibilityPayload,
  RequestPortOutPayload,
  SubmitPortInPayload,
  UpdatePortInPayload,
} from '../schema/port-in.payload';
import { payloadPhoneNumber } from './payload-relations';
import { Requires } from '../access';

/**
 * The port-in lifecycle (eligibility → submit → update → cancel, watched through its order) and
 * port-out PINs.
 */
@Resolver()
export class PortingMutationResolver {
  @Requires('porting:write')
  @Mutation(() => CheckPortInEligibilityPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Step 1 of a port-in: whether the number can be ported into the classification. Changes nothing; run it before ' +
      'collecting the subscriber’s carrier details.',
  })
  checkPortInEligibility(
    @Arg('input', () => CheckPortInEligibilityInput, { description: 'The number and the classification.' }) input: CheckPortInEligibilityInput,
    @Ctx() { writes }: Context,
  ): Promise<CheckPortInEligibilityPayload> {
    return writes.porting.checkEligibility(input.number, input.targetClassification);
  }

  @Requires('porting:write')
  @Mutation(() => SubmitPortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Step 2: submits the port-in (a fee applies; completion takes days). PORT_IN_NOT_ELIGIBLE when the number cannot ' +
      'be ported; with an idempotency key a retry never submits twice.',
  })
  submitPortIn(
    @Arg('input', () => SubmitPortInInput, { description: 'The number and the losing carrier’s account details.' }) input: SubmitPortInInput,
    @Ctx() { writes }: Context,
  ): Promise<SubmitPortInPayload> {
    return writes.porting.submitPortIn(input);
  }

  @Requires('porting:write')
  @Mutation(() => UpdatePortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Corrects an open port-in without resubmitting (e.g. after the losing carrier flagged a mismatch). ORDER_CLOSED once final.',
  })
  updatePortIn(
    @Arg('input', () => UpdatePortInInput, { description: 'The order and the corrections.' }) input: UpdatePortInInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdatePortInPayload> {
    return writes.porting.updatePortIn(input);
  }

  @Requires('porting:write')
  @Mutation(() => CancelPortInPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Cancels an open port-in, for good (to try again: check eligibility and submit anew). ORDER_CLOSED once final.',
  })
  cancelPortIn(
    @Arg('input', () => CancelPortInInput, { description: 'The order to cancel.' }) input: CancelPortInInput,
    @Ctx() { writes }: Context,
  ): Promise<CancelPortInPayload> {
    return writes.porting.cancelPortIn(input);
  }

  @Requires('porting:write')
  @Mutation(() => RequestPortOutPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Issues the port-out PIN a gaining carrier needs to take an Active number (carriers must release numbers on request; ' +
      'keep service on until the port completes). With an idempotency key a retry never requests twice.',
  })
  requestPortOut(
    @Arg('input', () => RequestPortOutInput, { description: 'The number and its PIN.' }) input: RequestPortOutInput,
    @Ctx() { writes }: Context,
  ): Promise<RequestPortOutPayload> {
    return writes.porting.requestPortOut(input);
  }
}

/** The relations of the porting mutations' payloads. */
export const PORTING_PAYLOAD_RESOLVERS = [payloadPhoneNumber(RequestPortOutPayload, 'The number leaving, as the inventory shows it now.')] as const;

