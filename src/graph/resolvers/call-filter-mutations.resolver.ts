import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { type RawFilterListChange, toCallFilter } from '../../telegent/guardian/mappers';
import {
  AddCallFilterNumbersInput,
  CreateCallFilterInput,
  DeleteCallFilterInput,
  RemoveCallFilterNumbersInput,
  UpdateCallFilterInput,
} from '../schema/call-filter.input';
import {
  AddCallFilterNumbersPayload,
  type CallFilterListChangePayload,
  CreateCallFilterPayload,
  DeleteCallFilterPayload,
  RemoveCallFilterNumbersPayload,
  UpdateCallFilterPayload,
} from '../schema/call-filter.payload';
import { CallFilter } from '../schema/guardian.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { filterField, subscriberField } from './payload-fields';

const listChange = (raw: RawFilterListChange): CallFilterListChangePayload => ({ filterId: raw.FilterId, subscriberId: raw.SubscriberId });

@Resolver()
export class CallFilterMutationResolver {
  @Mutation(() => CreateCallFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates the call filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (calls flag off), ' +
      'GUARDIAN_RELATION_REQUIRED (age preset without a guardian) or FILTER_EXISTS (the number has one).',
  })
  async createCallFilter(
    @Arg('input', () => CreateCallFilterInput, { description: 'The subscriber, the number and the settings.' }) input: CreateCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateCallFilterPayload> {
    const raw = await writes.guardianFilters.createCallFilter(input);
    return { callFilter: toCallFilter(raw), subscriberId: raw.SubscriberId };
  }

  @Mutation(() => UpdateCallFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Changes a call filter’s settings; what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS.',
  })
  async updateCallFilter(
    @Arg('input', () => UpdateCallFilterInput, { description: 'The filter and what to change.' }) input: UpdateCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateCallFilterPayload> {
    return { callFilter: toCallFilter(await writes.guardianFilters.updateCallFilter(input)) };
  }

  @Mutation(() => DeleteCallFilterPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Deletes a call filter for good, with its lists and keywords.' })
  async deleteCallFilter(
    @Arg('input', () => DeleteCallFilterInput, { description: 'The subscriber and its filter.' }) input: DeleteCallFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<DeleteCallFilterPayload> {
    const raw = await writes.guardianFilters.deleteCallFilter(input);
    return { deletedId: raw.FilterId, subscriberId: input.subscriberId };
  }

  @Mutation(() => AddCallFilterNumbersPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Puts numbers on the allowed or the blocked list of a call filter.' })
  async addCallFilterNumbers(
    @Arg('input', () => AddCallFilterNumbersInput, { description: 'The filter, the list and the numbers.' }) input: AddCallFilterNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<AddCallFilterNumbersPayload> {
    return listChange(await writes.guardianFilters.changeCallFilterNumbers('add', input));
  }

  @Mutation(() => RemoveCallFilterNumbersPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Takes numbers off the allowed or the blocked list of a call filter; every one must be on it, or nothing changes.',
  })
  async removeCallFilterNumbers(
    @Arg('input', () => RemoveCallFilterNumbersInput, { description: 'The filter, the list and the numbers.' }) input: RemoveCallFilterNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<RemoveCallFilterNumbersPayload> {
    return listChange(await writes.guardianFilters.changeCallFilterNumbers('remove', input));
  }
}

const callFilterAfterChange = {
  type: CallFilter,
  name: 'callFilter',
  description: 'The filter as it is now, both lists included.',
  load: (loaders: Context['loaders'], subscriberId: string) => loaders.callFiltersBySubscriberId.load(subscriberId),
};

export const CALL_FILTER_PAYLOAD_RESOLVERS = [
  subscriberField(CreateCallFilterPayload, 'The subscriber, whose Guardian now lists the filter.'),
  subscriberField(DeleteCallFilterPayload, 'The subscriber the filter belonged to.'),
  filterField(AddCallFilterNumbersPayload, callFilterAfterChange),
  filterField(RemoveCallFilterNumbersPayload, callFilterAfterChange),
] as const;
