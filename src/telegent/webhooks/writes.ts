import type { CallbackAuthenticationInput } from '../../graph/schema/callback-authentication.input';
import { AuthenticationType } from '../../graph/schema/route.enum';
import type { WebhookEvent } from '../../graph/schema/webhook.enum';
import type { CreateWebhookInput, DeleteWebhookInput, UpdateWebhookInput } from '../../graph/schema/webhook.input';
import type { CreateWebhookPayload, DeleteWebhookPayload, UpdateWebhookPayload } from '../../graph/schema/webhook.payload';
import type { TelegentClient } from '../client';
import type { RequestPriority } from '../rate-limiter';
import { UPSTREAM_AUTHENTICATION_TYPE } from '../routes/mappers';
import { type WriteContext, runWrite } from '../write';
import { type RawWebhook, UPSTREAM_WEBHOOK_DATA_FORMAT, UPSTREAM_WEBHOOK_EVENT, UPSTREAM_WEBHOOK_METHOD, toWebhook } from './mappers';
import { listWebhooks } from './reads';

/** `SubscribedEvents`: one comma-separated string (`"Order_Update, New_Sms"`). */
const subscribedEvents = (events: WebhookEvent[]): string => events.map((event) => UPSTREAM_WEBHOOK_EVENT[event]).join(', ');

/**
 * The authentication fields of a webhook. The create page names bearer authentication `Token`,
 * the update page `Bearer` (REFERENCE.md §3.16): each call uses its own page's word.
 */
function webhookAuthentication(auth: CallbackAuthenticationInput | null | undefined, bearerWord: 'Token' | 'Bearer'): Record<string, string | undefined> {
  if (!auth) return {};
  return {
    AuthenticationType: auth.type === AuthenticationType.BEARER ? bearerWord : UPSTREAM_AUTHENTICATION_TYPE[auth.type],
    AuthenticationUsername: auth.username ?? undefined,
    AuthenticationPassword: auth.password ?? undefined,
    AuthenticationToken: auth.token ?? undefined,
  };
}

/** A webhook to create: what `createWebhook` takes, without its validation. */
export type NewWebhook = Omit<CreateWebhookInput, 'validate'>;

/**
 * POST /webhook/create: the one place its body is built, for the `createWebhook` mutation and the
 * gateway's own order webhooks (which send at the background priority). Only sends: a mutation
 * runs it through `runWrite`.
 */
export function createWebhook(client: TelegentClient, webhook: NewWebhook, priority?: RequestPriority): Promise<RawWebhook> {
  return client.post<RawWebhook>(
    '/webhook/create',
    {
      AccountId: webhook.accountId ?? undefined,
      WebhookUrl: webhook.url,
      Method: UPSTREAM_WEBHOOK_METHOD[webhook.method],
      DataFormat: UPSTREAM_WEBHOOK_DATA_FORMAT[webhook.dataFormat],
      SubscribedEvents: subscribedEvents(webhook.events),
      ...webhookAuthentication(webhook.authentication, 'Token'),
    },
    { priority },
  );
}

/** Account webhooks (REFERENCE.md §3.16). */
export class WebhookWrites {
  constructor(private readonly ctx: WriteContext) {}

  async create(input: CreateWebhookInput): Promise<CreateWebhookPayload> {
    const webhook = toWebhook(
      await runWrite(this.ctx, {
        operation: 'createWebhook',
        changes: () => [],
        targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' } },
        send: () => createWebhook(this.ctx.client, input),
      }),
    );
    return { webhook, accountId: webhook.accountId };
  }

  async update(input: UpdateWebhookInput): Promise<UpdateWebhookPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateWebhook',
      changes: () => [],
      targets: { webhooks: [input.webhookId] },
      send: () =>
        this.ctx.client.post<RawWebhook>('/webhook/update', {
          WebhookId: input.webhookId,
          WebhookUrl: input.url ?? undefined,
          Method: input.method ? UPSTREAM_WEBHOOK_METHOD[input.method] : undefined,
          DataFormat: input.dataFormat ? UPSTREAM_WEBHOOK_DATA_FORMAT[input.dataFormat] : undefined,
          SubscribedEvents: input.events ? subscribedEvents(input.events) : undefined,
          ...webhookAuthentication(input.authentication, 'Bearer'),
        }),
    });
    const webhook = toWebhook(raw);
    return { webhook, accountId: webhook.accountId };
  }

  /** Deletes a webhook; its account is read first, as the delete answer does not name it. */
  async delete(input: DeleteWebhookInput): Promise<DeleteWebhookPayload> {
    const hook = await listWebhooks(this.ctx.client).then((hooks) => hooks.find((h) => h.WebhookId === input.webhookId), () => undefined);
    await runWrite(this.ctx, {
      operation: 'deleteWebhook',
      changes: () => [],
      targets: { webhooks: [input.webhookId] },
      send: () => this.ctx.client.post('/webhook/delete', { WebhookId: input.webhookId }),
    });
    return { deletedId: input.webhookId, accountId: hook?.AccountId ?? null };
  }
}
