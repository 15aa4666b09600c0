import DataLoader from 'dataloader';
import type { BillingSubscription } from '../../graph/schema/billing-subscription.type';
import type { SubscriptionFeature } from '../../graph/schema/subscription-feature.type';
import type { TelegentClient } from '../client';
import { type SharedList, answered, groupBy, groupLoader, indexLoader, keysWithin, listWithin, perKeyLoader, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import type { DirectoryEntry } from '../subscribers/reads';
import {
  type RawFeature,
  type RawFeatureAssignment,
  type RawSubscription,
  type RawSubscriptionList,
  toBillingSubscription,
  toFeatureAssignment,
  toSubscriptionFeature,
} from './mappers';

export async function listDistributorSubscriptions(client: TelegentClient): Promise<RawSubscription[]> {
  return (await client.get<RawSubscriptionList>('/distributor/subscriptions', { Filter: 'All' })).Results;
}

export function getSubscription(client: TelegentClient, subscriptionId: string): Promise<RawSubscription> {
  return client.get<RawSubscription>('/subscriptions', { SubscriptionId: subscriptionId });
}

/** Every subscription feature of the distributor (without FeatureId the sandbox lists them all). */
export function listFeatures(client: TelegentClient): Promise<RawFeature[]> {
  return client.get<RawFeature[]>('/subscriptions/features');
}

export function listFeatureAssignments(client: TelegentClient, subscriptionId: string): Promise<RawFeatureAssignment[]> {
  return client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { SubscriptionId: subscriptionId });
}

/** One assignment by ID (Telegent answers it as a one-element list). */
export async function getFeatureAssignment(client: TelegentClient, featureAssignmentId: string): Promise<RawFeatureAssignment | null> {
  const rows = await client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { FeatureAssignmentId: featureAssignmentId });
  return rows[0] ?? null;
}

export function createSubscriptionLoaders(client: TelegentClient, subscriberDirectory: SharedList<DirectoryEntry>, reach: Reach) {
  const distributorSubscriptions = sharedList(async () => (await listDistributorSubscriptions(client)).map(toBillingSubscription));
  /** A subscription is its subscriber's: within reach with its subscriber's account, or the subscriber principal's own. */
  const subscriptions = listWithin(reach, distributorSubscriptions, async (all) => {
    // Only partners and managers need the subscribers' accounts (a subscriber principal has none in reach).
    const accountOf = reach.accountIds.length === 0 ? new Map<string, string | null>() : new Map((await subscriberDirectory()).map(({ model }) => [model.id, model.accountId]));
    return all.map((s) => reach.subscriber({ id: s.subscriberId, accountId: accountOf.get(s.subscriberId) ?? null }));
  });
  const features = sharedList(async () => (await listFeatures(client)).map(toSubscriptionFeature));
  const featureById = indexLoader(features, (f) => f.id, 'Subscription feature');
  const subscriptionById = indexLoader(subscriptions, (s) => s.id, 'Subscription');
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
      const active = (await subscriptions()).filter((s) => s.active);
      const index = new Map(active.filter((s) => s.numberId).map((s) => [s.numberId!, s]));
      return numberIds.map((id) => index.get(id) ?? null);
    }),
    subscriptionsBySubscriberId: groupLoader(subscriptions, (s) => s.subscriberId),
    subscriptionsByAccountId: keysWithin(
      reach,
      new DataLoader<string, BillingSubscription[]>(async (accountIds) => {
        const accountOf = new Map((await subscriberDirectory()).map(({ model }) => [model.id, model.accountId]));
        const groups = groupBy(await distributorSubscriptions(), (s) => accountOf.get(s.subscriberId) ?? null);
        return accountIds.map((id) => groups.get(id) ?? []);
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
      const [index, assignments] = await Promise.all([
        features().then((all) => new Map(all.map((f) => [f.id, f]))),
        featureAssignmentsBySubscriptionId.loadMany(ids),
      ]);
      return assignments.map((rows) => (rows instanceof Error ? rows : rows.filter((a) => a.active).flatMap((a) => index.get(a.featureId) ?? [])));
    }),
  };
}
