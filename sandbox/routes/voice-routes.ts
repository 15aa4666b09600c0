import { badRequest } from '../errors';
import { type Input, isE164 } from '../input';
import type { VoiceRouteRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { listScope } from './scope';

type FieldKind = 'string' | 'url' | 'bool' | 'int' | 'e164' | readonly string[];

/** Every voice route field of REFERENCE.md §3.8, with its type and accepted alternative spellings. */
const FIELDS: Record<string, { kind: FieldKind; aliases?: readonly string[] }> = {
  RouteName: { kind: 'string' },
  RouteType: { kind: ['Trunk', 'URL', 'Forward'] },
  VoiceUrl: { kind: 'url' },
  VoiceUrlMethod: { kind: ['GET', 'POST'] },
  // The create page spells it `VocieAuthenticationType` (sic); both are accepted.
  VoiceAuthenticationType: { kind: ['None', 'Basic', 'Bearer'], aliases: ['VocieAuthenticationType'] },
  VoiceUsername: { kind: 'string' },
  VoicePasswordToken: { kind: 'string' },
  CallbackVoiceUrl: { kind: 'url' },
  CallbackVoiceUrlMethod: { kind: ['GET', 'POST'] },
  TrunkIp1: { kind: 'string' },
  TrunkIp2: { kind: 'string' },
  TrunkPort1: { kind: 'string' },
  TrunkPort2: { kind: 'string' },
  TrunkTransport1: { kind: ['UDP', 'TCP', 'TLS'] },
  TrunkTransport2: { kind: ['UDP', 'TCP', 'TLS'] },
  TrunkUri1: { kind: 'string' },
  TrunkUri2: { kind: 'string' },
  TrunkEnabled1: { kind: 'bool' },
  TrunkEnabled2: { kind: 'bool' },
  Trunk1Priortiy: { kind: 'int', aliases: ['Trunk1Priority'] },
  Trunk1Weight: { kind: 'int' },
  Trunk2Priortiy: { kind: 'int', aliases: ['Trunk2Priority'] },
  Trunk2Weight: { kind: 'int' },
  HeaderManipulation: { kind: 'string' },
  EnableSipRefer: { kind: 'bool' },
  TransferCallerId: { kind: 'string' },
  SymmetricRtp: { kind: 'bool' },
  EnableTrpSecureTrunk: { kind: 'bool' },
  EnablePstnTransfer: { kind: 'bool' },
  CnamLookup: { kind: 'bool' },
  TerminationUriSubdomain: { kind: 'string' },
  EnableCallStreaming: { kind: 'bool' },
  WssUri: { kind: 'string' },
  IntelligentRouteEnabled: { kind: 'bool' },
  RouteEnabled: { kind: 'bool' },
  // Forward routes need a destination; the reference has no field for it, so the sandbox takes this one.
  ForwardNumber: { kind: 'e164' },
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function readField(body: Input, name: string, kind: FieldKind, aliases: readonly string[] = []): unknown {
  if (Array.isArray(kind)) return body.oneOf(name, kind as readonly string[], { aliases });
  switch (kind) {
    case 'bool':
      return body.bool(name, { aliases });
    case 'int':
      return body.number(name, { aliases, integer: true, min: 0, max: 65_535 });
    case 'e164':
      return body.e164(name, { aliases });
    case 'url':
      return body.url(name, { aliases });
    default:
      return body.string(name, { aliases, maxLength: 255 });
  }
}

/** `IpWhitelist: [{ IpAddress }]` (requests) — IPv4 addresses. */
function readWhitelist(body: Input): { IpAddress: string }[] | undefined {
  const items = body.objects('IpWhitelist');
  return items?.map((item, index) => {
    const ip = item.string('IpAddress', { required: true });
    if (!IPV4.test(ip)) throw badRequest(`IpWhitelist[${index}].IpAddress '${ip}' is not an IPv4 address.`);
    return { IpAddress: ip };
  });
}

/** What each RouteType needs to carry calls (REFERENCE.md §3.8). */
function checkRouteType(fields: Record<string, unknown>): void {
  switch (fields.RouteType) {
    case 'Trunk':
      if (!fields.TrunkIp1 && !fields.TrunkUri1) throw badRequest('RouteType Trunk needs TrunkIp1 or TrunkUri1.');
      break;
    case 'URL':
      if (!fields.VoiceUrl) throw badRequest('RouteType URL needs VoiceUrl.');
      break;
    case 'Forward':
      if (!fields.ForwardNumber) throw badRequest('RouteType Forward needs ForwardNumber.');
      break;
  }
  const auth = fields.VoiceAuthenticationType;
  if (auth === 'Basic' && (!fields.VoiceUsername || !fields.VoicePasswordToken)) {
    throw badRequest('VoiceAuthenticationType Basic needs VoiceUsername and VoicePasswordToken.');
  }
  if (auth === 'Bearer' && !fields.VoicePasswordToken) throw badRequest('VoiceAuthenticationType Bearer needs VoicePasswordToken.');
}

function applyFields(fields: Record<string, unknown>, body: Input): Record<string, unknown> {
  const next = { ...fields };
  for (const [name, spec] of Object.entries(FIELDS)) {
    const value = readField(body, name, spec.kind, spec.aliases);
    if (value !== undefined) next[name] = value;
  }
  const whitelist = readWhitelist(body);
  if (whitelist !== undefined) next.IpWhitelist = whitelist;
  if (typeof next.ForwardNumber === 'string' && !isE164(next.ForwardNumber)) throw badRequest('ForwardNumber must be E.164.');
  checkRouteType(next);
  return next;
}

/** The route as upstream returns it: every field (null or false when unset), `IpWhiteList` spelled as in responses. */
export function toVoiceRouteWire(route: VoiceRouteRecord, listed = false): Record<string, unknown> {
  const wire: Record<string, unknown> = { CallRouteId: route.id, AccountId: route.accountId };
  if (listed) wire.CallRouteStatus = 'Active';
  for (const [name, spec] of Object.entries(FIELDS)) {
    const value = route.fields[name];
    // Integers are not nullable in the contract: an unset priority or weight is left out.
    if (value === undefined && spec.kind === 'int') continue;
    wire[name] = value ?? (spec.kind === 'bool' ? false : null);
  }
  wire.IpWhiteList = (route.fields.IpWhitelist as unknown[] | undefined) ?? [];
  return wire;
}

function findRoute(ctx: RouteContext, input: Input): VoiceRouteRecord {
  const id = input.id('CallRouteId', ['CRID'], { required: true, aliases: ['CallRouteID', 'VoiceRouteId'] });
  return ctx.state.voiceRoutes.owned(id, ctx.caller.id);
}

export const voiceRouteRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/voice/routes',
    handle(ctx) {
      const account = ctx.state.resolveAccount(ctx.caller.id, ctx.body.string('AccountId', { aliases: ['AccountID'] }));
      ctx.body.string('RouteName', { required: true });
      ctx.body.oneOf('RouteType', FIELDS.RouteType!.kind as readonly string[], { required: true });
      const fields = applyFields({ RouteEnabled: true }, ctx.body);
      const route = ctx.state.voiceRoutes.insert({
        id: ctx.state.entropy.id('CRID'),
        distributorId: ctx.caller.id,
        accountId: account.id,
        fields,
      });
      return toVoiceRouteWire(route);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/voice/routes/update',
    handle(ctx) {
      const route = findRoute(ctx, ctx.body);
      route.fields = applyFields(route.fields, ctx.body);
      return toVoiceRouteWire(route);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/voice/routes',
    handle(ctx) {
      return toVoiceRouteWire(findRoute(ctx, ctx.query));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/voice/routes/delete',
    handle(ctx) {
      const route = findRoute(ctx, ctx.body);
      const inUse = ctx.state.numbers.values().filter((n) => n.voiceRouteId === route.id).length;
      if (inUse > 0) throw badRequest(`Cannot delete voice route as it is currently assigned to ${inUse} phone number(s).`);
      ctx.state.voiceRoutes.delete(route.id);
      return { CallRouteStatus: 'Deleted', CallRouteId: route.id };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/voice/routes',
    handle(ctx) {
      const scope = listScope(ctx);
      const routes = ctx.state.voiceRoutes.values().filter(scope.includes);
      return { AccountId: scope.ownerId, TotalRoutes: routes.length, Results: routes.map((r) => toVoiceRouteWire(r, true)) };
    },
  },
];
