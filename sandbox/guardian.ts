import { badRequest, notFound } from './errors';
import type { Input } from './input';
import type { AccountOwned, GuardianRelationRecord, NumberRecord, SubscriberRecord } from './model';
import type { RouteContext } from './router';
import type { Table } from './state';

/** Age presets (REFERENCE.md §3.5, C7). */
export const AGE_PRESETS = ['CHILD', 'TEENAGER', 'ADOLESCENT'] as const;
export type AgePreset = (typeof AGE_PRESETS)[number];

export const SUBSCRIBER_ID_PREFIXES = ['TSUID', 'SID'] as const;

/** What call and message filters share: bound to one subscriber and one of their numbers. */
export interface FilterRecord extends AccountOwned {
  subscriberId: string;
  phone: string;
}

/**
 * The subscriber named by `name`, hidden behind 404 when it belongs to another distributor.
 * With `AccountId` in the same input, the account must be the caller's (400 Invalid AccountId)
 * and hold the subscriber (404 otherwise).
 */
export function findSubscriber(ctx: RouteContext, input: Input, name: string, aliases: readonly string[] = []): SubscriberRecord {
  const id = input.id(name, SUBSCRIBER_ID_PREFIXES, { required: true, aliases });
  const subscriber = ctx.state.subscribers.owned(id, ctx.caller.id);
  const accountId = input.string('AccountId');
  if (accountId !== undefined && ctx.state.resolveAccount(ctx.caller.id, accountId).id !== subscriber.accountId) {
    throw notFound(`subscriber '${id}'`);
  }
  return subscriber;
}

/**
 * The filter named by `idName` (or an alias) in `table`, seen by the caller. A `SubscriberId`
 * in the input must be the filter's subscriber and an `AccountId` its account; a mismatch is a
 * 404, since the pair names a filter that does not exist.
 */
export function findFilter<T extends FilterRecord>(
  ctx: RouteContext,
  input: Input,
  table: Table<T>,
  id: { name: string; aliases: readonly string[]; prefix: string },
  subscriberRequired: boolean,
): T {
  const filterId = input.id(id.name, [id.prefix], { required: true, aliases: id.aliases });
  const subscriberId = input.id('SubscriberId', SUBSCRIBER_ID_PREFIXES, { required: subscriberRequired });
  const accountId = input.string('AccountId');
  const account = accountId === undefined ? undefined : ctx.state.resolveAccount(ctx.caller.id, accountId);
  const subscriber = subscriberId === undefined ? undefined : ctx.state.subscribers.owned(subscriberId, ctx.caller.id);
  const filter = table.owned(filterId, ctx.caller.id);
  if (subscriber !== undefined && filter.subscriberId !== subscriber.id) {
    throw notFound(`${table.noun} '${filterId}' of subscriber '${subscriberId}'`);
  }
  if (account !== undefined && filter.accountId !== account.id) throw notFound(`${table.noun} '${filterId}'`);
  return filter;
}

/**
 * The line a filter is bound to: it must be in the caller's inventory (404) and assigned to the
 * subscriber (400), since a filter guards that subscriber's own number.
 */
export function requireLineOf(ctx: RouteContext, subscriber: SubscriberRecord, phone: string): NumberRecord {
  const line = ctx.state.numbers.ownedNumber(phone, ctx.caller.id);
  if (line.assignedSubscriberId !== subscriber.id) {
    throw badRequest(`Phone '${phone}' is not assigned to subscriber '${subscriber.id}'.`);
  }
  return line;
}

/** One filter of a kind per line: a second one would make the line's behaviour ambiguous. */
export function requireNoOtherFilterOn<T extends FilterRecord>(table: Table<T>, phone: string, except?: T): void {
  const existing = table.values().find((filter) => filter.phone === phone && filter !== except);
  if (existing !== undefined) {
    throw badRequest(`Phone '${phone}' already has a ${table.noun} (${existing.id}); update or delete it instead.`);
  }
}

export function relationsOf(ctx: RouteContext, match: (relation: GuardianRelationRecord) => boolean): GuardianRelationRecord[] {
  return ctx.state.guardianRelations.filter((relation) => relation.distributorId === ctx.caller.id && match(relation));
}

/** Age presets unlock only on the child side of a parent → child relation (REFERENCE.md §4.1 rule 11). */
export function requireGuardianChild(ctx: RouteContext, subscriber: SubscriberRecord, filterMode: string): void {
  if (relationsOf(ctx, (relation) => relation.childSubscriberId === subscriber.id).length === 0) {
    throw badRequest(
      `FilterMode '${filterMode}' is an age preset and needs a guardian relation in which subscriber '${subscriber.id}' is the child; ` +
        'create one with POST /v1.0/subscribers/guardians/relation.',
    );
  }
}

/** Entries in the order given, without repeats. */
export function distinct(entries: readonly string[]): string[] {
  return [...new Set(entries)];
}

/** A required, non-empty list of E.164 numbers (the body of every list add/remove call). */
export function readNumberList(input: Input, name: string): string[] {
  const entries = distinct(input.strings(name, { required: true, e164: true }) ?? []);
  if (entries.length === 0) throw badRequest(`${name} must contain at least one phone number.`);
  return entries;
}

/** `list` plus the entries not already on it (adding is idempotent). */
export function withAdded(list: readonly string[], entries: readonly string[]): string[] {
  return distinct([...list, ...entries]);
}

/** `list` without `entries`; every entry must currently be on the list (REFERENCE.md §3.5 guide rule). */
export function withRemoved(list: readonly string[], entries: readonly string[], field: string, listName: string): string[] {
  const absent = entries.filter((entry) => !list.includes(entry));
  if (absent.length > 0) {
    throw badRequest(`${field}: ${absent.map((entry) => `'${entry}'`).join(', ')} ${absent.length === 1 ? 'is' : 'are'} not on the ${listName}.`);
  }
  return list.filter((entry) => !entries.includes(entry));
}

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

/** The parsed form of a `KeywordFilter` string (REFERENCE.md §3.5 "Call filter object"). */
export interface KeywordConfig {
  CustomKeywords: string[];
  SystemKeywords: Record<string, string[]>;
  SeverityMap: Record<string, Severity>;
}

export const emptyKeywordConfig = (): KeywordConfig => ({ CustomKeywords: [], SystemKeywords: {}, SeverityMap: {} });

const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * Parses a stored or submitted `KeywordFilter`. Keys match case-insensitively and severities are
 * returned upper-case. Upstream list answers sometimes drop the outer braces, so a client that
 * round-trips such a string is tolerated.
 */
export function parseKeywordFilter(text: string, field = 'KeywordFilter'): KeywordConfig {
  const parsed = parseJsonObject(text) ?? parseJsonObject(`{${text}}`);
  if (parsed === undefined) {
    throw badRequest(`${field} must be a JSON object serialized as a string, e.g. "{\\"CustomKeywords\\":[\\"scam\\"]}".`);
  }
  const part = (name: string): unknown => {
    const key = Object.keys(parsed).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : parsed[key];
  };
  const config = emptyKeywordConfig();

  const custom = part('CustomKeywords');
  if (custom !== undefined && custom !== null) config.CustomKeywords = stringArray(custom, `${field}.CustomKeywords`);

  const system = part('SystemKeywords');
  if (system !== undefined && system !== null) {
    for (const [category, words] of Object.entries(plainObject(system, `${field}.SystemKeywords`))) {
      config.SystemKeywords[category] = stringArray(words, `${field}.SystemKeywords.${category}`);
    }
  }

  const severities = part('SeverityMap');
  if (severities !== undefined && severities !== null) {
    for (const [term, severity] of Object.entries(plainObject(severities, `${field}.SeverityMap`))) {
      const match = typeof severity === 'string' ? SEVERITIES.find((s) => s === severity.toUpperCase()) : undefined;
      if (match === undefined) {
        throw badRequest(`${field}.SeverityMap.${term} must be one of ${SEVERITIES.join(', ')}.`);
      }
      config.SeverityMap[term] = match;
    }
  }
  return config;
}

/**
 * The optional `KeywordFilter` of a create/update body: `undefined` when not sent, `null` for an
 * empty string (clears it), otherwise the string exactly as received once it parses.
 */
export function readKeywordFilter(input: Input): string | null | undefined {
  const text = input.string('KeywordFilter', { allowEmpty: true });
  if (text === undefined) return undefined;
  if (text.trim() === '') return null;
  parseKeywordFilter(text);
  return text;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function plainObject(value: unknown, path: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`${path} must be an object.`);
  return value as Record<string, unknown>;
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw badRequest(`${path} must be an array of strings.`);
  }
  return value as string[];
}
