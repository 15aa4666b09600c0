import { Field, ID, InputType } from 'type-graphql';
import { SubscriberRole } from './enums';
import { type ValidatedInput, checkListSize, checkNumbersOrNone, checkE164List, checkEmail, checkId, checkLength, checkNotBlank, checkSecret, inputField } from './input-rules';

/** Subscriber IDs: `TSUID-`, and the legacy `SID-` (REFERENCE.md C5). */
const SUBSCRIBER_ID = ['TSUID', 'SID'];
/** Telegent sets no rule; the gateway asks for what NIST SP 800-63B asks of a user-chosen password. */
const PASSWORD_RULE = { min: 8, max: 128, shape: '8 to 128 characters, not all blank' };
/** Numbers one subscriber may be given in one call (an inventory page). */
export const SUBSCRIBER_MAX_NUMBERS = 1000;
const PASSWORD_NOTE = 'Write-only: Telegent never returns it, and the gateway neither logs nor keeps it in any form.';

@InputType({ description: 'A new subscriber of an account (Telegent subscribers/create).' })
export class CreateSubscriberInput implements ValidatedInput {
  @Field(() => ID, { description: 'The account (AID-…) the subscriber joins.' })
  accountId!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'E-mail address: unique across the whole platform (EMAIL_TAKEN otherwise), and cannot change later.' })
  email!: string;

  @Field(() => SubscriberRole, { defaultValue: SubscriberRole.SUBSCRIBER, description: 'What the subscriber may do in the account.' })
  role!: SubscriberRole;

  @Field({ description: `Login password, 8 to 128 characters. ${PASSWORD_NOTE}` })
  password!: string;

  @Field(() => [String], { defaultValue: [], description: 'Numbers of the account (E.164) to bind to the subscriber now; each must be free and in service. Empty strings mean no number: [""], as Telegent’s guide writes it, is [].' })
  numbers!: string[];

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key creates at most one subscriber (the Idempotency-Key header works too).' })
  idempotencyKey?: string | null;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkSubscriberName(this.name);
    checkEmail(this.email, inputField('email'));
    checkLength(this.email, 254, inputField('email'));
    checkSecret(this.password, PASSWORD_RULE, inputField('password'));
    checkListSize(this.numbers, 0, SUBSCRIBER_MAX_NUMBERS, inputField('numbers'));
    checkNumbersOrNone(this.numbers, inputField('numbers'));
  }
}

@InputType({ description: 'Changes to a subscriber; fields left out stay as they are. E-mail and account cannot change here.' })
export class UpdateSubscriberInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…; legacy SID-… accepted).' })
  subscriberId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => SubscriberRole, { nullable: true, description: 'New role.' })
  role?: SubscriberRole | null;

  @Field(() => String, { nullable: true, description: `New password, 8 to 128 characters. ${PASSWORD_NOTE}` })
  password?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The subscriber’s whole set of numbers (E.164), replacing the current one: numbers left out are unbound (they stay in ' +
      'the account), [] (or [""], as Telegent writes it) unbinds all. To add or remove a few, use assignNumbers and unassignNumbers.',
  })
  numbers?: string[] | null;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID, inputField('subscriberId'));
    if (this.name != null) checkSubscriberName(this.name);
    checkSecret(this.password, PASSWORD_RULE, inputField('password'));
    checkListSize(this.numbers, 0, SUBSCRIBER_MAX_NUMBERS, inputField('numbers'));
    checkNumbersOrNone(this.numbers, inputField('numbers'));
  }
}

@InputType({ description: 'Moves a subscriber, with its numbers, subscriptions and filters, to another account of the distributor.' })
export class TransferSubscriberInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The account (AID-…) the subscriber is in now; a transfer from any other is refused.' })
  fromAccountId!: string;

  @Field(() => ID, { description: 'The account (AID-…) to move it to.' })
  toAccountId!: string;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID, inputField('subscriberId'));
    checkId(this.fromAccountId, ['AID'], inputField('fromAccountId'));
    checkId(this.toAccountId, ['AID'], inputField('toAccountId'));
  }
}

@InputType({ description: 'Numbers to bind to a subscriber, keeping those it has.' })
export class AssignNumbersInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field(() => [String], { description: 'Numbers of the subscriber’s account (E.164), each free and in service; numbers it holds already are kept as they are.' })
  numbers!: string[];

  validate(): void {
    checkSubscriberNumbers(this);
  }
}

@InputType({ description: 'Numbers to unbind from a subscriber; they stay in the account’s inventory, unassigned.' })
export class UnassignNumbersInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field(() => [String], { description: 'Numbers (E.164) to unbind; any the subscriber does not hold are left alone.' })
  numbers!: string[];

  validate(): void {
    checkSubscriberNumbers(this);
  }
}

function checkSubscriberNumbers(input: { subscriberId: string; numbers: string[] }): void {
  checkId(input.subscriberId, SUBSCRIBER_ID, inputField('subscriberId'));
  checkListSize(input.numbers, 1, SUBSCRIBER_MAX_NUMBERS, inputField('numbers'));
  checkE164List(input.numbers, inputField('numbers'));
}

function checkSubscriberName(name: string): void {
  checkNotBlank(name, inputField('name'));
  checkLength(name, 200, inputField('name'));
}
