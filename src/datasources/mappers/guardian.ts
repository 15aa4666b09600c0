import type { CallFilter, GuardianFeatures, GuardianRelation, MessageFilter } from '../../schema/guardian.type';

/** AI Guardian: feature flags, relations, call and message filters (REFERENCE.md §3.5). */

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
}

export interface RawMessageFilter {
  FilterId: string;
  SubscriberId: string;
  Phone: string;
  FilterMode: string;
  FilterLevel?: string | null;
  AllowedContacts?: string[] | null;
  BlockedContacts?: string[] | null;
  BlockLinks?: boolean | null;
  BlockMedia?: boolean | null;
}

export interface RawGuardianRelation {
  ParentSubscriberId: string;
  ChildSubscriberId: string;
  Relation: string;
}

export function toGuardianFeatures(raw: RawGuardianFeatures): GuardianFeatures {
  return { calls: raw.EnableIntelligentGuardianCalls, messages: raw.EnableIntelligentGuardianMessages };
}

export function toCallFilter(raw: RawCallFilter): CallFilter & { subscriberId: string } {
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: raw.FilterMode,
    allowedNumbers: raw.AllowedNumbers ?? [],
    blockedNumbers: raw.BlockedNumbers ?? [],
  };
}

export function toMessageFilter(raw: RawMessageFilter): MessageFilter & { subscriberId: string } {
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: raw.FilterMode,
    level: raw.FilterLevel ?? null,
    allowedContacts: raw.AllowedContacts ?? [],
    blockedContacts: raw.BlockedContacts ?? [],
    blockLinks: raw.BlockLinks === true,
    blockMedia: raw.BlockMedia === true,
  };
}

export function toGuardianRelation(raw: RawGuardianRelation): GuardianRelation {
  return { relation: raw.Relation, parentSubscriberId: raw.ParentSubscriberId, childSubscriberId: raw.ChildSubscriberId };
}
