import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CreateWebhookInput, DeleteWebhookInput, UpdateWebhookInput } from '../schema/webhook.input';
import { CreateWebhookPayload, DeleteWebhookPayload, UpdateWebhookPayload } from '../schema/webhook.payload';
import { payloadAccount } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class WebhookMutationResolver {
  @Requires('admin')
  @Mutation(() => CreateWebhookPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Subscribes an https URL to account events (order updates, inbound SMS, receipts, calls).' })
  createWebhook(@Arg('input', () => CreateWebhookInput, { description: 'The webhook to create.' }) input: CreateWebhookInput, @Ctx() { writes }: Context): Promise<CreateWebhookPayload> {
    return writes.webhooks.create(input);
  }

  @Requires('admin')
  @Mutation(() => UpdateWebhookPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a webhook’s URL, events, format or authentication.' })
  updateWebhook(@Arg('input', () => UpdateWebhookInput, { description: 'The webhook and what to change.' }) input: UpdateWebhookInput, @Ctx() { writes }: Context): Promise<UpdateWebhookPayload> {
    return writes.webhooks.update(input);
  }

  @Requires('admin')
  @Mutation(() => DeleteWebhookPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Deletes a webhook; its deliveries stop.' })
  deleteWebhook(@Arg('input', () => DeleteWebhookInput, { description: 'The webhook to delete.' }) input: DeleteWebhookInput, @Ctx() { writes }: Context): Promise<DeleteWebhookPayload> {
    return writes.webhooks.delete(input);
  }
}

/** The `account` field of every webhook payload. */
export const WEBHOOK_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateWebhookPayload, 'The account whose events it delivers; its webhooks include it.'),
  payloadAccount(UpdateWebhookPayload, 'The account whose events it delivers.'),
  payloadAccount(DeleteWebhookPayload, 'The account it belonged to; its webhooks no longer include it.'),
];
