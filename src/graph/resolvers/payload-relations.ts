import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { Account } from '../schema/account.type';
import { PhoneNumber } from '../schema/phone-number.type';
import { perListItem } from '../schema/query-cost';
import { Subscriber } from '../schema/subscriber.type';

/**
 * Relation fields of mutation payloads (`account`, `subscriber`, `phoneNumber`, `numbers`, …),
 * read through the request's loaders, which every write renews, so they show the write's effect
 * and cost nothing unless selected. A single relation is nullable: the write stands even when the
 * read after it fails or the object is gone. type-graphql binds a field resolver to one object
 * type, so each call makes one resolver class; register it with the area's resolvers.
 */

interface RelationField<R extends object> {
  name: string;
  type: ClassType<R>;
  description: string;
}

/** A relation to one object: `load` answers it (null: none); NOT_FOUND reads as null. */
export function payloadRelation<P extends object, R extends object>(
  payload: ClassType<P>,
  field: RelationField<R>,
  load: (root: P, context: Context) => Promise<R | null> | null,
): ClassType {
  // type-graphql pairs a field with its resolver by method name, so each relation's method is named after its field.
  const method: string = field.name;
  @Resolver(() => payload)
  class PayloadRelationResolver {
    @FieldResolver(() => field.type, { name: field.name, nullable: true, description: field.description })
    [method](@Root() root: P, @Ctx() context: Context): Promise<R | null> {
      return load(root, context)?.catch(nullWhenNotFound) ?? Promise.resolve(null);
    }
  }
  return PayloadRelationResolver;
}

/** A relation to a list, costed per item in the query cost. */
export function payloadListRelation<P extends object, R extends object>(
  payload: ClassType<P>,
  field: RelationField<R>,
  load: (root: P, context: Context) => Promise<R[]>,
): ClassType {
  const method: string = field.name;
  @Resolver(() => payload)
  class PayloadListRelationResolver {
    @FieldResolver(() => [field.type], { name: field.name, complexity: perListItem, description: field.description })
    [method](@Root() root: P, @Ctx() context: Context): Promise<R[]> {
      return load(root, context);
    }
  }
  return PayloadListRelationResolver;
}

/** A number as the inventory shows it now; null once it is not there (swapped out, say). */
export function numberNow({ loaders }: Context, number: string): Promise<PhoneNumber | null> {
  return loaders.numberByE164.load(number).catch(nullWhenNotFound);
}

/** `account` of a payload that carries the owning account's ID. */
export function payloadAccount<P extends { accountId: string | null }>(payload: ClassType<P>, description = 'The account that owns it, as it is now.'): ClassType {
  return payloadRelation(payload, { name: 'account', type: Account, description }, (root, { loaders }) =>
    root.accountId ? loaders.accountById.load(root.accountId) : null,
  );
}

/** `subscriber` of a payload that names the subscriber it touched. */
export function payloadSubscriber<P extends { subscriberId: string | null }>(payload: ClassType<P>, description: string): ClassType {
  return payloadRelation(payload, { name: 'subscriber', type: Subscriber, description }, (root, { loaders }) =>
    root.subscriberId ? loaders.subscriberById.load(root.subscriberId) : null,
  );
}

/** `phoneNumber` of a payload about one number. */
export function payloadPhoneNumber<P extends { number: string }>(payload: ClassType<P>, description = 'The number, as the inventory shows it now.'): ClassType {
  return payloadRelation(payload, { name: 'phoneNumber', type: PhoneNumber, description }, (root, context) => numberNow(context, root.number));
}

/** `numbers` of a payload whose `requested` lists the numbers its input named (one batch for many). */
export function payloadNumbers<P extends { requested: string[] }>(payload: ClassType<P>, description: string): ClassType {
  return payloadListRelation(payload, { name: 'numbers', type: PhoneNumber, description }, async (root, context) => {
    const loaded = await Promise.all(root.requested.map((n) => numberNow(context, n)));
    return loaded.filter((n): n is PhoneNumber => n !== null);
  });
}
