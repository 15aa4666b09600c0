import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { type RawFilterListChange, toMessageFilter } from '../../telegent/guardian/mappers';
import { MessageFilter } from '../schema/guardian.type';
import {
  AddMessageFilterContactsInput,
  CreateMessageFilterInput,
  DeleteMessageFilterInput,
  RemoveMessageFilterContactsInput,
  UpdateMessageFilterInput,
} from '../schema/message-filter.input';
import {
  AddMessageFilterContactsPayload,
  CreateMessageFilterPayload,
  DeleteMessageFilterPayload,
  type MessageFilterListChangePayload,
  RemoveMessageFilterContactsPayload,
  UpdateMessageFilterPayload,
} from '../schema/message-filter.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { filterField, subscriberField } from './payload-fields';

const listChange = (raw: RawFilterListChange): MessageFilterListChangePayload => ({ filterId: raw.FilterId, subscriberId: raw.SubscriberId });

@Resolver()
export class MessageFilterMutationResolver {
  @Mutation(() => CreateMessageFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates the message filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (messages flag off) ' +
      'or FILTER_EXISTS (the number has one).',
  })
  async createMessageFilter(
    @Arg('input', () => CreateMessageFilterInput, { description: 'The subscriber, the number and the settings.' }) input: CreateMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateMessageFilterPayload> {
    const raw = await writes.guardianFilters.createMessageFilter(input);
    return { messageFilter: toMessageFilter(raw), subscriberId: raw.SubscriberId };
  }

  @Mutation(() => UpdateMessageFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Changes a message filter’s settings (mode INACTIVE pauses it); what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS.',
  })
  async updateMessageFilter(
    @Arg('input', () => UpdateMessageFilterInput, { description: 'The filter and what to change.' }) input: UpdateMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateMessageFilterPayload> {
    return { messageFilter: toMessageFilter(await writes.guardianFilters.updateMessageFilter(input)) };
  }

  @Mutation(() => DeleteMessageFilterPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Deletes a message filter for good, with its lists and keywords.' })
  async deleteMessageFilter(
    @Arg('input', () => DeleteMessageFilterInput, { description: 'The subscriber and its filter.' }) input: DeleteMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<DeleteMessageFilterPayload> {
    const raw = await writes.guardianFilters.deleteMessageFilter(input);
    return { deletedId: raw.FilterId, subscriberId: input.subscriberId };
  }

  @Mutation(() => AddMessageFilterContactsPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Puts contacts on the allowed or the blocked list of a message filter; the change acts on the next message.',
  })
  async addMessageFilterContacts(
    @Arg('input', () => AddMessageFilterContactsInput, { description: 'The filter, the list and the contacts.' }) input: AddMessageFilterContactsInput,
    @Ctx() { writes }: Context,
  ): Promise<AddMessageFilterContactsPayload> {
    return listChange(await writes.guardianFilters.changeMessageFilterContacts('add', input));
  }

  @Mutation(() => RemoveMessageFilterContactsPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Takes contacts off the allowed or the blocked list of a message filter; every one must be on it, or nothing changes.',
  })
  async removeMessageFilterContacts(
    @Arg('input', () => RemoveMessageFilterContactsInput, { description: 'The filter, the list and the contacts.' }) input: RemoveMessageFilterContactsInput,
    @Ctx() { writes }: Context,
  ): Promise<RemoveMessageFilterContactsPayload> {
    return listChange(await writes.guardianFilters.changeMessageFilterContacts('remove', input));
  }
}

const messageFilterAfterChange = {
  type: MessageFilter,
  name: 'messageFilter',
  description: 'The filter as it is now, both lists included.',
  load: (loaders: Context['loaders'], subscriberId: string) => loaders.messageFiltersBySubscriberId.load(subscriberId),
};

export const MESSAGE_FILTER_PAYLOAD_RESOLVERS = [
  subscriberField(CreateMessageFilterPayload, 'The subscriber, whose Guardian now lists the filter.'),
  subscriberField(DeleteMessageFilterPayload, 'The subscriber the filter belonged to.'),
  filterField(AddMessageFilterContactsPayload, messageFilterAfterChange),
  filterField(RemoveMessageFilterContactsPayload, messageFilterAfterChange),
] as const;
