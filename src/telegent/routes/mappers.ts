/** Routes: where Telegent delivers a number's messages (message routes, REFERENCE.md §3.6) and calls (voice routes, §3.8). */

import { CallbackMethod, AuthenticationType, VoiceRouteType, TrunkTransport } from '../../graph/schema/route.enum';
import { requiredEnumFromUpstream, enumFromUpstream } from '../enums';
import type { MessageRoute, SipTrunk, VoiceRoute } from '../../graph/schema/route.type';

export const UPSTREAM_CALLBACK_METHOD: Record<CallbackMethod, string> = { [CallbackMethod.GET]: 'GET', [CallbackMethod.POST]: 'POST' };

export const UPSTREAM_AUTHENTICATION_TYPE: Record<AuthenticationType, string> = {
  [AuthenticationType.NONE]: 'None',
  [AuthenticationType.BASIC]: 'Basic',
  [AuthenticationType.BEARER]: 'Bearer',
};

export const UPSTREAM_VOICE_ROUTE_TYPE: Record<VoiceRouteType, string> = {
  [VoiceRouteType.TRUNK]: 'Trunk',
  [VoiceRouteType.URL]: 'URL',
  [VoiceRouteType.FORWARD]: 'Forward',
};

export const UPSTREAM_TRUNK_TRANSPORT: Record<TrunkTransport, string> = { [TrunkTransport.UDP]: 'UDP', [TrunkTransport.TCP]: 'TCP', [TrunkTransport.TLS]: 'TLS' };

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
  CallbackMessageUrlMethod?: string | null;
  CallbackMessageAuthenticationType?: string | null;
  InboundBypass?: boolean | null;
  OutboundBypass?: boolean | null;
  IntelligentRouteEnabled?: boolean | null;
}

/** A voice route as Telegent answers it, typos included (`Trunk1Priortiy`, REFERENCE.md §2.1). */
export interface RawVoiceRoute {
  CallRouteId: string;
  AccountId?: string | null;
  AccountID?: string | null;
  RouteName: string;
  RouteType: string;
  RouteEnabled?: boolean | null;
  VoiceUrl?: string | null;
  VoiceUrlMethod?: string | null;
  VoiceAuthenticationType?: string | null;
  VocieAuthenticationType?: string | null;
  CallbackVoiceUrl?: string | null;
  CallbackVoiceUrlMethod?: string | null;
  TrunkIp1?: string | null;
  TrunkIp2?: string | null;
  TrunkPort1?: string | null;
  TrunkPort2?: string | null;
  TrunkTransport1?: string | null;
  TrunkTransport2?: string | null;
  TrunkUri1?: string | null;
  TrunkUri2?: string | null;
  TrunkEnabled1?: boolean | null;
  TrunkEnabled2?: boolean | null;
  Trunk1Priortiy?: number | null;
  Trunk2Priortiy?: number | null;
  Trunk1Weight?: number | null;
  Trunk2Weight?: number | null;
  ForwardNumber?: string | null;
  HeaderManipulation?: string | null;
  EnableSipRefer?: boolean | null;
  TransferCallerId?: string | null;
  SymmetricRtp?: boolean | null;
  EnableTrpSecureTrunk?: boolean | null;
  EnablePstnTransfer?: boolean | null;
  CnamLookup?: boolean | null;
  EnableCallStreaming?: boolean | null;
  TerminationUriSubdomain?: string | null;
  WssUri?: string | null;
  IntelligentRouteEnabled?: boolean | null;
  IpWhiteList?: { IpAddress: string; }[] | null;
  IpWhitelist?: { IpAddress: string; }[] | null;
}

export interface RawRouteList<T> {
  TotalRoutes: number;
  Results: T[];
}

export function toMessageRoute(raw: RawMessageRoute): MessageRoute {
  return {
    id: raw.MessageRouteId,
    accountId: raw.AccountID ?? raw.AccountId ?? null,
    name: raw.RouteName,
    messageUrl: raw.MessageUrl,
    messageUrlMethod: requiredEnumFromUpstream(UPSTREAM_CALLBACK_METHOD, raw.MessageUrlMethod, 'MessageUrlMethod'),
    enabled: raw.MessageRouteEnabled,
    authenticationType: enumFromUpstream(UPSTREAM_AUTHENTICATION_TYPE, raw.MessageAuthenticationType),
    callbackUrl: raw.CallbackMessageUrl ?? null,
    callbackUrlMethod: enumFromUpstream(UPSTREAM_CALLBACK_METHOD, raw.CallbackMessageUrlMethod),
    callbackAuthenticationType: enumFromUpstream(UPSTREAM_AUTHENTICATION_TYPE, raw.CallbackMessageAuthenticationType),
    inboundGuardianBypass: raw.InboundBypass ?? null,
    outboundGuardianBypass: raw.OutboundBypass ?? null,
    intelligentRoutingEnabled: raw.IntelligentRouteEnabled ?? null,
  };
}

export function toVoiceRoute(raw: RawVoiceRoute): VoiceRoute {
  return {
    id: raw.CallRouteId,
    accountId: raw.AccountId ?? raw.AccountID ?? null,
    name: raw.RouteName,
    routeType: requiredEnumFromUpstream(UPSTREAM_VOICE_ROUTE_TYPE, raw.RouteType, 'RouteType'),
    enabled: raw.RouteEnabled !== false,
    trunk: raw.TrunkUri1 ?? raw.TrunkIp1 ?? null,
    primaryTrunk: toSipTrunk(raw.TrunkIp1, raw.TrunkUri1, raw.TrunkPort1, raw.TrunkTransport1, raw.TrunkEnabled1, raw.Trunk1Priortiy, raw.Trunk1Weight),
    failoverTrunk: toSipTrunk(raw.TrunkIp2, raw.TrunkUri2, raw.TrunkPort2, raw.TrunkTransport2, raw.TrunkEnabled2, raw.Trunk2Priortiy, raw.Trunk2Weight),
    voiceUrl: raw.VoiceUrl ?? null,
    voiceUrlMethod: enumFromUpstream(UPSTREAM_CALLBACK_METHOD, raw.VoiceUrlMethod),
    authenticationType: enumFromUpstream(UPSTREAM_AUTHENTICATION_TYPE, raw.VoiceAuthenticationType ?? raw.VocieAuthenticationType),
    callbackUrl: raw.CallbackVoiceUrl ?? null,
    callbackUrlMethod: enumFromUpstream(UPSTREAM_CALLBACK_METHOD, raw.CallbackVoiceUrlMethod),
    forwardNumber: raw.ForwardNumber ?? null,
    ipWhitelist: (raw.IpWhiteList ?? raw.IpWhitelist ?? []).map((entry) => entry.IpAddress),
    headerManipulation: raw.HeaderManipulation ?? null,
    transferCallerId: raw.TransferCallerId ?? null,
    terminationUriSubdomain: raw.TerminationUriSubdomain ?? null,
    wssUri: raw.WssUri ?? null,
    sipReferEnabled: raw.EnableSipRefer === true,
    symmetricRtp: raw.SymmetricRtp === true,
    secureTrunkEnabled: raw.EnableTrpSecureTrunk === true,
    pstnTransferEnabled: raw.EnablePstnTransfer === true,
    cnamLookup: raw.CnamLookup === true,
    callStreamingEnabled: raw.EnableCallStreaming === true,
    intelligentRoutingEnabled: raw.IntelligentRouteEnabled === true,
  };
}

/** Webhooks' create page calls Bearer `Token` (REFERENCE.md §3.16). */
export const TOKEN_IS_BEARER = { token: AuthenticationType.BEARER };

function toSipTrunk(ip?: string | null, uri?: string | null, port?: string | null, transport?: string | null, enabled?: boolean | null, priority?: number | null, weight?: number | null): SipTrunk | null {
  if (!ip && !uri) return null;
  const portNumber = port ? Number.parseInt(port, 10) : NaN;
  return {
    ip: ip || null,
    uri: uri || null,
    port: Number.isInteger(portNumber) ? portNumber : null,
    transport: enumFromUpstream(UPSTREAM_TRUNK_TRANSPORT, transport),
    enabled: enabled === true,
    priority: priority ?? null,
    weight: weight ?? null,
  };
}
