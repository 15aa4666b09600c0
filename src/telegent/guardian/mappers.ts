/** AI Guardian: feature flags, relations, call and message filters (REFERENCE.md §3.5). */

import type { KeywordFilterInput } from '../../graph/schema/keyword-filter.input';
import {
  CallFilterMode,
  KeywordSeverity,
  MessageFilterLevel,
  MessageFilterMode,
  TranscriptionAction,
} from '../../graph/schema/guardian.enum';
import type { CallFilter, GuardianFeatures, GuardianRelation, KeywordFilter, MessageFilter } from '../../graph/schema/guardian.type';

export interface RawGuardianFeatures {
  SubscriberId: string;
  EnableIntelligentGuardianCalls: boolean;
  EnableIntelligentGuardianMessages: boolean;
}

export interface RawCallFilter {
  FilterId: string;
  SubscriberId: string;
  Phone: string;
  FilterMode: string;
  AllowedNumbers?: string[] | null;
  BlockedNumbers?: string[] | null;
  EnableTranscription?: boolean | null;
  /** A JSON document serialized into a string (see `toKeywordFilter`). */
  KeywordFilter?: string | null;
  TranscriptionAction?: string | null;
  WarningMessage?: string | null;
  NotificationPhones?: string[] | null;
  ApplyToOutbound?: boolean | null;
  ApplyToInbound?: boolean | null;
  BlockUnknownNumbers?: boolean | null;
  BlockInternational?: boolean | null;
  RecordFlaggedCalls?: boolean | null;
  TimeRestrictions?: unknown;
}

export interface RawMessageFilter {
  FilterId: string;
  SubscriberId: string;
  Phone: string;
  /** An API mode, or an age level where Telegent stores the guide's levels as modes (C7). */
  FilterMode: string;
  /** The sandbox's field for the C7 level. */
  FilterLevel?: string | null;
  AllowedContacts?: string[] | null;
  BlockedContacts?: string[] | null;
  KeywordFilter?: string | null;
  NotificationPhones?: string[] | null;
  ApplyToOutbound?: boolean | null;
  ApplyToInbound?: boolean | null;
  BlockUnknownNumbers?: boolean | null;
  BlockLinks?: boolean | null;
  BlockMedia?: boolean | null;
}

export interface RawGuardianRelation {
  ParentSubscriberId: string;
  ChildSubscriberId: string;
  Relation: string;
}

/** The answer of guardians/relation/delete. */
export interface RawGuardianRelationDeleted extends RawGuardianRelation {
  Status: string;
  DateDeleted: string;
}

/** The answer of call-filter/delete and message-filter/delete. */
export interface RawFilterDeleted {
  FilterId: string;
  Status: string;
}

/** The answer of a filter list change: the filter and (under its own name) the list after the change. */
export interface RawFilterListChange {
  FilterId: string;
  SubscriberId: string;
}

export function toGuardianFeatures(raw: RawGuardianFeatures): GuardianFeatures {
  return { calls: raw.EnableIntelligentGuardianCalls, messages: raw.EnableIntelligentGuardianMessages };
}

/** The value of `values` that `raw` spells (case-insensitively); `fallback` for anything else. */
function enumValue<T extends string, F extends T | null>(values: Record<string, T>, raw: string | null | undefined, fallback: F): T | F {
  const upper = raw?.trim().toUpperCase();
  return Object.values(values).find((value) => value === upper) ?? fallback;
}

export function toCallFilter(raw: RawCallFilter): CallFilter & { subscriberId: string } {
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: enumValue(CallFilterMode, raw.FilterMode, CallFilterMode.BLACKLIST),
    allowedNumbers: raw.AllowedNumbers ?? [],
    blockedNumbers: raw.BlockedNumbers ?? [],
    enableTranscription: raw.EnableTranscription === true,
    keywordFilter: toKeywordFilter(raw.KeywordFilter),
    // The create default, as the sandbox documents it.
    transcriptionAction: enumValue(TranscriptionAction, raw.TranscriptionAction, TranscriptionAction.NOTIFY),
    warningMessage: raw.WarningMessage ?? null,
    notificationPhones: raw.NotificationPhones ?? [],
    applyToOutbound: raw.ApplyToOutbound === true,
    applyToInbound: raw.ApplyToInbound === true,
    blockUnknownNumbers: raw.BlockUnknownNumbers === true,
    blockInternational: raw.BlockInternational === true,
    recordFlaggedCalls: raw.RecordFlaggedCalls === true,
    timeRestrictions: raw.TimeRestrictions ?? null,
  };
}

export function toMessageFilter(raw: RawMessageFilter): MessageFilter & { subscriberId: string } {
  // A level in FilterMode is "ACTIVE with that level" (REFERENCE.md C7).
  const levelAsMode = enumValue(MessageFilterLevel, raw.FilterMode, null);
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: levelAsMode ? MessageFilterMode.ACTIVE : enumValue(MessageFilterMode, raw.FilterMode, MessageFilterMode.ACTIVE),
    level: enumValue(MessageFilterLevel, raw.FilterLevel, levelAsMode),
    allowedContacts: raw.AllowedContacts ?? [],
    blockedContacts: raw.BlockedContacts ?? [],
    keywordFilter: toKeywordFilter(raw.KeywordFilter),
    notificationPhones: raw.NotificationPhones ?? [],
    applyToOutbound: raw.ApplyToOutbound === true,
    applyToInbound: raw.ApplyToInbound === true,
    blockUnknownNumbers: raw.BlockUnknownNumbers === true,
    blockLinks: raw.BlockLinks === true,
    blockMedia: raw.BlockMedia === true,
  };
}

export function toGuardianRelation(raw: RawGuardianRelation): GuardianRelation {
  return { relation: raw.Relation, parentSubscriberId: raw.ParentSubscriberId, childSubscriberId: raw.ChildSubscriberId };
}

/**
 * The `KeywordFilter` string of a filter as the graph's object: `{ CustomKeywords: string[],
 * SystemKeywords: { category: string[] }, SeverityMap: { term: HIGH|MEDIUM|LOW } }`. Keys match
 * case-insensitively and lists sometimes echo the string without its outer braces, as the
 * sandbox tolerates too. Null when there is none or it is not a JSON object; entries that are
 * not strings, and severities outside HIGH|MEDIUM|LOW, are left out.
 */
export function toKeywordFilter(text: string | null | undefined): KeywordFilter | null {
  if (!text || text.trim() === '') return null;
  const parsed = parseJsonObject(text) ?? parseJsonObject(`{${text}}`);
  if (!parsed) return null;
  const part = (name: string): unknown => {
    const key = Object.keys(parsed).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : parsed[key];
  };
  return {
    customKeywords: strings(part('CustomKeywords')),
    systemKeywords: Object.entries(objectOrEmpty(part('SystemKeywords'))).map(([category, words]) => ({ category, keywords: strings(words) })),
    severities: Object.entries(objectOrEmpty(part('SeverityMap'))).flatMap(([term, severity]) => {
      const known = typeof severity === 'string' ? enumValue(KeywordSeverity, severity, null) : null;
      return known ? [{ term, severity: known }] : [];
    }),
  };
}

/**
 * A keyword filter input as Telegent's `KeywordFilter` string. An empty one becomes `""`, which
 * Telegent reads as "no keywords" (on update it clears them).
 */
export function toRawKeywordFilter(input: KeywordFilterInput): string {
  const { customKeywords, systemKeywords, severities } = input;
  if (customKeywords.length === 0 && systemKeywords.length === 0 && severities.length === 0) return '';
  return JSON.stringify({
    CustomKeywords: customKeywords,
    SystemKeywords: Object.fromEntries(systemKeywords.map((c) => [c.category, c.keywords])),
    SeverityMap: Object.fromEntries(severities.map((s) => [s.term, s.severity])),
  });
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
