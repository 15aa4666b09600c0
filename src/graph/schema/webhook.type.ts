import { Field, ObjectType } from 'type-graphql';
import { AuthenticationType } from './route.enum';
import { WebhookDataFormat, WebhookEvent, WebhookMethod } from './webhook.enum';

@ObjectType({ description: 'An account webhook: Telegent delivers the subscribed events (ORDER_UPDATE, NEW_SMS, …) to its URL. Its credentials are never exposed.', simpleResolvers: true })
export class Webhook {
  @Field({ description: 'The webhook ID (WID-).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Where events are delivered.' })
  url!: string | null;

  @Field(() => WebhookMethod, { nullable: true, description: 'POST or PUT.' })
  method!: WebhookMethod | null;

  @Field(() => WebhookDataFormat, { nullable: true, description: 'JSON or XML.' })
  dataFormat!: WebhookDataFormat | null;

  @Field(() => AuthenticationType, { nullable: true, description: 'How Telegent authenticates to the URL (Telegent’s Token is BEARER).' })
  authenticationType!: AuthenticationType | null;

  @Field(() => [WebhookEvent], { description: 'The events delivered.' })
  events!: WebhookEvent[];

  @Field({ description: 'Whether deliveries happen.' })
  active!: boolean;

  /** The owning account, for `Account.webhooks`. */
  accountId!: string | null;
}
