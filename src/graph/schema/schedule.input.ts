import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { type ValidatedInput, checkId, checkLength, checkLocalTime, checkNotBlank, inputField } from './input-rules';
import { Weekday } from './workgroup.enum';

@InputType({ description: 'When a schedule is open on one day.' })
export class OpeningHoursInput {
  @Field(() => Weekday, { description: 'The day.' })
  day!: Weekday;

  @Field({ description: 'Opening time, 24-hour HH:mm (e.g. 08:00).' })
  opens!: string;

  @Field({ description: 'Closing time, 24-hour HH:mm, after the opening time (e.g. 17:00).' })
  closes!: string;
}

@InputType({ description: 'A new business-hours schedule for workgroups.' })
export class CreateScheduleInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) that owns the schedule; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => [OpeningHoursInput], { description: 'The open days, each at most once; a day left out is closed.' })
  weeklyHours!: OpeningHoursInput[];

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkNotBlank(this.name, inputField('name'));
    checkLength(this.name, 255, inputField('name'));
    const seen = new Set<Weekday>();
    this.weeklyHours.forEach((hours, index) => {
      const field = `${inputField('weeklyHours')}[${index}]`;
      if (seen.has(hours.day)) throw badUserInput(`${field}.day ${hours.day} is listed twice.`, `${field}.day`);
      seen.add(hours.day);
      checkLocalTime(hours.opens, `${field}.opens`);
      checkLocalTime(hours.closes, `${field}.closes`);
      if (hours.closes <= hours.opens) throw badUserInput(`${field}.closes must be after opens (${hours.opens}), got ${hours.closes}.`, `${field}.closes`);
    });
  }
}
