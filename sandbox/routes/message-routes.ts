import { badRequest } from '../errors';
import type { Input } from '../input';
import type { AuthenticationType, MessageRouteRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { listScope } from './scope';

const METHODS = ['GET', 'POST'] as const;
const AUTH_TYPES = ['None', 'Basic', 'Bearer'] as const;
const ROUTE_ID_PREFIXES = ['MRID'];

/** Basic needs a username and a password; Bearer needs the token (REFERENCE.md §3.6). */
function checkCredentials(
  prefix: 'Message' | 'CallbackMessage',
  type: AuthenticationType | null,
  username: string | null,
  secret: string | null,
): void {
  if (type === 'Basic' && (!username || !secret)) {
    throw badRequest(`${prefix}AuthenticationType Basic needs ${prefix}Username and ${prefix}PasswordToken.`);
  }
  if (type === 'Bearer' && !secret) {
    throw badRequest(`${prefix}AuthenticationType Bearer needs ${prefix}PasswordToken.`);
  }
}

/** The route as upstream returns it: request fields plus MessageRouteId and AccountId. */
export function toMessageRouteWire(route: MessageRouteRecord): Record<string, unknown> {
  return {
    MessageRouteId: route.id,
    AccountId: route.accountId,
    RouteName: route.routeName,
    MessageUrl: route.messageUrl,
    MessageUrlMethod: route.messageUrlMethod,
    MessageRouteEnabled: route.messageRouteEnabled,
    MessageAuthenticationType: route.messageAuthenticationType,
    MessageUsername: route.messageUsername,
    MessagePasswordToken: route.messagePasswordToken,
    CallbackMessageUrl: route.callbackMessageUrl,
    CallbackMessageUrlMethod: route.callbackMessageUrlMethod,
    CallbackMessageAuthenticationType: route.callbackMessageAuthenticationType,
    CallbackMessageUsername: route.callbackMessageUsername,
    CallbackMessagePasswordToken: route.callbackMessagePasswordToken,
    InboundBypass: route.inboundBypass,
    OutboundBypass: route.outboundBypass,
    IntelligentRouteEnabled: route.intelligentRouteEnabled,
  };
}

/** Applies the fields present in `body` to `route` (create starts from defaults, update from the stored route). */
function applyFields(route: MessageRouteRecord, body: Input, creating: boolean): void {
  route.routeName = body.string('RouteName', { required: creating, maxLength: 255 }) ?? route.routeName;
  route.messageUrl = (creating ? body.url('MessageUrl', { required: true }) : body.url('MessageUrl')) ?? route.messageUrl;
  route.messageUrlMethod = body.oneOf('MessageUrlMethod', METHODS, { required: creating }) ?? route.messageUrlMethod;
  route.messageRouteEnabled = body.bool('MessageRouteEnabled') ?? route.messageRouteEnabled;
  route.messageAuthenticationType = body.oneOf('MessageAuthenticationType', AUTH_TYPES) ?? route.messageAuthenticationType;
  route.messageUsername = body.string('MessageUsername') ?? route.messageUsername;
  route.messagePasswordToken = body.string('MessagePasswordToken') ?? route.messagePasswordToken;
  route.callbackMessageUrl = body.url('CallbackMessageUrl') ?? route.callbackMessageUrl;
  route.callbackMessageUrlMethod = body.oneOf('CallbackMessageUrlMethod', METHODS) ?? route.callbackMessageUrlMethod;
  route.callbackMessageAuthenticationType =
    body.oneOf('CallbackMessageAuthenticationType', AUTH_TYPES) ?? route.callbackMessageAuthenticationType;
  route.callbackMessageUsername = body.string('CallbackMessageUsername') ?? route.callbackMessageUsername;
  route.callbackMessagePasswordToken = body.string('CallbackMessagePasswordToken') ?? route.callbackMessagePasswordToken;
  route.inboundBypass = body.bool('InboundBypass') ?? route.inboundBypass;
  route.outboundBypass = body.bool('OutboundBypass') ?? route.outboundBypass;
  route.intelligentRouteEnabled = body.bool('IntelligentRouteEnabled') ?? route.intelligentRouteEnabled;
  checkCredentials('Message', route.messageAuthenticationType, route.messageUsername, route.messagePasswordToken);
  checkCredentials(
    'CallbackMessage',
    route.callbackMessageAuthenticationType,
    route.callbackMessageUsername,
    route.callbackMessagePasswordToken,
  );
  if (route.callbackMessageUrl && route.callbackMessageUrlMethod === null) route.callbackMessageUrlMethod = 'POST';
}

function findRoute(ctx: RouteContext, input: Input): MessageRouteRecord {
  const id = input.id('MessageRouteId', ROUTE_ID_PREFIXES, { required: true, aliases: ['MRID'] });
  return ctx.state.messageRoutes.owned(id, ctx.caller.id);
}

export const messageRouteRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/message/routes',
    handle(ctx) {
      const account = ctx.state.resolveAccount(ctx.caller.id, ctx.body.string('AccountId', { aliases: ['AccountID'] }));
      const route: MessageRouteRecord = {
        id: '',
        distributorId: ctx.caller.id,
        accountId: account.id,
        routeName: '',
        messageUrl: '',
        messageUrlMethod: 'POST',
        messageRouteEnabled: true,
        messageAuthenticationType: 'None',
        messageUsername: null,
        messagePasswordToken: null,
        callbackMessageUrl: null,
        callbackMessageUrlMethod: null,
        callbackMessageAuthenticationType: null,
        callbackMessageUsername: null,
        callbackMessagePasswordToken: null,
        inboundBypass: false,
        outboundBypass: false,
        intelligentRouteEnabled: false,
      };
      applyFields(route, ctx.body, true);
      route.id = ctx.state.entropy.id('MRID');
      return toMessageRouteWire(ctx.state.messageRoutes.insert(route));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/message/routes/update',
    handle(ctx) {
      const stored = findRoute(ctx, ctx.body);
      // Validate on a copy so a rejected update changes nothing.
      const updated = { ...stored };
      applyFields(updated, ctx.body, false);
      Object.assign(stored, updated);
      return toMessageRouteWire(stored);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/message/routes',
    handle(ctx) {
      return toMessageRouteWire(findRoute(ctx, ctx.query));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/message/routes/delete',
    handle(ctx) {
      const route = findRoute(ctx, ctx.body);
      const inUse = ctx.state.numbers.values().filter((n) => n.messageRouteId === route.id);
      if (inUse.length > 0) {
        throw badRequest(
          `Cannot delete message route as it is currently assigned to one or more phone numbers (${inUse.length}).`,
        );
      }
      ctx.state.messageRoutes.delete(route.id);
      return { MessageRouteStatus: 'Deleted', MRID: route.id };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/message/routes',
    handle(ctx) {
      const scope = listScope(ctx);
      const routes = ctx.state.messageRoutes.values().filter(scope.includes);
      // List items spell it `AccountID` too (REFERENCE.md §3.2 example).
      const results = routes.map((route) => {
        const { AccountId, ...rest } = toMessageRouteWire(route);
        return { MessageRouteId: rest.MessageRouteId, AccountID: AccountId, ...rest };
      });
      return { AccountID: scope.ownerId, TotalRoutes: routes.length, Results: results };
    },
  },
];
