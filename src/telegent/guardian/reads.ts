import DataLoader from 'dataloader';
import type { GuardianRelation } from '../../graph/schema/guardian.type';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import { notFound } from '../../errors';
import type { TelegentClient } from '../client';
import { answered, groupLoader, indexLoader, keysWithin, lookupWithin, perKeyLoader, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import {
  type RawCallFilter,
  type RawGuardianFeatures,
  type RawGuardianRelation,
  type RawMessageFilter,
  toCallFilter,
  toGuardianFeatures,
  toGuardianRelation,
  toMessageFilter,
} from './mappers';

export function getGuardianFeatures(client: TelegentClient, subscriberId: string): Promise<RawGuardianFeatures> {
  return client.get<RawGuardianFeatures>('/subscribers/guardian-features', { SubscriberId: subscriberId });
}

/** Every call filter of the distributor, or the one guarding `phone` (a bare array). */
export function listCallFilters(client: TelegentClient, phone?: string): Promise<RawCallFilter[]> {
  return client.get<RawCallFilter[]>('/subscribers/call-filter', phone === undefined ? undefined : { Phone: phone });
}

/** Every message filter of the distributor, or the one guarding `phone`. */
export function listMessageFilters(client: TelegentClient, phone?: string): Promise<RawMessageFilter[]> {
  return client.get<RawMessageFilter[]>('/subscribers/message-filter', phone === undefined ? undefined : { Phone: phone });
}

export function listGuardianChildren(client: TelegentClient, parentSubscriberId: string): Promise<RawGuardianRelation[]> {
  return client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/parent', { ParentSubscriberId: parentSubscriberId });
}

export function listGuardianParents(client: TelegentClient, childSubscriberId: string): Promise<RawGuardianRelation[]> {
  return client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/child', { ChildSubscriberId: childSubscriberId });
}

/** Who guards whom, read per subscriber whatever the reach (subscriber reads use it to find a subscriber principal's children). */
export function createGuardianRelationLoaders(client: TelegentClient) {
  return {
    guardianChildrenOf: perKeyLoader(async (id: string) => (await listGuardianChildren(client, id)).map(toGuardianRelation)),
    guardianParentsOf: perKeyLoader(async (id: string) => (await listGuardianParents(client, id)).map(toGuardianRelation)),
  };
}

type GuardianRelationLoaders = ReturnType<typeof createGuardianRelationLoaders>;

/**
 * Guardian data is its subscriber's: within reach when the subscriber's profile is (`subscriberById`
 * answers those), which for a subscriber principal includes its Guardian children. A relation is
 * shown only when both its ends are within reach.
 */
export function createGuardianLoaders(client: TelegentClient, reach: Reach, relations: GuardianRelationLoaders, subscriberById: DataLoader<string, Subscriber>) {
  const callFilters = sharedList(async () => (await listCallFilters(client)).map(toCallFilter));
  const messageFilters = sharedList(async () => (await listMessageFilters(client)).map(toMessageFilter));
  const withinReach = (ids: readonly string[]) => answered(subscriberById, ids);
  const relationsWithinReach = (all: DataLoader<string, GuardianRelation[]>): DataLoader<string, GuardianRelation[]> => {
    if (reach.everything) return all;
    const bothEnds = new DataLoader<string, GuardianRelation[]>(async (ids) => {
      const lists = await all.loadMany(ids);
      const ends = [...new Set(lists.flatMap((list) => (list instanceof Error ? [] : list.flatMap((r) => [r.parentSubscriberId, r.childSubscriberId]))))];
      const verdicts = await withinReach(ends);
      const visible = new Set(ends.filter((_, i) => verdicts[i] === true));
      return lists.map((list) => (list instanceof Error ? list : list.filter((r) => visible.has(r.parentSubscriberId) && visible.has(r.childSubscriberId))));
    });
    return keysWithin(reach, bothEnds, withinReach, () => []);
  };
  return {
    /** Telegent reads Guardian flags one subscriber at a time: no list endpoint exists. */
    guardianFeaturesBySubscriberId: keysWithin(
      reach,
      perKeyLoader(async (id: string) => toGuardianFeatures(await getGuardianFeatures(client, id))),
      withinReach,
      (id) => notFound(`Subscriber ${id}`),
    ),
    callFiltersBySubscriberId: keysWithin(reach, groupLoader(callFilters, (f) => f.subscriberId), withinReach, () => []),
    messageFiltersBySubscriberId: keysWithin(reach, groupLoader(messageFilters, (f) => f.subscriberId), withinReach, () => []),
    /** A filter by its ID, with the subscriber it guards (whom a filter write acts on): within reach as that subscriber is. */
    callFilterById: lookupWithin(reach, indexLoader(callFilters, (f) => f.id, 'Call filter'), (filters) => withinReach(filters.map((f) => f.subscriberId)), 'Call filter'),
    messageFilterById: lookupWithin(
      reach,
      indexLoader(messageFilters, (f) => f.id, 'Message filter'),
      (filters) => withinReach(filters.map((f) => f.subscriberId)),
      'Message filter',
    ),
    guardianChildrenOf: relationsWithinReach(relations.guardianChildrenOf),
    guardianParentsOf: relationsWithinReach(relations.guardianParentsOf),
  };
}
