/** Catalog: products, packages and their items, services and their price points (REFERENCE.md §3.13). */

import type { Package, PackageItem } from '../../graph/schema/package.type';
import type { Product } from '../../graph/schema/product.type';
import type { Service, ServiceItem } from '../../graph/schema/service.type';

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

export function toServiceItem(raw: RawServiceItem): ServiceItem {
  return { aggregatorId: raw.AggregatorId ?? null, distributorId: raw.DistributorId ?? null, price: raw.Price, monthly: raw.Monthly };
}
