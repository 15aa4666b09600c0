import type { CallbackAuthenticationInput } from '../../graph/schema/callback-authentication.input';
import type { CreateGatewayMessageRouteInput, GatewayReceiverSettingsInput, PointMessageRouteAtGatewayInput } from '../../graph/schema/gateway-message-route.input';
import type { CreateGatewayMessageRoutePayload, PointMessageRouteAtGatewayPayload } from '../../graph/schema/gateway-message-route.payload';
import { AuthenticationType, type CallbackMethod } from '../../graph/schema/route.enum';
import { ErrorCode, GatewayError } from '../../errors';
import { type IssuedReceiver, receiverUrl } from '../../stores/message-route-receivers';
import { type WriteContext, checkWriteTargets, runWrite } from '../write';
import type { WriteTargets } from '../write-targets';
import { type MessageRouteFields, createMessageRouteBody, updateMessageRouteBody } from './bodies';
import { type RawMessageRoute, toMessageRoute } from './mappers';

/** The route fields that point its inbound messages (and, with `receipts`, its receipts) at a receiver, with its credentials. */
function receiverFields(publicUrl: string, method: CallbackMethod, receipts: boolean, { routeKey, credentials }: IssuedReceiver): MessageRouteFields {
  const authentication: CallbackAuthenticationInput =
    credentials.type === 'Basic'
      ? { type: AuthenticationType.BASIC, username: credentials.username, password: credentials.secret }
      : { type: AuthenticationType.BEARER, token: credentials.secret };
  return {
    messageUrl: receiverUrl(publicUrl, routeKey, 'messages'),
    messageUrlMethod: method,
    authentication,
    ...(receipts ? { callbackUrl: receiverUrl(publicUrl, routeKey, 'receipts'), callbackUrlMethod: method, callbackAuthentication: authentication } : {}),
  };
}

/**
 * Message routes whose deliveries come to this gateway (REFERENCE.md §3.6, §5.4: the gateway
 * terminates the routes' webhooks itself). The credentials are generated here and go to
 * Telegent only; the gateway keeps a keyed hash of them (MessageRouteReceivers).
 */
export class GatewayRouteWrites {
  constructor(private readonly ctx: WriteContext) {}

  async createMessageRoute(input: CreateGatewayMessageRouteInput): Promise<CreateGatewayMessageRoutePayload> {
    const messageRoute = toMessageRoute(
      await this.pointAtGateway('createGatewayMessageRoute', { accountOrDefault: { id: input.accountId, field: 'input.accountId' } }, input, input.receipts, (receiver) =>
        this.ctx.client.post<RawMessageRoute>('/message/routes', createMessageRouteBody(input.accountId, { name: input.name, enabled: input.enabled, ...receiver })),
      ),
    );
    return { messageRoute, accountId: messageRoute.accountId };
  }

  async pointMessageRoute(input: PointMessageRouteAtGatewayInput): Promise<PointMessageRouteAtGatewayPayload> {
    const messageRoute = toMessageRoute(
      await this.pointAtGateway('pointMessageRouteAtGateway', { messageRoutes: [input.messageRouteId] }, input, true, (receiver) =>
        this.ctx.client.post<RawMessageRoute>('/message/routes/update', updateMessageRouteBody(input.messageRouteId, receiver)),
      ),
    );
    return { messageRoute, accountId: messageRoute.accountId };
  }

  /**
   * Issues a receiver (before any upstream call: none without a public URL), writes the route
   * with it, then binds it to the route. A write that certainly failed forgets the receiver; one
   * whose outcome is unknown keeps it, since Telegent may hold its credentials.
   */
  private async pointAtGateway(
    operation: string,
    targets: WriteTargets,
    settings: GatewayReceiverSettingsInput,
    receipts: boolean,
    write: (receiver: MessageRouteFields) => Promise<RawMessageRoute>,
  ): Promise<RawMessageRoute> {
    const publicUrl = this.ctx.publicUrl();
    if (publicUrl === null) {
      throw new GatewayError(
        'This gateway has no public URL Telegent could call (set PUBLIC_URL), so it cannot receive a message route’s deliveries.',
        ErrorCode.PUBLIC_URL_NOT_CONFIGURED,
      );
    }
    // Before a receiver is issued for it: a route outside the reach gets nothing from the gateway either.
    await checkWriteTargets(this.ctx, targets);
    const receiver = await this.ctx.messageRouteReceivers.issue(settings.authenticationType === AuthenticationType.BASIC ? 'Basic' : 'Bearer');
    const fields = receiverFields(publicUrl, settings.method, receipts, receiver);
    let route: RawMessageRoute;
    try {
      route = await runWrite(this.ctx, { operation, changes: () => [], targets, send: () => write(fields) });
    } catch (error) {
      if (!(error instanceof GatewayError && error.code === ErrorCode.UPSTREAM_OUTCOME_UNKNOWN)) {
        await this.ctx.messageRouteReceivers.discard(receiver.routeKey);
      }
      throw error;
    }
    await this.ctx.messageRouteReceivers.activate(receiver.routeKey, route.MessageRouteId);
    return route;
  }
}
