import { Field, ObjectType } from 'type-graphql';
import { MessageRoute } from './route.type';

// Each payload carries the owning account's ID for its `account` field (resolvers/payload-relations.ts: payloadAccount).

@ObjectType({ description: 'The result of createGatewayMessageRoute.' })
export class CreateGatewayMessageRoutePayload {
  @Field(() => MessageRoute, { description: 'The new route; its URLs are the gateway’s receivers.' })
  messageRoute!: MessageRoute;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of pointMessageRouteAtGateway.' })
export class PointMessageRouteAtGatewayPayload {
  @Field(() => MessageRoute, { description: 'The route as it is now; its URLs are the gateway’s receivers.' })
  messageRoute!: MessageRoute;

  accountId!: string | null;
}
