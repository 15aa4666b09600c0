import { Field, ID, ObjectType } from 'type-graphql';
import { MessageFilter } from './guardian.type';

@ObjectType({ description: 'The result of createMessageFilter.' })
export class CreateMessageFilterPayload {
  @Field(() => MessageFilter, { description: 'The new filter.' })
  messageFilter!: MessageFilter;

  /** For `subscriber`. */
  subscriberId!: string;
}

@ObjectType({ description: 'The result of updateMessageFilter.' })
export class UpdateMessageFilterPayload {
  @Field(() => MessageFilter, { description: 'The filter as it is now.' })
  messageFilter!: MessageFilter;
}

@ObjectType({ description: 'The result of deleteMessageFilter.' })
export class DeleteMessageFilterPayload {
  @Field(() => ID, { description: 'The ID of the filter deleted (MFID-…).' })
  deletedId!: string;

  /** For `subscriber`. */
  subscriberId!: string;
}

/** What both list changes answer: the filter, read after the change. */
export class MessageFilterListChangePayload {
  /** For `messageFilter`. */
  filterId!: string;
  subscriberId!: string;
}

@ObjectType({ description: 'The result of addMessageFilterContacts.' })
export class AddMessageFilterContactsPayload extends MessageFilterListChangePayload {}

@ObjectType({ description: 'The result of removeMessageFilterContacts.' })
export class RemoveMessageFilterContactsPayload extends MessageFilterListChangePayload {}
