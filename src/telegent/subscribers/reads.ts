import type DataLoader from 'dataloader';
import type { GuardianRelation } from '../../graph/schema/guardian.type';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import { notFound, nullWhenNotFound } from '../../errors';
import { sameSubscriber } from '../../ids';
import type { TelegentClient } from '../client';
import { fewOrListLoader, groupLoader, indexLoader, keysWithin, lookupWithin, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
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

/**
 * `guardianChildrenOf` (unfiltered, from the Guardian area) names a subscriber principal's
 * Guardian children, whose profiles are within its reach.
 */
export function createSubscriberLoaders(client: TelegentClient, reach: Reach, guardianChildrenOf: DataLoader<string, GuardianRelation[]>) {
  const subscriberDirectory = sharedList(async (): Promise<DirectoryEntry[]> =>
    (await listDistributorSubscribers(client)).map((raw) => ({ raw, model: toSubscriber(raw) })),
  );
  const subscribers = sharedList(async () => (await subscriberDirectory()).map(({ model }) => model));
  /** A subscriber principal's Guardian children (none for other roles, or when it has no relations). */
  const childrenOfSelf = async (): Promise<string[]> =>
    reach.self === null ? [] : ((await guardianChildrenOf.load(reach.self).catch(nullWhenNotFound)) ?? []).map((r) => r.childSubscriberId);
  /** A few ids: one call each; more: the distributor's directory (paged, usually one call). */
  const anySubscriberById = fewOrListLoader(
    async (id) => toSubscriber(await getSubscriber(client, id)),
    indexLoader(subscribers, (s) => s.id, 'Subscriber'),
  );
  // The Guardian children are read only when something other than the principal itself is asked for.
  const profileWithinReach = async (found: readonly Subscriber[]): Promise<boolean[]> => {
    const children = found.every((s) => reach.subscriber(s)) ? [] : await childrenOfSelf();
    return found.map((s) => reach.profile(s, children));
  };
  return {
    subscriberDirectory,
    /**
     * Profiles within reach; any other answers as an unknown ID. A subscriber principal's other IDs
     * are refused before any read: only itself and its Guardian children can be within its reach.
     */
    subscriberById: keysWithin(
      reach,
      lookupWithin(reach, anySubscriberById, profileWithinReach, 'Subscriber'),
      async (ids) => {
        if (reach.self === null) return ids.map(() => true);
        const children = ids.every((id) => reach.isSelf(id)) ? [] : await childrenOfSelf();
        return ids.map((id) => reach.isSelf(id) || children.some((child) => sameSubscriber(child, id)));
      },
      (id) => notFound(`Subscriber ${id}`),
    ),
    subscribersByAccountId: keysWithin(reach, groupLoader(subscribers, (s) => s.accountId), (ids) => ids.map((id) => reach.account(id)), () => []),
  };
}
