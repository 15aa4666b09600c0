import { GraphQLScalarType } from 'graphql';
import { PhoneNumberResolver } from 'graphql-scalars';

/**
 * A phone number in E.164 (`+18015551234`). graphql-scalars' PhoneNumber scalar does the checking;
 * it is renamed because `PhoneNumber` is the object type of the inventory.
 */
export const E164Scalar = new GraphQLScalarType({
  ...PhoneNumberResolver.toConfig(),
  name: 'E164',
  description: 'A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234.',
});
