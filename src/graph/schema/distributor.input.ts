import { Field, ID, InputType } from 'type-graphql';
import { AddressInput, NameAndAddressesChanges, checkNameAndAddresses } from './address.input';
import { type ValidatedInput, checkId, inputField } from './input-rules';

@InputType({ description: 'A new distributor (Telegent distributor/create, an aggregator-level operation).' })
export class CreateDistributorInput implements ValidatedInput {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => AddressInput, { nullable: true, description: 'Billing address.' })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'Mailing address.' })
  mailingAddress?: AddressInput | null;

  validate(): void {
    checkNameAndAddresses(this);
  }
}

@InputType({ description: 'Changes to a distributor; fields left out stay as they are, a sent address replaces the old one whole.' })
export class UpdateDistributorInput extends NameAndAddressesChanges implements ValidatedInput {
  @Field(() => ID, { description: 'The distributor (DID-…): the gateway’s own, or one it created.' })
  distributorId!: string;

  validate(): void {
    checkId(this.distributorId, ['DID'], inputField('distributorId'));
    checkNameAndAddresses(this);
  }
}
