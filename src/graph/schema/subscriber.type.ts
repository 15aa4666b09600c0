import { EmailAddressResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { SubscriberRole } from './enums';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A person (or service identity) of an account, holding numbers and subscriptions.' })
export class Subscriber extends Node {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => EmailAddressResolver, { description: 'E-mail address, unique across the whole platform.' })
  email!: string;

  @Field(() => SubscriberRole, { description: 'What the subscriber may do in its account.' })
  role!: SubscriberRole;

  /** Foreign key for `Subscriber.account`. */
  accountId!: string | null;
}
