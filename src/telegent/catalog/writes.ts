import type { AddPackageItemInput, CreatePackageInput, PackageItemInput, RemovePackageItemInput, UpdatePackageInput } from '../../graph/schema/package.input';
import type { AddPackageItemPayload, CreatePackagePayload, RemovePackageItemPayload, UpdatePackagePayload } from '../../graph/schema/package.payload';
import type { CreateProductInput, UpdateProductInput } from '../../graph/schema/product.input';
import type { CreateProductPayload } from '../../graph/schema/product.payload';
import type { AddServiceItemInput, CreateServiceInput, ServiceItemInput, UpdateServiceInput, UpdateServiceItemInput } from '../../graph/schema/service.input';
import type { AddServiceItemPayload, CreateServicePayload, UpdateServiceItemPayload, UpdateServicePayload } from '../../graph/schema/service.payload';
import { formatMoney } from '../../graph/schema/money.scalar';
import { failedInsideSuccess, notFound } from '../../errors';
import { sameId } from '../../ids';
import { API_PREFIX } from '../client';
import { type WriteContext, runWrite } from '../write';
import type { WriteTargets } from '../write-targets';
import { type RawDeletion, type RawPackage, type RawPackageItem, type RawProduct, type RawService, type RawServiceItem, toPackage, toPackageItem, toProduct, toService, toServiceItem } from './mappers';
import { PACKAGE_LIST, PRODUCT_LIST, SERVICE_LIST, listPackageItems } from './reads';

/** Package item prices travel as strings (`"1.12"`, REFERENCE.md §2.1), unlike every other amount. */
function toRawPackageItem(item: PackageItemInput): Record<string, unknown> {
  return {
    ProductId: item.productId,
    Price: item.price == null ? undefined : formatMoney(item.price),
    Monthly: item.monthly ?? undefined,
    Type: item.type ?? undefined,
  };
}

function toRawServiceItem(item: ServiceItemInput): Record<string, unknown> {
  return {
    ServiceId: item.serviceId,
    AggregatorId: item.aggregatorId ?? undefined,
    DistributorId: item.distributorId ?? undefined,
    Price: item.price ?? undefined,
    Monthly: item.monthly ?? undefined,
  };
}

/** The fields create and update share; on update, those left out (null) are not sent and stay as they are. */
function productFields(input: Omit<UpdateProductInput, 'productId' | 'validate'>): Record<string, unknown> {
  return {
    SKU: input.sku ?? undefined,
    Description: input.description ?? undefined,
    Type: input.type ?? undefined,
    SubType: input.subType ?? undefined,
    Cost: input.cost ?? undefined,
    BillingFrequency: input.billingFrequency ?? undefined,
  };
}

function packageFields(input: Omit<UpdatePackageInput, 'packageId' | 'validate'>): Record<string, unknown> {
  return {
    PackageName: input.name ?? undefined,
    Type: input.type ?? undefined,
    Price: input.price ?? undefined,
    Monthly: input.monthly ?? undefined,
    Description: input.description ?? undefined,
    SubscriberId: input.subscriberId ?? undefined,
  };
}

function serviceFields(input: Omit<UpdateServiceInput, 'serviceId' | 'validate'>): Record<string, unknown> {
  return {
    ServiceName: input.name ?? undefined,
    Description: input.description ?? undefined,
    Cost: input.cost ?? undefined,
    BillingFrequency: input.billingFrequency ?? undefined,
  };
}

/**
 * Telegent keeps the catalog per distributor: changing it reaches beyond any account. The catalog
 * lists have no one-record read, so a product, package or service written makes its list be read
 * again (one call).
 */
const CATALOG: WriteTargets = { distributor: true };

/** The catalog: products, packages and their items, services and their price points (REFERENCE.md §3.13). */
export class CatalogWrites {
  constructor(private readonly ctx: WriteContext) {}

  async createProduct(input: CreateProductInput): Promise<CreateProductPayload> {
    const product = await runWrite(this.ctx, {
      operation: 'createProduct',
      changes: () => [{ entry: PRODUCT_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawProduct>('/products', productFields(input)),
    });
    return { product: toProduct(product) };
  }

  /** Telegent answers the short form, without `Active`: the payload reads the product from the catalog. Returns its ID. */
  async updateProduct(input: UpdateProductInput): Promise<string> {
    const reply = await runWrite(this.ctx, {
      operation: 'updateProduct',
      changes: () => [{ entry: PRODUCT_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<Pick<RawProduct, 'ProductId'>>('/products/update', { ProductId: input.productId, ...productFields(input) }),
    });
    return reply.ProductId;
  }

  async createPackage(input: CreatePackageInput): Promise<CreatePackagePayload> {
    const pkg = await runWrite(this.ctx, {
      operation: 'createPackage',
      changes: () => [{ entry: PACKAGE_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawPackage>('/packages', { ...packageFields(input), PackageItems: input.items?.map(toRawPackageItem) }),
    });
    return { package: toPackage(pkg) };
  }

  async updatePackage(input: UpdatePackageInput): Promise<UpdatePackagePayload> {
    const pkg = await runWrite(this.ctx, {
      operation: 'updatePackage',
      changes: () => [{ entry: PACKAGE_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawPackage>('/packages/update', { PackageId: input.packageId, ...packageFields(input) }),
    });
    return { package: toPackage(pkg) };
  }

  async addPackageItem(input: AddPackageItemInput): Promise<AddPackageItemPayload> {
    const item = await runWrite(this.ctx, {
      operation: 'addPackageItem',
      // Items are read per package, uncached; the package's own record does not change.
      changes: () => [],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawPackageItem>('/packages/items/add', { PackageId: input.packageId, ...toRawPackageItem(input) }),
    });
    return { item: toPackageItem(item), packageId: item.PackageId };
  }

  /**
   * Telegent deletes an item by its ID alone and does not say which package held it, so the item is
   * first looked up in the package named: the payload's package is then the one that changed.
   */
  async removePackageItem(input: RemovePackageItemInput): Promise<RemovePackageItemPayload> {
    const item = (await listPackageItems(this.ctx.client, input.packageId)).find((i) => sameId(i.PackageItemId, input.packageItemId));
    if (!item) throw notFound(`Package item ${input.packageItemId} of package ${input.packageId}`);
    await runWrite(this.ctx, {
      operation: 'removePackageItem',
      changes: () => [],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawDeletion>('/packages/items/delete', { PackageItemId: item.PackageItemId }),
    });
    return { deletedId: input.packageItemId, packageId: item.PackageId };
  }

  async createService(input: CreateServiceInput): Promise<CreateServicePayload> {
    const service = await runWrite(this.ctx, {
      operation: 'createService',
      changes: () => [{ entry: SERVICE_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawService>('/services', serviceFields(input)),
    });
    return { service: toService(service) };
  }

  async updateService(input: UpdateServiceInput): Promise<UpdateServicePayload> {
    const service = await runWrite(this.ctx, {
      operation: 'updateService',
      changes: () => [{ entry: SERVICE_LIST, invalidate: true }],
      targets: CATALOG,
      send: () => this.ctx.client.post<RawService>('/services/update', { ServiceId: input.serviceId, ...serviceFields(input) }),
    });
    return { service: toService(service) };
  }

  addServiceItem(input: AddServiceItemInput): Promise<AddServiceItemPayload> {
    return this.writeServiceItem('addServiceItem', '/services/items/add', input);
  }

  /** Items have no ID upstream: the service and the scope (aggregator, distributor) name the one to change. */
  updateServiceItem(input: UpdateServiceItemInput): Promise<UpdateServiceItemPayload> {
    return this.writeServiceItem('updateServiceItem', '/services/items/update', input);
  }

  private async writeServiceItem(operation: string, path: string, input: ServiceItemInput): Promise<AddServiceItemPayload | UpdateServiceItemPayload> {
    // Price points are read per service, uncached; the service's own record does not change.
    const item = await runWrite(this.ctx, { operation, changes: () => [], targets: CATALOG, send: () => this.ctx.client.post<RawServiceItem>(path, toRawServiceItem(input)) });
    const saved = savedServiceItem(item, `POST ${API_PREFIX}${path}`);
    return { item: toServiceItem(saved), serviceId: saved.ServiceId };
  }
}

/** Both service item writes answer `Successful`: a false one is a failure inside a 200, not a result. */
export function savedServiceItem(item: RawServiceItem, endpoint: string): RawServiceItem {
  if (item.Successful === false) throw failedInsideSuccess(endpoint, `saving the price point of service ${item.ServiceId}`);
  return item;
}
