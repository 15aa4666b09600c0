import { nullWhenNotFound } from '../errors';
import type { NumberProfiles, OrderProfiles } from '../stores/profile-store';
import type { AccountProfiles } from './accounts/mappers';
import { createAccountLoaders } from './accounts/reads';
import { createCatalogLoaders } from './catalog/reads';
import type { TelegentClient } from './client';
import type { Reach } from './reach';
import type { CacheView } from './read-cache/read-cache';
import { createDataUsageLoaders } from './data-usage/reads';
import { createGuardianLoaders, createGuardianRelationLoaders } from './guardian/reads';
import { createMessageLoaders } from './messages/reads';
import { createNumberLoaders } from './numbers/reads';
import { createOrderLoaders } from './orders/reads';
import { createRouteLoaders } from './routes/reads';
import { createSubscriberLoaders } from './subscribers/reads';
import { createSubscriptionLoaders } from './subscriptions/reads';
import { createVoicemailLoaders } from './voicemail/reads';
import { createWebhookLoaders } from './webhooks/reads';
import { createWorkgroupLoaders } from './workgroups/reads';

/** What the loaders of a request read from: the upstream and what the gateway remembers. */
export interface LoaderDeps {
  client: TelegentClient;
  /** The shared read cache, as this request reads it (its freshness, Cache-Control: no-cache). */
  cache: CacheView;
  /** What the request's principal may see: nothing outside it leaves the loaders. */
  reach: Reach;
  accountProfiles: AccountProfiles;
  numberProfiles: NumberProfiles;
  /** The accounts orders were placed for, which decide (with their numbers) whose reach an order is in. */
  orderProfiles: OrderProfiles;
}

/**
 * The loaders of one GraphQL request, each area's in one namespace. Lookups batch onto Telegent's
 * list endpoints (REFERENCE.md §5.2–5.3). The distributor-level lists (directory, inventories,
 * subscriptions, catalog) come from the shared read cache, parsed and indexed once per refresh
 * (README "The read cache"); the rest are read once per request, which keeps a nested query at a
 * fixed number of upstream calls however many rows it touches.
 *
 * Tenancy is applied here, where data enters (README "What each role sees (tenancy)"): each area
 * is handed the request's `reach` and keeps out of its lists, lookups and per-key reads whatever
 * lies beyond it, deciding from the records the request reads anyway (a subscriber's account, the
 * numbers within reach), so the checks add no upstream call per item. The operator's loaders are
 * the unfiltered ones.
 */
export function createLoaders({ client, cache, reach, accountProfiles, numberProfiles, orderProfiles }: LoaderDeps) {
  const guardianRelations = createGuardianRelationLoaders(client);
  // The directory carries the upstream records accounts are read from: shared between areas, not handed up.
  const { subscriberDirectory, ...subscribers } = createSubscriberLoaders(client, cache, reach, guardianRelations.guardianChildrenOf);
  const selfSubscriber = async () => (reach.self === null ? null : subscribers.subscriberById.load(reach.self).catch(nullWhenNotFound));
  const numbers = createNumberLoaders(client, cache, numberProfiles, reach, selfSubscriber);
  return {
    ...subscribers,
    ...createAccountLoaders(subscriberDirectory, accountProfiles, reach),
    ...numbers,
    ...createSubscriptionLoaders(client, cache, subscriberDirectory, reach),
    ...createCatalogLoaders(client, cache),
    ...createRouteLoaders(client, reach),
    ...createDataUsageLoaders(client, reach, numbers.numberByE164),
    ...createMessageLoaders(client, reach, numbers.numberByE164),
    ...createWebhookLoaders(client, reach),
    ...createWorkgroupLoaders(client, reach),
    ...createVoicemailLoaders(client, reach, numbers.numberByE164),
    ...createOrderLoaders(client, reach, orderProfiles, numbers.numberByE164),
    ...createGuardianLoaders(client, reach, guardianRelations, subscribers.subscriberById),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
