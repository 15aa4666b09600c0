/** Webhooks: account event subscriptions (REFERENCE.md §3.16). */

import { WebhookEvent, WebhookMethod, WebhookDataFormat } from '../../graph/schema/webhook.enum';
import type { Webhook } from '../../graph/schema/webhook.type';
import { TOKEN_IS_BEARER, UPSTREAM_AUTHENTICATION_TYPE } from '../routes/mappers';
import { enumFromUpstream } from '../enums';

export const UPSTREAM_WEBHOOK_EVENT: Record<WebhookEvent, string> = {
  [WebhookEvent.ORDER_UPDATE]: 'Order_Update',
  [WebhookEvent.NEW_SMS]: 'New_Sms',
  [WebhookEvent.MESSAGE_STATUS]: 'Message_Status',
  [WebhookEvent.CALL_COMPLETED]: 'Call_Completed',
  [WebhookEvent.CALL_ON_HOLD]: 'Call_On_Hold',
  [WebhookEvent.CALL_RECORDING]: 'Call_Recording',
  [WebhookEvent.CALL_IN_PROGRESS]: 'Call_In_Progress',
  [WebhookEvent.CALL_RINGING]: 'Call_Ringing',
};

export const UPSTREAM_WEBHOOK_METHOD: Record<WebhookMethod, string> = { [WebhookMethod.POST]: 'POST', [WebhookMethod.PUT]: 'PUT' };

export const UPSTREAM_WEBHOOK_DATA_FORMAT: Record<WebhookDataFormat, string> = { [WebhookDataFormat.JSON]: 'json', [WebhookDataFormat.XML]: 'xml' };

export interface RawWebhook {
  WebhookId: string;
  AccountId?: string | null;
  WebhookUrl?: string | null;
  Method?: string | null;
  DataFormat?: string | null;
  AuthenticationType?: string | null;
  SubscribedEvents?: string | null;
  Active: boolean;
}

/** `SubscribedEvents` is one comma-separated string (`"Order_Update, New_Sms"`); `New_SMS` is the same event. */
export function toWebhookEvents(subscribed: string | null | undefined): WebhookEvent[] {
  return (subscribed ?? '')
    .split(',')
    .map((name) => enumFromUpstream(UPSTREAM_WEBHOOK_EVENT, name))
    .filter((event): event is WebhookEvent => event !== null);
}

export function toWebhook(raw: RawWebhook): Webhook {
  return {
    id: raw.WebhookId,
    accountId: raw.AccountId ?? null,
    url: raw.WebhookUrl ?? null,
    method: enumFromUpstream(UPSTREAM_WEBHOOK_METHOD, raw.Method),
    dataFormat: enumFromUpstream(UPSTREAM_WEBHOOK_DATA_FORMAT, raw.DataFormat),
    authenticationType: enumFromUpstream(UPSTREAM_AUTHENTICATION_TYPE, raw.AuthenticationType, TOKEN_IS_BEARER),
    events: toWebhookEvents(raw.SubscribedEvents),
    active: raw.Active,
  };
}
