import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An account webhook: Telegent POSTs the subscribed events (Order_Update, New_Sms, …) to its URL. Its credentials are never exposed.', simpleResolvers: true })
export class Webhook {
  @Field({ description: 'The webhook ID (WID-).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Where events are delivered.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'POST or PUT.' })
  method!: string | null;

  @Field(() => String, { nullable: true, description: 'json or xml.' })
  dataFormat!: string | null;

  @Field(() => String, { nullable: true, description: 'None, Basic or Token/Bearer.' })
  authenticationType!: string | null;

  @Field(() => [String], { description: 'The events delivered, e.g. Order_Update, New_Sms.' })
  events!: string[];

  @Field({ description: 'Whether deliveries happen.' })
  active!: boolean;

  /** The owning account, for `Account.webhooks`. */
  accountId!: string | null;
}
