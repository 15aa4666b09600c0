import type { BillingSubscription } from '../../schema/billing-subscription.type';
import { SubscriptionStatus } from '../../schema/enums';
import type { Package, PackageItem } from '../../schema/package.type';
import type { Product } from '../../schema/product.type';
import type { Service } from '../../schema/service.type';
import type { SubscriptionFeature } from '../../schema/subscription-feature.type';

/** Catalog and billing: products, packages, services, subscriptions and their features (REFERENCE.md §3.13–3.14). */

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
  };
}
