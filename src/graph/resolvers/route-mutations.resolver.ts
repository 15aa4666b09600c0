import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
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
import { payloadAccount } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class RouteMutationResolver {
  @Requires('routes:write')
  @Mutation(() => CreateMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Creates a message route: where Telegent delivers inbound messages and receipts. Every number needs one before it is provisioned.',
  })
  createMessageRoute(@Arg('input', () => CreateMessageRouteInput, { description: 'The route to create.' }) input: CreateMessageRouteInput, @Ctx() { writes }: Context): Promise<CreateMessageRoutePayload> {
    return writes.routes.createMessageRoute(input);
  }

  @Requires('routes:write')
  @Mutation(() => UpdateMessageRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a message route; every number on it follows at once.' })
  updateMessageRoute(@Arg('input', () => UpdateMessageRouteInput, { description: 'The route and what to change.' }) input: UpdateMessageRouteInput, @Ctx() { writes }: Context): Promise<UpdateMessageRoutePayload> {
    return writes.routes.updateMessageRoute(input);
  }

  @Requires('routes:write')
  @Mutation(() => DeleteMessageRoutePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Deletes a message route for good. Refused with ROUTE_IN_USE (extensions.numbers) while numbers use it.',
  })
  deleteMessageRoute(@Arg('input', () => DeleteMessageRouteInput, { description: 'The route to delete.' }) input: DeleteMessageRouteInput, @Ctx() { writes }: Context): Promise<DeleteMessageRoutePayload> {
    return writes.routes.deleteMessageRoute(input.messageRouteId);
  }

  @Requires('routes:write')
  @Mutation(() => CreateVoiceRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a voice route: a SIP trunk, a webhook URL or a PSTN forward for inbound calls.' })
  createVoiceRoute(@Arg('input', () => CreateVoiceRouteInput, { description: 'The route to create.' }) input: CreateVoiceRouteInput, @Ctx() { writes }: Context): Promise<CreateVoiceRoutePayload> {
    return writes.routes.createVoiceRoute(input);
  }

  @Requires('routes:write')
  @Mutation(() => UpdateVoiceRoutePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a voice route; every number on it follows at once.' })
  updateVoiceRoute(@Arg('input', () => UpdateVoiceRouteInput, { description: 'The route and what to change.' }) input: UpdateVoiceRouteInput, @Ctx() { writes }: Context): Promise<UpdateVoiceRoutePayload> {
    return writes.routes.updateVoiceRoute(input);
  }

  @Requires('routes:write')
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
