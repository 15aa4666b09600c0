import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { oneCallThenPerListItem, perListItem } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { Package, PackageItem } from '../schema/package.type';
import { Product } from '../schema/product.type';
import { Subscriber } from '../schema/subscriber.type';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver(() => Package)
export class PackageResolver {
  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [Package], { nullable: true, complexity: perListItem, description: 'The distributor’s package catalog.' })
  packages(@Ctx() { loaders }: Context): Promise<Package[]> {
    return loaders.packages();
  }

  @FieldResolver(() => [PackageItem], { nullable: true, complexity: oneCallThenPerListItem, description: 'The products in the package, each at its price in the package.' })
  items(@Root() pkg: Package, @Ctx() { loaders }: Context): Promise<PackageItem[]> {
    return loaders.packageItemsByPackageId.load(pkg.id);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber the package is tied to, if any (Telegent does not say what that changes).' })
  subscriber(@Root() pkg: Package, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return pkg.subscriberId ? loaders.subscriberById.load(pkg.subscriberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}

@Resolver(() => PackageItem)
export class PackageItemResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'The product this item sells.' })
  product(@Root() item: PackageItem, @Ctx() { loaders }: Context): Promise<Product | null> {
    return item.productId ? loaders.productById.load(item.productId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}
