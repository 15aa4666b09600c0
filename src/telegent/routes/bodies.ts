import type { CallbackAuthenticationInput } from '../../graph/schema/callback-authentication.input';
import type { CallbackMethod } from '../../graph/schema/route.enum';
import type { CreateVoiceRouteInput, SipTrunkInput, UpdateVoiceRouteInput, VoiceRouteSettingsInput } from '../../graph/schema/voice-route.input';
import { UPSTREAM_AUTHENTICATION_TYPE, UPSTREAM_CALLBACK_METHOD, UPSTREAM_TRUNK_TRANSPORT, UPSTREAM_VOICE_ROUTE_TYPE } from './mappers';

/**
 * The bodies of the route writes, each endpoint's built here only: message routes are written both
 * as the client describes them (RouteWrites) and pointed at the gateway's receivers (GatewayRouteWrites).
 * A field left out (null) is not sent, so an update leaves it as it is.
 */

/** `<prefix>AuthenticationType`, `<prefix>Username`, `<prefix>PasswordToken`: one field holds the password or the token. */
function routeAuthentication(prefix: string, auth: CallbackAuthenticationInput | null | undefined): Record<string, string | undefined> {
  if (!auth) return {};
  return {
    [`${prefix}AuthenticationType`]: UPSTREAM_AUTHENTICATION_TYPE[auth.type],
    [`${prefix}Username`]: auth.username ?? undefined,
    [`${prefix}PasswordToken`]: auth.password ?? auth.token ?? undefined,
  };
}

const method = (value: CallbackMethod | null | undefined): string | undefined => (value ? UPSTREAM_CALLBACK_METHOD[value] : undefined);

/** What a message route write sets, named as the route inputs name it. */
export interface MessageRouteFields {
  name?: string | null;
  enabled?: boolean | null;
  messageUrl?: string | null;
  messageUrlMethod?: CallbackMethod | null;
  authentication?: CallbackAuthenticationInput | null;
  callbackUrl?: string | null;
  callbackUrlMethod?: CallbackMethod | null;
  callbackAuthentication?: CallbackAuthenticationInput | null;
  inboundGuardianBypass?: boolean | null;
  outboundGuardianBypass?: boolean | null;
  intelligentRoutingEnabled?: boolean | null;
}

function messageRouteFields(fields: MessageRouteFields): Record<string, unknown> {
  return {
    RouteName: fields.name?.trim(),
    MessageUrl: fields.messageUrl ?? undefined,
    MessageUrlMethod: method(fields.messageUrlMethod),
    MessageRouteEnabled: fields.enabled ?? undefined,
    ...routeAuthentication('Message', fields.authentication),
    CallbackMessageUrl: fields.callbackUrl ?? undefined,
    CallbackMessageUrlMethod: method(fields.callbackUrlMethod),
    ...routeAuthentication('CallbackMessage', fields.callbackAuthentication),
    InboundBypass: fields.inboundGuardianBypass ?? undefined,
    OutboundBypass: fields.outboundGuardianBypass ?? undefined,
    IntelligentRouteEnabled: fields.intelligentRoutingEnabled ?? undefined,
  };
}

/** POST /message/routes. */
export function createMessageRouteBody(accountId: string | null | undefined, fields: MessageRouteFields): Record<string, unknown> {
  return { AccountId: accountId ?? undefined, ...messageRouteFields(fields) };
}

/** POST /message/routes/update. */
export function updateMessageRouteBody(messageRouteId: string, fields: MessageRouteFields): Record<string, unknown> {
  return { MessageRouteId: messageRouteId, ...messageRouteFields(fields) };
}

/** Trunk `n` (1 primary, 2 failover) in Telegent's field names, `Trunk1Priortiy` (sic) included. */
function trunkFields(n: 1 | 2, trunk: SipTrunkInput | null | undefined): Record<string, unknown> {
  if (!trunk) return {};
  return {
    [`TrunkIp${n}`]: trunk.ip ?? undefined,
    [`TrunkUri${n}`]: trunk.uri ?? undefined,
    [`TrunkPort${n}`]: trunk.port != null ? String(trunk.port) : undefined,
    [`TrunkTransport${n}`]: trunk.transport ? UPSTREAM_TRUNK_TRANSPORT[trunk.transport] : undefined,
    [`TrunkEnabled${n}`]: trunk.enabled ?? undefined,
    [`Trunk${n}Priortiy`]: trunk.priority ?? undefined,
    [`Trunk${n}Weight`]: trunk.weight ?? undefined,
  };
}

function voiceRouteSettings(input: VoiceRouteSettingsInput): Record<string, unknown> {
  return {
    RouteEnabled: input.enabled ?? undefined,
    ...trunkFields(1, input.primaryTrunk),
    ...trunkFields(2, input.failoverTrunk),
    VoiceUrl: input.voiceUrl ?? undefined,
    VoiceUrlMethod: method(input.voiceUrlMethod),
    ...routeAuthentication('Voice', input.authentication),
    CallbackVoiceUrl: input.callbackUrl ?? undefined,
    CallbackVoiceUrlMethod: method(input.callbackUrlMethod),
    ForwardNumber: input.forwardNumber ?? undefined,
    IpWhitelist: input.ipWhitelist?.map((IpAddress) => ({ IpAddress })),
    HeaderManipulation: input.headerManipulation ?? undefined,
    TransferCallerId: input.transferCallerId ?? undefined,
    TerminationUriSubdomain: input.terminationUriSubdomain ?? undefined,
    WssUri: input.wssUri ?? undefined,
    EnableSipRefer: input.sipReferEnabled ?? undefined,
    SymmetricRtp: input.symmetricRtp ?? undefined,
    EnableTrpSecureTrunk: input.secureTrunkEnabled ?? undefined,
    EnablePstnTransfer: input.pstnTransferEnabled ?? undefined,
    CnamLookup: input.cnamLookup ?? undefined,
    EnableCallStreaming: input.callStreamingEnabled ?? undefined,
    IntelligentRouteEnabled: input.intelligentRoutingEnabled ?? undefined,
  };
}

/** POST /voice/routes. */
export function createVoiceRouteBody(input: CreateVoiceRouteInput): Record<string, unknown> {
  const settings = voiceRouteSettings(input);
  return {
    AccountId: input.accountId ?? undefined,
    RouteName: input.name.trim(),
    RouteType: UPSTREAM_VOICE_ROUTE_TYPE[input.routeType],
    ...settings,
    // The create page spells it `VocieAuthenticationType` (sic), the update page and guides correctly: send both.
    VocieAuthenticationType: settings.VoiceAuthenticationType,
  };
}

/** POST /voice/routes/update. */
export function updateVoiceRouteBody(input: UpdateVoiceRouteInput): Record<string, unknown> {
  return {
    CallRouteId: input.voiceRouteId,
    RouteName: input.name?.trim(),
    RouteType: input.routeType ? UPSTREAM_VOICE_ROUTE_TYPE[input.routeType] : undefined,
    ...voiceRouteSettings(input),
  };
}
