import { JSONResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { CALL_FILTER_AGE_PRESETS, CallFilterMode, FilterList, TranscriptionAction } from './guardian.enum';
import { SUBSCRIBER_ID_PREFIXES } from './guardian.input';
import { type ValidatedInput, checkE164, checkE164List, checkId, checkNotEmpty, inputField } from './input-rules';
import { KeywordFilterInput, checkKeywordFilter } from './keyword-filter.input';

const CALL_FILTER_ID_PREFIXES = ['CFID'] as const;

@InputType({ description: 'The settings of a call filter; on update, what is left out (or null) keeps its value and a list sent replaces the old one.' })
export class CallFilterSettingsInput {
  @Field(() => [String], { nullable: true, description: 'Numbers (E.164) always let through; in WHITELIST mode the only ones that ring.' })
  allowedNumbers?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Numbers (E.164) rejected.' })
  blockedNumbers?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Transcribe calls and check them for keywords. Default false.' })
  enableTranscription?: boolean | null;

  @Field(() => KeywordFilterInput, { nullable: true, description: 'The keywords transcription listens for; with empty lists, none.' })
  keywordFilter?: KeywordFilterInput | null;

  @Field(() => TranscriptionAction, { nullable: true, description: 'What happens when a keyword is heard. Default NOTIFY.' })
  transcriptionAction?: TranscriptionAction | null;

  @Field(() => String, { nullable: true, description: 'What the caller hears with the WARNING action; "" removes it.' })
  warningMessage?: string | null;

  @Field(() => [String], { nullable: true, description: 'Numbers (E.164) alerted by SMS when the filter acts.' })
  notificationPhones?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Filter calls the subscriber places. Default false.' })
  applyToOutbound?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Filter calls the subscriber receives. Default true.' })
  applyToInbound?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Block calls from unknown numbers. Default false.' })
  blockUnknownNumbers?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Block international calls. Default false.' })
  blockInternational?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Record flagged calls. Default false.' })
  recordFlaggedCalls?: boolean | null;

  @Field(() => JSONResolver, { nullable: true, description: 'When calls are restricted: any JSON, passed to Telegent as is (it does not document the shape).' })
  timeRestrictions?: unknown;

  protected validateSettings(): void {
    checkE164List(this.allowedNumbers, inputField('allowedNumbers'));
    checkE164List(this.blockedNumbers, inputField('blockedNumbers'));
    checkE164List(this.notificationPhones, inputField('notificationPhones'));
    checkKeywordFilter(this.keywordFilter, inputField('keywordFilter'));
  }
}

@InputType({ description: 'A call filter for one of the subscriber’s numbers (one per number). The subscriber needs Guardian for calls on.' })
export class CreateCallFilterInput extends CallFilterSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field({ description: 'The subscriber’s number to guard (E.164).' })
  phone!: string;

  @Field(() => CallFilterMode, { description: 'How the filter decides; an age preset needs a guardian relation in which the subscriber is the child.' })
  mode!: CallFilterMode;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkE164(this.phone, inputField('phone'));
    this.validateSettings();
  }
}

@InputType({ description: 'Changes to a call filter: what is left out (or null) keeps its value.' })
export class UpdateCallFilterInput extends CallFilterSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The filter (CFID-…).' })
  filterId!: string;

  @Field(() => String, { nullable: true, description: 'Move the filter to another of the subscriber’s numbers (E.164).' })
  phone?: string | null;

  @Field(() => CallFilterMode, { nullable: true, description: 'WHITELIST or BLACKLIST: age presets can only be chosen at creation.' })
  mode?: CallFilterMode | null;

  validate(): void {
    checkId(this.filterId, CALL_FILTER_ID_PREFIXES, inputField('filterId'));
    checkE164(this.phone, inputField('phone'));
    if (this.mode != null && CALL_FILTER_AGE_PRESETS.includes(this.mode)) {
      throw badUserInput(`input.mode ${this.mode} is an age preset; presets can only be set when the filter is created. Use WHITELIST or BLACKLIST.`, inputField('mode'));
    }
    this.validateSettings();
  }
}

@InputType({ description: 'The call filter to delete, with its lists and keywords.' })
export class DeleteCallFilterInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber the filter belongs to (TSUID-…).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The filter (CFID-…).' })
  filterId!: string;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkId(this.filterId, CALL_FILTER_ID_PREFIXES, inputField('filterId'));
  }
}

@InputType({ description: 'Numbers for one list of a call filter.' })
export class CallFilterNumbersInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber the filter belongs to (TSUID-…).' })
  subscriberId!: string;

  @Field(() => ID, { description: 'The filter (CFID-…).' })
  filterId!: string;

  @Field(() => FilterList, { description: 'The allowed or the blocked list.' })
  list!: FilterList;

  @Field(() => [String], { description: 'The numbers (E.164), at least one.' })
  numbers!: string[];

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    checkId(this.filterId, CALL_FILTER_ID_PREFIXES, inputField('filterId'));
    checkNotEmpty(this.numbers, inputField('numbers'));
    checkE164List(this.numbers, inputField('numbers'));
  }
}

@InputType({ description: 'Numbers to put on one list of a call filter; numbers already on it are kept once.' })
export class AddCallFilterNumbersInput extends CallFilterNumbersInput {}

@InputType({ description: 'Numbers to take off one list of a call filter; each must be on it, or nothing changes.' })
export class RemoveCallFilterNumbersInput extends CallFilterNumbersInput {}
