import type { Logger } from 'pino';
import { RequestPriority } from '../telegent/rate-limiter';
import type { TelegentClient } from '../telegent/client';
import { listDistributorSubscribers } from '../telegent/subscribers/reads';
import { listWebhooks } from '../telegent/webhooks/reads';
import { createWebhook } from '../telegent/webhooks/writes';
import { AuthenticationType } from '../graph/schema/route.enum';
import { WebhookDataFormat, WebhookEvent, WebhookMethod } from '../graph/schema/webhook.enum';

export interface OrderWebhookRegistration {
  /** Accounts that got a new webhook now. */
  registered: string[];
  /** Accounts that already had one pointing at the gateway. */
  present: string[];
}

/**
 * Makes sure every account the distributor's subscriber list names has an active webhook that
 * sends `Order_Update` to the gateway's receiver, authenticated with `token`. Account webhooks are
 * per account (REFERENCE.md §3.16); an existing one with the same URL is taken as the gateway's.
 * Its writes run at the background priority, never in the way of a query; its two reads are
 * ordinary ones (shared with any query reading the same lists at that moment).
 */
export async function registerOrderWebhooks(
  { client, logger }: { client: TelegentClient; logger: Logger },
  receiverUrl: string,
  token: string,
): Promise<OrderWebhookRegistration> {
  const [subscribers, hooks] = await Promise.all([listDistributorSubscribers(client), listWebhooks(client)]);
  const accounts = [...new Set(subscribers.flatMap((s) => (s.Account?.AccountId ? [s.Account.AccountId] : [])))];
  const covered = new Set(
    hooks
      .filter((hook) => hook.Active && hook.WebhookUrl === receiverUrl && /(^|,)\s*order_update\s*(,|$)/i.test(hook.SubscribedEvents ?? ''))
      .flatMap((hook) => (hook.AccountId ? [hook.AccountId] : [])),
  );
  const result: OrderWebhookRegistration = { registered: [], present: [] };
  for (const accountId of accounts) {
    if (covered.has(accountId)) {
      result.present.push(accountId);
      continue;
    }
    await createWebhook(
      client,
      {
        accountId,
        url: receiverUrl,
        method: WebhookMethod.POST,
        dataFormat: WebhookDataFormat.JSON,
        events: [WebhookEvent.ORDER_UPDATE],
        authentication: { type: AuthenticationType.BEARER, token },
      },
      RequestPriority.Background,
    );
    result.registered.push(accountId);
  }
  logger.info({ receiverUrl, registered: result.registered.length, present: result.present.length }, 'order webhooks');
  return result;
}
