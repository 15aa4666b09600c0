import type { TelegentClient } from '../client';
import { type SharedList, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawWebhook, toWebhook } from './mappers';

export function listWebhooks(client: TelegentClient): Promise<RawWebhook[]> {
  return client.get<RawWebhook[]>('/account/webhooks');
}

/** Webhooks are the operator's: any other principal gets none, and nothing is read for it. */
export function createWebhookLoaders(client: TelegentClient, reach: Reach) {
  const none: SharedList<ReturnType<typeof toWebhook>> = async () => [];
  return { webhooks: reach.webhooks ? sharedList(async () => (await listWebhooks(client)).map(toWebhook)) : none };
}
