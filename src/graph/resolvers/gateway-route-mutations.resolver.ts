import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CreateGatewayMessageRouteInput, PointMessageRouteAtGatewayInput } from '../schema/gateway-message-route.input';
import { CreateGatewayMessageRoutePayload, PointMessageRouteAtGatewayPayload } from '../schema/gateway-message-route.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadAccount } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class GatewayRouteMutationResolver {
  @Requires('routes:write')
  @Mutation(() => CreateGatewayMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates a message route that delivers to this gateway: put numbers on it (updateNumber) and subscribe to messageReceived ' +
      'and messageStatusChanged. The gateway makes the credentials and never shows them. PUBLIC_URL_NOT_CONFIGURED when the ' +
      'gateway has no public URL Telegent could call.',
  })
  createGatewayMessageRoute(
    @Arg('input', () => CreateGatewayMessageRouteInput, { description: 'The route to create.' }) input: CreateGatewayMessageRouteInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateGatewayMessageRoutePayload> {
    return writes.gatewayRoutes.createMessageRoute(input);
  }

  @Requires('routes:write')
  @Mutation(() => PointMessageRouteAtGatewayPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Points an existing message route’s inbound messages and receipts at this gateway, with new credentials (the gateway’s ' +
      'earlier ones for the route stop working); every number on the route follows at once. PUBLIC_URL_NOT_CONFIGURED when ' +
      'the gateway has no public URL Telegent could call.',
  })
  pointMessageRouteAtGateway(
    @Arg('input', () => PointMessageRouteAtGatewayInput, { description: 'The route and how Telegent should call the gateway.' }) input: PointMessageRouteAtGatewayInput,
    @Ctx() { writes }: Context,
  ): Promise<PointMessageRouteAtGatewayPayload> {
    return writes.gatewayRoutes.pointMessageRoute(input);
  }
}

/** The `account` field of the gateway route payloads. */
export const GATEWAY_ROUTE_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateGatewayMessageRoutePayload, 'The account that owns the route; its messageRoutes include it.'),
  payloadAccount(PointMessageRouteAtGatewayPayload, 'The account that owns the route.'),
];
