import type { CreateGatewayMessageRouteInput, GatewayReceiverSettingsInput, PointMessageRouteAtGatewayInput } from '../../graph/schema/gateway-message-route.input';
import { AuthenticationType } from '../../graph/schema/route.enum';
import { ErrorCode, GatewayError } from '../../errors';
import { type RawMessageRoute, UPSTREAM_CALLBACK_METHOD } from './mappers';
import { type IssuedReceiver, receiverUrl } from '../../stores/message-route-receivers';
import { type WriteContext, performWrite } from '../write';

/** The route fields that point one side (`Message`, `CallbackMessage`) at a receiver, with its credentials. */
function receiverFields(prefix: 'Message' | 'CallbackMessage', url: string, method: string, { credentials }: IssuedReceiver): Record<string, string | undefined> {
  return {
    [`${prefix}Url`]: url,
    [`${prefix}UrlMethod`]: method,
    [`${prefix}AuthenticationType`]: credentials.type,
    [`${prefix}Username`]: credentials.username ?? undefined,
    [`${prefix}PasswordToken`]: credentials.secret,
  };
}

/**
 * Message routes whose deliveries come to this gateway (REFERENCE.md §3.6, §5.4: the gateway
 * terminates the routes' webhooks itself). The credentials are generated here and go to
 * Telegent only; the gateway keeps a keyed hash of them (MessageRouteReceivers).
 */
export class GatewayRouteWrites {
  constructor(private readonly ctx: WriteContext) {}

  createMessageRoute(input: CreateGatewayMessageRouteInput): Promise<RawMessageRoute> {
    return this.pointAtGateway(input, input.receipts, (receiver) =>
      this.ctx.client.post<RawMessageRoute>('/message/routes', {
        AccountId: input.accountId ?? undefined,
        RouteName: input.name.trim(),
        MessageRouteEnabled: input.enabled ?? undefined,
        ...receiver,
      }),
    );
  }

  pointMessageRoute(input: PointMessageRouteAtGatewayInput): Promise<RawMessageRoute> {
    return this.pointAtGateway(input, true, (receiver) =>
      this.ctx.client.post<RawMessageRoute>('/message/routes/update', { MessageRouteId: input.messageRouteId, ...receiver }),
    );
  }

  /**
   * Issues a receiver (before any upstream call: none without a public URL), writes the route
   * with it, then binds it to the route. A write that certainly failed forgets the receiver; one
   * whose outcome is unknown keeps it, since Telegent may hold its credentials.
   */
  private async pointAtGateway(
    settings: GatewayReceiverSettingsInput,
    receipts: boolean,
    write: (fields: Record<string, string | undefined>) => Promise<RawMessageRoute>,
  ): Promise<RawMessageRoute> {
    const publicUrl = this.ctx.publicUrl();
    if (publicUrl === null) {
      throw new GatewayError(
        'This gateway has no public URL Telegent could call (set PUBLIC_URL), so it cannot receive a message route’s deliveries.',
        ErrorCode.PUBLIC_URL_NOT_CONFIGURED,
      );
    }
    const receiver = await this.ctx.messageRouteReceivers.issue(settings.authenticationType === AuthenticationType.BASIC ? 'Basic' : 'Bearer');
    const method = UPSTREAM_CALLBACK_METHOD[settings.method];
    const fields = {
      ...receiverFields('Message', receiverUrl(publicUrl, receiver.routeKey, 'messages'), method, receiver),
      ...(receipts ? receiverFields('CallbackMessage', receiverUrl(publicUrl, receiver.routeKey, 'receipts'), method, receiver) : {}),
    };
    let route: RawMessageRoute;
    try {
      route = await performWrite(this.ctx, () => write(fields));
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
