import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** 19 or 20 digits starting 89 (ITU-T E.118), optionally followed by the filler F. */
export const ICCID_PATTERN = /^89\d{17,18}F?$/i;

function check(value: unknown): string {
  if (typeof value !== 'string' || !ICCID_PATTERN.test(value)) {
    throw new GraphQLError(`ICCID must be 19 or 20 digits starting with 89 (optionally ending in F), got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value.toUpperCase();
}

export const IccidScalar = new GraphQLScalarType({
  name: 'ICCID',
  description: 'A SIM card or eSIM profile serial: 19 or 20 digits starting with 89, optionally ending in F.',
  serialize: (value) => String(value),
  parseValue: check,
  parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
});
