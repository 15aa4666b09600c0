import { badRequest } from '../errors';
import {
  AGE_PRESETS,
  SUBSCRIBER_ID_PREFIXES,
  distinct,
  findFilter,
  findSubscriber,
  readKeywordFilter,
  requireGuardianChild,
  requireLineOf,
  requireNoOtherFilterOn,
} from '../guardian';
import type { Input } from '../input';
import type { CallFilterRecord } from '../model';
import type { Route } from '../router';
import { filterListRoutes, filterRecordRoutes } from './filter-lists';

const LIST_MODES = ['WHITELIST', 'BLACKLIST'] as const;
const CREATE_MODES = [...LIST_MODES, ...AGE_PRESETS] as const;
const TRANSCRIPTION_ACTIONS = ['WARNING', 'TERMINATE', 'NOTIFY'] as const;
/** Most calls name the filter `CallFilterId`; update (like the filter object) says `FilterId`. */
const CALL_FILTER_ID = { name: 'CallFilterId', aliases: ['FilterId'], prefix: 'CFID' } as const;
const UPDATE_FILTER_ID = { name: 'FilterId', aliases: ['CallFilterId'], prefix: 'CFID' } as const;

/** Settings a create or update body may carry, beyond subscriber, phone and mode. */
type CallFilterSettings = Omit<CallFilterRecord, 'id' | 'distributorId' | 'accountId' | 'subscriberId' | 'phone' | 'filterMode'>;

function toCallFilterWire(filter: CallFilterRecord) {
  return {
    FilterId: filter.id,
    SubscriberId: filter.subscriberId,
    Phone: filter.phone,
    FilterMode: filter.filterMode,
    AllowedNumbers: [...filter.allowedNumbers],
    BlockedNumbers: [...filter.blockedNumbers],
    EnableTranscription: filter.enableTranscription,
    KeywordFilter: filter.keywordFilter,
    // The contract has no null here; NOTIFY is the create default.
    TranscriptionAction: filter.transcriptionAction ?? 'NOTIFY',
    WarningMessage: filter.warningMessage,
    NotificationPhones: [...filter.notificationPhones],
    ApplyToOutbound: filter.applyToOutbound,
    ApplyToInbound: filter.applyToInbound,
    BlockUnknownNumbers: filter.blockUnknownNumbers,
    BlockInternational: filter.blockInternational,
    RecordFlaggedCalls: filter.recordFlaggedCalls,
    TimeRestrictions: filter.timeRestrictions ?? null,
  };
}

/** The settings in `body` applied over `base`; fields not sent keep their value. */
function readSettings(body: Input, base: CallFilterSettings): CallFilterSettings {
  const numbers = (name: string): string[] | undefined => {
    const list = body.strings(name, { e164: true });
    return list === undefined ? undefined : distinct(list);
  };
  const keywordFilter = readKeywordFilter(body);
  const warningMessage = body.string('WarningMessage', { allowEmpty: true });
  const timeRestrictions = body.any('TimeRestrictions');
  return {
    allowedNumbers: numbers('AllowedNumbers') ?? base.allowedNumbers,
    blockedNumbers: numbers('BlockedNumbers') ?? base.blockedNumbers,
    enableTranscription: body.bool('EnableTranscription') ?? base.enableTranscription,
    keywordFilter: keywordFilter === undefined ? base.keywordFilter : keywordFilter,
    transcriptionAction: body.oneOf('TranscriptionAction', TRANSCRIPTION_ACTIONS) ?? base.transcriptionAction,
    warningMessage: warningMessage === undefined ? base.warningMessage : warningMessage.trim() === '' ? null : warningMessage,
    notificationPhones: numbers('NotificationPhones') ?? base.notificationPhones,
    applyToOutbound: body.bool('ApplyToOutbound') ?? base.applyToOutbound,
    applyToInbound: body.bool('ApplyToInbound') ?? base.applyToInbound,
    blockUnknownNumbers: body.bool('BlockUnknownNumbers') ?? base.blockUnknownNumbers,
    blockInternational: body.bool('BlockInternational') ?? base.blockInternational,
    recordFlaggedCalls: body.bool('RecordFlaggedCalls') ?? base.recordFlaggedCalls,
    timeRestrictions: timeRestrictions === undefined ? base.timeRestrictions : timeRestrictions,
  };
}

/** A fresh filter guards inbound calls; everything else is off until asked for. */
const DEFAULT_SETTINGS: CallFilterSettings = {
  allowedNumbers: [],
  blockedNumbers: [],
  enableTranscription: false,
  keywordFilter: null,
  transcriptionAction: 'NOTIFY',
  warningMessage: null,
  notificationPhones: [],
  applyToOutbound: false,
  applyToInbound: true,
  blockUnknownNumbers: false,
  blockInternational: false,
  recordFlaggedCalls: false,
  timeRestrictions: null,
};

const createCallFilter: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/call-filter',
  handle(ctx) {
    const subscriber = findSubscriber(ctx, ctx.body, 'SubscriberId');
    const phone = ctx.body.e164('Phone', { required: true });
    // The setup guide's create example sends no FilterMode: plain allow + block lists.
    const filterMode = ctx.body.oneOf('FilterMode', CREATE_MODES) ?? 'BLACKLIST';
    const settings = readSettings(ctx.body, DEFAULT_SETTINGS);
    requireLineOf(ctx, subscriber, phone);
    if (!ctx.state.guardianFeaturesOf(subscriber.id).calls) {
      throw badRequest(
        `EnableIntelligentGuardianCalls is off for subscriber '${subscriber.id}'; ` +
          'turn it on with POST /v1.0/subscribers/guardian-features before creating a call filter.',
      );
    }
    if ((AGE_PRESETS as readonly string[]).includes(filterMode)) requireGuardianChild(ctx, subscriber, filterMode);
    requireNoOtherFilterOn(ctx.state.callFilters, phone);
    const filter = ctx.state.callFilters.insert({
      id: ctx.state.entropy.id('CFID'),
      distributorId: ctx.caller.id,
      accountId: subscriber.accountId,
      subscriberId: subscriber.id,
      phone,
      filterMode,
      ...settings,
    });
    return toCallFilterWire(filter);
  },
};

const listCallFilters: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/call-filter',
  handle(ctx) {
    const { query, state, caller } = ctx;
    const subscriberId = query.id('SubscriberId', SUBSCRIBER_ID_PREFIXES);
    const subscriber = subscriberId === undefined ? undefined : state.subscribers.owned(subscriberId, caller.id);
    const phone = query.e164('Phone');
    const accountId = query.string('AccountId');
    const account = accountId === undefined ? undefined : state.resolveAccount(caller.id, accountId);
    return state.callFilters
      .ofDistributor(caller.id)
      .filter(
        (filter) =>
          (subscriber === undefined || filter.subscriberId === subscriber.id) &&
          (phone === undefined || filter.phone === phone) &&
          (account === undefined || filter.accountId === account.id),
      )
      .map(toCallFilterWire);
  },
};

const updateCallFilter: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/call-filter/update',
  handle(ctx) {
    const filter = findFilter(ctx, ctx.body, ctx.state.callFilters, UPDATE_FILTER_ID, false);
    const mode = ctx.body.string('FilterMode');
    if (mode !== undefined && (AGE_PRESETS as readonly string[]).includes(mode.trim().toUpperCase())) {
      throw badRequest(`FilterMode '${mode}' is an age preset; presets can only be set when the filter is created. Use WHITELIST or BLACKLIST.`);
    }
    const filterMode = ctx.body.oneOf('FilterMode', LIST_MODES) ?? filter.filterMode;
    const phone = ctx.body.e164('Phone') ?? filter.phone;
    const settings = readSettings(ctx.body, filter);
    if (phone !== filter.phone) {
      requireLineOf(ctx, ctx.state.subscribers.get(filter.subscriberId)!, phone);
      requireNoOtherFilterOn(ctx.state.callFilters, phone, filter);
    }
    Object.assign(filter, settings, { filterMode, phone });
    return toCallFilterWire(filter);
  },
};



export const callFilterRoutes: Route[] = [
  createCallFilter,
  listCallFilters,
  updateCallFilter,
  ...filterRecordRoutes<CallFilterRecord>({ base: '/v1.0/subscribers/call-filter', table: (state) => state.callFilters, id: CALL_FILTER_ID }),
  ...filterListRoutes<CallFilterRecord>({
    path: '/v1.0/subscribers/call-filter/allowed-numbers',
    table: (state) => state.callFilters,
    id: CALL_FILTER_ID,
    entriesField: 'Numbers',
    listField: 'AllowedNumbers',
    listName: 'allowed list',
    read: (filter) => filter.allowedNumbers,
    write: (filter, list) => (filter.allowedNumbers = list),
  }),
  ...filterListRoutes<CallFilterRecord>({
    path: '/v1.0/subscribers/call-filter/blocked-numbers',
    table: (state) => state.callFilters,
    id: CALL_FILTER_ID,
    entriesField: 'Numbers',
    listField: 'BlockedNumbers',
    listName: 'blocked list',
    read: (filter) => filter.blockedNumbers,
    write: (filter, list) => (filter.blockedNumbers = list),
  }),
];
