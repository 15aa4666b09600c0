import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM, oneCallThenPerListItem, perListItem } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { assertE164 } from '../schema/e164.scalar';
import { CallFilter, Guardian, GuardianFeatures, GuardianRelation, MessageFilter } from '../schema/guardian.type';
import { Subscriber } from '../schema/subscriber.type';

/** The filter guarding `phoneNumber`, or the first one when no number is asked for. */
function filterOfNumber<T extends { phone: string }>(filters: T[], phoneNumber: string | null | undefined): T | null {
  return filters.find((f) => phoneNumber == null || f.phone === phoneNumber) ?? null;
}

@Resolver(() => Guardian)
export class GuardianResolver {
  @FieldResolver(() => GuardianFeatures, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'Which Guardian surfaces are on.' })
  features(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<GuardianFeatures> {
    return loaders.guardianFeaturesBySubscriberId.load(guardian.subscriberId);
  }

  @FieldResolver(() => [CallFilter], { nullable: true, complexity: perListItem,  description: 'Call filters on the subscriber’s numbers (one per number at most).' })
  callFilters(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<CallFilter[]> {
    return loaders.callFiltersBySubscriberId.load(guardian.subscriberId);
  }

  @FieldResolver(() => [MessageFilter], { nullable: true, complexity: perListItem,  description: 'Message filters on the subscriber’s numbers (one per number at most).' })
  messageFilters(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<MessageFilter[]> {
    return loaders.messageFiltersBySubscriberId.load(guardian.subscriberId);
  }

  @FieldResolver(() => CallFilter, {
    nullable: true,
    description: 'The call filter of one of the subscriber’s numbers (the first one when no number is given); null when there is none.',
  })
  async callFilter(
    @Root() guardian: Guardian,
    @Arg('phoneNumber', () => String, { nullable: true, description: 'The guarded number, in E.164.' }) phoneNumber: string | null | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<CallFilter | null> {
    if (phoneNumber != null) assertE164(phoneNumber, 'phoneNumber');
    return filterOfNumber(await loaders.callFiltersBySubscriberId.load(guardian.subscriberId), phoneNumber);
  }

  @FieldResolver(() => MessageFilter, {
    nullable: true,
    description: 'The message filter of one of the subscriber’s numbers (the first one when no number is given); null when there is none.',
  })
  async messageFilter(
    @Root() guardian: Guardian,
    @Arg('phoneNumber', () => String, { nullable: true, description: 'The guarded number, in E.164.' }) phoneNumber: string | null | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<MessageFilter | null> {
    if (phoneNumber != null) assertE164(phoneNumber, 'phoneNumber');
    return filterOfNumber(await loaders.messageFiltersBySubscriberId.load(guardian.subscriberId), phoneNumber);
  }

  @FieldResolver(() => [GuardianRelation], {
    nullable: true,
    complexity: (args) => 1 + oneCallThenPerListItem(args),
    description: 'Every relation the subscriber is part of, as guardian or as child (two upstream reads per subscriber).',
  })
  async relations(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<GuardianRelation[]> {
    const [children, parents] = await Promise.all([
      loaders.guardianChildrenOf.load(guardian.subscriberId),
      loaders.guardianParentsOf.load(guardian.subscriberId),
    ]);
    return [...children, ...parents];
  }

  @FieldResolver(() => [GuardianRelation], { nullable: true, complexity: oneCallThenPerListItem, description: 'Relations where the subscriber is the parent (its children).' })
  children(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<GuardianRelation[]> {
    return loaders.guardianChildrenOf.load(guardian.subscriberId);
  }

  @FieldResolver(() => [GuardianRelation], { nullable: true, complexity: oneCallThenPerListItem, description: 'Relations where the subscriber is the child (its guardians).' })
  parents(@Root() guardian: Guardian, @Ctx() { loaders }: Context): Promise<GuardianRelation[]> {
    return loaders.guardianParentsOf.load(guardian.subscriberId);
  }
}

@Resolver(() => GuardianRelation)
export class GuardianRelationResolver {
  @FieldResolver(() => Subscriber, { nullable: true, description: 'The guardian.' })
  parent(@Root() relation: GuardianRelation, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return loaders.subscriberById.load(relation.parentSubscriberId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber under guard.' })
  child(@Root() relation: GuardianRelation, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return loaders.subscriberById.load(relation.childSubscriberId).catch(nullWhenNotFound);
  }
}
