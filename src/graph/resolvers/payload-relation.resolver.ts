import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import type { Loaders } from '../../telegent/loaders';
import { Account } from '../schema/account.type';

/**
 * Adds a relation field (`account`, `workgroup`) to a mutation payload, read through the request's
 * loaders, which every write renews, so the field shows the write's effect. type-graphql binds a
 * field resolver to one object type, hence one resolver class per payload type.
 */
export function payloadRelation<P extends object, R extends object>(
  payload: ClassType<P>,
  field: { name: string; type: ClassType<R>; description: string },
  load: (root: P, loaders: Loaders) => Promise<R> | null,
): ClassType {
  @Resolver(() => payload)
  class PayloadRelationResolver {
    @FieldResolver(() => field.type, { name: field.name, nullable: true, description: field.description })
    relation(@Root() root: P, @Ctx() { loaders }: Context): Promise<R | null> {
      return load(root, loaders)?.catch(nullWhenNotFound) ?? Promise.resolve(null);
    }
  }
  return PayloadRelationResolver;
}

/** `account` of a payload that carries the owning account's ID. */
export function payloadAccount<P extends { accountId: string | null }>(payload: ClassType<P>, description = 'The account that owns it, as it is now.'): ClassType {
  return payloadRelation(payload, { name: 'account', type: Account, description }, (root, loaders) =>
    root.accountId ? loaders.accountById.load(root.accountId) : null,
  );
}
