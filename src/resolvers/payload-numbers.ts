import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { nullWhenNotFound } from '../datasources/errors';
import { perListItem } from '../schema/query-cost';
import { PhoneNumber } from '../schema/phone-number.type';

/**
 * Base resolvers for payloads that show numbers their input named (type-graphql's resolver
 * inheritance: a mutation's resolver extends the one made for its payload). The numbers are read
 * through the request's loaders, renewed by the write, so they show its effect.
 */

/** `numbers` of a payload whose `requested` lists the numbers named (in one batch for many). */
export function namedNumbersResolver<T extends { requested: string[] }>(payload: ClassType<T>, description: string) {
  @Resolver(() => payload)
  abstract class NamedNumbersResolver {
    @FieldResolver(() => [PhoneNumber], { complexity: perListItem, description })
    async numbers(@Root() root: T, @Ctx() { loaders }: Context): Promise<PhoneNumber[]> {
      const loaded = await Promise.all(root.requested.map((n) => loaders.numberByE164.load(n).catch(nullWhenNotFound)));
      return loaded.filter((n): n is PhoneNumber => n !== null);
    }
  }
  return NamedNumbersResolver;
}

/** `phoneNumber` of a payload about one number. */
export function phoneNumberResolver<T extends { number: string }>(payload: ClassType<T>) {
  @Resolver(() => payload)
  abstract class PhoneNumberOfPayloadResolver {
    @FieldResolver(() => PhoneNumber, { nullable: true, description: 'The number, as the inventory shows it now.' })
    phoneNumber(@Root() root: T, @Ctx() { loaders }: Context): Promise<PhoneNumber | null> {
      return loaders.numberByE164.load(root.number).catch(nullWhenNotFound);
    }
  }
  return PhoneNumberOfPayloadResolver;
}
