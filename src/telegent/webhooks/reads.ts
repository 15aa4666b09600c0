import type { TelegentClient } from '../client';
import { sharedList } from '../loader-factories';
import { type RawWebhook, toWebhook } from './mappers';

export function listWebhooks(client: TelegentClient): Promise<RawWebhook[]> {
  return client.get<RawWebhook[]>('/account/webhooks');
}

export function createWebhookLoaders(client: TelegentClient) {
  return { webhooks: sharedList(async () => (await listWebhooks(client)).map(toWebhook)) };
}
