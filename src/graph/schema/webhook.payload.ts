import { Field, ID, ObjectType } from 'type-graphql';
import { Webhook } from './webhook.type';

@ObjectType({ description: 'The result of createWebhook.' })
export class CreateWebhookPayload {
  @Field(() => Webhook, { description: 'The new webhook.' })
  webhook!: Webhook;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of updateWebhook.' })
export class UpdateWebhookPayload {
  @Field(() => Webhook, { description: 'The webhook as it is now.' })
  webhook!: Webhook;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of deleteWebhook.' })
export class DeleteWebhookPayload {
  @Field(() => ID, { description: 'The ID of the deleted webhook.' })
  deletedId!: string;

  accountId!: string | null;
}
