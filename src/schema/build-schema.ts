import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { isValidatedInput } from './input-rules';
import { AccountMutationResolver } from '../resolvers/account-mutations.resolver';
import { AccountResolver, AccountRoutesResolver } from '../resolvers/account.resolver';
import { BillingSubscriptionResolver } from '../resolvers/billing-subscription.resolver';
import {
  AddPackageItemResolver,
  AddServiceItemResolver,
  CatalogMutationResolver,
  RemovePackageItemResolver,
  UpdateServiceItemResolver,
} from '../resolvers/catalog-mutations.resolver';
import { CatalogResolver } from '../resolvers/catalog.resolver';
import { DataUsageResolver } from '../resolvers/data-usage.resolver';
import {
  AssignFeatureResolver,
  FeatureMutationResolver,
  UnassignFeatureResolver,
  UpdateFeatureAssignmentResolver,
} from '../resolvers/feature-mutations.resolver';
import { GuardianRelationResolver, GuardianResolver } from '../resolvers/guardian.resolver';
import { OrderResolver } from '../resolvers/order.resolver';
import { RouteResolver } from '../resolvers/route.resolver';
import { NodeResolver } from '../resolvers/node.resolver';
import { NumberMutationResolver } from '../resolvers/number-mutations.resolver';
import { PackageItemResolver, PackageResolver } from '../resolvers/package.resolver';
import { PhoneNumberResolver } from '../resolvers/phone-number.resolver';
import { ServiceResolver } from '../resolvers/service.resolver';
import { CancelSubscriptionResolver, CreateSubscriptionResolver, UpdateSubscriptionResolver } from '../resolvers/subscription-mutations.resolver';
import { FeatureAssignmentResolver, SubscriptionFeatureResolver } from '../resolvers/subscription-feature.resolver';
import { SubscriberResolver } from '../resolvers/subscriber.resolver';
import { WorkgroupResolver } from '../resolvers/workgroup.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  AccountRoutesResolver,
  AccountMutationResolver,
  NumberMutationResolver,
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
  CatalogResolver,
  WorkgroupResolver,
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
