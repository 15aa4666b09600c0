import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toMessageRoute, toVoiceRoute } from '../../telegent/routes/mappers';
import { CreateMessageRouteInput, DeleteMessageRouteInput, UpdateMessageRouteInput } from '../schema/message-route.input';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import {
  CreateMessageRoutePayload,
  CreateVoiceRoutePayload,
  DeleteMessageRoutePayload,
  DeleteVoiceRoutePayload,
  UpdateMessageRoutePayload,
  UpdateVoiceRoutePayload,
} from '../schema/route.payload';
import { CreateVoiceRouteInput, DeleteVoiceRouteInput, UpdateVoiceRouteInput } from '../schema/voice-route.input';
import { payloadAccount } from './payload-relation.resolver';

@Resolver()
export class RouteMutationResolver {
  @Mutation(() => CreateMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Creates a message route: where Telegent delivers inbound messages and receipts. Every number needs one before it is provisioned.',
  })
  async createMessageRoute(@Arg('input', () => CreateMessageRouteInput, { description: 'The route to create.' }) input: CreateMessageRouteInput, @Ctx() { writes }: Context): Promise<CreateMessageRoutePayload> {
    const messageRoute = toMessageRoute(await writes.routes.createMessageRoute(input));
    return { messageRoute, accountId: messageRoute.accountId };
  }

  @Mutation(() => UpdateMessageRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a message route; every number on it follows at once.' })
  async updateMessageRoute(@Arg('input', () => UpdateMessageRouteInput, { description: 'The route and what to change.' }) input: UpdateMessageRouteInput, @Ctx() { writes }: Context): Promise<UpdateMessageRoutePayload> {
    const messageRoute = toMessageRoute(await writes.routes.updateMessageRoute(input));
    return { messageRoute, accountId: messageRoute.accountId };
  }

  @Mutation(() => DeleteMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Deletes a message route for good. Refused with ROUTE_IN_USE (extensions.numbers) while numbers use it.',
  })
  deleteMessageRoute(@Arg('input', () => DeleteMessageRouteInput, { description: 'The route to delete.' }) input: DeleteMessageRouteInput, @Ctx() { writes }: Context): Promise<DeleteMessageRoutePayload> {
    return writes.routes.deleteMessageRoute(input.messageRouteId);
  }

  @Mutation(() => CreateVoiceRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a voice route: a SIP trunk, a webhook URL or a PSTN forward for inbound calls.' })
  async createVoiceRoute(@Arg('input', () => CreateVoiceRouteInput, { description: 'The route to create.' }) input: CreateVoiceRouteInput, @Ctx() { writes }: Context): Promise<CreateVoiceRoutePayload> {
    const voiceRoute = toVoiceRoute(await writes.routes.createVoiceRoute(input));
    return { voiceRoute, accountId: voiceRoute.accountId };
  }

  @Mutation(() => UpdateVoiceRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a voice route; every number on it follows at once.' })
  async updateVoiceRoute(@Arg('input', () => UpdateVoiceRouteInput, { description: 'The route and what to change.' }) input: UpdateVoiceRouteInput, @Ctx() { writes }: Context): Promise<UpdateVoiceRoutePayload> {
    const voiceRoute = toVoiceRoute(await writes.routes.updateVoiceRoute(input));
    return { voiceRoute, accountId: voiceRoute.accountId };
  }

  @Mutation(() => DeleteVoiceRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Deletes a voice route for good. Refused with ROUTE_IN_USE (extensions.numbers) while numbers use it.',
  })
  deleteVoiceRoute(@Arg('input', () => DeleteVoiceRouteInput, { description: 'The route to delete.' }) input: DeleteVoiceRouteInput, @Ctx() { writes }: Context): Promise<DeleteVoiceRoutePayload> {
    return writes.routes.deleteVoiceRoute(input.voiceRouteId);
  }
}

/** The `account` field of every route payload. */
export const ROUTE_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateMessageRoutePayload, 'The account that owns the route; its messageRoutes include it.'),
  payloadAccount(UpdateMessageRoutePayload, 'The account that owns the route.'),
  payloadAccount(DeleteMessageRoutePayload, 'The account the route belonged to; its messageRoutes no longer include it.'),
  payloadAccount(CreateVoiceRoutePayload, 'The account that owns the route; its voiceRoutes include it.'),
  payloadAccount(UpdateVoiceRoutePayload, 'The account that owns the route.'),
  payloadAccount(DeleteVoiceRoutePayload, 'The account the route belonged to; its voiceRoutes no longer include it.'),
];
