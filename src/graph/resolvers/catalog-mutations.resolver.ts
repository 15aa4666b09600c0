import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { toPackage, toPackageItem, toProduct, toService, toServiceItem } from '../../telegent/catalog/mappers';
import { AddPackageItemInput, CreatePackageInput, RemovePackageItemInput, UpdatePackageInput } from '../schema/package.input';
import { AddPackageItemPayload, CreatePackagePayload, RemovePackageItemPayload, UpdatePackagePayload } from '../schema/package.payload';
import { Package } from '../schema/package.type';
import { CreateProductInput, UpdateProductInput } from '../schema/product.input';
import { CreateProductPayload, UpdateProductPayload } from '../schema/product.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { AddServiceItemInput, CreateServiceInput, UpdateServiceInput, UpdateServiceItemInput } from '../schema/service.input';
import { AddServiceItemPayload, CreateServicePayload, UpdateServiceItemPayload, UpdateServicePayload } from '../schema/service.payload';
import { Service } from '../schema/service.type';

/** The catalog's writes whose payload is the object written. */
@Resolver()
export class CatalogMutationResolver {
  @Mutation(() => CreateProductPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a product (a billable unit with a wholesale cost) to the distributor’s catalog.' })
  async createProduct(@Arg('input', () => CreateProductInput, { description: 'The product.' }) input: CreateProductInput, @Ctx() { writes }: Context): Promise<CreateProductPayload> {
    return { product: toProduct(await writes.catalog.createProduct(input)) };
  }

  @Mutation(() => UpdateProductPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a product’s code, description, family, cost or billing frequency.' })
  async updateProduct(@Arg('input', () => UpdateProductInput, { description: 'The product and what to change.' }) input: UpdateProductInput, @Ctx() ctx: Context): Promise<UpdateProductPayload> {
    const productId = await ctx.writes.catalog.updateProduct(input);
    // Read after the write, through the loaders it renewed.
    return { product: await ctx.loaders.productById.load(productId) };
  }

  @Mutation(() => CreatePackagePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a package (a bundle of products at one price), with its items if given.' })
  async createPackage(@Arg('input', () => CreatePackageInput, { description: 'The package and its items.' }) input: CreatePackageInput, @Ctx() { writes }: Context): Promise<CreatePackagePayload> {
    return { package: toPackage(await writes.catalog.createPackage(input)) };
  }

  @Mutation(() => UpdatePackagePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a package’s definition; its subscriptions see the change at once.' })
  async updatePackage(@Arg('input', () => UpdatePackageInput, { description: 'The package and what to change.' }) input: UpdatePackageInput, @Ctx() { writes }: Context): Promise<UpdatePackagePayload> {
    return { package: toPackage(await writes.catalog.updatePackage(input)) };
  }

  @Mutation(() => CreateServicePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a service: a chargeable capability, priced through its items.' })
  async createService(@Arg('input', () => CreateServiceInput, { description: 'The service.' }) input: CreateServiceInput, @Ctx() { writes }: Context): Promise<CreateServicePayload> {
    return { service: toService(await writes.catalog.createService(input)) };
  }

  @Mutation(() => UpdateServicePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a service’s name, description, cost or billing frequency.' })
  async updateService(@Arg('input', () => UpdateServiceInput, { description: 'The service and what to change.' }) input: UpdateServiceInput, @Ctx() { writes }: Context): Promise<UpdateServicePayload> {
    return { service: toService(await writes.catalog.updateService(input)) };
  }
}

const packageOf = ({ packageId }: { packageId: string }, { loaders }: Context): Promise<Package | null> =>
  loaders.packageById.load(packageId).catch(nullWhenNotFound);

const serviceOf = ({ serviceId }: { serviceId: string }, { loaders }: Context): Promise<Service | null> =>
  loaders.serviceById.load(serviceId).catch(nullWhenNotFound);

@Resolver(() => AddPackageItemPayload)
export class AddPackageItemResolver {
  @Mutation(() => AddPackageItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a product to a package, at its price in the package.' })
  async addPackageItem(@Arg('input', () => AddPackageItemInput, { description: 'The package and the product.' }) input: AddPackageItemInput, @Ctx() { writes }: Context): Promise<AddPackageItemPayload> {
    const item = await writes.catalog.addPackageItem(input);
    return { item: toPackageItem(item), packageId: item.PackageId };
  }

  @FieldResolver(() => Package, { nullable: true, description: 'The package, with the new item among its items.' })
  package(@Root() payload: AddPackageItemPayload, @Ctx() ctx: Context): Promise<Package | null> {
    return packageOf(payload, ctx);
  }
}

@Resolver(() => RemovePackageItemPayload)
export class RemovePackageItemResolver {
  @Mutation(() => RemovePackageItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Takes an item out of a package; the product stays in the catalog.' })
  async removePackageItem(@Arg('input', () => RemovePackageItemInput, { description: 'The package and its item.' }) input: RemovePackageItemInput, @Ctx() { writes }: Context): Promise<RemovePackageItemPayload> {
    return { deletedId: input.packageItemId, packageId: await writes.catalog.removePackageItem(input) };
  }

  @FieldResolver(() => Package, { nullable: true, description: 'The package, without the item.' })
  package(@Root() payload: RemovePackageItemPayload, @Ctx() ctx: Context): Promise<Package | null> {
    return packageOf(payload, ctx);
  }
}

@Resolver(() => AddServiceItemPayload)
export class AddServiceItemResolver {
  @Mutation(() => AddServiceItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a price point to a service for an aggregator, a distributor, or as its base price.' })
  async addServiceItem(@Arg('input', () => AddServiceItemInput, { description: 'The service, the scope and the price.' }) input: AddServiceItemInput, @Ctx() { writes }: Context): Promise<AddServiceItemPayload> {
    const item = await writes.catalog.addServiceItem(input);
    return { item: toServiceItem(item), serviceId: item.ServiceId };
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service, with the new price point among its items.' })
  service(@Root() payload: AddServiceItemPayload, @Ctx() ctx: Context): Promise<Service | null> {
    return serviceOf(payload, ctx);
  }
}

@Resolver(() => UpdateServiceItemPayload)
export class UpdateServiceItemResolver {
  @Mutation(() => UpdateServiceItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes the price of a service’s price point for one scope (the service and the scope name it).' })
  async updateServiceItem(@Arg('input', () => UpdateServiceItemInput, { description: 'The service, the scope and the new price.' }) input: UpdateServiceItemInput, @Ctx() { writes }: Context): Promise<UpdateServiceItemPayload> {
    const item = await writes.catalog.updateServiceItem(input);
    return { item: toServiceItem(item), serviceId: item.ServiceId };
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service, with the price point as it is now.' })
  service(@Root() payload: UpdateServiceItemPayload, @Ctx() ctx: Context): Promise<Service | null> {
    return serviceOf(payload, ctx);
  }
}
