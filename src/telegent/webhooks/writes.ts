import type { CallbackAuthenticationInput } from '../../graph/schema/callback-authentication.input';
import { AuthenticationType } from '../../graph/schema/route.enum';
import type { WebhookEvent } from '../../graph/schema/webhook.enum';
import type { CreateWebhookInput, UpdateWebhookInput } from '../../graph/schema/webhook.input';
import { type RawWebhook, UPSTREAM_WEBHOOK_DATA_FORMAT, UPSTREAM_WEBHOOK_EVENT, UPSTREAM_WEBHOOK_METHOD } from './mappers';
import { UPSTREAM_AUTHENTICATION_TYPE } from '../routes/mappers';
import { type WriteContext, performWrite } from '../write';
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

/** Account webhooks (REFERENCE.md §3.16). */
export class WebhookWrites {
  constructor(private readonly ctx: WriteContext) {}

  create(input: CreateWebhookInput): Promise<RawWebhook> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawWebhook>('/webhook/create', {
        AccountId: input.accountId ?? undefined,
        WebhookUrl: input.url,
        Method: UPSTREAM_WEBHOOK_METHOD[input.method],
        DataFormat: UPSTREAM_WEBHOOK_DATA_FORMAT[input.dataFormat],
        SubscribedEvents: subscribedEvents(input.events),
        ...webhookAuthentication(input.authentication, 'Token'),
      }),
    );
  }

  update(input: UpdateWebhookInput): Promise<RawWebhook> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawWebhook>('/webhook/update', {
        WebhookId: input.webhookId,
        WebhookUrl: input.url ?? undefined,
        Method: input.method ? UPSTREAM_WEBHOOK_METHOD[input.method] : undefined,
        DataFormat: input.dataFormat ? UPSTREAM_WEBHOOK_DATA_FORMAT[input.dataFormat] : undefined,
        SubscribedEvents: input.events ? subscribedEvents(input.events) : undefined,
        ...webhookAuthentication(input.authentication, 'Bearer'),
      }),
    );
  }

  /** Deletes a webhook; its account is read first, as the delete answer does not name it. */
  async delete(webhookId: string): Promise<{ deletedId: string; accountId: string | null }> {
    const hook = await listWebhooks(this.ctx.client).then((hooks) => hooks.find((h) => h.WebhookId === webhookId), () => undefined);
    await performWrite(this.ctx, () => this.ctx.client.post('/webhook/delete', { WebhookId: webhookId }));
    return { deletedId: webhookId, accountId: hook?.AccountId ?? null };
  }
}
