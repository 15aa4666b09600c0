import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { perListItem } from '../schema/query-cost';
import { PhoneNumber } from '../schema/phone-number.type';

/**
 * Base resolvers for payloads that show numbers their input named (type-graphql's resolver
 * inheritance: a mutation's resolver extends the one made for its payload). The numbers are read
 * through the request's loaders, renewed by the write, so they show its effect.
 */

/** A number as the inventory shows it now; null once it is not there (swapped out, say). */
export function numberNow({ loaders }: Context, number: string): Promise<PhoneNumber | null> {
  return loaders.numberByE164.load(number).catch(nullWhenNotFound);
}

/** `numbers` of a payload whose `requested` lists the numbers named (in one batch for many). */
export function namedNumbersResolver<T extends { requested: string[] }>(payload: ClassType<T>, description: string) {
  @Resolver(() => payload)
  abstract class NamedNumbersResolver {
    @FieldResolver(() => [PhoneNumber], { complexity: perListItem, description })
    async numbers(@Root() root: T, @Ctx() context: Context): Promise<PhoneNumber[]> {
      const loaded = await Promise.all(root.requested.map((n) => numberNow(context, n)));
      return loaded.filter((n): n is PhoneNumber => n !== null);
    }
  }
  return NamedNumbersResolver;
}

/** `phoneNumber` of a payload about one number. */
export function phoneNumberResolver<T extends { number: string }>(payload: ClassType<T>, description = 'The number, as the inventory shows it now.') {
  @Resolver(() => payload)
  abstract class PhoneNumberOfPayloadResolver {
    @FieldResolver(() => PhoneNumber, { nullable: true, description })
    phoneNumber(@Root() root: T, @Ctx() context: Context): Promise<PhoneNumber | null> {
      return numberNow(context, root.number);
    }
  }
  return PhoneNumberOfPayloadResolver;
}
