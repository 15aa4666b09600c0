import type { NumberProfiles } from '../stores/profile-store';
import type { AccountProfiles } from './accounts/mappers';
import { createAccountLoaders } from './accounts/reads';
import { createCatalogLoaders } from './catalog/reads';
import type { TelegentClient } from './client';
import type { Reach } from './reach';
import { createDataUsageLoaders } from './data-usage/reads';
import { createGuardianLoaders } from './guardian/reads';
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
  /** What the request's principal may see: nothing outside it leaves the loaders. */
  reach: Reach;
  accountProfiles: AccountProfiles;
  numberProfiles: NumberProfiles;
}

/**
 * The loaders of one GraphQL request, each area's in one namespace. Lookups batch onto Telegent's
 * list endpoints (REFERENCE.md §5.2–5.3): each list is read once per request and indexed, which
 * keeps a nested query at a fixed number of upstream calls however many rows it touches.
 */
export function createLoaders({ client, accountProfiles, numberProfiles }: LoaderDeps) {
  // The directory carries the upstream records accounts are read from: shared between areas, not handed up.
  const { subscriberDirectory, ...subscribers } = createSubscriberLoaders(client);
  return {
    ...subscribers,
    ...createAccountLoaders(subscriberDirectory, accountProfiles),
    ...createNumberLoaders(client, numberProfiles),
    ...createSubscriptionLoaders(client, subscriberDirectory),
    ...createCatalogLoaders(client),
    ...createRouteLoaders(client),
    ...createDataUsageLoaders(client),
    ...createMessageLoaders(client),
    ...createWebhookLoaders(client),
    ...createWorkgroupLoaders(client),
    ...createVoicemailLoaders(client),
    ...createOrderLoaders(client),
    ...createGuardianLoaders(client),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
