import type { TelegentClient } from '../client';
import { indexLoader, perKeyLoader, sharedList } from '../loader-factories';
import {
  type RawPackage,
  type RawPackageItem,
  type RawPackageItems,
  type RawPackageList,
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

export async function listPackages(client: TelegentClient): Promise<RawPackage[]> {
  return (await client.get<RawPackageList>('/account/packages', { Filter: 'All' })).Results;
}

export async function listPackageItems(client: TelegentClient, packageId: string): Promise<RawPackageItem[]> {
  return (await client.get<RawPackageItems>('/packages/items', { PackageId: packageId })).Results;
}

export async function listProducts(client: TelegentClient): Promise<RawProduct[]> {
  return (await client.get<{ Results: RawProduct[] }>('/account/products', { Filter: 'All' })).Results;
}

export async function listServices(client: TelegentClient): Promise<RawService[]> {
  return (await client.get<{ Results: RawService[] }>('/account/services', { Filter: 'All' })).Results;
}

/** The price points of one service (no batch form exists). */
export async function listServiceItems(client: TelegentClient, serviceId: string): Promise<RawServiceItem[]> {
  return (await client.get<RawServiceItems>('/services/items', { ServiceId: serviceId })).Results;
}

/**
 * Telegent keeps packages, products and services per distributor: one list each serves every account.
 * The catalog is the distributor's menu, the same for every account, so every principal reads it.
 */
export function createCatalogLoaders(client: TelegentClient) {
  const packages = sharedList(async () => (await listPackages(client)).map(toPackage));
  const products = sharedList(async () => (await listProducts(client)).map(toProduct));
  const services = sharedList(async () => (await listServices(client)).map(toService));
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
