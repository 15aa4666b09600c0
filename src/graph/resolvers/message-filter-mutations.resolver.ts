import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
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
  RemoveMessageFilterContactsPayload,
  UpdateMessageFilterPayload,
} from '../schema/message-filter.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadRelation, payloadSubscriber } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class MessageFilterMutationResolver {
  @Requires('guardian:write')
  @Mutation(() => CreateMessageFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates the message filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (messages flag off) ' +
      'or FILTER_EXISTS (the number has one).',
  })
  createMessageFilter(
    @Arg('input', () => CreateMessageFilterInput, { description: 'The subscriber, the number and the settings.' }) input: CreateMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateMessageFilterPayload> {
    return writes.guardianFilters.createMessageFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => UpdateMessageFilterPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Changes a message filter’s settings (mode INACTIVE pauses it); what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS.',
  })
  updateMessageFilter(
    @Arg('input', () => UpdateMessageFilterInput, { description: 'The filter and what to change.' }) input: UpdateMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateMessageFilterPayload> {
    return writes.guardianFilters.updateMessageFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => DeleteMessageFilterPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Deletes a message filter for good, with its lists and keywords.' })
  deleteMessageFilter(
    @Arg('input', () => DeleteMessageFilterInput, { description: 'The subscriber and its filter.' }) input: DeleteMessageFilterInput,
    @Ctx() { writes }: Context,
  ): Promise<DeleteMessageFilterPayload> {
    return writes.guardianFilters.deleteMessageFilter(input);
  }

  @Requires('guardian:write')
  @Mutation(() => AddMessageFilterContactsPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Puts contacts on the allowed or the blocked list of a message filter; the change acts on the next message.',
  })
  addMessageFilterContacts(
    @Arg('input', () => AddMessageFilterContactsInput, { description: 'The filter, the list and the contacts.' }) input: AddMessageFilterContactsInput,
    @Ctx() { writes }: Context,
  ): Promise<AddMessageFilterContactsPayload> {
    return writes.guardianFilters.changeMessageFilterContacts('add', input);
  }

  @Requires('guardian:write')
  @Mutation(() => RemoveMessageFilterContactsPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Takes contacts off the allowed or the blocked list of a message filter; every one must be on it, or nothing changes.',
  })
  removeMessageFilterContacts(
    @Arg('input', () => RemoveMessageFilterContactsInput, { description: 'The filter, the list and the contacts.' }) input: RemoveMessageFilterContactsInput,
    @Ctx() { writes }: Context,
  ): Promise<RemoveMessageFilterContactsPayload> {
    return writes.guardianFilters.changeMessageFilterContacts('remove', input);
  }
}

/** `messageFilter` of a list change: the filter as its subscriber's filters show it now; null once it is gone. */
const messageFilterAfterChange = <P extends { subscriberId: string; filterId: string }>(payload: new () => P) =>
  payloadRelation(payload, { name: 'messageFilter', type: MessageFilter, description: 'The filter as it is now, both lists included.' }, async (root, { loaders }) =>
    (await loaders.messageFiltersBySubscriberId.load(root.subscriberId)).find((f) => f.id === root.filterId) ?? null,
  );

export const MESSAGE_FILTER_PAYLOAD_RESOLVERS = [
  payloadSubscriber(CreateMessageFilterPayload, 'The subscriber, whose Guardian now lists the filter.'),
  payloadSubscriber(DeleteMessageFilterPayload, 'The subscriber the filter belonged to.'),
  messageFilterAfterChange(AddMessageFilterContactsPayload),
  messageFilterAfterChange(RemoveMessageFilterContactsPayload),
] as const;
