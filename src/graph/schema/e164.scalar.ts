import { GraphQLScalarType, Kind } from 'graphql';
import { PhoneNumberResolver } from 'graphql-scalars';
import { isPossiblePhoneNumber } from 'libphonenumber-js';
import { badUserInput } from '../../errors';

/** E.164 as text: `+`, then 7 to 15 digits not starting with 0. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/**
 * E.164 by format and possibility: `+`, a country code and a subscriber number of a length that
 * country's plan allows (libphonenumber-js `isPossiblePhoneNumber`). Not numbering-plan validity:
 * Telegent's own documents use `+15555551234` (555 is not an assigned exchange), so a valid-only
 * rule would refuse what the platform takes.
 */
export function isE164(value: string): boolean {
  return E164_PATTERN.test(value) && isPossiblePhoneNumber(value);
}

/** The one message for a number that is not E.164, for scalar, argument and input field alike. */
export function notE164(value: unknown, field: string | null) {
  const shown = typeof value === 'string' ? `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'` : JSON.stringify(value ?? null);
  const what = field ?? 'A phone number';
  return badUserInput(`${what} must be a phone number in E.164 form, of a length its country allows (e.g. +18015551234), got ${shown}.`, field ?? undefined);
}

function parseE164(value: unknown): string {
  if (typeof value !== 'string' || !isE164(value)) throw notE164(value, null);
  return value;
}

/**
 * A phone number in E.164 (`+18015551234`). Inputs are checked by `isE164`; outputs are Telegent's
 * numbers, written as graphql-scalars' PhoneNumber writes them. Named E164 because `PhoneNumber`
 * is the object type of the inventory.
 */
export const E164Scalar = new GraphQLScalarType({
  name: 'E164',
  description: 'A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234. Any number of a possible length for its country is taken (Telegent’s examples such as +15555551234 too).',
  serialize: PhoneNumberResolver.serialize,
  parseValue: parseE164,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw notE164(`a ${ast.kind} literal`, null);
    return parseE164(ast.value);
  },
  extensions: { codegenScalarType: 'string' },
});

/** For `String` arguments that must hold an E.164 number: a coded error naming the argument otherwise. */
export function assertE164(value: string, field: string): void {
  if (!isE164(value)) throw notE164(value, field);
}
