import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context';
import { DeliveryReceipt } from '../schema/delivery-receipt.type';
import { checkE164 } from '../schema/input-rules';
import { Message } from '../schema/message.type';
import { Requires } from '../access';

type Subscribe<A> = SubscribeResolverData<unknown, A, Context>;

/** The argument's rule, checked before the number is read (custom `subscribe`s get their arguments unchecked). */
function phoneNumberArg(args: { phoneNumber: string }): string {
  checkE164(args.phoneNumber, 'phoneNumber');
  return args.phoneNumber;
}

const PHONE_NUMBER = { description: 'One of your numbers, in E.164 (e.g. +18015551234).' };

@Resolver()
export class MessageSubscriptionResolver {
  @Requires('read')
  @Subscription(() => Message, {
    description:
      'Inbound SMS/MMS to one of your numbers, as Telegent delivers them to the number’s message route, which must point at ' +
      'this gateway (createGatewayMessageRoute or pointMessageRouteAtGateway). BAD_USER_INPUT for a number not in E.164, ' +
      'NOT_FOUND for a number you cannot see, MESSAGE_ROUTE_NOT_AT_GATEWAY (extensions.reason, messageRouteId) for a number ' +
      'whose route does not deliver to the gateway.',
    subscribe: ({ args, context }: Subscribe<{ phoneNumber: string }>) => context.messageStreams.received(phoneNumberArg(args), context.loaders),
  })
  messageReceived(@Root() message: Message, @Arg('phoneNumber', PHONE_NUMBER) _phoneNumber: string): Message {
    return message;
  }

  @Requires('read')
  @Subscription(() => DeliveryReceipt, {
    description:
      'Delivery receipts of the messages one of your numbers sends (SENT, then DELIVERED, or FAILED/UNDELIVERED), as Telegent ' +
      'delivers them to the number’s message route, whose receipts must go to this gateway (createGatewayMessageRoute with ' +
      'receipts, or pointMessageRouteAtGateway). BAD_USER_INPUT for a number not in E.164, NOT_FOUND for a number you cannot see, ' +
      'MESSAGE_ROUTE_NOT_AT_GATEWAY (extensions.reason, messageRouteId) for a number whose receipts do not come to the gateway.',
    subscribe: ({ args, context }: Subscribe<{ phoneNumber: string }>) => context.messageStreams.statuses(phoneNumberArg(args), context.loaders),
  })
  messageStatusChanged(@Root() receipt: DeliveryReceipt, @Arg('phoneNumber', PHONE_NUMBER) _phoneNumber: string): DeliveryReceipt {
    return receipt;
  }
}
