import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  AddCallFilterNumbersInput,
  CreateCallFilterInput,
  DeleteCallFilterInput,
  RemoveCallFilterNumbersInput,
  UpdateCallFilterInput,
} from '../schema/call-filter.input';
import {
  AddCallFilterNumbersPayload,
  CreateCallFilterPayload,
  DeleteCallFilterPayload,
  RemoveCallFilterNumbersPayload,
  UpdateCallFilterPayload,
} from '../schema/call-filter.payload';
import { CallFilter } from '../schema/guardian.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadRelation, payloadSubscriber } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class CallFilterMutationResolver {
  @Requires('guardian:write')
  @Mutation(() => CreateCallFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates the call filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (calls flag off), ' +
      'GUARDIAN_RELATION_REQUIRED (age preset without a guardian) or FILTER_EXISTS (the number has one).',
  })
  createCallFilter(
    @Arg('input', () => CreateCallFilterInput, { description: 'The subscriber, the number and the settings.' }) input: CreateCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateCallFilterPayload> {
    return writes.guardianFilters.createCallFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => UpdateCallFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Changes a call filter’s settings; what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS.',
  })
  updateCallFilter(
    @Arg('input', () => UpdateCallFilterInput, { description: 'The filter and what to change.' }) input: UpdateCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateCallFilterPayload> {
    return writes.guardianFilters.updateCallFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => DeleteCallFilterPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Deletes a call filter for good, with its lists and keywords.' })
  deleteCallFilter(
    @Arg('input', () => DeleteCallFilterInput, { description: 'The subscriber and its filter.' }) input: DeleteCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<DeleteCallFilterPayload> {
    return writes.guardianFilters.deleteCallFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => AddCallFilterNumbersPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Puts numbers on the allowed or the blocked list of a call filter.' })
  addCallFilterNumbers(
    @Arg('input', () => AddCallFilterNumbersInput, { description: 'The filter, the list and the numbers.' }) input: AddCallFilterNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<AddCallFilterNumbersPayload> {
    return writes.guardianFilters.changeCallFilterNumbers('add', input);
  }

  @Requires('guardian:write')
  @Mutation(() => RemoveCallFilterNumbersPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Takes numbers off the allowed or the blocked list of a call filter; every one must be on it, or nothing changes.',
  })
  removeCallFilterNumbers(
    @Arg('input', () => RemoveCallFilterNumbersInput, { description: 'The filter, the list and the numbers.' }) input: RemoveCallFilterNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<RemoveCallFilterNumbersPayload> {
    return writes.guardianFilters.changeCallFilterNumbers('remove', input);
  }
}

/** `callFilter` of a list change: the filter as its subscriber's filters show it now; null once it is gone. */
const callFilterAfterChange = <P extends { subscriberId: string; filterId: string }>(payload: new () => P) =>
  payloadRelation(payload, { name: 'callFilter', type: CallFilter, description: 'The filter as it is now, both lists included.' }, async (root, { loaders }) =>
    (await loaders.callFiltersBySubscriberId.load(root.subscriberId)).find((f) => f.id === root.filterId) ?? null,
  );

export const CALL_FILTER_PAYLOAD_RESOLVERS = [
  payloadSubscriber(CreateCallFilterPayload, 'The subscriber, whose Guardian now lists the filter.'),
  payloadSubscriber(DeleteCallFilterPayload, 'The subscriber the filter belonged to.'),
  callFilterAfterChange(AddCallFilterNumbersPayload),
  callFilterAfterChange(RemoveCallFilterNumbersPayload),
] as const;
