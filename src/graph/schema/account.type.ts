import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description:
    'A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. ' +
    'Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the ' +
    'subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through ' +
    'the accounts created or updated through the gateway.',
})
export class Account extends Node {
  @Field(() => String, { nullable: true, description: 'Display name of the family or business (Telegent’s CompanyName / AccountName).' })
  name!: string | null;
}
