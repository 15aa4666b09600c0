import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { perListItem } from '../schema/query-cost';
import { MessageRoute, VoiceRoute } from '../schema/route.type';

@Resolver()
export class RouteResolver {
  @Query(() => [MessageRoute], { nullable: true, complexity: perListItem, description: 'The distributor’s message routes (every account).' })
  messageRoutes(@Ctx() { loaders }: Context): Promise<MessageRoute[]> {
    return loaders.messageRoutes();
  }

  @Query(() => [VoiceRoute], { nullable: true, complexity: perListItem, description: 'The distributor’s voice routes (every account).' })
  voiceRoutes(@Ctx() { loaders }: Context): Promise<VoiceRoute[]> {
    return loaders.voiceRoutes();
  }
}
