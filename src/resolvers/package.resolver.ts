import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Package, PackageItem } from '../schema/package.type';

@Resolver(() => Package)
export class PackageResolver {
  @Query(() => [Package], { nullable: true, description: 'The distributor’s package catalog.' })
  packages(@Ctx() { loaders }: Context): Promise<Package[]> {
    return loaders.packages();
  }

  @FieldResolver(() => [PackageItem], { nullable: true, description: 'The products in the package, each at its price in the package.' })
  items(@Root() pkg: Package, @Ctx() { loaders }: Context): Promise<PackageItem[]> {
    return loaders.packageItemsByPackageId.load(pkg.id);
  }
}
