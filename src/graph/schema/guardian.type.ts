import { JSONResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { CallFilterMode, KeywordSeverity, MessageFilterLevel, MessageFilterMode, TranscriptionAction } from './guardian.enum';

@ObjectType({ description: 'Which AI Guardian surfaces are on for a subscriber.', simpleResolvers: true })
export class GuardianFeatures {
  @Field({ description: 'Call filtering (allow/block lists) is on; call filters act only while it is.' })
  calls!: boolean;

  @Field({ description: 'Message filtering (allow/block lists, filter levels) is on; message filters act only while it is.' })
  messages!: boolean;
}

@ObjectType({ description: 'A category of system keywords, e.g. Profanity or Violence.', simpleResolvers: true })
export class SystemKeywordCategory {
  @Field({ description: 'The category name, as Telegent names it.' })
  category!: string;

  @Field(() => [String], { description: 'The words filtered in this category.' })
  keywords!: string[];
}

@ObjectType({ description: 'The severity given to one term.', simpleResolvers: true })
export class KeywordSeverityEntry {
  @Field({ description: 'The term, as written in the severity map.' })
  term!: string;

  @Field(() => KeywordSeverity, { description: 'Its severity.' })
  severity!: KeywordSeverity;
}

@ObjectType({ description: 'The words a Guardian filter listens for (Telegent’s KeywordFilter document).', simpleResolvers: true })
export class KeywordFilter {
  @Field(() => [String], { description: 'Keywords chosen for this filter.' })
  customKeywords!: string[];

  @Field(() => [SystemKeywordCategory], { description: 'System keyword categories and their words.' })
  systemKeywords!: SystemKeywordCategory[];

  @Field(() => [KeywordSeverityEntry], { description: 'Severity per term.' })
  severities!: KeywordSeverityEntry[];
}

@ObjectType({ description: 'The AI Guardian call filter of one of the subscriber’s numbers.', simpleResolvers: true })
export class CallFilter {
  @Field({ description: 'The filter ID (CFID-).' })
  id!: string;

  @Field(() => E164Scalar, { description: 'The number it guards.' })
  phone!: string;

  @Field(() => CallFilterMode, { description: 'WHITELIST, BLACKLIST, or the age preset it was created with.' })
  mode!: CallFilterMode;

  @Field(() => [E164Scalar], { description: 'Numbers always let through (the only ones that ring in WHITELIST mode).' })
  allowedNumbers!: string[];

  @Field(() => [E164Scalar], { description: 'Numbers rejected.' })
  blockedNumbers!: string[];

  @Field({ description: 'Whether calls are transcribed and checked for keywords.' })
  enableTranscription!: boolean;

  @Field(() => KeywordFilter, { nullable: true, description: 'The keywords transcription listens for; null when none are set.' })
  keywordFilter!: KeywordFilter | null;

  @Field(() => TranscriptionAction, { description: 'What happens when a keyword is heard.' })
  transcriptionAction!: TranscriptionAction;

  @Field(() => String, { nullable: true, description: 'What the caller hears with the WARNING action.' })
  warningMessage!: string | null;

  @Field(() => [E164Scalar], { description: 'Numbers alerted by SMS when the filter acts.' })
  notificationPhones!: string[];

  @Field({ description: 'Whether calls the subscriber places are filtered.' })
  applyToOutbound!: boolean;

  @Field({ description: 'Whether calls the subscriber receives are filtered.' })
  applyToInbound!: boolean;

  @Field({ description: 'Whether calls from unknown numbers are blocked.' })
  blockUnknownNumbers!: boolean;

  @Field({ description: 'Whether international calls are blocked.' })
  blockInternational!: boolean;

  @Field({ description: 'Whether flagged calls are recorded.' })
  recordFlaggedCalls!: boolean;

  @Field(() => JSONResolver, { nullable: true, description: 'When calls are restricted, as set (Telegent does not document the shape).' })
  timeRestrictions!: unknown;
}

@ObjectType({ description: 'The AI Guardian message filter of one of the subscriber’s numbers.', simpleResolvers: true })
export class MessageFilter {
  @Field({ description: 'The filter ID (MFID-).' })
  id!: string;

  @Field(() => E164Scalar, { description: 'The number it guards.' })
  phone!: string;

  @Field(() => MessageFilterMode, { description: 'ACTIVE (enforce), MONITOR_ONLY (log and notify) or INACTIVE.' })
  mode!: MessageFilterMode;

  @Field(() => MessageFilterLevel, { nullable: true, description: 'Age level on top of the lists (ACTIVE filters only); null when none.' })
  level!: MessageFilterLevel | null;

  @Field(() => [E164Scalar], { description: 'Senders that bypass every check.' })
  allowedContacts!: string[];

  @Field(() => [E164Scalar], { description: 'Senders dropped silently.' })
  blockedContacts!: string[];

  @Field(() => KeywordFilter, { nullable: true, description: 'The keywords messages are checked for; null when none are set.' })
  keywordFilter!: KeywordFilter | null;

  @Field(() => [E164Scalar], { description: 'Numbers alerted by SMS when the filter acts.' })
  notificationPhones!: string[];

  @Field({ description: 'Whether messages the subscriber sends are filtered.' })
  applyToOutbound!: boolean;

  @Field({ description: 'Whether messages the subscriber receives are filtered.' })
  applyToInbound!: boolean;

  @Field({ description: 'Whether messages from unknown numbers are blocked.' })
  blockUnknownNumbers!: boolean;

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
