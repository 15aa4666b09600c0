import type { Subscriber } from '../../graph/schema/subscriber.type';
import type { TelegentClient } from '../client';
import { fewOrListLoader, groupLoader, indexLoader, sharedList } from '../loader-factories';
import { type RawDistributorSubscribers, type RawSubscriber, toSubscriber } from './mappers';

/** The largest page Telegent serves (sandbox README): fewer pages, fewer calls. */
const SUBSCRIBERS_PAGE = 500;

/** Every subscriber of every account of the distributor (all pages). */
export async function listDistributorSubscribers(client: TelegentClient): Promise<RawSubscriber[]> {
  const all: RawSubscriber[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await client.get<RawDistributorSubscribers>('/distributor/subscribers', { PageNumber: page, TotalPerPage: SUBSCRIBERS_PAGE });
    all.push(...reply.Results);
    if (reply.Results.length < SUBSCRIBERS_PAGE || all.length >= reply.TotalSubscribers) return all;
  }
}

export function getSubscriber(client: TelegentClient, subscriberId: string): Promise<RawSubscriber> {
  return client.get<RawSubscriber>('/subscribers/get', { SubscriberId: subscriberId });
}

/** A subscriber as Telegent sends it and as the graph serves it (accounts are read from the former). */
export interface DirectoryEntry {
  raw: RawSubscriber;
  model: Subscriber;
}

export function createSubscriberLoaders(client: TelegentClient) {
  const subscriberDirectory = sharedList(async (): Promise<DirectoryEntry[]> =>
    (await listDistributorSubscribers(client)).map((raw) => ({ raw, model: toSubscriber(raw) })),
  );
  const subscribers = sharedList(async () => (await subscriberDirectory()).map(({ model }) => model));
  return {
    subscriberDirectory,
    /** A few ids: one call each; more: the distributor's directory (paged, usually one call). */
    subscriberById: fewOrListLoader(
      async (id) => toSubscriber(await getSubscriber(client, id)),
      indexLoader(subscribers, (s) => s.id, 'Subscriber'),
    ),
    subscribersByAccountId: groupLoader(subscribers, (s) => s.accountId),
  };
}
