import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { FilterList, MessageFilterLevel, MessageFilterMode } from './guardian.enum';
import { SUBSCRIBER_ID_PREFIXES } from './guardian.input';
import { type ValidatedInput, checkE164, checkE164List, checkId, checkNotEmpty, inputField } from './input-rules';
import { KeywordFilterInput, checkKeywordFilter } from './keyword-filter.input';

const MESSAGE_FILTER_ID_PREFIXES = ['MFID'] as const;

@InputType({ description: 'The settings of a message filter; on update, what is left out (or null) keeps its value and a list sent replaces the old one.' })
export class MessageFilterSettingsInput {
  @Field(() => [String], { nullable: true, description: 'Senders (E.164) that bypass every check.' })
  allowedContacts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Senders (E.164) whose messages are dropped silently.' })
  blockedContacts?: string[] | null;

  @Field(() => KeywordFilterInput, { nullable: true, description: 'The keywords messages are checked for; with empty lists, none.' })
  keywordFilter?: KeywordFilterInput | null;

  @Field(() => [String], { nullable: true, description: 'Numbers (E.164) alerted by SMS when the filter acts.' })
  notificationPhones?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Filter messages the subscriber sends. Default false.' })
  applyToOutbound?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Filter messages the subscriber receives. Default true.' })
  applyToInbound?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Block messages from unknown numbers. Default false.' })
  blockUnknownNumbers?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Block messages with links. Default false.' })
  blockLinks?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Block media (MMS). Default false.' })
  blockMedia?: boolean | null;

  protected validateSettings(mode: MessageFilterMode | null | undefined, level: MessageFilterLevel | null | undefined): void {
    if (level != null && mode != null && mode !== MessageFilterMode.ACTIVE) {
      throw badUserInput(`input.level applies only to ACTIVE filters, not ${mode}.`, inputField('level'));
    }
    checkE164List(this.allowedContacts, inputField('allowedContacts'));
    checkE164List(this.blockedContacts, inputField('blockedContacts'));
    checkE164List(this.notificationPhones, inputField('notificationPhones'));
    checkKeywordFilter(this.keywordFilter, inputField('keywordFilter'));
  }
}

@InputType({ description: 'A message filter for one of the subscriber’s numbers (one per number). The subscriber needs Guardian for messages on.' })
export class CreateMessageFilterInput extends MessageFilterSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field({ description: 'The subscriber’s number to guard (E.164).' })
  phone!: string;

  @Field(() => MessageFilterMode, { description: 'Enforce, only watch, or paused.' })
  mode!: MessageFilterMode;

  @Field(() => MessageFilterLevel, { nullable: true, description: 'An age level on top of the lists; ACTIVE filters only.' })
  level?: MessageFilterLevel | null;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkE164(this.phone, inputField('phone'));
    this.validateSettings(this.mode, this.level);
  }
}

@InputType({ description: 'Changes to a message filter: what is left out (or null) keeps its value.' })
export class UpdateMessageFilterInput extends MessageFilterSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The filter (MFID-…).' })
  filterId!: string;

  @Field(() => String, { nullable: true, description: 'Move the filter to another of the subscriber’s numbers (E.164).' })
  phone?: string | null;

  @Field(() => MessageFilterMode, { nullable: true, description: 'The new mode (INACTIVE pauses the filter); sent without a level, it drops the level.' })
  mode?: MessageFilterMode | null;

  @Field(() => MessageFilterLevel, { nullable: true, description: 'A new age level; sent without a mode, the filter keeps its mode, which must be ACTIVE.' })
  level?: MessageFilterLevel | null;

  validate(): void {
    checkId(this.filterId, MESSAGE_FILTER_ID_PREFIXES, inputField('filterId'));
    checkE164(this.phone, inputField('phone'));
    this.validateSettings(this.mode, this.level);
  }
}

@InputType({ description: 'The message filter to delete, with its lists and keywords.' })
export class DeleteMessageFilterInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber the filter belongs to (TSUID-…).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The filter (MFID-…).' })
  filterId!: string;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkId(this.filterId, MESSAGE_FILTER_ID_PREFIXES, inputField('filterId'));
  }
}

@InputType({ description: 'Contacts for one list of a message filter.' })
export class MessageFilterContactsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber the filter belongs to (TSUID-…).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The filter (MFID-…).' })
  filterId!: string;

  @Field(() => FilterList, { description: 'The allowed or the blocked list.' })
  list!: FilterList;

  @Field(() => [String], { description: 'The contacts (E.164), at least one.' })
  contacts!: string[];

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkId(this.filterId, MESSAGE_FILTER_ID_PREFIXES, inputField('filterId'));
    checkNotEmpty(this.contacts, inputField('contacts'));
    checkE164List(this.contacts, inputField('contacts'));
  }
}

@InputType({ description: 'Contacts to put on one list of a message filter; contacts already on it are kept once.' })
export class AddMessageFilterContactsInput extends MessageFilterContactsInput {}

@InputType({ description: 'Contacts to take off one list of a message filter; each must be on it, or nothing changes.' })
export class RemoveMessageFilterContactsInput extends MessageFilterContactsInput {}
