import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { Context } from '../../context';
import type { Loaders } from '../../telegent/loaders';
import { nullWhenNotFound } from '../../errors';
import { Subscriber } from '../schema/subscriber.type';

/**
 * Payload fields read through the request's loaders after the write (so they show its effect),
 * only when selected. They are nullable: the write stands even when the read after it fails.
 * Each factory makes a resolver class for one payload type, registered like any other resolver.
 */

/** `subscriber` on a payload that names the subscriber it touched. */
export function subscriberField<T extends { subscriberId: string }>(payload: ClassType<T>, description: string) {
  @Resolver(() => payload)
  class PayloadSubscriberResolver {
    @FieldResolver(() => Subscriber, { nullable: true, description })
    subscriber(@Root() root: T, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
      return loaders.subscriberById.load(root.subscriberId).catch(nullWhenNotFound);
    }
  }
  return PayloadSubscriberResolver;
}

/** A filter named by `filterId`, found among its subscriber's filters of that kind; null once it is gone. */
export function filterField<T extends { subscriberId: string; filterId: string }, F extends { id: string }>(
  payload: ClassType<T>,
  filter: { type: ClassType<F>; name: string; description: string; load(loaders: Loaders, subscriberId: string): Promise<F[]> },
) {
  @Resolver(() => payload)
  class PayloadFilterResolver {
    @FieldResolver(() => filter.type, { name: filter.name, nullable: true, description: filter.description })
    async filter(@Root() root: T, @Ctx() { loaders }: Context): Promise<F | null> {
      return (await filter.load(loaders, root.subscriberId)).find((f) => f.id === root.filterId) ?? null;
    }
  }
  return PayloadFilterResolver;
}
