import { Field, ID, InputType } from 'type-graphql';
import { AddressInput, NameAndAddressesChanges, checkNameAndAddresses } from './address.input';
import { type ValidatedInput, checkEmail, checkId, inputField } from './input-rules';

@InputType({ description: 'A new account (a family or business) under the distributor.' })
export class CreateAccountInput implements ValidatedInput {
  @Field({ description: 'Display name of the family or business.' })
  name!: string;

  @Field({ description: 'E-mail of the account’s Manager (Telegent’s AccountAdmin); billing and system notices go there.' })
  adminEmail!: string;

  @Field(() => AddressInput, { nullable: true, description: 'Where invoices go (needed for invoicing).' })
  billingAddress?: AddressInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'Where mail goes, when it differs from the billing address.' })
  mailingAddress?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key returns the first result (the Idempotency-Key header works too).' })
  idempotencyKey?: string | null;

  validate(): void {
    checkNameAndAddresses(this);
    checkEmail(this.adminEmail, inputField('adminEmail'));
  }
}

@InputType({ description: 'Changes to an account; fields left out stay as they are, a sent address replaces the old one whole.' })
export class UpdateAccountInput extends NameAndAddressesChanges implements ValidatedInput {
  @Field(() => ID, { description: 'The account (AID-…).' })
  accountId!: string;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkNameAndAddresses(this);
  }
}
