import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';

@ObjectType({ description: 'Which AI Guardian surfaces are on for a subscriber.', simpleResolvers: true })
export class GuardianFeatures {
  @Field({ description: 'Call filtering (allow/block lists) is on.' })
  calls!: boolean;

  @Field({ description: 'Message filtering (allow/block lists, filter levels) is on.' })
  messages!: boolean;
}

@ObjectType({ description: 'The AI Guardian call filter of one of the subscriber’s numbers.', simpleResolvers: true })
export class CallFilter {
  @Field({ description: 'The filter ID (CFID-).' })
  id!: string;

  @Field(() => E164Scalar, { description: 'The number it guards.' })
  phone!: string;

  @Field({ description: 'WHITELIST (only allowed numbers ring), BLACKLIST (blocked numbers are rejected), or an age preset.' })
  mode!: string;

  @Field(() => [E164Scalar], { description: 'Numbers always let through.' })
  allowedNumbers!: string[];

  @Field(() => [E164Scalar], { description: 'Numbers rejected.' })
  blockedNumbers!: string[];
}

@ObjectType({ description: 'The AI Guardian message filter of one of the subscriber’s numbers.', simpleResolvers: true })
export class MessageFilter {
  @Field({ description: 'The filter ID (MFID-).' })
  id!: string;

  @Field(() => E164Scalar, { description: 'The number it guards.' })
  phone!: string;

  @Field({ description: 'ACTIVE (enforce), MONITOR_ONLY (log and notify) or INACTIVE.' })
  mode!: string;

  @Field(() => String, { nullable: true, description: 'Age level on top of the lists: CHILD, ADOLESCENT or TEENAGER.' })
  level!: string | null;

  @Field(() => [E164Scalar], { description: 'Senders that bypass every check.' })
  allowedContacts!: string[];

  @Field(() => [E164Scalar], { description: 'Senders dropped silently.' })
  blockedContacts!: string[];

  @Field({ description: 'Whether messages with links are blocked.' })
  blockLinks!: boolean;

  @Field({ description: 'Whether media (MMS) is blocked.' })
  blockMedia!: boolean;
}

@ObjectType({ description: 'A guardian link: the parent receives filter notifications and may manage the child’s filters.' })
export class GuardianRelation {
  @Field({ description: 'Free text as recorded, e.g. Parent, Guardian, Caregiver.' })
  relation!: string;

  /** For the field resolvers. */
  parentSubscriberId!: string;
  childSubscriberId!: string;
}

@ObjectType({ description: 'AI Guardian for a subscriber: feature flags, filters and family relations.' })
export class Guardian {
  /** The subscriber it belongs to, for the field resolvers. */
  subscriberId!: string;
}
