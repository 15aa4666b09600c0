import type { MessageRoute, VoiceRoute } from '../../schema/route.type';
import type { Webhook } from '../../schema/webhook.type';
import type { Workgroup, WorkgroupMember } from '../../schema/workgroup.type';

/** Message and voice routes, account webhooks and workgroups (REFERENCE.md §3.6, §3.8, §3.15–3.16). */

export interface RawMessageRoute {
  MessageRouteId: string;
  AccountId?: string | null;
  AccountID?: string | null;
  RouteName: string;
  MessageUrl: string;
  MessageUrlMethod: string;
  MessageRouteEnabled: boolean;
  MessageAuthenticationType?: string | null;
  CallbackMessageUrl?: string | null;
}

export interface RawVoiceRoute {
  CallRouteId: string;
  AccountId?: string | null;
  RouteName: string;
  RouteType: string;
  RouteEnabled?: boolean | null;
  VoiceUrl?: string | null;
  TrunkUri1?: string | null;
  TrunkIp1?: string | null;
}

export interface RawRouteList<T> {
  TotalRoutes: number;
  Results: T[];
}

export interface RawWebhook {
  WebhookId: string;
  AccountId?: string | null;
  WebhookUrl?: string | null;
  Method?: string | null;
  DataFormat?: string | null;
  AuthenticationType?: string | null;
  SubscribedEvents?: string | null;
  Active: boolean;
}

export interface RawWorkgroup {
  WorkgroupId: string;
  AccountId?: string | null;
  Name: string;
  Type: string;
  TelegentPhone?: string | null;
  TimeZone?: string | null;
  Activities?: { WorkgroupActivityId: string; Type: string; DigitOrder?: number; PhoneNumber?: string | null }[];
}

export function toMessageRoute(raw: RawMessageRoute): MessageRoute {
  return {
    id: raw.MessageRouteId,
    accountId: raw.AccountID ?? raw.AccountId ?? null,
    name: raw.RouteName,
    messageUrl: raw.MessageUrl,
    messageUrlMethod: raw.MessageUrlMethod,
    enabled: raw.MessageRouteEnabled,
    authenticationType: raw.MessageAuthenticationType ?? null,
    callbackUrl: raw.CallbackMessageUrl ?? null,
  };
}

export function toVoiceRoute(raw: RawVoiceRoute): VoiceRoute {
  return {
    id: raw.CallRouteId,
    accountId: raw.AccountId ?? null,
    name: raw.RouteName,
    routeType: raw.RouteType,
    enabled: raw.RouteEnabled !== false,
    trunk: raw.TrunkUri1 ?? raw.TrunkIp1 ?? null,
    voiceUrl: raw.VoiceUrl ?? null,
  };
}

export function toWebhook(raw: RawWebhook): Webhook {
  return {
    id: raw.WebhookId,
    accountId: raw.AccountId ?? null,
    url: raw.WebhookUrl ?? null,
    method: raw.Method ?? null,
    dataFormat: raw.DataFormat ?? null,
    authenticationType: raw.AuthenticationType ?? null,
    events: (raw.SubscribedEvents ?? '').split(',').map((e) => e.trim()).filter((e) => e !== ''),
    active: raw.Active,
  };
}

export function toWorkgroup(raw: RawWorkgroup): Workgroup {
  return {
    id: raw.WorkgroupId,
    accountId: raw.AccountId ?? null,
    name: raw.Name,
    type: raw.Type,
    phoneNumber: raw.TelegentPhone || null,
    timeZone: raw.TimeZone || null,
  };
}

export function toWorkgroupMembers(raw: RawWorkgroup): WorkgroupMember[] {
  return (raw.Activities ?? []).map((m) => ({ id: m.WorkgroupActivityId, type: m.Type, digitOrder: m.DigitOrder ?? null, phoneNumber: m.PhoneNumber ?? null }));
}
