import DataLoader from 'dataloader';
import type { BillingSubscription } from '../../graph/schema/billing-subscription.type';
import type { SubscriptionFeature } from '../../graph/schema/subscription-feature.type';
import type { TelegentClient } from '../client';
import { notFound, nullWhenNotFound } from '../../errors';
import { subscriberKey } from '../../ids';
import { answered, groupBy, indexLoader, keysWithin, perKeyLoader, shared } from '../loader-factories';
import type { Reach } from '../reach';
import { type Collection, entryOf } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import { type Snapshot, memoPerRecord } from '../read-cache/snapshot';
import type { Directory } from '../subscribers/reads';
import {
  type RawFeature,
  type RawFeatureAssignment,
  type RawSubscription,
  type RawSubscriptionList,
  toBillingSubscription,
  toFeatureAssignment,
  toSubscriptionFeature,
} from './mappers';

/** Every subscription of the distributor (one call: Telegent does not page it): the read cache's subscriptions. */
export const SUBSCRIPTIONS: Collection<RawSubscription> = {
  kind: 'subscriptions',
  async fetch(client, _param, beforeCall) {
    await beforeCall();
    return [(await client.get<RawSubscriptionList>('/distributor/subscriptions', { Filter: 'All' })).Results];
  },
  idOf: (subscription) => subscription.SubscriptionId,
  fetchOne: (client, _param, id) => getSubscription(client, id).catch(nullWhenNotFound),
};

export const SUBSCRIPTION_LIST = entryOf(SUBSCRIPTIONS);

/** Every subscription of the distributor, read now, bypassing the cache: for reconciling a lost answer. */
export async function listDistributorSubscriptions(client: TelegentClient): Promise<RawSubscription[]> {
  return (await SUBSCRIPTIONS.fetch(client, '', async () => undefined)).flat();
}

/** Subscription add-ons (without FeatureId the sandbox lists them all): the catalog's, cached. */
export const FEATURES: Collection<RawFeature> = {
  kind: 'features',
  async fetch(client, _param, beforeCall) {
    await beforeCall();
    return [await client.get<RawFeature[]>('/subscriptions/features')];
  },
  idOf: (feature) => feature.FeatureId,
};

export const FEATURE_LIST = entryOf(FEATURES);

export function getSubscription(client: TelegentClient, subscriptionId: string): Promise<RawSubscription> {
  return client.get<RawSubscription>('/subscriptions', { SubscriptionId: subscriptionId });
}

export function listFeatureAssignments(client: TelegentClient, subscriptionId: string): Promise<RawFeatureAssignment[]> {
  return client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { SubscriptionId: subscriptionId });
}

/** One assignment by ID (Telegent answers it as a one-element list). */
export async function getFeatureAssignment(client: TelegentClient, featureAssignmentId: string): Promise<RawFeatureAssignment | null> {
  const rows = await client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { FeatureAssignmentId: featureAssignmentId });
  return rows[0] ?? null;
}

/** The subscriptions as the graph reads them, built once per snapshot. */
interface SubscriptionIndex {
  byId: ReadonlyMap<string, BillingSubscription>;
  bySubscriber: ReadonlyMap<string, readonly BillingSubscription[]>;
  /** Active subscriptions by the number they bill. */
  activeByNumber: ReadonlyMap<string, BillingSubscription>;
}

const toSubscription = memoPerRecord(toBillingSubscription);

function subscriptionIndexOf(snapshot: Snapshot<RawSubscription>): SubscriptionIndex {
  return snapshot.derive('subscriptions', (s) => {
    const all = s.list().map(toSubscription);
    const activeByNumber = new Map<string, BillingSubscription>();
    for (const subscription of all) if (subscription.active && subscription.numberId) activeByNumber.set(subscription.numberId, subscription);
    return { byId: new Map(all.map((sub) => [sub.id, sub])), bySubscriber: groupBy(all, (sub) => sub.subscriberId), activeByNumber };
  });
}

export function createSubscriptionLoaders(client: TelegentClient, cache: CacheView, subscriberDirectory: () => Promise<Directory>, reach: Reach) {
  const index = shared(async () => subscriptionIndexOf(await cache.read(SUBSCRIPTION_LIST)));
  /** A subscription is its subscriber's: within reach with its subscriber's account, or the subscriber principal's own. */
  const within = async (subscriptions: readonly (BillingSubscription | undefined)[]): Promise<boolean[]> => {
    if (reach.everything) return subscriptions.map(() => true);
    // Only partners and managers need the subscribers' accounts (a subscriber principal has none in reach).
    const byId = reach.accountIds.length === 0 ? null : (await subscriberDirectory()).byId;
    return subscriptions.map((s) => s !== undefined && reach.subscriber({ id: s.subscriberId, accountId: byId?.get(subscriberKey(s.subscriberId))?.accountId ?? null }));
  };
  const features = shared(async () => (await cache.read(FEATURE_LIST)).derive('features', (s) => s.list().map(toSubscriptionFeature)));
  const featureById = indexLoader(features, (f) => f.id, 'Subscription feature');
  const subscriptionById = new DataLoader<string, BillingSubscription>(async (ids) => {
    const { byId } = await index();
    const subscriptions = ids.map((id) => byId.get(id));
    const verdicts = await within(subscriptions);
    return ids.map((id, i) => (verdicts[i] ? subscriptions[i]! : notFound(`Subscription ${id}`)));
  });
  /** Telegent lists feature assignments per subscription only: one call each, none for a subscription beyond reach. */
  const featureAssignmentsBySubscriptionId = keysWithin(
    reach,
    perKeyLoader(async (id: string) => (await listFeatureAssignments(client, id)).map(toFeatureAssignment)),
    (ids) => answered(subscriptionById, ids),
    () => [],
  );
  return {
    subscriptionById,
    subscriptionByNumberId: new DataLoader<string, BillingSubscription | null>(async (numberIds) => {
      const { activeByNumber } = await index();
      const subscriptions = numberIds.map((id) => activeByNumber.get(id));
      const verdicts = await within(subscriptions);
      return numberIds.map((_, i) => (verdicts[i] ? subscriptions[i]! : null));
    }),
    subscriptionsBySubscriberId: new DataLoader<string, BillingSubscription[]>(async (subscriberIds) => {
      const { bySubscriber } = await index();
      return Promise.all(
        subscriberIds.map(async (id) => {
          const subscriptions = bySubscriber.get(id) ?? [];
          const verdicts = await within(subscriptions);
          return subscriptions.filter((_, i) => verdicts[i]);
        }),
      );
    }),
    subscriptionsByAccountId: keysWithin(
      reach,
      new DataLoader<string, BillingSubscription[]>(async (accountIds) => {
        const [{ byAccount }, { bySubscriber }] = await Promise.all([subscriberDirectory(), index()]);
        return accountIds.map((id) => (byAccount.get(id) ?? []).flatMap((subscriber) => bySubscriber.get(subscriber.id) ?? []));
      }),
      (ids) => ids.map((id) => reach.account(id)),
      () => [],
    ),
    /** The catalog's add-ons: open to every principal. */
    features,
    featureById,
    featureAssignmentsBySubscriptionId,
    /** The features of a subscription's active assignments, resolved from one list of features. */
    featuresBySubscriptionId: new DataLoader<string, SubscriptionFeature[]>(async (ids) => {
      const [byId, assignments] = await Promise.all([
        features().then((all) => new Map(all.map((f) => [f.id, f]))),
        featureAssignmentsBySubscriptionId.loadMany(ids),
      ]);
      return assignments.map((rows) => (rows instanceof Error ? rows : rows.filter((a) => a.active).flatMap((a) => byId.get(a.featureId) ?? [])));
    }),
  };
}
