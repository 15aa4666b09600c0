import { LocalTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Weekday } from './workgroup.enum';

@ObjectType({ description: 'When a schedule is open on one day of the week.', simpleResolvers: true })
export class OpeningHours {
  @Field(() => Weekday, { description: 'The day.' })
  day!: Weekday;

  @Field(() => LocalTimeResolver, { description: 'Opening time (24-hour, in the workgroup’s time zone).' })
  opens!: string;

  @Field(() => LocalTimeResolver, { description: 'Closing time (24-hour), after the opening time.' })
  closes!: string;
}

@ObjectType({
  description:
    'Business hours for workgroups (ScheduleId). Telegent cannot read schedules back: a schedule is known from the ' +
    'answer of createSchedule only.',
})
export class Schedule {
  @Field({ description: 'The schedule ID (SID-).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Whether the schedule is in force.' })
  active!: boolean;

  @Field(() => [OpeningHours], { description: 'The open days, Monday first; a day not listed is closed.' })
  weeklyHours!: OpeningHours[];

  /** The owning account, for the payload's `account`. */
  accountId!: string | null;
}
