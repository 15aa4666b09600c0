import { Field, ID, ObjectType } from 'type-graphql';
import { MessageRoute, VoiceRoute } from './route.type';

// Each payload carries the owning account's ID for its `account` field (resolvers/payload-relations.ts: payloadAccount).

@ObjectType({ description: 'The result of createMessageRoute.' })
export class CreateMessageRoutePayload {
  @Field(() => MessageRoute, { description: 'The new route.' })
  messageRoute!: MessageRoute;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of updateMessageRoute.' })
export class UpdateMessageRoutePayload {
  @Field(() => MessageRoute, { description: 'The route as it is now.' })
  messageRoute!: MessageRoute;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of deleteMessageRoute.' })
export class DeleteMessageRoutePayload {
  @Field(() => ID, { description: 'The ID of the deleted route.' })
  deletedId!: string;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of createVoiceRoute.' })
export class CreateVoiceRoutePayload {
  @Field(() => VoiceRoute, { description: 'The new route.' })
  voiceRoute!: VoiceRoute;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of updateVoiceRoute.' })
export class UpdateVoiceRoutePayload {
  @Field(() => VoiceRoute, { description: 'The route as it is now.' })
  voiceRoute!: VoiceRoute;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of deleteVoiceRoute.' })
export class DeleteVoiceRoutePayload {
  @Field(() => ID, { description: 'The ID of the deleted route.' })
  deletedId!: string;

  accountId!: string | null;
}
