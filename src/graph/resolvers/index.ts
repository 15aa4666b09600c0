import { AccountMutationResolver } from './account-mutations.resolver';
import { AccountResolver, AccountRoutesResolver } from './account.resolver';
import { ApiKeyResolver } from './api-key.resolver';
import { BillingSubscriptionResolver } from './billing-subscription.resolver';
import { CALL_FILTER_PAYLOAD_RESOLVERS, CallFilterMutationResolver } from './call-filter-mutations.resolver';
import { CATALOG_PAYLOAD_RESOLVERS, CatalogMutationResolver } from './catalog-mutations.resolver';
import { CatalogResolver } from './catalog.resolver';
import { DataUsageLimitsMutationResolver, DataUsageRenewalMutationResolver } from './data-usage-mutations.resolver';
import { DataUsageResolver } from './data-usage.resolver';
import { DistributorMutationResolver } from './distributor-mutations.resolver';
import { FEATURE_PAYLOAD_RESOLVERS, FeatureMutationResolver } from './feature-mutations.resolver';
import { GATEWAY_ROUTE_PAYLOAD_RESOLVERS, GatewayRouteMutationResolver } from './gateway-route-mutations.resolver';
import { GUARDIAN_PAYLOAD_RESOLVERS, GuardianMutationResolver } from './guardian-mutations.resolver';
import { GuardianRelationResolver, GuardianResolver } from './guardian.resolver';
import { MESSAGE_FILTER_PAYLOAD_RESOLVERS, MessageFilterMutationResolver } from './message-filter-mutations.resolver';
import { MESSAGE_PAYLOAD_RESOLVERS, MessageMutationResolver } from './message-mutations.resolver';
import { MessageSubscriptionResolver } from './message.subscription';
import { NodeResolver } from './node.resolver';
import { NUMBER_PAYLOAD_RESOLVERS, NumberMutationResolver } from './number-mutations.resolver';
import { OrderResolver } from './order.resolver';
import { OrderSubscriptionResolver } from './order.subscription';
import { PackageItemResolver, PackageResolver } from './package.resolver';
import { PhoneNumberResolver } from './phone-number.resolver';
import { PORTING_PAYLOAD_RESOLVERS, PortingMutationResolver } from './porting-mutations.resolver';
import { ROUTE_PAYLOAD_RESOLVERS, RouteMutationResolver } from './route-mutations.resolver';
import { RouteResolver } from './route.resolver';
import { ServiceResolver } from './service.resolver';
import { SUBSCRIBER_PAYLOAD_RESOLVERS, SubscriberMutationResolver } from './subscriber-mutations.resolver';
import { SubscriberResolver } from './subscriber.resolver';
import { FeatureAssignmentResolver, SubscriptionFeatureResolver } from './subscription-feature.resolver';
import { SUBSCRIPTION_PAYLOAD_RESOLVERS, SubscriptionMutationResolver } from './subscription-mutations.resolver';
import { ActivateVoicemailMutationResolver, UpdateVoicemailMutationResolver } from './voicemail-mutations.resolver';
import { WEBHOOK_PAYLOAD_RESOLVERS, WebhookMutationResolver } from './webhook-mutations.resolver';
import { WORKGROUP_PAYLOAD_RESOLVERS, WorkgroupMutationResolver } from './workgroup-mutations.resolver';
import { WorkgroupMemberResolver, WorkgroupResolver } from './workgroup.resolver';

/** The read graph: queries and the relations between types. */
const READ_RESOLVERS = [
  NodeResolver,
  AccountResolver,
  AccountRoutesResolver,
  SubscriberResolver,
  PhoneNumberResolver,
  OrderResolver,
  DataUsageResolver,
  BillingSubscriptionResolver,
  SubscriptionFeatureResolver,
  FeatureAssignmentResolver,
  PackageResolver,
  PackageItemResolver,
  ServiceResolver,
  CatalogResolver,
  RouteResolver,
  WorkgroupResolver,
  WorkgroupMemberResolver,
  GuardianResolver,
  GuardianRelationResolver,
] as const;

/** Mutations by area, each followed by the resolvers of its payloads' relations. */
const MUTATION_RESOLVERS = [
  AccountMutationResolver,
  DistributorMutationResolver,
  SubscriberMutationResolver,
  ...SUBSCRIBER_PAYLOAD_RESOLVERS,
  NumberMutationResolver,
  ...NUMBER_PAYLOAD_RESOLVERS,
  PortingMutationResolver,
  ...PORTING_PAYLOAD_RESOLVERS,
  DataUsageLimitsMutationResolver,
  DataUsageRenewalMutationResolver,
  ActivateVoicemailMutationResolver,
  UpdateVoicemailMutationResolver,
  RouteMutationResolver,
  ...ROUTE_PAYLOAD_RESOLVERS,
  GatewayRouteMutationResolver,
  ...GATEWAY_ROUTE_PAYLOAD_RESOLVERS,
  MessageMutationResolver,
  ...MESSAGE_PAYLOAD_RESOLVERS,
  WebhookMutationResolver,
  ...WEBHOOK_PAYLOAD_RESOLVERS,
  WorkgroupMutationResolver,
  ...WORKGROUP_PAYLOAD_RESOLVERS,
  GuardianMutationResolver,
  ...GUARDIAN_PAYLOAD_RESOLVERS,
  CallFilterMutationResolver,
  ...CALL_FILTER_PAYLOAD_RESOLVERS,
  MessageFilterMutationResolver,
  ...MESSAGE_FILTER_PAYLOAD_RESOLVERS,
  CatalogMutationResolver,
  ...CATALOG_PAYLOAD_RESOLVERS,
  SubscriptionMutationResolver,
  ...SUBSCRIPTION_PAYLOAD_RESOLVERS,
  FeatureMutationResolver,
  ...FEATURE_PAYLOAD_RESOLVERS,
] as const;

/** The gateway's own access: partners' API keys. */
const ACCESS_RESOLVERS = [ApiKeyResolver] as const;

/** Subscriptions (graphql-ws). */
const SUBSCRIPTION_RESOLVERS = [OrderSubscriptionResolver, MessageSubscriptionResolver] as const;

/** Every resolver class of the schema. */
export const RESOLVERS = [...READ_RESOLVERS, ...MUTATION_RESOLVERS, ...ACCESS_RESOLVERS, ...SUBSCRIPTION_RESOLVERS] as const;
