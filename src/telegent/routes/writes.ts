import type { CallbackAuthenticationInput } from '../../graph/schema/callback-authentication.input';
import type { CreateMessageRouteInput, MessageRouteSettingsInput, UpdateMessageRouteInput } from '../../graph/schema/message-route.input';
import type { CreateVoiceRouteInput, SipTrunkInput, UpdateVoiceRouteInput, VoiceRouteSettingsInput } from '../../graph/schema/voice-route.input';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { type RawInventoryNumber } from '../numbers/mappers';
import { type RawMessageRoute, type RawVoiceRoute, UPSTREAM_AUTHENTICATION_TYPE, UPSTREAM_CALLBACK_METHOD, UPSTREAM_TRUNK_TRANSPORT, UPSTREAM_VOICE_ROUTE_TYPE } from './mappers';
import { type WriteContext, explainRefusal, performWrite } from '../write';
import { listMessageRoutes, listVoiceRoutes } from './reads';
import { listInventory } from '../numbers/reads';

/** What a route deletion reports: the route, and the account it belonged to (when it could be read first). */
export interface DeletedRoute {
  deletedId: string;
  accountId: string | null;
}

/** `<prefix>AuthenticationType`, `<prefix>Username`, `<prefix>PasswordToken`: one field holds the password or the token. */
export function routeAuthentication(prefix: string, auth: CallbackAuthenticationInput | null | undefined): Record<string, string | undefined> {
  if (!auth) return {};
  return {
    [`${prefix}AuthenticationType`]: UPSTREAM_AUTHENTICATION_TYPE[auth.type],
    [`${prefix}Username`]: auth.username ?? undefined,
    [`${prefix}PasswordToken`]: auth.password ?? auth.token ?? undefined,
  };
}

const method = (value: keyof typeof UPSTREAM_CALLBACK_METHOD | null | undefined): string | undefined => (value ? UPSTREAM_CALLBACK_METHOD[value] : undefined);

function messageRouteSettings(input: MessageRouteSettingsInput): Record<string, unknown> {
  return {
    MessageRouteEnabled: input.enabled ?? undefined,
    ...routeAuthentication('Message', input.authentication),
    CallbackMessageUrl: input.callbackUrl ?? undefined,
    CallbackMessageUrlMethod: method(input.callbackUrlMethod),
    ...routeAuthentication('CallbackMessage', input.callbackAuthentication),
    InboundBypass: input.inboundGuardianBypass ?? undefined,
    OutboundBypass: input.outboundGuardianBypass ?? undefined,
    IntelligentRouteEnabled: input.intelligentRoutingEnabled ?? undefined,
  };
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

/** Message routes (REFERENCE.md §3.6) and voice routes (§3.8). */
export class RouteWrites {
  constructor(private readonly ctx: WriteContext) {}

  createMessageRoute(input: CreateMessageRouteInput): Promise<RawMessageRoute> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawMessageRoute>('/message/routes', {
        AccountId: input.accountId ?? undefined,
        RouteName: input.name.trim(),
        MessageUrl: input.messageUrl,
        MessageUrlMethod: UPSTREAM_CALLBACK_METHOD[input.messageUrlMethod],
        ...messageRouteSettings(input),
      }),
    );
  }

  updateMessageRoute(input: UpdateMessageRouteInput): Promise<RawMessageRoute> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawMessageRoute>('/message/routes/update', {
        MessageRouteId: input.messageRouteId,
        RouteName: input.name?.trim(),
        MessageUrl: input.messageUrl ?? undefined,
        MessageUrlMethod: method(input.messageUrlMethod),
        ...messageRouteSettings(input),
      }),
    );
  }

  deleteMessageRoute(routeId: string): Promise<DeletedRoute> {
    return this.deleteRoute('message', routeId, {
      path: '/message/routes/delete',
      body: { MessageRouteId: routeId },
      findRoute: async () => (await listMessageRoutes(this.ctx.client)).find((r) => r.MessageRouteId === routeId),
      routeOf: (n) => n.MessageRouteId,
    });
  }

  createVoiceRoute(input: CreateVoiceRouteInput): Promise<RawVoiceRoute> {
    const settings = voiceRouteSettings(input);
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawVoiceRoute>('/voice/routes', {
        AccountId: input.accountId ?? undefined,
        RouteName: input.name.trim(),
        RouteType: UPSTREAM_VOICE_ROUTE_TYPE[input.routeType],
        ...settings,
        // The create page spells it `VocieAuthenticationType` (sic), the update page and guides correctly: send both.
        VocieAuthenticationType: settings.VoiceAuthenticationType,
      }),
    );
  }

  updateVoiceRoute(input: UpdateVoiceRouteInput): Promise<RawVoiceRoute> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawVoiceRoute>('/voice/routes/update', {
        CallRouteId: input.voiceRouteId,
        RouteName: input.name?.trim(),
        RouteType: input.routeType ? UPSTREAM_VOICE_ROUTE_TYPE[input.routeType] : undefined,
        ...voiceRouteSettings(input),
      }),
    );
  }

  deleteVoiceRoute(routeId: string): Promise<DeletedRoute> {
    return this.deleteRoute('voice', routeId, {
      path: '/voice/routes/delete',
      body: { CallRouteId: routeId },
      findRoute: async () => (await listVoiceRoutes(this.ctx.client)).find((r) => r.CallRouteId === routeId),
      routeOf: (n) => n.VoiceRouteId,
    });
  }

  /**
   * Deletes a route. Its delete answer does not name the account, so the route's list is read
   * first; a failed read leaves the account unknown rather than stopping the delete. A refusal
   * while numbers use the route becomes ROUTE_IN_USE, confirmed by one inventory read.
   */
  private async deleteRoute(
    kind: 'message' | 'voice',
    routeId: string,
    how: {
      path: string;
      body: Record<string, string>;
      findRoute: () => Promise<{ AccountId?: string | null; AccountID?: string | null } | undefined>;
      routeOf: (n: RawInventoryNumber) => string | null | undefined;
    },
  ): Promise<DeletedRoute> {
    const route = await how.findRoute().catch(() => undefined);
    await performWrite(this.ctx, () =>
      explainRefusal(
        () => this.ctx.client.post(how.path, how.body),
        (refusal) => this.routeInUse(refusal, kind, routeId, how.routeOf),
      ),
    );
    return { deletedId: routeId, accountId: route?.AccountID ?? route?.AccountId ?? null };
  }

  /** A refused delete of a route that numbers still use, confirmed by one inventory read: ROUTE_IN_USE naming them. */
  private async routeInUse(refusal: GatewayError, kind: 'message' | 'voice', routeId: string, routeOf: (n: RawInventoryNumber) => string | null | undefined): Promise<GatewayError | null> {
    const numbers = (await listInventory(this.ctx.client, null)).filter((n) => routeOf(n) === routeId).map((n) => n.Number);
    if (numbers.length === 0) return null;
    return domainError(
      ErrorCode.ROUTE_IN_USE,
      `The ${kind} route ${routeId} still serves ${numbers.length} number(s); move them to another route before deleting it.`,
      refusal,
      { numbers },
    );
  }
}
