import { Field, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../errors';
import { DataUnit, RenewalPeriod, ThrottleSpeed } from './data-usage.enum';
import { type ValidatedInput, checkE164List, checkListSize, checkRange, checkRequiredWhen, inputField } from './input-rules';

/** Numbers per data-usage call: the batch size the gateway reads them in, so a write's numbers come back in one read. */
export const DATA_USAGE_MAX_NUMBERS = 100;
/** Telegent's thresholds are 32-bit integers (`System.Int32`). */
const MAX_INT32 = 2_147_483_647;

@InputType({ description: 'Data thresholds for a batch of numbers; the same values apply to each (Telegent numbers/data-usage).' })
export class SetDataUsageLimitsInput implements ValidatedInput {
  @Field(() => [String], { description: `The numbers, in E.164 (1 to ${DATA_USAGE_MAX_NUMBERS}); each must be data-enabled.` })
  numbers!: string[];

  @Field(() => DataUnit, { defaultValue: DataUnit.MB, description: 'Unit of every threshold.' })
  unit!: DataUnit;

  @Field(() => Int, { description: 'Hard cap: data stops (or is charged as overage) past it. At least 1.' })
  limit!: number;

  @Field(() => Int, { nullable: true, description: 'The subscriber is notified at this usage; below throttleAt and limit.' })
  notifyAt?: number | null;

  @Field(() => Int, { nullable: true, description: 'Speed drops to throttleSpeed at this usage; below limit. Needs throttleSpeed.' })
  throttleAt?: number | null;

  @Field(() => ThrottleSpeed, { nullable: true, description: 'Speed once throttled; only with throttleAt.' })
  throttleSpeed?: ThrottleSpeed | null;

  validate(): void {
    checkListSize(this.numbers, 1, DATA_USAGE_MAX_NUMBERS, inputField('numbers'));
    checkE164List(this.numbers, inputField('numbers'));
    checkRange(this.limit, 1, MAX_INT32, inputField('limit'));
    checkRange(this.notifyAt, 0, MAX_INT32, inputField('notifyAt'));
    checkRange(this.throttleAt, 0, MAX_INT32, inputField('throttleAt'));
    checkRequiredWhen(this.throttleAt != null, this.throttleSpeed, inputField('throttleSpeed'), 'with throttleAt');
    if (this.throttleSpeed != null && this.throttleAt == null) {
      throw badUserInput('input.throttleSpeed applies only with throttleAt; set both or neither.', inputField('throttleSpeed'));
    }
    // Strictly ascending, never equal (REFERENCE.md §4.1 rule 9); the field named is the one that is too high.
    const ordered = [
      ['notifyAt', this.notifyAt],
      ['throttleAt', this.throttleAt],
      ['limit', this.limit],
    ].filter((entry): entry is [string, number] => entry[1] != null);
    ordered.slice(0, -1).forEach(([name, value], i) => {
      const [nextName, next] = ordered[i + 1]!;
      if (value >= next) throw badUserInput(`input.${name} (${value}) must be below ${nextName} (${next}): notifyAt < throttleAt < limit.`, inputField(name));
    });
  }
}

@InputType({ description: 'When the data usage of a batch of numbers starts over (Telegent numbers/data-usage/update-renewal-info).' })
export class SetDataUsageRenewalInput implements ValidatedInput {
  @Field(() => [String], { description: `The numbers, in E.164 (1 to ${DATA_USAGE_MAX_NUMBERS}); each must be data-enabled.` })
  numbers!: string[];

  @Field({ description: 'Whether a new cycle starts by itself at the end of each one.' })
  autoRenew!: boolean;

  @Field(() => RenewalPeriod, { description: 'Monthly or weekly cycles.' })
  period!: RenewalPeriod;

  @Field(() => Int, { description: 'Each number’s own anchor day (not a calendar-wide reset): 1–31 for MONTHLY, 1–7 for WEEKLY.' })
  renewalDay!: number;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods one cycle lasts, 1 to 12 (usually 1).' })
  periodValue!: number;

  @Field({ defaultValue: false, description: 'Also zero the usage counted so far, now.' })
  resetUsage!: boolean;

  validate(): void {
    checkListSize(this.numbers, 1, DATA_USAGE_MAX_NUMBERS, inputField('numbers'));
    checkE164List(this.numbers, inputField('numbers'));
    checkRange(this.renewalDay, 1, this.period === RenewalPeriod.WEEKLY ? 7 : 31, inputField('renewalDay'));
    checkRange(this.periodValue, 1, 12, inputField('periodValue'));
  }
}
