import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { MessageType, NumberType, ProductType } from './enums';
import { type ValidatedInput, checkAreaCode, checkE164, checkIccid, checkId, checkRequiredWhen, checkZipCode, inputField } from './input-rules';

@InputType({ description: 'What number to buy and how to set it up (Telegent numbers/provision).' })
export class ProvisionNumberInput implements ValidatedInput {
  @Field(() => NumberType, { description: 'MVNO, IOT or VOIP. IOT numbers are P2P only; VOIP numbers are A2P only.' })
  numberType!: NumberType;

  @Field(() => MessageType, { description: 'A2P or P2P messaging.' })
  messageType!: MessageType;

  @Field({ description: 'Whether SMS/MMS is enabled.' })
  messageEnabled!: boolean;

  @Field({ description: 'Whether voice is enabled; then voiceRouteId is required.' })
  voiceEnabled!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Data capability (IoT); by default it follows the product type.' })
  dataEnabled?: boolean | null;

  @Field(() => ProductType, { description: 'What the number is sold for.' })
  productType!: ProductType;

  @Field(() => ID, { nullable: true, description: 'Message route (MRID-) for inbound messages and receipts; Telegent refuses to provision without one.' })
  messageRouteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Voice route (CRID-) for inbound calls; required when voiceEnabled.' })
  voiceRouteId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A specific number to buy, in E.164, as availableNumbers listed it; NUMBER_CLAIMED if someone bought it since. Leave out to let Telegent pick by areaCode, then zipCode.',
  })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred 3-digit area code, searched first.' })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: '5-digit US ZIP code, the fallback when the area code has nothing; neither means any number.' })
  zipCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of a physical SIM to activate, or of the eSIM profile to pair.' })
  iccid?: string | null;

  @Field(() => ID, { nullable: true, description: 'Subscriber (TSUID-) to bind the number to now; otherwise it stays unassigned.' })
  subscriberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Account (AID-) to buy for; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Makes retries safe: the same key buys at most one number (the Idempotency-Key header works too).',
  })
  idempotencyKey?: string | null;

  validate(): void {
    if (this.numberType === NumberType.IOT && this.messageType === MessageType.A2P) {
      throw badUserInput('IOT numbers are P2P only; use numberType MVNO for A2P.', inputField('messageType'));
    }
    if (this.numberType === NumberType.VOIP && this.messageType === MessageType.P2P) {
      throw badUserInput('VOIP numbers are A2P only; use numberType MVNO for P2P.', inputField('messageType'));
    }
    checkRequiredWhen(true, this.messageRouteId, inputField('messageRouteId'), 'to provision a number (Telegent binds every number to a message route)');
    checkRequiredWhen(this.voiceEnabled, this.voiceRouteId, inputField('voiceRouteId'), 'when voiceEnabled is true');
    checkId(this.messageRouteId, ['MRID'], inputField('messageRouteId'));
    checkId(this.voiceRouteId, ['CRID'], inputField('voiceRouteId'));
    checkId(this.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkE164(this.number, inputField('number'));
    if (this.number != null && (this.areaCode != null || this.zipCode != null)) {
      throw badUserInput('input.number names the number to buy: leave areaCode and zipCode out.', inputField(this.areaCode != null ? 'areaCode' : 'zipCode'));
    }
    checkAreaCode(this.areaCode, inputField('areaCode'));
    checkZipCode(this.zipCode, inputField('zipCode'));
    checkIccid(this.iccid, inputField('iccid'));
  }
}
