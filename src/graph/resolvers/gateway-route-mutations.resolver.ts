import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toMessageRoute } from '../../telegent/routes/mappers';
import { CreateGatewayMessageRouteInput, PointMessageRouteAtGatewayInput } from '../schema/gateway-message-route.input';
import { CreateGatewayMessageRoutePayload, PointMessageRouteAtGatewayPayload } from '../schema/gateway-message-route.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadAccount } from './payload-relation.resolver';

@Resolver()
export class GatewayRouteMutationResolver {
  @Mutation(() => CreateGatewayMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates a message route that delivers to this gateway: put numbers on it (updateNumber) and subscribe to messageReceived ' +
      'and messageStatusChanged. The gateway makes the credentials and never shows them. PUBLIC_URL_NOT_CONFIGURED when the ' +
      'gateway has no public URL Telegent could call.',
  })
  async createGatewayMessageRoute(
    @Arg('input', () => CreateGatewayMessageRouteInput, { description: 'The route to create.' }) input: CreateGatewayMessageRouteInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateGatewayMessageRoutePayload> {
    const messageRoute = toMessageRoute(await writes.gatewayRoutes.createMessageRoute(input));
    return { messageRoute, accountId: messageRoute.accountId };
  }

  @Mutation(() => PointMessageRouteAtGatewayPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Points an existing message route’s inbound messages and receipts at this gateway, with new credentials (the gateway’s ' +
      'earlier ones for the route stop working); every number on the route follows at once. PUBLIC_URL_NOT_CONFIGURED when ' +
      'the gateway has no public URL Telegent could call.',
  })
  async pointMessageRouteAtGateway(
    @Arg('input', () => PointMessageRouteAtGatewayInput, { description: 'The route and how Telegent should call the gateway.' }) input: PointMessageRouteAtGatewayInput,
    @Ctx() { writes }: Context,
  ): Promise<PointMessageRouteAtGatewayPayload> {
    const messageRoute = toMessageRoute(await writes.gatewayRoutes.pointMessageRoute(input));
    return { messageRoute, accountId: messageRoute.accountId };
  }
}

/** The `account` field of the gateway route payloads. */
export const GATEWAY_ROUTE_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateGatewayMessageRoutePayload, 'The account that owns the route; its messageRoutes include it.'),
  payloadAccount(PointMessageRouteAtGatewayPayload, 'The account that owns the route.'),
];
