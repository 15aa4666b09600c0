import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { MessageType, NumberStatusChange, NumberType } from './enums';
import {
  type ValidatedInput,
  checkAreaCode,
  checkE164,
  checkE164List,
  checkIccid,
  checkId,
  checkIsoDate,
  checkLength,
  checkNonEmptyDistinct,
  checkRequiredWhen,
  checkSomeChange,
  checkZipCode,
  inputField,
} from './input-rules';

/** CNAM (caller-ID name) as US carriers carry it. */
const CALLER_ID_NAME_MAX = 15;

@InputType({
  description:
    'Changes to one number’s configuration (Telegent numbers/update). Fields left out stay as they are; ' +
    'null clears subscriberId, iccid and callerIdName.',
})
export class UpdateNumberInput implements ValidatedInput {
  @Field({ description: 'The number to change, in E.164.' })
  number!: string;

  @Field(() => NumberType, {
    nullable: true,
    description: 'MVNO or IOT (a mobile line can move between them); a number cannot become or stop being VOIP: re-provision instead.',
  })
  numberType?: NumberType | null;

  @Field(() => MessageType, { nullable: true, description: 'A2P or P2P; IOT lines are P2P only.' })
  messageType?: MessageType | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn messaging on or off; on needs a message route, on the number or here.' })
  messageEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn voice on or off; on needs a voice route, on the number or here.' })
  voiceEnabled?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Message route (MRID-) for the number’s inbound messages and receipts.' })
  messageRouteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Voice route (CRID-) for the number’s inbound calls.' })
  voiceRouteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Subscriber (TSUID-) to bind the number to; null unbinds it.' })
  subscriberId?: string | null;

  @Field(() => String, { nullable: true, description: 'ICCID of the SIM to bind; null unbinds the SIM.' })
  iccid?: string | null;

  @Field(() => String, { nullable: true, description: 'Caller-ID name, at most 15 characters (carriers take 24–48 h to show it); null clears it.' })
  callerIdName?: string | null;

  validate(): void {
    checkE164(this.number, inputField('number'));
    checkSomeChange(this, ['numberType', 'messageType', 'messageEnabled', 'voiceEnabled', 'messageRouteId', 'voiceRouteId', 'subscriberId', 'iccid', 'callerIdName']);
    if (this.numberType === NumberType.VOIP) {
      throw badUserInput('input.numberType cannot be VOIP: a number cannot change between mobile and VoIP; provision a VoIP number instead.', inputField('numberType'));
    }
    if (this.numberType === NumberType.IOT && this.messageType === MessageType.A2P) {
      throw badUserInput('IOT numbers are P2P only; use numberType MVNO for A2P.', inputField('messageType'));
    }
    for (const [name, value] of [['numberType', this.numberType], ['messageType', this.messageType], ['messageEnabled', this.messageEnabled], ['voiceEnabled', this.voiceEnabled], ['messageRouteId', this.messageRouteId], ['voiceRouteId', this.voiceRouteId]] as const) {
      if (value === null) throw badUserInput(`${inputField(name)} cannot be null: leave it out to keep it as it is.`, inputField(name));
    }
    checkId(this.messageRouteId, ['MRID'], inputField('messageRouteId'));
    checkId(this.voiceRouteId, ['CRID'], inputField('voiceRouteId'));
    checkId(this.subscriberId, ['TSUID', 'SID'], inputField('subscriberId'));
    checkIccid(this.iccid, inputField('iccid'));
    checkLength(this.callerIdName, CALLER_ID_NAME_MAX, inputField('callerIdName'));
  }
}

@InputType({ description: 'One number of a status change.' })
export class NumberStatusTarget {
  @Field({ description: 'The number, in E.164.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'SWAP_SIM only: the ICCID of the new SIM.' })
  iccid?: string | null;
}

@InputType({ description: 'A lifecycle change for a batch of numbers of one account (Telegent numbers/status).' })
export class ChangeNumberStatusInput implements ValidatedInput {
  @Field(() => NumberStatusChange, { description: 'What to do.' })
  change!: NumberStatusChange;

  @Field(() => [NumberStatusTarget], { description: 'The numbers, each once; all of one account. The change applies to all or none.' })
  numbers!: NumberStatusTarget[];

  @Field(() => String, { nullable: true, description: 'When it takes effect (YYYY-MM-DD); today when left out. A later day leaves the order Pending until then.' })
  effectiveDate?: string | null;

  @Field(() => String, { nullable: true, description: 'SWAP and REPLACE: preferred 3-digit area code of the new numbers.' })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: 'SWAP and REPLACE: 5-digit ZIP code, the fallback when the area code has nothing.' })
  zipCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Makes retries safe: the same key changes the numbers at most once (the Idempotency-Key header works too). Swaps, parks and cancels cost fees.',
  })
  idempotencyKey?: string | null;

  validate(): void {
    const numbers = inputField('numbers');
    checkNonEmptyDistinct(this.numbers.map((target) => target.number), numbers);
    this.numbers.forEach((target, index) => {
      checkE164(target.number, `${numbers}[${index}].number`);
      checkIccid(target.iccid, `${numbers}[${index}].iccid`);
      checkRequiredWhen(this.change === NumberStatusChange.SWAP_SIM, target.iccid, `${numbers}[${index}].iccid`, 'to swap a SIM');
      if (this.change !== NumberStatusChange.SWAP_SIM && target.iccid != null) {
        throw badUserInput(`${numbers}[${index}].iccid is only for SWAP_SIM.`, `${numbers}[${index}].iccid`);
      }
    });
    checkIsoDate(this.effectiveDate, inputField('effectiveDate'));
    const picksNumbers = this.change === NumberStatusChange.SWAP || this.change === NumberStatusChange.REPLACE;
    for (const [name, value] of [['areaCode', this.areaCode], ['zipCode', this.zipCode]] as const) {
      if (!picksNumbers && value != null) throw badUserInput(`${inputField(name)} is only for SWAP and REPLACE.`, inputField(name));
    }
    checkAreaCode(this.areaCode, inputField('areaCode'));
    checkZipCode(this.zipCode, inputField('zipCode'));
  }
}

@InputType({ description: 'Cancelled numbers to bring back (Telegent numbers/reactivate), within the reactivation window.' })
export class ReactivateNumbersInput implements ValidatedInput {
  @Field(() => [String], { description: 'The cancelled numbers, in E.164, each once.' })
  numbers!: string[];

  validate(): void {
    checkNonEmptyDistinct(this.numbers, inputField('numbers'));
    checkE164List(this.numbers, inputField('numbers'));
  }
}
