import { GraphQLScalarType } from 'graphql';
import { PhoneNumberResolver } from 'graphql-scalars';
import { badUserInput } from '../../errors';

/**
 * A phone number in E.164 (`+18015551234`). graphql-scalars' PhoneNumber scalar does the checking;
 * it is renamed because `PhoneNumber` is the object type of the inventory.
 */
export const E164Scalar = new GraphQLScalarType({
  ...PhoneNumberResolver.toConfig(),
  name: 'E164',
  description: 'A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234.',
});

/** E.164 as text: `+`, then 7 to 15 digits not starting with 0. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** For `String` arguments that must hold an E.164 number: a coded error naming the argument otherwise. */
export function assertE164(value: string, field: string): void {
  if (!E164_PATTERN.test(value)) throw badUserInput(`${field} must be in E.164 form (e.g. +18015551234), got '${value}'.`, field);
}
