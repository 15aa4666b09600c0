import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput, nullWhenNotFound } from '../../errors';
import { Node, TYPE_BY_ID_PREFIX, typeOfId } from '../schema/node.interface';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { checkId } from '../schema/input-rules';
import { Requires } from '../access';

@Resolver()
export class NodeResolver {
  @Requires('read')
  @Query(() => Node, {
    nullable: true,
    // Orders are read one at a time; every other type comes from a list loaded once per request.
    complexity: ({ args, childComplexity }) => childComplexity + (typeOfId(String(args.id)) === 'Order' ? ONE_CALL_PER_ITEM : 0),
    description: 'Any object by its Telegent ID (the prefix names its type); null when it does not exist or is beyond your reach (they answer alike).',
  })
  node(@Arg('id', () => ID, { description: `A Telegent ID with one of the prefixes ${Object.keys(TYPE_BY_ID_PREFIX).join(', ')}.` }) id: string, @Ctx() { loaders }: Context): Promise<Node | null> {
    checkId(id, Object.keys(TYPE_BY_ID_PREFIX), 'id');
    const load = (): Promise<Node> => {
      switch (typeOfId(id)) {
        case 'Account':
          return loaders.accountById.load(id);
        case 'Subscriber':
          return loaders.subscriberById.load(id);
        case 'PhoneNumber':
          return loaders.numberById.load(id);
        case 'BillingSubscription':
          return loaders.subscriptionById.load(id);
        case 'Package':
          return loaders.packageById.load(id);
        case 'Product':
          return loaders.productById.load(id);
        case 'MessageRoute':
          return loaders.messageRouteById.load(id);
        case 'VoiceRoute':
          return loaders.voiceRouteById.load(id);
        case 'Order':
          return loaders.orderById.load(id);
        default:
          throw badUserInput(`id '${id}' has no known Telegent prefix (${Object.keys(TYPE_BY_ID_PREFIX).join(', ')}).`, 'id');
      }
    };
    return load().catch(nullWhenNotFound);
  }
}
