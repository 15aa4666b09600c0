import { Field, ID, InputType } from 'type-graphql';
import { AddressInput, checkNameAndAddresses } from './address.input';
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
export class UpdateDistributorInput implements ValidatedInput {
  @Field(() => ID, { description: 'The distributor (DID-…): the gateway’s own, or one it created.' })
  distributorId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'New billing address.' })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'New mailing address.' })
  mailingAddress?: AddressInput | null;

  validate(): void {
    checkId(this.distributorId, ['DID'], inputField('distributorId'));
    checkNameAndAddresses(this);
  }
}
