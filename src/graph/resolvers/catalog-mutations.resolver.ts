import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AddPackageItemInput, CreatePackageInput, RemovePackageItemInput, UpdatePackageInput } from '../schema/package.input';
import { AddPackageItemPayload, CreatePackagePayload, RemovePackageItemPayload, UpdatePackagePayload } from '../schema/package.payload';
import { Package } from '../schema/package.type';
import { CreateProductInput, UpdateProductInput } from '../schema/product.input';
import { CreateProductPayload, UpdateProductPayload } from '../schema/product.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { AddServiceItemInput, CreateServiceInput, UpdateServiceInput, UpdateServiceItemInput } from '../schema/service.input';
import { AddServiceItemPayload, CreateServicePayload, UpdateServiceItemPayload, UpdateServicePayload } from '../schema/service.payload';
import { Service } from '../schema/service.type';
import { payloadRelation } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class CatalogMutationResolver {
  @Requires('catalog:write')
  @Mutation(() => CreateProductPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a product (a billable unit with a wholesale cost) to the distributor’s catalog.' })
  createProduct(@Arg('input', () => CreateProductInput, { description: 'The product.' }) input: CreateProductInput, @Ctx() { writes }: Context): Promise<CreateProductPayload> {
    return writes.catalog.createProduct(input);
  }

  @Requires('catalog:write')
  @Mutation(() => UpdateProductPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a product’s code, description, family, cost or billing frequency.' })
  async updateProduct(@Arg('input', () => UpdateProductInput, { description: 'The product and what to change.' }) input: UpdateProductInput, @Ctx() { writes, loaders }: Context): Promise<UpdateProductPayload> {
    const productId = await writes.catalog.updateProduct(input);
    // Read after the write, through the loaders it renewed.
    return { product: await loaders.productById.load(productId) };
  }

  @Requires('catalog:write')
  @Mutation(() => CreatePackagePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a package (a bundle of products at one price), with its items if given.' })
  createPackage(@Arg('input', () => CreatePackageInput, { description: 'The package and its items.' }) input: CreatePackageInput, @Ctx() { writes }: Context): Promise<CreatePackagePayload> {
    return writes.catalog.createPackage(input);
  }

  @Requires('catalog:write')
  @Mutation(() => UpdatePackagePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a package’s definition; its subscriptions see the change at once.' })
  updatePackage(@Arg('input', () => UpdatePackageInput, { description: 'The package and what to change.' }) input: UpdatePackageInput, @Ctx() { writes }: Context): Promise<UpdatePackagePayload> {
    return writes.catalog.updatePackage(input);
  }

  @Requires('catalog:write')
  @Mutation(() => AddPackageItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a product to a package, at its price in the package.' })
  addPackageItem(@Arg('input', () => AddPackageItemInput, { description: 'The package and the product.' }) input: AddPackageItemInput, @Ctx() { writes }: Context): Promise<AddPackageItemPayload> {
    return writes.catalog.addPackageItem(input);
  }

  @Requires('catalog:write')
  @Mutation(() => RemovePackageItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Takes an item out of a package; the product stays in the catalog.' })
  removePackageItem(@Arg('input', () => RemovePackageItemInput, { description: 'The package and its item.' }) input: RemovePackageItemInput, @Ctx() { writes }: Context): Promise<RemovePackageItemPayload> {
    return writes.catalog.removePackageItem(input);
  }

  @Requires('catalog:write')
  @Mutation(() => CreateServicePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a service: a chargeable capability, priced through its items.' })
  createService(@Arg('input', () => CreateServiceInput, { description: 'The service.' }) input: CreateServiceInput, @Ctx() { writes }: Context): Promise<CreateServicePayload> {
    return writes.catalog.createService(input);
  }

  @Requires('catalog:write')
  @Mutation(() => UpdateServicePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a service’s name, description, cost or billing frequency.' })
  updateService(@Arg('input', () => UpdateServiceInput, { description: 'The service and what to change.' }) input: UpdateServiceInput, @Ctx() { writes }: Context): Promise<UpdateServicePayload> {
    return writes.catalog.updateService(input);
  }

  @Requires('catalog:write')
  @Mutation(() => AddServiceItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a price point to a service for an aggregator, a distributor, or as its base price.' })
  addServiceItem(@Arg('input', () => AddServiceItemInput, { description: 'The service, the scope and the price.' }) input: AddServiceItemInput, @Ctx() { writes }: Context): Promise<AddServiceItemPayload> {
    return writes.catalog.addServiceItem(input);
  }

  @Requires('catalog:write')
  @Mutation(() => UpdateServiceItemPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes the price of a service’s price point for one scope (the service and the scope name it).' })
  updateServiceItem(@Arg('input', () => UpdateServiceItemInput, { description: 'The service, the scope and the new price.' }) input: UpdateServiceItemInput, @Ctx() { writes }: Context): Promise<UpdateServiceItemPayload> {
    return writes.catalog.updateServiceItem(input);
  }
}

const packageField = (description: string) => ({ name: 'package', type: Package, description });
const serviceField = (description: string) => ({ name: 'service', type: Service, description });

/** The `package` and `service` fields of the item payloads. */
export const CATALOG_PAYLOAD_RESOLVERS = [
  payloadRelation(AddPackageItemPayload, packageField('The package, with the new item among its items.'), (root, { loaders }) => loaders.packageById.load(root.packageId)),
  payloadRelation(RemovePackageItemPayload, packageField('The package, without the item.'), (root, { loaders }) => loaders.packageById.load(root.packageId)),
  payloadRelation(AddServiceItemPayload, serviceField('The service, with the new price point among its items.'), (root, { loaders }) => loaders.serviceById.load(root.serviceId)),
  payloadRelation(UpdateServiceItemPayload, serviceField('The service, with the price point as it is now.'), (root, { loaders }) => loaders.serviceById.load(root.serviceId)),
];
