import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DataUnit, ThrottleSpeed } from './data-usage.enum';

@ObjectType({ description: 'A number’s data thresholds: notify, throttle, and the hard limit.', simpleResolvers: true })
export class DataUsageSettings {
  @Field(() => DataUnit, { description: 'Unit of every value.' })
  unit!: DataUnit;

  @Field(() => Int, { nullable: true, description: 'The subscriber is notified at this usage.' })
  notifyAt!: number | null;

  @Field(() => Int, { nullable: true, description: 'Speed drops to `throttleSpeed` at this usage.' })
  throttleAt!: number | null;

  @Field(() => ThrottleSpeed, { nullable: true, description: 'Speed once throttled; null when no throttle is set.' })
  throttleSpeed!: ThrottleSpeed | null;

  @Field(() => Int, { description: 'Hard cap: data stops (or is charged as overage) past it. Telegent’s default is 20 MB.' })
  limit!: number;
}

@ObjectType({ description: 'A number’s data consumption in the current period.', simpleResolvers: true })
export class DataUsageMeter {
  @Field(() => Float, { description: 'Data used so far, in `unit`.' })
  used!: number;

  @Field(() => DataUnit, { description: 'Unit of `used`.' })
  unit!: DataUnit;

  @Field({ description: 'Whether usage has reached the throttle threshold.' })
  throttled!: boolean;

  @Field({ description: 'Whether usage has reached the limit.' })
  limitReached!: boolean;
}

@ObjectType({ description: 'Data limits and consumption of a number (read in batches: one upstream call for many numbers).' })
export class DataUsage {
  /** The number the usage belongs to (E.164), for the field resolvers. */
  number!: string;
}
