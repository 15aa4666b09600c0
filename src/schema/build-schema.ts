import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { isValidatedInput } from './input-rules';
import { AccountMutationResolver } from '../resolvers/account-mutations.resolver';
import { AccountResolver, AccountRoutesResolver } from '../resolvers/account.resolver';
import { BillingSubscriptionResolver } from '../resolvers/billing-subscription.resolver';
import { CALL_FILTER_PAYLOAD_RESOLVERS, CallFilterMutationResolver } from '../resolvers/call-filter-mutations.resolver';
import {
  AddPackageItemResolver,
  AddServiceItemResolver,
  CatalogMutationResolver,
  RemovePackageItemResolver,
  UpdateServiceItemResolver,
} from '../resolvers/catalog-mutations.resolver';
import { CatalogResolver } from '../resolvers/catalog.resolver';
import { DataUsageLimitsMutationResolver, DataUsageRenewalMutationResolver } from '../resolvers/data-usage-mutations.resolver';
import { DataUsageResolver } from '../resolvers/data-usage.resolver';
import { GUARDIAN_PAYLOAD_RESOLVERS, GuardianMutationResolver } from '../resolvers/guardian-mutations.resolver';
import { DistributorMutationResolver } from '../resolvers/distributor-mutations.resolver';
import {
  AssignFeatureResolver,
  FeatureMutationResolver,
  UnassignFeatureResolver,
  UpdateFeatureAssignmentResolver,
} from '../resolvers/feature-mutations.resolver';
import { GuardianRelationResolver, GuardianResolver } from '../resolvers/guardian.resolver';
import { MESSAGE_FILTER_PAYLOAD_RESOLVERS, MessageFilterMutationResolver } from '../resolvers/message-filter-mutations.resolver';
import { OrderResolver } from '../resolvers/order.resolver';
import { RouteResolver } from '../resolvers/route.resolver';
import { ROUTE_PAYLOAD_RESOLVERS, RouteMutationResolver } from '../resolvers/route-mutations.resolver';
import { WEBHOOK_PAYLOAD_RESOLVERS, WebhookMutationResolver } from '../resolvers/webhook-mutations.resolver';
import { NodeResolver } from '../resolvers/node.resolver';
import { NumberMutationResolver, NumberStatusChangeResultResolver, UpdateNumberPayloadResolver } from '../resolvers/number-mutations.resolver';
import { PortingMutationResolver, RequestPortOutPayloadResolver } from '../resolvers/porting-mutations.resolver';
import { MessageMutationResolver } from '../resolvers/message-mutations.resolver';
import { PackageItemResolver, PackageResolver } from '../resolvers/package.resolver';
import { PhoneNumberResolver } from '../resolvers/phone-number.resolver';
import {
  AssignNumbersMutationResolver,
  SubscriberMutationResolver,
  TransferSubscriberMutationResolver,
  UnassignNumbersMutationResolver,
} from '../resolvers/subscriber-mutations.resolver';
import { ServiceResolver } from '../resolvers/service.resolver';
import { CancelSubscriptionResolver, CreateSubscriptionResolver, UpdateSubscriptionResolver } from '../resolvers/subscription-mutations.resolver';
import { FeatureAssignmentResolver, SubscriptionFeatureResolver } from '../resolvers/subscription-feature.resolver';
import { SubscriberResolver } from '../resolvers/subscriber.resolver';
import { ActivateVoicemailMutationResolver, UpdateVoicemailMutationResolver } from '../resolvers/voicemail-mutations.resolver';
import { WorkgroupMemberResolver, WorkgroupResolver } from '../resolvers/workgroup.resolver';
import { WORKGROUP_PAYLOAD_RESOLVERS, WorkgroupMutationResolver } from '../resolvers/workgroup-mutations.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  AccountRoutesResolver,
  AccountMutationResolver,
  NumberMutationResolver,
  UpdateNumberPayloadResolver,
  NumberStatusChangeResultResolver,
  PortingMutationResolver,
  RequestPortOutPayloadResolver,
  SubscriberMutationResolver,
  TransferSubscriberMutationResolver,
  AssignNumbersMutationResolver,
  UnassignNumbersMutationResolver,
  DistributorMutationResolver,
  DataUsageLimitsMutationResolver,
  DataUsageRenewalMutationResolver,
  ActivateVoicemailMutationResolver,
  UpdateVoicemailMutationResolver,
  RouteMutationResolver,
  ...ROUTE_PAYLOAD_RESOLVERS,
  MessageMutationResolver,
  WebhookMutationResolver,
  ...WEBHOOK_PAYLOAD_RESOLVERS,
  SubscriberResolver,
  PhoneNumberResolver,
  BillingSubscriptionResolver,
  PackageResolver,
  PackageItemResolver,
  RouteResolver,
  DataUsageResolver,
  OrderResolver,
  GuardianResolver,
  GuardianRelationResolver,
  GuardianMutationResolver,
  ...GUARDIAN_PAYLOAD_RESOLVERS,
  CallFilterMutationResolver,
  ...CALL_FILTER_PAYLOAD_RESOLVERS,
  MessageFilterMutationResolver,
  ...MESSAGE_FILTER_PAYLOAD_RESOLVERS,
  CatalogResolver,
  WorkgroupResolver,
  WorkgroupMemberResolver,
  WorkgroupMutationResolver,
  ...WORKGROUP_PAYLOAD_RESOLVERS,
  ServiceResolver,
  SubscriptionFeatureResolver,
  FeatureAssignmentResolver,
  CatalogMutationResolver,
  AddPackageItemResolver,
  RemovePackageItemResolver,
  AddServiceItemResolver,
  UpdateServiceItemResolver,
  CreateSubscriptionResolver,
  UpdateSubscriptionResolver,
  CancelSubscriptionResolver,
  FeatureMutationResolver,
  AssignFeatureResolver,
  UpdateFeatureAssignmentResolver,
  UnassignFeatureResolver,
] as const;

/** The gateway's schema, built from the type-graphql classes (and printed to schema.graphql). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Inputs check themselves with the platform's rules (input-rules.ts), with coded errors; no class-validator.
    validateFn: (argValue) => {
      if (isValidatedInput(argValue)) argValue.validate();
    },
  });
  // type-graphql offers no description for the root types; GraphiQL's docs open on them.
  schema.getQueryType()!.description =
    'Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource.';
  schema.getMutationType()!.description =
    'Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key.';
  return schema;
}
