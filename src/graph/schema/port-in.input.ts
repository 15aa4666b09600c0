import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { NumberType } from './enums';
import {
  type ValidatedInput,
  checkE164,
  checkIccid,
  checkId,
  checkDay,
  checkLength,
  checkNotBlank,
  checkSomeChange,
  checkStateCode,
  checkZipCode,
  inputField,
} from './input-rules';

/** Order IDs: JNUOID- as issued, and the JNOID-/TNOID- spellings older answers show (REFERENCE.md §2.5). */
export const ORDER_ID_PREFIXES = ['JNUOID', 'JNOID', 'TNOID'] as const;

@InputType({ description: 'The billing address on the losing carrier’s account; it must match the carrier’s records exactly.' })
export class CarrierAddressInput {
  @Field({ description: 'First street line.' })
  street1!: string;

  @Field(() => String, { nullable: true, description: 'Second street line (suite, apartment).' })
  street2?: string | null;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'Two-letter state code, e.g. UT.' })
  state!: string;

  @Field({ description: '5-digit ZIP code.' })
  zip!: string;
}

function checkCarrierAddress(address: CarrierAddressInput | null | undefined, field: string): void {
  if (!address) return;
  for (const part of ['street1', 'city'] as const) checkNotBlank(address[part], `${field}.${part}`);
  for (const part of ['street1', 'street2', 'city'] as const) checkLength(address[part], 200, `${field}.${part}`);
  checkStateCode(address.state, `${field}.state`);
  checkZipCode(address.zip, `${field}.zip`);
}

/** The losing carrier's account details and the target: the same rules at submit and update. */
function checkCarrierDetails(input: {
  currentCarrierName?: string | null;
  currentAccountNumber?: string | null;
  currentAccountPassword?: string | null;
  currentBillingAddress?: CarrierAddressInput | null;
  subscriberName?: string | null;
  iccid?: string | null;
  portInDate?: string | null;
  targetClassification?: NumberType | null;
}): void {
  checkNotBlank(input.currentCarrierName, inputField('currentCarrierName'));
  checkLength(input.currentCarrierName, 100, inputField('currentCarrierName'));
  checkNotBlank(input.currentAccountNumber, inputField('currentAccountNumber'));
  checkLength(input.currentAccountNumber, 50, inputField('currentAccountNumber'));
  // Never echo the password or PIN back in the message.
  if (input.currentAccountPassword != null && (input.currentAccountPassword.trim() === '' || input.currentAccountPassword.length > 50)) {
    throw badUserInput('input.currentAccountPassword must be 1 to 50 characters.', inputField('currentAccountPassword'));
  }
  checkCarrierAddress(input.currentBillingAddress, inputField('currentBillingAddress'));
  checkNotBlank(input.subscriberName, inputField('subscriberName'));
  checkLength(input.subscriberName, 255, inputField('subscriberName'));
  checkIccid(input.iccid, inputField('iccid'));
  checkDay(input.portInDate, inputField('portInDate'));
  checkPortInTarget(input.targetClassification);
}

/** Telegent ports numbers into mobile lines: its port-in classification is mvno or iot, never voip. */
function checkPortInTarget(target: NumberType | null | undefined): void {
  if (target === NumberType.VOIP) {
    throw badUserInput('input.targetClassification must be MVNO or IOT: Telegent ports numbers into mobile lines only; provision a VOIP number instead.', inputField('targetClassification'));
  }
}

@InputType({ description: 'A number to check for port-in (Telegent numbers/portin/eligibility).' })
export class CheckPortInEligibilityInput implements ValidatedInput {
  @Field({ description: 'The number to bring in, in E.164.' })
  number!: string;

  @Field(() => NumberType, { description: 'What it would become on the platform: MVNO or IOT (Telegent ports into mobile lines only).' })
  targetClassification!: NumberType;

  validate(): void {
    checkE164(this.number, inputField('number'));
    checkPortInTarget(this.targetClassification);
  }
}

@InputType({ description: 'A port-in request (Telegent numbers/portin). Submit only once the subscriber has signed the LOA.' })
export class SubmitPortInInput implements ValidatedInput {
  @Field({ description: 'The number to bring in, in E.164.' })
  number!: string;

  @Field({ description: 'The losing carrier, e.g. Verizon.' })
  currentCarrierName!: string;

  @Field({ description: 'The subscriber’s account number at the losing carrier.' })
  currentAccountNumber!: string;

  @Field({ description: 'The account PIN or password at the losing carrier. Sent on, never stored or shown by the gateway.' })
  currentAccountPassword!: string;

  @Field(() => CarrierAddressInput, { description: 'The billing address the losing carrier has on file.' })
  currentBillingAddress!: CarrierAddressInput;

  @Field(() => NumberType, { nullable: true, description: 'What the number becomes: MVNO (when left out) or IOT.' })
  targetClassification?: NumberType | null;

  @Field(() => String, { nullable: true, description: 'The subscriber’s name as the losing carrier has it.' })
  subscriberName?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of an existing SIM to port onto.' })
  iccid?: string | null;

  @Field(() => String, { nullable: true, description: 'Requested completion day, YYYY-MM-DD or MM/DD/YYYY (as Telegent’s guide writes it); required for wireline numbers before they can be scheduled.' })
  portInDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Account (AID-) the number joins; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Subscriber (TSUID-) the number is bound to once ported.' })
  subscriberId?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key submits at most one port-in (the Idempotency-Key header works too).' })
  idempotencyKey?: string | null;

  validate(): void {
    checkE164(this.number, inputField('number'));
    checkCarrierDetails(this);
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkId(this.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
  }
}

@InputType({ description: 'Corrections to an open port-in (Telegent numbers/portin/update); fields left out stay as they are.' })
export class UpdatePortInInput implements ValidatedInput {
  @Field(() => ID, { description: 'The port-in order (JNUOID-…).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'The losing carrier.' })
  currentCarrierName?: string | null;

  @Field(() => String, { nullable: true, description: 'The account number at the losing carrier.' })
  currentAccountNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The account PIN or password at the losing carrier (never stored or shown).' })
  currentAccountPassword?: string | null;

  @Field(() => CarrierAddressInput, { nullable: true, description: 'The billing address at the losing carrier.' })
  currentBillingAddress?: CarrierAddressInput | null;

  @Field(() => String, { nullable: true, description: 'Requested completion day, YYYY-MM-DD or MM/DD/YYYY; wireline numbers wait for it.' })
  portInDate?: string | null;

  @Field(() => NumberType, { nullable: true, description: 'What the number becomes: MVNO or IOT.' })
  targetClassification?: NumberType | null;

  @Field(() => String, { nullable: true, description: 'The subscriber’s name at the losing carrier.' })
  subscriberName?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of the SIM to port onto (physical SIM port-ins).' })
  iccid?: string | null;

  validate(): void {
    checkId(this.orderId, ORDER_ID_PREFIXES, inputField('orderId'));
    const changes = ['currentCarrierName', 'currentAccountNumber', 'currentAccountPassword', 'currentBillingAddress', 'portInDate', 'targetClassification', 'subscriberName', 'iccid'] as const;
    checkSomeChange(this, changes);
    for (const name of changes) {
      if (this[name] === null) throw badUserInput(`${inputField(name)} cannot be null: leave it out to keep it as it is.`, inputField(name));
    }
    checkCarrierDetails(this);
  }
}

@InputType({ description: 'The port-in to cancel (Telegent numbers/portin/cancel). Cancelling is final.' })
export class CancelPortInInput implements ValidatedInput {
  @Field(() => ID, { description: 'The port-in order (JNUOID-…).' })
  orderId!: string;

  validate(): void {
    checkId(this.orderId, ORDER_ID_PREFIXES, inputField('orderId'));
  }
}

@InputType({ description: 'A port-out PIN for the gaining carrier (Telegent numbers/portout).' })
export class RequestPortOutInput implements ValidatedInput {
  @Field({ description: 'The number leaving, in E.164; it must be Active in the inventory.' })
  number!: string;

  @Field({ description: 'The PIN the subscriber gives the gaining carrier: 4 to 10 digits. Sent on, never stored or shown.' })
  pin!: string;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key requests at most one port-out (the Idempotency-Key header works too).' })
  idempotencyKey?: string | null;

  validate(): void {
    checkE164(this.number, inputField('number'));
    // The PIN itself never appears in the message.
    if (!/^\d{4,10}$/.test(this.pin)) throw badUserInput('input.pin must be 4 to 10 digits.', inputField('pin'));
  }
}
