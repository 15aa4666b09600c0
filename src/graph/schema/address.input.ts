import { Field, InputType } from 'type-graphql';
import { checkLength, checkNotBlank, inputField } from './input-rules';

@InputType({ description: 'A postal address; every part is optional, as in Telegent.' })
export class AddressInput {
  @Field(() => String, { nullable: true, description: 'First street line.' })
  street1?: string | null;

  @Field(() => String, { nullable: true, description: 'Second street line (suite, apartment).' })
  street2?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'State: a two-letter code such as UT, or its name.' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' })
  zip?: string | null;

  @Field(() => String, { nullable: true, description: 'Country; leave empty for USA.' })
  country?: string | null;
}

/** Checks an address input's parts; `field` is where it sits (`input.billingAddress`). */
export function checkAddress(address: AddressInput | null | undefined, field: string): void {
  if (!address) return;
  for (const part of ['street1', 'street2', 'city', 'state', 'zip', 'country'] as const) checkLength(address[part], 200, `${field}.${part}`);
}

/** A holder's display name and addresses (accounts, distributors): the same rules on create and update. */
export function checkNameAndAddresses(input: { name?: string | null; billingAddress?: AddressInput | null; mailingAddress?: AddressInput | null }): void {
  checkNotBlank(input.name, inputField('name'));
  checkLength(input.name, 200, inputField('name'));
  checkAddress(input.billingAddress, inputField('billingAddress'));
  checkAddress(input.mailingAddress, inputField('mailingAddress'));
}

/** Changes to a holder's name and addresses (accounts, distributors); fields left out stay as they are. */
@InputType({ description: 'A base of the update inputs; not in the schema on its own.' })
export abstract class NameAndAddressesChanges {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'New billing address.' })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'New mailing address.' })
  mailingAddress?: AddressInput | null;
}
