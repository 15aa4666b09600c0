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
import type {
  CallFilterListChangePayload,
  CreateCallFilterPayload,
  DeleteCallFilterPayload,
  UpdateCallFilterPayload,
} from '../../graph/schema/call-filter.payload';
import type {
  CreateMessageFilterPayload,
  DeleteMessageFilterPayload,
  MessageFilterListChangePayload,
  UpdateMessageFilterPayload,
} from '../../graph/schema/message-filter.payload';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import type { TelegentClient } from '../client';
import { type WriteContext, runWrite } from '../write';
import type { WriteTargets } from '../write-targets';
import {
  type RawCallFilter,
  type RawFilterDeleted,
  type RawFilterListChange,
  type RawMessageFilter,
  toCallFilter,
  toMessageFilter,
  toRawKeywordFilter,
} from './mappers';
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

  async createCallFilter(input: CreateCallFilterInput): Promise<CreateCallFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'createCallFilter',
      changes: () => [],
      targets: { guardianSubjects: [input.subscriberId] },
      send: () =>
        this.post<RawCallFilter>(CALL_FILTERS, '', { SubscriberId: input.subscriberId, Phone: input.phone, FilterMode: input.mode, ...callFilterSettings(input) }),
      explainRefusal: (refusal) =>
        this.explainCreateRefusal(CALL_FILTERS, refusal, input.subscriberId, input.phone, CALL_FILTER_AGE_PRESETS.includes(input.mode)),
    });
    return { callFilter: toCallFilter(raw), subscriberId: raw.SubscriberId };
  }

  async updateCallFilter(input: UpdateCallFilterInput): Promise<UpdateCallFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateCallFilter',
      changes: () => [],
      targets: { callFilters: [input.filterId] },
      send: () =>
        this.post<RawCallFilter>(CALL_FILTERS, '/update', {
          FilterId: input.filterId,
          Phone: input.phone ?? undefined,
          FilterMode: input.mode ?? undefined,
          ...callFilterSettings(input),
        }),
      explainRefusal: (refusal) => this.explainTakenNumber(CALL_FILTERS, refusal, input.phone, input.filterId),
    });
    return { callFilter: toCallFilter(raw) };
  }

  async deleteCallFilter(input: DeleteCallFilterInput): Promise<DeleteCallFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'deleteCallFilter',
      changes: () => [],
      targets: { guardianSubjects: [input.subscriberId], callFilters: [input.filterId] },
      send: () => this.post<RawFilterDeleted>(CALL_FILTERS, '/delete', { SubscriberId: input.subscriberId, CallFilterId: input.filterId }),
    });
    return { deletedId: raw.FilterId, subscriberId: input.subscriberId };
  }

  /** Adds numbers to, or removes them from, one list; Telegent answers with that list only. */
  changeCallFilterNumbers(change: ListChange, input: CallFilterNumbersInput): Promise<CallFilterListChangePayload> {
    const operation = change === 'add' ? 'addCallFilterNumbers' : 'removeCallFilterNumbers';
    return this.changeList(operation, CALL_FILTERS, change, input.subscriberId, input.filterId, input.list, input.numbers, {
      guardianSubjects: [input.subscriberId],
      callFilters: [input.filterId],
    });
  }

  async createMessageFilter(input: CreateMessageFilterInput): Promise<CreateMessageFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'createMessageFilter',
      changes: () => [],
      targets: { guardianSubjects: [input.subscriberId] },
      send: () =>
        this.post<RawMessageFilter>(MESSAGE_FILTERS, '', {
          SubscriberId: input.subscriberId,
          Phone: input.phone,
          FilterMode: input.mode,
          FilterLevel: input.level ?? undefined,
          ...messageFilterSettings(input),
        }),
      explainRefusal: (refusal) => this.explainCreateRefusal(MESSAGE_FILTERS, refusal, input.subscriberId, input.phone, false),
    });
    return { messageFilter: toMessageFilter(raw), subscriberId: raw.SubscriberId };
  }

  async updateMessageFilter(input: UpdateMessageFilterInput): Promise<UpdateMessageFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateMessageFilter',
      changes: () => [],
      targets: { messageFilters: [input.filterId] },
      send: () =>
        this.post<RawMessageFilter>(MESSAGE_FILTERS, '/update', {
          FilterId: input.filterId,
          Phone: input.phone ?? undefined,
          FilterMode: input.mode ?? undefined,
          FilterLevel: input.level ?? undefined,
          ...messageFilterSettings(input),
        }),
      explainRefusal: (refusal) => this.explainTakenNumber(MESSAGE_FILTERS, refusal, input.phone, input.filterId),
    });
    return { messageFilter: toMessageFilter(raw) };
  }

  async deleteMessageFilter(input: DeleteMessageFilterInput): Promise<DeleteMessageFilterPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'deleteMessageFilter',
      changes: () => [],
      targets: { guardianSubjects: [input.subscriberId], messageFilters: [input.filterId] },
      send: () => this.post<RawFilterDeleted>(MESSAGE_FILTERS, '/delete', { SubscriberId: input.subscriberId, MessageFilterId: input.filterId }),
    });
    return { deletedId: raw.FilterId, subscriberId: input.subscriberId };
  }

  /** Adds contacts to, or removes them from, one list; Telegent answers with that list only. */
  changeMessageFilterContacts(change: ListChange, input: MessageFilterContactsInput): Promise<MessageFilterListChangePayload> {
    const operation = change === 'add' ? 'addMessageFilterContacts' : 'removeMessageFilterContacts';
    return this.changeList(operation, MESSAGE_FILTERS, change, input.subscriberId, input.filterId, input.list, input.contacts, {
      guardianSubjects: [input.subscriberId],
      messageFilters: [input.filterId],
    });
  }

  /** The payload names the filter; its `callFilter`/`messageFilter` field reads it after the change. */
  private async changeList(
    operation: string,
    family: FilterFamily,
    change: ListChange,
    subscriberId: string,
    filterId: string,
    list: FilterList,
    entries: string[],
    targets: WriteTargets,
  ): Promise<{ filterId: string; subscriberId: string }> {
    const raw = await runWrite(this.ctx, {
      operation,
      changes: () => [],
      targets,
      send: () =>
        this.post<RawFilterListChange>(family, `/${family.lists[list]}/${change}`, {
          SubscriberId: subscriberId,
          [family.idField]: filterId,
          [family.entriesField]: entries,
        }),
    });
    return { filterId: raw.FilterId, subscriberId: raw.SubscriberId };
  }

  private post<T>(family: FilterFamily, subpath: string, body: object): Promise<T> {
    return this.ctx.client.post<T>(`${family.path}${subpath}`, body);
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
