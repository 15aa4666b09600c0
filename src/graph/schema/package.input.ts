import { Field, ID, InputType } from 'type-graphql';
import { type ValidatedInput, checkId, checkMoney, checkText, inputField } from './input-rules';
import { MoneyScalar } from './money.scalar';

/** The platform's limits on a package's text fields (the sandbox's; REFERENCE.md §3.13 gives none). */
const NAME_MAX = 255;
const DESCRIPTION_MAX = 500;
const TYPE_MAX = 100;
/** Telegent writes packages `PID-`; its glossary says `PKID-` (REFERENCE.md C3). */
export const PACKAGE_ID_PREFIXES = ['PID', 'PKID'];

@InputType({ description: 'A product to put in a package, at its price in the package.' })
export class PackageItemInput {
  @Field(() => ID, { description: 'The product (PRID-).' })
  productId!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Price of the item in the package, in USD (zero or more); Telegent records 0 when left out.' })
  price?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the item is charged monthly; by default, whether the product is (MRC).' })
  monthly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Item kind, e.g. esim, data, sms; by default the product’s type.' })
  type?: string | null;
}

/** Checks an item; `field` is where it sits (`input.items[0]`, or `input` for addPackageItem). */
function checkItem(item: PackageItemInput, field: (name: string) => string): void {
  checkId(item.productId, ['PRID'], field('productId'));
  checkMoney(item.price, field('price'));
  checkText(item.type, TYPE_MAX, field('type'));
}

@InputType({ description: 'A new package: a sellable bundle of products at one price.' })
export class CreatePackageInput implements ValidatedInput {
  @Field({ description: 'Display name, e.g. "Family 10GB" (up to 255 characters).' })
  name!: string;

  @Field({ description: 'Package kind as Telegent records it, free text: esim, sip, iot… (up to 100 characters).' })
  type!: string;

  @Field(() => MoneyScalar, { description: 'Price the subscriber pays, in USD (zero or more).' })
  price!: number;

  @Field({ description: 'Whether the price recurs monthly.' })
  monthly!: boolean;

  @Field(() => String, { nullable: true, description: 'What the package offers (up to 500 characters).' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A subscriber (TSUID-) to tie the package to; Telegent does not say what that changes, so prefer packages for everyone.' })
  subscriberId?: string | null;

  @Field(() => [PackageItemInput], { nullable: true, description: 'The products in the package; one bad item creates nothing.' })
  items?: PackageItemInput[] | null;

  validate(): void {
    checkPackageFields(this);
    this.items?.forEach((item, i) => checkItem(item, (name) => inputField(`items[${i}].${name}`)));
  }
}

@InputType({ description: 'Changes to a package; fields left out stay as they are. Subscriptions see the new definition at once.' })
export class UpdatePackageInput implements ValidatedInput {
  @Field(() => ID, { description: 'The package (PID-).' })
  packageId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New package kind.' })
  type?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'New price, in USD (zero or more).' })
  price?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the price recurs monthly.' })
  monthly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A subscriber (TSUID-) to tie the package to.' })
  subscriberId?: string | null;

  validate(): void {
    checkId(this.packageId, PACKAGE_ID_PREFIXES, inputField('packageId'));
    checkPackageFields(this);
  }
}

function checkPackageFields(input: Omit<UpdatePackageInput, 'packageId' | 'validate'>): void {
  checkText(input.name, NAME_MAX, inputField('name'));
  checkText(input.type, TYPE_MAX, inputField('type'));
  checkText(input.description, DESCRIPTION_MAX, inputField('description'));
  checkMoney(input.price, inputField('price'));
  checkId(input.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
}

@InputType({ description: 'A product to add to an existing package.' })
export class AddPackageItemInput extends PackageItemInput implements ValidatedInput {
  @Field(() => ID, { description: 'The package (PID-).' })
  packageId!: string;

  validate(): void {
    checkId(this.packageId, PACKAGE_ID_PREFIXES, inputField('packageId'));
    checkItem(this, inputField);
  }
}

@InputType({ description: 'An item to take out of a package (the product itself stays in the catalog).' })
export class RemovePackageItemInput implements ValidatedInput {
  @Field(() => ID, { description: 'The package holding the item (PID-).' })
  packageId!: string;

  @Field(() => ID, { description: 'The package item (PIID-), as `Package.items` lists it.' })
  packageItemId!: string;

  validate(): void {
    checkId(this.packageId, PACKAGE_ID_PREFIXES, inputField('packageId'));
    checkId(this.packageItemId, ['PIID'], inputField('packageItemId'));
  }
}
