import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Message } from '../schema/message.type';
import { PhoneNumber } from '../schema/phone-number.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { SendMessageInput } from '../schema/send-message.input';
import { SendMessagePayload } from '../schema/send-message.payload';
import { numberNow, payloadRelation } from './payload-relations';
import { Requires } from '../access';

@Resolver(() => SendMessagePayload)
export class MessageMutationResolver {
  @Requires('messages:send')
  @Mutation(() => SendMessagePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Sends an SMS (or an MMS, with media) from a platform number to one or more recipients; it costs money. With an ' +
      'idempotency key a retry never sends twice: it returns the first result, waits for it while it runs, or, after ' +
      'UPSTREAM_OUTCOME_UNKNOWN, finds the send in the number’s messages. A number that cannot send is SENDER_CANNOT_MESSAGE.',
  })
  sendMessage(@Arg('input', () => SendMessageInput, { description: 'What to send, from which number, to whom.' }) input: SendMessageInput, @Ctx() { writes }: Context): Promise<SendMessagePayload> {
    return writes.messages.send(input);
  }

  @FieldResolver(() => [Message], {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'One message per recipient, in the order of `to`, as Telegent’s message search shows them now (one upstream read). ' +
      'Telegent’s search may lag a few minutes: a message it does not show yet is left out.',
  })
  messages(@Root() payload: SendMessagePayload, @Ctx() { loaders }: Context): Promise<Message[]> {
    return loaders.messagesOfSend.load(payload.send);
  }
}

/** The `sender` field of the send payload. */
export const MESSAGE_PAYLOAD_RESOLVERS = [
  payloadRelation(SendMessagePayload, { name: 'sender', type: PhoneNumber, description: 'The sending number.' }, (root, context) => numberNow(context, root.send.from)),
];
