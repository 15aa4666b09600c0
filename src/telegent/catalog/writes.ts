import type { AddPackageItemInput, CreatePackageInput, PackageItemInput, RemovePackageItemInput, UpdatePackageInput } from '../../graph/schema/package.input';
import type { CreateProductInput, UpdateProductInput } from '../../graph/schema/product.input';
import type { AddServiceItemInput, CreateServiceInput, ServiceItemInput, UpdateServiceInput, UpdateServiceItemInput } from '../../graph/schema/service.input';
import { formatMoney } from '../../graph/schema/money.scalar';
import { failedInsideSuccess, notFound } from '../../errors';
import { type RawDeletion, type RawPackage, type RawPackageItem, type RawProduct, type RawService, type RawServiceItem } from './mappers';
import { sameId } from '../../ids';
import { API_PREFIX } from '../client';
import { type WriteContext, performWrite } from '../write';
import { listPackageItems } from './reads';

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

/** The catalog: products, packages and their items, services and their price points (REFERENCE.md §3.13). */
export class CatalogWrites {
  constructor(private readonly ctx: WriteContext) {}

  createProduct(input: CreateProductInput): Promise<RawProduct> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawProduct>('/products', productFields(input)));
  }

  /** Telegent answers the short form, without `Active`: the payload reads the product from the catalog. Returns its ID. */
  async updateProduct(input: UpdateProductInput): Promise<string> {
    const reply = await performWrite(this.ctx, () =>
      this.ctx.client.post<Pick<RawProduct, 'ProductId'>>('/products/update', { ProductId: input.productId, ...productFields(input) }),
    );
    return reply.ProductId;
  }

  createPackage(input: CreatePackageInput): Promise<RawPackage> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawPackage>('/packages', { ...packageFields(input), PackageItems: input.items?.map(toRawPackageItem) }),
    );
  }

  updatePackage(input: UpdatePackageInput): Promise<RawPackage> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawPackage>('/packages/update', { PackageId: input.packageId, ...packageFields(input) }));
  }

  addPackageItem(input: AddPackageItemInput): Promise<RawPackageItem> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawPackageItem>('/packages/items/add', { PackageId: input.packageId, ...toRawPackageItem(input) }));
  }

  /**
   * Telegent deletes an item by its ID alone and does not say which package held it, so the item is
   * first looked up in the package named: the payload's package is then the one that changed.
   * Returns that package's ID.
   */
  async removePackageItem(input: RemovePackageItemInput): Promise<string> {
    const item = (await listPackageItems(this.ctx.client, input.packageId)).find((i) => sameId(i.PackageItemId, input.packageItemId));
    if (!item) throw notFound(`Package item ${input.packageItemId} of package ${input.packageId}`);
    await performWrite(this.ctx, () => this.ctx.client.post<RawDeletion>('/packages/items/delete', { PackageItemId: item.PackageItemId }));
    return item.PackageId;
  }

  createService(input: CreateServiceInput): Promise<RawService> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawService>('/services', serviceFields(input)));
  }

  updateService(input: UpdateServiceInput): Promise<RawService> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawService>('/services/update', { ServiceId: input.serviceId, ...serviceFields(input) }));
  }

  addServiceItem(input: AddServiceItemInput): Promise<RawServiceItem> {
    return this.writeServiceItem('/services/items/add', input);
  }

  /** Items have no ID upstream: the service and the scope (aggregator, distributor) name the one to change. */
  updateServiceItem(input: UpdateServiceItemInput): Promise<RawServiceItem> {
    return this.writeServiceItem('/services/items/update', input);
  }

  private async writeServiceItem(path: string, input: ServiceItemInput): Promise<RawServiceItem> {
    const item = await performWrite(this.ctx, () => this.ctx.client.post<RawServiceItem>(path, toRawServiceItem(input)));
    return savedServiceItem(item, `POST ${API_PREFIX}${path}`);
  }
}

/** Both service item writes answer `Successful`: a false one is a failure inside a 200, not a result. */
export function savedServiceItem(item: RawServiceItem, endpoint: string): RawServiceItem {
  if (item.Successful === false) throw failedInsideSuccess(endpoint, `saving the price point of service ${item.ServiceId}`);
  return item;
}
