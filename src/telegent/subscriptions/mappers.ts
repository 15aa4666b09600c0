/** Subscriptions: subscribers paying for packages, usually on one number, and the features (add-ons) assigned to them (REFERENCE.md §3.14). */

import type { BillingSubscription } from '../../graph/schema/billing-subscription.type';
import { type NumberType, SubscriptionStatus } from '../../graph/schema/enums';
import type { SubscriptionFeature, FeatureAssignment } from '../../graph/schema/subscription-feature.type';
import { enumFromUpstream } from '../enums';
import { NUMBER_TYPE_SPELLINGS } from '../numbers/mappers';

export interface RawSubscription {
  SubscriptionId: string;
  SubscriberId: string;
  TNID?: string | null;
  ICCID?: string | null;
  PackageId: string;
  Type: string;
  Active: boolean;
}

export interface RawSubscriptionList {
  TotalSubscriptions: number;
  Results: RawSubscription[];
}

export interface RawFeature {
  FeatureId: string;
  AccountId?: string | null;
  FeatureName?: string | null;
  FeatureType?: string | null;
  FeatureDescription?: string | null;
  Active: boolean;
}

export interface RawFeatureAssignment {
  FeatureAssignmentId: string;
  FeatureId: string;
  SubscriptionId: string;
  Active: boolean;
}

export function toBillingSubscription(raw: RawSubscription): BillingSubscription {
  return {
    id: raw.SubscriptionId,
    type: raw.Type,
    numberType: numberTypeOf(raw.Type),
    active: raw.Active,
    status: raw.Active ? SubscriptionStatus.ACTIVE : SubscriptionStatus.INACTIVE,
    iccid: raw.ICCID ?? null,
    subscriberId: raw.SubscriberId,
    packageId: raw.PackageId,
    numberId: raw.TNID ?? null,
  };
}

export function toSubscriptionFeature(raw: RawFeature): SubscriptionFeature {
  return {
    id: raw.FeatureId,
    name: raw.FeatureName ?? null,
    type: raw.FeatureType ?? null,
    description: raw.FeatureDescription ?? null,
    active: raw.Active,
    accountId: raw.AccountId ?? null,
  };
}

export function toFeatureAssignment(raw: RawFeatureAssignment): FeatureAssignment {
  return { id: raw.FeatureAssignmentId, active: raw.Active, featureId: raw.FeatureId, subscriptionId: raw.SubscriptionId };
}

/** The number kind a subscription's upstream `Type` names by its first word (`mvno`, `Voip`, `Voip 1`…), if any. */
export function numberTypeOf(upstreamType: string): NumberType | null {
  return enumFromUpstream(NUMBER_TYPE_SPELLINGS.subscription, /^\s*(\w+)/.exec(upstreamType)?.[1]);
}
