import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { perListItem } from '../schema/query-cost';
import { MessageRoute, VoiceRoute } from '../schema/route.type';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class RouteResolver {
  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [MessageRoute], { nullable: true, complexity: perListItem, description: 'The message routes of the accounts within your reach (every account’s, for an operator).' })
  messageRoutes(@Ctx() { loaders }: Context): Promise<MessageRoute[]> {
    return loaders.messageRoutes();
  }

  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [VoiceRoute], { nullable: true, complexity: perListItem, description: 'The voice routes of the accounts within your reach (every account’s, for an operator).' })
  voiceRoutes(@Ctx() { loaders }: Context): Promise<VoiceRoute[]> {
    return loaders.voiceRoutes();
  }
}
