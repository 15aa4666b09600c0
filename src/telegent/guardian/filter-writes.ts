import type {
  CallFilterNumbersInput,
  CallFilterSettingsInput,
  CreateCallFilterInput,
  DeleteCallFilterInput,
  UpdateCallFilterInput,
} from '../../graph/schema/call-filter.input';
import { CALL_FILTER_AGE_PRESETS, FilterList } from '../../graph/schema/guardian.enum';
import type {
  CreateMessageFilterInput,
  DeleteMessageFilterInput,
  MessageFilterContactsInput,
  MessageFilterSettingsInput,
  UpdateMessageFilterInput,
} from '../../graph/schema/message-filter.input';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { type RawCallFilter, type RawFilterDeleted, type RawFilterListChange, type RawMessageFilter, toRawKeywordFilter } from './mappers';
import type { TelegentClient } from '../client';
import { type WriteContext, explainRefusal, performWrite } from '../write';
import { getGuardianFeatures, listCallFilters, listGuardianParents, listMessageFilters } from './reads';

/** What differs between the call and the message filter endpoints (REFERENCE.md §3.5). */
interface FilterFamily {
  path: string;
  noun: string;
  /** How delete and list changes name the filter (create and update answer, and update takes, `FilterId`). */
  idField: string;
  /** The request array of list changes. */
  entriesField: string;
  lists: Record<FilterList, string>;
  /** The Guardian flag the filters need: `EnableIntelligentGuardian<flag>`. */
  flag: 'Calls' | 'Messages';
  list(client: TelegentClient, phone: string): Promise<{ FilterId: string }[]>;
}

const CALL_FILTERS: FilterFamily = {
  path: '/subscribers/call-filter',
  noun: 'call filter',
  idField: 'CallFilterId',
  entriesField: 'Numbers',
  lists: { [FilterList.ALLOWED]: 'allowed-numbers', [FilterList.BLOCKED]: 'blocked-numbers' },
  flag: 'Calls',
  list: (client, phone) => listCallFilters(client, phone),
};

const MESSAGE_FILTERS: FilterFamily = {
  path: '/subscribers/message-filter',
  noun: 'message filter',
  idField: 'MessageFilterId',
  entriesField: 'Contacts',
  lists: { [FilterList.ALLOWED]: 'allowed-contacts', [FilterList.BLOCKED]: 'blocked-contacts' },
  flag: 'Messages',
  list: (client, phone) => listMessageFilters(client, phone),
};

export type ListChange = 'add' | 'remove';

/**
 * Guardian call and message filters: create, update, delete, and their allow/block lists.
 * Enum values are Telegent's own spelling, so they are sent as they are. Nothing here creates
 * or spends, so there are no idempotency keys; a refused create or update is explained (flag
 * off, no guardian relation, number already filtered) after a read that confirms it.
 */
export class GuardianFilterWrites {
  constructor(private readonly ctx: WriteContext) {}

  createCallFilter(input: CreateCallFilterInput): Promise<RawCallFilter> {
    const body = { SubscriberId: input.subscriberId, Phone: input.phone, FilterMode: input.mode, ...callFilterSettings(input) };
    return this.write(CALL_FILTERS, '', body, (refusal) =>
      this.explainCreateRefusal(CALL_FILTERS, refusal, input.subscriberId, input.phone, CALL_FILTER_AGE_PRESETS.includes(input.mode)),
    );
  }

  updateCallFilter(input: UpdateCallFilterInput): Promise<RawCallFilter> {
    const body = { FilterId: input.filterId, Phone: input.phone ?? undefined, FilterMode: input.mode ?? undefined, ...callFilterSettings(input) };
    return this.write(CALL_FILTERS, '/update', body, (refusal) => this.explainTakenNumber(CALL_FILTERS, refusal, input.phone, input.filterId));
  }

  deleteCallFilter(input: DeleteCallFilterInput): Promise<RawFilterDeleted> {
    return this.write(CALL_FILTERS, '/delete', { SubscriberId: input.subscriberId, CallFilterId: input.filterId });
  }

  /** Adds numbers to, or removes them from, one list; Telegent answers with that list only. */
  changeCallFilterNumbers(change: ListChange, input: CallFilterNumbersInput): Promise<RawFilterListChange> {
    return this.changeList(CALL_FILTERS, change, input.subscriberId, input.filterId, input.list, input.numbers);
  }

  createMessageFilter(input: CreateMessageFilterInput): Promise<RawMessageFilter> {
    const body = {
      SubscriberId: input.subscriberId,
      Phone: input.phone,
      FilterMode: input.mode,
      FilterLevel: input.level ?? undefined,
      ...messageFilterSettings(input),
    };
    return this.write(MESSAGE_FILTERS, '', body, (refusal) =>
      this.explainCreateRefusal(MESSAGE_FILTERS, refusal, input.subscriberId, input.phone, false),
    );
  }

  updateMessageFilter(input: UpdateMessageFilterInput): Promise<RawMessageFilter> {
    const body = {
      FilterId: input.filterId,
      Phone: input.phone ?? undefined,
      FilterMode: input.mode ?? undefined,
      FilterLevel: input.level ?? undefined,
      ...messageFilterSettings(input),
    };
    return this.write(MESSAGE_FILTERS, '/update', body, (refusal) => this.explainTakenNumber(MESSAGE_FILTERS, refusal, input.phone, input.filterId));
  }

  deleteMessageFilter(input: DeleteMessageFilterInput): Promise<RawFilterDeleted> {
    return this.write(MESSAGE_FILTERS, '/delete', { SubscriberId: input.subscriberId, MessageFilterId: input.filterId });
  }

  changeMessageFilterContacts(change: ListChange, input: MessageFilterContactsInput): Promise<RawFilterListChange> {
    return this.changeList(MESSAGE_FILTERS, change, input.subscriberId, input.filterId, input.list, input.contacts);
  }

  private changeList(family: FilterFamily, change: ListChange, subscriberId: string, filterId: string, list: FilterList, entries: string[]) {
    return this.write<RawFilterListChange>(family, `/${family.lists[list]}/${change}`, {
      SubscriberId: subscriberId,
      [family.idField]: filterId,
      [family.entriesField]: entries,
    });
  }

  private write<T>(family: FilterFamily, subpath: string, body: object, explain?: (refusal: GatewayError) => Promise<GatewayError | null>): Promise<T> {
    const post = () => this.ctx.client.post<T>(`${family.path}${subpath}`, body);
    return performWrite(this.ctx, explain ? () => explainRefusal(post, explain) : post);
  }

  /** The reasons Telegent refuses a new filter, in the order it checks them, each confirmed by a read. */
  private async explainCreateRefusal(
    family: FilterFamily,
    refusal: GatewayError,
    subscriberId: string,
    phone: string,
    agePreset: boolean,
  ): Promise<GatewayError | null> {
    const features = await getGuardianFeatures(this.ctx.client, subscriberId);
    if (!features[`EnableIntelligentGuardian${family.flag}`]) {
      return domainError(
        ErrorCode.GUARDIAN_NOT_ENABLED,
        `Guardian for ${family.flag.toLowerCase()} is off for subscriber ${features.SubscriberId}; turn it on with setGuardianFeatures before creating a ${family.noun}.`,
        refusal,
        { subscriberId: features.SubscriberId, feature: family.flag.toUpperCase() },
      );
    }
    if (agePreset && (await listGuardianParents(this.ctx.client, subscriberId)).length === 0) {
      return domainError(
        ErrorCode.GUARDIAN_RELATION_REQUIRED,
        `Age presets need a guardian relation in which subscriber ${features.SubscriberId} is the child; link a guardian with linkGuardian first.`,
        refusal,
        { subscriberId: features.SubscriberId },
      );
    }
    return this.explainTakenNumber(family, refusal, phone);
  }

  /** One filter of a kind per number: the filter already there, other than `filterId`, explains the refusal. */
  private async explainTakenNumber(
    family: FilterFamily,
    refusal: GatewayError,
    phone: string | null | undefined,
    filterId?: string,
  ): Promise<GatewayError | null> {
    if (phone == null) return null;
    const existing = (await family.list(this.ctx.client, phone)).find((filter) => filter.FilterId !== filterId);
    if (!existing) return null;
    return domainError(
      ErrorCode.FILTER_EXISTS,
      `${phone} already has a ${family.noun} (${existing.FilterId}); update or delete it instead.`,
      refusal,
      { filterId: existing.FilterId },
    );
  }
}

/** The settings of a call filter body; what the input leaves out is not sent, so it keeps its value (or default). */
function callFilterSettings(input: CallFilterSettingsInput) {
  return {
    AllowedNumbers: input.allowedNumbers ?? undefined,
    BlockedNumbers: input.blockedNumbers ?? undefined,
    EnableTranscription: input.enableTranscription ?? undefined,
    KeywordFilter: input.keywordFilter ? toRawKeywordFilter(input.keywordFilter) : undefined,
    TranscriptionAction: input.transcriptionAction ?? undefined,
    WarningMessage: input.warningMessage ?? undefined,
    NotificationPhones: input.notificationPhones ?? undefined,
    ApplyToOutbound: input.applyToOutbound ?? undefined,
    ApplyToInbound: input.applyToInbound ?? undefined,
    BlockUnknownNumbers: input.blockUnknownNumbers ?? undefined,
    BlockInternational: input.blockInternational ?? undefined,
    RecordFlaggedCalls: input.recordFlaggedCalls ?? undefined,
    TimeRestrictions: input.timeRestrictions ?? undefined,
  };
}

function messageFilterSettings(input: MessageFilterSettingsInput) {
  return {
    AllowedContacts: input.allowedContacts ?? undefined,
    BlockedContacts: input.blockedContacts ?? undefined,
    KeywordFilter: input.keywordFilter ? toRawKeywordFilter(input.keywordFilter) : undefined,
    NotificationPhones: input.notificationPhones ?? undefined,
    ApplyToOutbound: input.applyToOutbound ?? undefined,
    ApplyToInbound: input.applyToInbound ?? undefined,
    BlockUnknownNumbers: input.blockUnknownNumbers ?? undefined,
    BlockLinks: input.blockLinks ?? undefined,
    BlockMedia: input.blockMedia ?? undefined,
  };
}
