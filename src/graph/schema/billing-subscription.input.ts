import { Field, ID, InputType } from 'type-graphql';
import { NumberType } from './enums';
import { type ValidatedInput, checkIccid, checkId, inputField } from './input-rules';
import { PACKAGE_ID_PREFIXES } from './package.input';

/** `NID-` from provisioning and port-in; the inventory also shows `TNID-` (REFERENCE.md §2.5). */
const NUMBER_ID_PREFIXES = ['NID', 'TNID'];

@InputType({ description: 'A new subscription: a subscriber starts paying for a package, usually on one number. Starts recurring charges.' })
export class CreateSubscriptionInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber billed (TSUID-).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The package paid for (PID-).' })
  packageId!: string;

  @Field(() => NumberType, { description: 'The kind of number billed; must be the number’s numberType.' })
  type!: NumberType;

  @Field(() => ID, { nullable: true, description: 'The number billed (NID-): in the subscriber’s account, not someone else’s line, and without another active subscription (one per number).' })
  numberId?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of the SIM; by default the number’s.' })
  iccid?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Makes retries safe: the same key starts at most one subscription (the Idempotency-Key header works too).',
  })
  idempotencyKey?: string | null;

  validate(): void {
    checkId(this.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
    checkId(this.packageId, PACKAGE_ID_PREFIXES, inputField('packageId'));
    checkId(this.numberId, NUMBER_ID_PREFIXES, inputField('numberId'));
    checkIccid(this.iccid, inputField('iccid'));
  }
}

@InputType({ description: 'Changes to a subscription (swap the package, move it to another number or subscriber); fields left out stay as they are.' })
export class UpdateSubscriptionInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscription (SUB-); a cancelled one cannot change.' })
  subscriptionId!: string;

  @Field(() => ID, { nullable: true, description: 'The subscriber to bill from now on (TSUID-).' })
  subscriberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The package to bill from now on (PID-).' })
  packageId?: string | null;

  @Field(() => NumberType, { nullable: true, description: 'The kind of number billed; must be the number’s numberType.' })
  type?: NumberType | null;

  @Field(() => ID, { nullable: true, description: 'The number to bill from now on (NID-), under the same rules as createSubscription.' })
  numberId?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of the SIM from now on.' })
  iccid?: string | null;

  validate(): void {
    checkId(this.subscriptionId, ['SUB'], inputField('subscriptionId'));
    checkId(this.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
    checkId(this.packageId, PACKAGE_ID_PREFIXES, inputField('packageId'));
    checkId(this.numberId, NUMBER_ID_PREFIXES, inputField('numberId'));
    checkIccid(this.iccid, inputField('iccid'));
  }
}

@InputType({ description: 'A subscription to end: its charges stop, the subscriber and the number stay.' })
export class CancelSubscriptionInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscription (SUB-).' })
  subscriptionId!: string;

  validate(): void {
    checkId(this.subscriptionId, ['SUB'], inputField('subscriptionId'));
  }
}
