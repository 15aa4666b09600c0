import DataLoader from 'dataloader';
import type { GuardianRelation } from '../../graph/schema/guardian.type';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import { notFound, nullWhenNotFound } from '../../errors';
import { sameSubscriber, subscriberKey } from '../../ids';
import type { TelegentClient } from '../client';
import { fewOrListLoader, keysWithin, lookupWithin, shared } from '../loader-factories';
import type { Reach } from '../reach';
import { type Collection, entryOf, fetchPages } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import { type Snapshot, memoPerRecord } from '../read-cache/snapshot';
import { type RawDistributorSubscribers, type RawSubscriber, toSubscriber } from './mappers';

/** The largest page Telegent serves (sandbox README): fewer pages, fewer calls. */
const SUBSCRIBERS_PAGE = 500;

export function getSubscriber(client: TelegentClient, subscriberId: string): Promise<RawSubscriber> {
  return client.get<RawSubscriber>('/subscribers/get', { SubscriberId: subscriberId });
}

/** Every subscriber of every account of the distributor, page by page: the read cache's directory. */
export const SUBSCRIBER_DIRECTORY: Collection<RawSubscriber> = {
  kind: 'subscribers',
  fetch: (client, _param, beforeCall) =>
    fetchPages(SUBSCRIBERS_PAGE, beforeCall, async (page) => {
      const reply = await client.get<RawDistributorSubscribers>('/distributor/subscribers', { PageNumber: page, TotalPerPage: SUBSCRIBERS_PAGE });
      return { rows: reply.Results, total: reply.TotalSubscribers };
    }),
  idOf: (subscriber) => subscriber.SubscriberId,
  fetchOne: (client, _param, id) => getSubscriber(client, id).catch(nullWhenNotFound),
};

/** The directory entry every read and write names. */
export const DIRECTORY = entryOf(SUBSCRIBER_DIRECTORY);

/** Every subscriber of the distributor, read now from the upstream (all pages), bypassing the cache: for reconciling a lost answer. */
export async function listDistributorSubscribers(client: TelegentClient): Promise<RawSubscriber[]> {
  return (await SUBSCRIBER_DIRECTORY.fetch(client, '', async () => undefined)).flat();
}

/** A subscriber as Telegent sends it and as the graph serves it (accounts are read from the former). */
export interface DirectoryEntry {
  raw: RawSubscriber;
  model: Subscriber;
}

/** The directory as the graph reads it, built once per snapshot. */
export interface Directory {
  entries: readonly DirectoryEntry[];
  /** By `subscriberKey`: the legacy `SID-` form finds the subscriber too. */
  byId: ReadonlyMap<string, Subscriber>;
  byAccount: ReadonlyMap<string, readonly Subscriber[]>;
}

const toEntry = memoPerRecord((raw: RawSubscriber): DirectoryEntry => ({ raw, model: toSubscriber(raw) }));

export function directoryOf(snapshot: Snapshot<RawSubscriber>): Directory {
  return snapshot.derive('directory', (s) => {
    const entries = s.list().map(toEntry);
    const byId = new Map<string, Subscriber>();
    const byAccount = new Map<string, Subscriber[]>();
    for (const { model } of entries) {
      byId.set(subscriberKey(model.id), model);
      if (model.accountId === null) continue;
      const group = byAccount.get(model.accountId);
      if (group) group.push(model);
      else byAccount.set(model.accountId, [model]);
    }
    return { entries, byId, byAccount };
  });
}

/**
 * `guardianChildrenOf` (unfiltered, from the Guardian area) names a subscriber principal's
 * Guardian children, whose profiles are within its reach.
 */
export function createSubscriberLoaders(client: TelegentClient, cache: CacheView, reach: Reach, guardianChildrenOf: DataLoader<string, GuardianRelation[]>) {
  const subscriberDirectory = shared(async () => directoryOf(await cache.read(DIRECTORY)));
  /** A subscriber principal's Guardian children (none for other roles, or when it has no relations). */
  const childrenOfSelf = async (): Promise<string[]> =>
    reach.self === null ? [] : ((await guardianChildrenOf.load(reach.self).catch(nullWhenNotFound)) ?? []).map((r) => r.childSubscriberId);
  const anySubscriberById = fewOrListLoader<Subscriber, Snapshot<RawSubscriber>>(
    (few) => (few ? cache.peek(DIRECTORY) : cache.read(DIRECTORY)),
    (held, id) => directoryOf(held).byId.get(subscriberKey(id)) ?? notFound(`Subscriber ${id}`),
    async (id) => toSubscriber(await getSubscriber(client, id)),
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
    subscribersByAccountId: keysWithin(
      reach,
      new DataLoader<string, Subscriber[]>(async (ids) => {
        const { byAccount } = await subscriberDirectory();
        return ids.map((id) => [...(byAccount.get(id) ?? [])]);
      }),
      (ids) => ids.map((id) => reach.account(id)),
      () => [],
    ),
  };
}
