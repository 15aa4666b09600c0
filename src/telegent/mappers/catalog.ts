import type { BillingSubscription } from '../../graph/schema/billing-subscription.type';
import { NumberType, SubscriptionStatus } from '../../graph/schema/enums';
import type { Package, PackageItem } from '../../graph/schema/package.type';
import type { Product } from '../../graph/schema/product.type';
import type { Service, ServiceItem } from '../../graph/schema/service.type';
import type { FeatureAssignment, SubscriptionFeature } from '../../graph/schema/subscription-feature.type';

/** Catalog and billing: products, packages, services, subscriptions and their features (REFERENCE.md §3.13–3.14). */

/** Telegent IDs compare case-insensitively: its own examples write the hex in either case. */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.toUpperCase() === b.toUpperCase();
}

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

export interface RawPackage {
  PackageId: string;
  PackageName: string;
  Description?: string | null;
  SubscriberId?: string | null;
  Type: string;
  Price: number;
  Monthly: boolean;
  Active: boolean;
}

export interface RawPackageList {
  TotalPackages: number;
  Results: RawPackage[];
}

export interface RawPackageItem {
  PackageItemId: string;
  PackageId: string;
  ProductId?: string | null;
  Type?: string | null;
  Price: number;
  Monthly: boolean;
  Active?: boolean;
}

export interface RawPackageItems {
  PackageId: string;
  TotalItems: number;
  Results: RawPackageItem[];
}

export interface RawProduct {
  ProductId: string;
  SKU: string;
  Description: string;
  Type: string;
  SubType?: string | null;
  Cost: number;
  BillingFrequency: string;
  Active: boolean;
}

export interface RawService {
  ServiceId: string;
  ServiceName: string;
  Description?: string | null;
  Cost: number;
  BillingFrequency: string;
  Active: boolean;
}

/** A service's price point; the answer of services/items/add|update carries `Successful`. */
export interface RawServiceItem {
  ServiceId: string;
  AggregatorId?: string | null;
  DistributorId?: string | null;
  Price: number;
  Monthly: boolean;
  Successful?: boolean;
}

export interface RawServiceItems {
  ServiceId: string;
  Results: RawServiceItem[];
}

/** What the delete endpoints answer (`{ PackageItemId, Status: "Deleted" }` and the like). */
export interface RawDeletion {
  Status?: string | null;
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

export function toPackage(raw: RawPackage): Package {
  return {
    id: raw.PackageId,
    name: raw.PackageName,
    description: raw.Description ?? null,
    type: raw.Type,
    price: raw.Price,
    monthly: raw.Monthly,
    active: raw.Active,
    subscriberId: raw.SubscriberId ?? null,
  };
}

export function toPackageItem(raw: RawPackageItem): PackageItem {
  return { id: raw.PackageItemId, productId: raw.ProductId ?? null, type: raw.Type ?? null, price: raw.Price, monthly: raw.Monthly };
}

export function toProduct(raw: RawProduct): Product {
  return {
    id: raw.ProductId,
    sku: raw.SKU,
    description: raw.Description,
    type: raw.Type,
    subType: raw.SubType ?? null,
    cost: raw.Cost,
    billingFrequency: raw.BillingFrequency,
    active: raw.Active,
  };
}

export function toService(raw: RawService): Service {
  return {
    id: raw.ServiceId,
    name: raw.ServiceName,
    description: raw.Description ?? null,
    cost: raw.Cost,
    billingFrequency: raw.BillingFrequency,
    active: raw.Active,
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

export function toServiceItem(raw: RawServiceItem): ServiceItem {
  return { aggregatorId: raw.AggregatorId ?? null, distributorId: raw.DistributorId ?? null, price: raw.Price, monthly: raw.Monthly };
}

/** A subscription's `Type` names the kind of number it bills, spelled as REFERENCE.md §3.14 lists it. */
export const UPSTREAM_SUBSCRIPTION_TYPE: Record<NumberType, string> = {
  [NumberType.MVNO]: 'Mvno',
  [NumberType.IOT]: 'Iot',
  [NumberType.VOIP]: 'Voip',
};

/** The number kind a subscription's upstream `Type` names by its first word (`mvno`, `Voip`, `Voip 1`…), if any. */
export function numberTypeOf(upstreamType: string): NumberType | null {
  const word = /^\s*(mvno|iot|voip)\b/i.exec(upstreamType)?.[1]?.toUpperCase();
  return word ? NumberType[word as keyof typeof NumberType] : null;
}
