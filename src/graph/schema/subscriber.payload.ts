import { Field, ObjectType } from 'type-graphql';
import { Subscriber } from './subscriber.type';

@ObjectType({ description: 'The result of createSubscriber.' })
export class CreateSubscriberPayload {
  @Field(() => Subscriber, { description: 'The new subscriber (its account and numbers read as they are now).' })
  subscriber!: Subscriber;
}

@ObjectType({ description: 'The result of updateSubscriber.' })
export class UpdateSubscriberPayload {
  @Field(() => Subscriber, { description: 'The subscriber as it is now.' })
  subscriber!: Subscriber;
}

@ObjectType({ description: 'The result of transferSubscriber: the subscriber and both accounts, whose subscriber and number lists changed.' })
export class TransferSubscriberPayload {
  @Field(() => Subscriber, { description: 'The subscriber, now in the destination account.' })
  subscriber!: Subscriber;

  /** For `fromAccount` and `toAccount`. */
  fromAccountId!: string;
  toAccountId!: string;
}

@ObjectType({ description: 'The result of assignNumbers: the subscriber and the numbers named.' })
export class AssignNumbersPayload {
  @Field(() => Subscriber, { description: 'The subscriber, with its whole set of numbers.' })
  subscriber!: Subscriber;

  /** The numbers named in the input, for `numbers`. */
  requested!: string[];
}

@ObjectType({ description: 'The result of unassignNumbers: the subscriber and the numbers named, now unassigned.' })
export class UnassignNumbersPayload {
  @Field(() => Subscriber, { description: 'The subscriber, with the numbers it keeps.' })
  subscriber!: Subscriber;

  /** The numbers named in the input, for `numbers`. */
  requested!: string[];
}
