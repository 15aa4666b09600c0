import { AccountWrites } from './accounts/writes';
import { CatalogWrites } from './catalog/writes';
import { DataUsageWrites } from './data-usage/writes';
import { DistributorWrites } from './distributors/writes';
import { FeatureWrites } from './subscriptions/feature-writes';
import { GatewayRouteWrites } from './routes/gateway-route-writes';
import { GuardianFilterWrites } from './guardian/filter-writes';
import { GuardianWrites } from './guardian/writes';
import { MessageWrites } from './messages/writes';
import { NumberWrites } from './numbers/writes';
import { PortingWrites } from './porting/writes';
import { RouteWrites } from './routes/writes';
import { SubscriberWrites } from './subscribers/writes';
import { SubscriptionWrites } from './subscriptions/writes';
import { VoicemailWrites } from './voicemail/writes';
import { WebhookWrites } from './webhooks/writes';
import { WorkgroupWrites } from './workgroups/writes';
import type { WriteContext } from './write';

/** The writes of one request, by area; each runs through the shared client, stores and idempotency. */
export function createWrites(ctx: WriteContext) {
  return {
    accounts: new AccountWrites(ctx),
    numbers: new NumberWrites(ctx),
    porting: new PortingWrites(ctx),
    guardian: new GuardianWrites(ctx),
    guardianFilters: new GuardianFilterWrites(ctx),
    subscribers: new SubscriberWrites(ctx),
    distributors: new DistributorWrites(ctx),
    dataUsage: new DataUsageWrites(ctx),
    voicemail: new VoicemailWrites(ctx),
    routes: new RouteWrites(ctx),
    gatewayRoutes: new GatewayRouteWrites(ctx),
    messages: new MessageWrites(ctx),
    webhooks: new WebhookWrites(ctx),
    workgroups: new WorkgroupWrites(ctx),
    catalog: new CatalogWrites(ctx),
    subscriptions: new SubscriptionWrites(ctx),
    features: new FeatureWrites(ctx),
  };
}

export type Writes = ReturnType<typeof createWrites>;
export type { WriteContext } from './write';
