import { badRequest } from '../errors';
import {
  AGE_PRESETS,
  type AgePreset,
  SUBSCRIBER_ID_PREFIXES,
  distinct,
  findFilter,
  findSubscriber,
  readKeywordFilter,
  requireLineOf,
  requireNoOtherFilterOn,
} from '../guardian';
import type { Input } from '../input';
import type { MessageFilterRecord } from '../model';
import type { Route } from '../router';
import { filterListRoutes, filterRecordRoutes } from './filter-lists';

const MODES = ['ACTIVE', 'MONITOR_ONLY', 'INACTIVE'] as const;
type Mode = (typeof MODES)[number];
const MESSAGE_FILTER_ID = { name: 'MessageFilterId', aliases: ['FilterId'], prefix: 'MFID' } as const;
const UPDATE_FILTER_ID = { name: 'FilterId', aliases: ['MessageFilterId'], prefix: 'MFID' } as const;

/** Settings a create or update body may carry, beyond subscriber, phone and mode. */
type MessageFilterSettings = Omit<MessageFilterRecord, 'id' | 'distributorId' | 'accountId' | 'subscriberId' | 'phone' | 'filterMode'>;

function isAgePreset(value: string): value is AgePreset {
  return (AGE_PRESETS as readonly string[]).includes(value);
}

/**
 * A stored `filterMode` is one of the API modes or an age level (REFERENCE.md C7: a level is
 * ACTIVE with that level). The wire keeps `FilterMode` within the API enum and shows the level
 * in `FilterLevel`.
 */
function splitMode(stored: string): { mode: Mode; level: AgePreset | null } {
  return isAgePreset(stored) ? { mode: 'ACTIVE', level: stored } : { mode: stored as Mode, level: null };
}

function toMessageFilterWire(filter: MessageFilterRecord) {
  const { mode, level } = splitMode(filter.filterMode);
  return {
    FilterId: filter.id,
    SubscriberId: filter.subscriberId,
    Phone: filter.phone,
    FilterMode: mode,
    FilterLevel: level,
    AllowedContacts: [...filter.allowedContacts],
    BlockedContacts: [...filter.blockedContacts],
    KeywordFilter: filter.keywordFilter,
    NotificationPhones: [...filter.notificationPhones],
    ApplyToOutbound: filter.applyToOutbound,
    ApplyToInbound: filter.applyToInbound,
    BlockUnknownNumbers: filter.blockUnknownNumbers,
    BlockLinks: filter.blockLinks,
    BlockMedia: filter.blockMedia,
  };
}

/**
 * The stored mode after applying `FilterMode` (an API mode or an age level) and `FilterLevel`
 * over `current`. `FilterMode` alone replaces both mode and level; `FilterLevel` alone keeps
 * the mode, which must then be ACTIVE.
 */
function readMode(body: Input, current: string | undefined): string {
  const mode = body.oneOf('FilterMode', [...MODES, ...AGE_PRESETS], {
    required: current === undefined && !body.has('FilterLevel'),
  });
  const level = body.oneOf('FilterLevel', AGE_PRESETS);
  if (mode !== undefined && isAgePreset(mode) && level !== undefined && level !== mode) {
    throw badRequest(`FilterMode '${mode}' and FilterLevel '${level}' disagree; send one level.`);
  }
  const before = splitMode(current ?? 'ACTIVE');
  const after =
    mode === undefined ? { ...before, level: level ?? before.level } : { ...splitMode(mode), ...(level === undefined ? {} : { level }) };
  if (after.level === null) return after.mode;
  if (after.mode !== 'ACTIVE') {
    throw badRequest(`FilterLevel '${after.level}' applies only to FilterMode ACTIVE, not ${after.mode}.`);
  }
  return after.level;
}

/** The settings in `body` applied over `base`; fields not sent keep their value. */
function readSettings(body: Input, base: MessageFilterSettings): MessageFilterSettings {
  const contacts = (name: string): string[] | undefined => {
    const list = body.strings(name, { e164: true });
    return list === undefined ? undefined : distinct(list);
  };
  const keywordFilter = readKeywordFilter(body);
  return {
    allowedContacts: contacts('AllowedContacts') ?? base.allowedContacts,
    blockedContacts: contacts('BlockedContacts') ?? base.blockedContacts,
    keywordFilter: keywordFilter === undefined ? base.keywordFilter : keywordFilter,
    notificationPhones: contacts('NotificationPhones') ?? base.notificationPhones,
    applyToOutbound: body.bool('ApplyToOutbound') ?? base.applyToOutbound,
    applyToInbound: body.bool('ApplyToInbound') ?? base.applyToInbound,
    blockUnknownNumbers: body.bool('BlockUnknownNumbers') ?? base.blockUnknownNumbers,
    blockLinks: body.bool('BlockLinks') ?? base.blockLinks,
    blockMedia: body.bool('BlockMedia') ?? base.blockMedia,
  };
}

/** A fresh filter guards inbound messages; everything else is off until asked for. */
const DEFAULT_SETTINGS: MessageFilterSettings = {
  allowedContacts: [],
  blockedContacts: [],
  keywordFilter: null,
  notificationPhones: [],
  applyToOutbound: false,
  applyToInbound: true,
  blockUnknownNumbers: false,
  blockLinks: false,
  blockMedia: false,
};

const createMessageFilter: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/message-filter',
  handle(ctx) {
    const subscriber = findSubscriber(ctx, ctx.body, 'SubscriberId');
    const phone = ctx.body.e164('Phone', { required: true });
    const filterMode = readMode(ctx.body, undefined);
    const settings = readSettings(ctx.body, DEFAULT_SETTINGS);
    requireLineOf(ctx, subscriber, phone);
    if (!ctx.state.guardianFeaturesOf(subscriber.id).messages) {
      throw badRequest(
        `EnableIntelligentGuardianMessages is off for subscriber '${subscriber.id}'; ` +
          'turn it on with POST /v1.0/subscribers/guardian-features before creating a message filter.',
      );
    }
    requireNoOtherFilterOn(ctx.state.messageFilters, phone);
    const filter = ctx.state.messageFilters.insert({
      id: ctx.state.entropy.id('MFID'),
      distributorId: ctx.caller.id,
      accountId: subscriber.accountId,
      subscriberId: subscriber.id,
      phone,
      filterMode,
      ...settings,
    });
    return toMessageFilterWire(filter);
  },
};

const listMessageFilters: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/message-filter',
  handle(ctx) {
    const { query, state, caller } = ctx;
    const subscriberId = query.id('SubscriberId', SUBSCRIBER_ID_PREFIXES);
    const subscriber = subscriberId === undefined ? undefined : state.subscribers.owned(subscriberId, caller.id);
    const phone = query.e164('Phone');
    const accountId = query.string('AccountId');
    const account = accountId === undefined ? undefined : state.resolveAccount(caller.id, accountId);
    return state.messageFilters
      .ofDistributor(caller.id)
      .filter(
        (filter) =>
          (subscriber === undefined || filter.subscriberId === subscriber.id) &&
          (phone === undefined || filter.phone === phone) &&
          (account === undefined || filter.accountId === account.id),
      )
      .map(toMessageFilterWire);
  },
};

const updateMessageFilter: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/message-filter/update',
  handle(ctx) {
    const filter = findFilter(ctx, ctx.body, ctx.state.messageFilters, UPDATE_FILTER_ID, false);
    const filterMode = readMode(ctx.body, filter.filterMode);
    const phone = ctx.body.e164('Phone') ?? filter.phone;
    const settings = readSettings(ctx.body, filter);
    if (phone !== filter.phone) {
      requireLineOf(ctx, ctx.state.subscribers.get(filter.subscriberId)!, phone);
      requireNoOtherFilterOn(ctx.state.messageFilters, phone, filter);
    }
    Object.assign(filter, settings, { filterMode, phone });
    return toMessageFilterWire(filter);
  },
};



export const messageFilterRoutes: Route[] = [
  createMessageFilter,
  listMessageFilters,
  updateMessageFilter,
  ...filterRecordRoutes<MessageFilterRecord>({ base: '/v1.0/subscribers/message-filter', table: (state) => state.messageFilters, id: MESSAGE_FILTER_ID }),
  ...filterListRoutes<MessageFilterRecord>({
    path: '/v1.0/subscribers/message-filter/allowed-contacts',
    table: (state) => state.messageFilters,
    id: MESSAGE_FILTER_ID,
    entriesField: 'Contacts',
    listField: 'AllowedContacts',
    listName: 'allowed list',
    read: (filter) => filter.allowedContacts,
    write: (filter, list) => (filter.allowedContacts = list),
  }),
  ...filterListRoutes<MessageFilterRecord>({
    path: '/v1.0/subscribers/message-filter/blocked-contacts',
    table: (state) => state.messageFilters,
    id: MESSAGE_FILTER_ID,
    entriesField: 'Contacts',
    listField: 'BlockedContacts',
    listName: 'blocked list',
    read: (filter) => filter.blockedContacts,
    write: (filter, list) => (filter.blockedContacts = list),
  }),
];
