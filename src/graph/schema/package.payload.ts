import { Field, ID, ObjectType } from 'type-graphql';
import { Package, PackageItem } from './package.type';

@ObjectType({ description: 'The result of createPackage.' })
export class CreatePackagePayload {
  @Field(() => Package, { description: 'The new package (its items under `items`).' })
  package!: Package;
}

@ObjectType({ description: 'The result of updatePackage.' })
export class UpdatePackagePayload {
  @Field(() => Package, { description: 'The package as it is now.' })
  package!: Package;
}

@ObjectType({ description: 'The result of addPackageItem: the new item, and its package.' })
export class AddPackageItemPayload {
  @Field(() => PackageItem, { description: 'The new item.' })
  item!: PackageItem;

  /** For `package`. */
  packageId!: string;
}

@ObjectType({ description: 'The result of removePackageItem: the removed item’s ID, and the package without it.' })
export class RemovePackageItemPayload {
  @Field(() => ID, { description: 'The package item removed (PIID-).' })
  deletedId!: string;

  /** For `package`. */
  packageId!: string;
}
