import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';

@ObjectType({ description: 'What a batch write did to one of its numbers: Telegent answers 200 and reports failures per number.', simpleResolvers: true })
export class NumberResult {
  @Field(() => E164Scalar, { description: 'The number.' })
  number!: string;

  @Field({ description: 'Whether Telegent applied the change to this number.' })
  succeeded!: boolean;

  @Field(() => String, { nullable: true, description: 'Telegent’s message for this number (why it failed); null when there is none.' })
  message!: string | null;
}

@ObjectType({ description: 'The result of setDataUsageLimits: per-number results and the numbers, with their thresholds as they are now.' })
export class SetDataUsageLimitsPayload {
  @Field(() => [NumberResult], { description: 'One result per number asked for (once each, in request order); check `succeeded` on each.' })
  results!: NumberResult[];

  /** The numbers asked for, for `numbers`. */
  requested!: string[];
}

@ObjectType({ description: 'The result of setDataUsageRenewal: per-number results and the numbers, with their usage as it is now.' })
export class SetDataUsageRenewalPayload {
  @Field(() => [NumberResult], { description: 'One result per number asked for (once each, in request order); check `succeeded` on each.' })
  results!: NumberResult[];

  /** The numbers asked for, for `numbers`. */
  requested!: string[];
}
