import { AccountWrites } from './account-writes';
import { CatalogWrites } from './catalog-writes';
import { FeatureWrites } from './feature-writes';
import { NumberWrites } from './number-writes';
import { SubscriptionWrites } from './subscription-writes';
import type { WriteContext } from './write-context';

/** The writes of one request, by area; each runs through the shared client, stores and idempotency. */
export function createWrites(ctx: WriteContext) {
  return {
    accounts: new AccountWrites(ctx),
    numbers: new NumberWrites(ctx),
    catalog: new CatalogWrites(ctx),
    subscriptions: new SubscriptionWrites(ctx),
    features: new FeatureWrites(ctx),
  };
}

export type Writes = ReturnType<typeof createWrites>;
export type { WriteContext } from './write-context';
