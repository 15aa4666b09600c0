import type { TelegentClient } from '../client';
import { indexLoader, perKeyLoader, sharedList } from '../loader-factories';
import { type Collection, entryOf } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import {
  type RawPackage,
  type RawPackageItem,
  type RawPackageItems,
  type RawProduct,
  type RawService,
  type RawServiceItem,
  type RawServiceItems,
  toPackage,
  toPackageItem,
  toProduct,
  toService,
  toServiceItem,
} from './mappers';

/** One catalog list (one call each: Telegent does not page them), cached whole; a catalog write reads it again. */
function catalogList<R>(kind: 'packages' | 'products' | 'services', path: string, idOf: (record: R) => string): Collection<R> {
  return {
    kind,
    async fetch(client, _param, beforeCall) {
      await beforeCall();
      return [(await client.get<{ Results: R[] }>(path, { Filter: 'All' })).Results];
    },
    idOf,
  };
}

export const PACKAGE_LIST = entryOf(catalogList<RawPackage>('packages', '/account/packages', (p) => p.PackageId));
export const PRODUCT_LIST = entryOf(catalogList<RawProduct>('products', '/account/products', (p) => p.ProductId));
export const SERVICE_LIST = entryOf(catalogList<RawService>('services', '/account/services', (s) => s.ServiceId));

export async function listPackageItems(client: TelegentClient, packageId: string): Promise<RawPackageItem[]> {
  return (await client.get<RawPackageItems>('/packages/items', { PackageId: packageId })).Results;
}

/** The price points of one service (no batch form exists). */
export async function listServiceItems(client: TelegentClient, serviceId: string): Promise<RawServiceItem[]> {
  return (await client.get<RawServiceItems>('/services/items', { ServiceId: serviceId })).Results;
}

/**
 * Telegent keeps packages, products and services per distributor: one list each serves every account.
 * The catalog is the distributor's menu, the same for every account, so every principal reads it.
 */
export function createCatalogLoaders(client: TelegentClient, cache: CacheView) {
  const packages = sharedList(async () => (await cache.read(PACKAGE_LIST)).derive('packages', (s) => s.list().map(toPackage)));
  const products = sharedList(async () => (await cache.read(PRODUCT_LIST)).derive('products', (s) => s.list().map(toProduct)));
  const services = sharedList(async () => (await cache.read(SERVICE_LIST)).derive('services', (s) => s.list().map(toService)));
  return {
    packages,
    packageById: indexLoader(packages, (p) => p.id, 'Package'),
    /** A package's items are read one package at a time: no batch form exists. */
    packageItemsByPackageId: perKeyLoader(async (id: string) => (await listPackageItems(client, id)).map(toPackageItem)),
    products,
    productById: indexLoader(products, (p) => p.id, 'Product'),
    services,
    serviceById: indexLoader(services, (s) => s.id, 'Service'),
    /** A service's price points are read one service at a time: no batch form exists. */
    serviceItemsByServiceId: perKeyLoader(async (id: string) => (await listServiceItems(client, id)).map(toServiceItem)),
  };
}
