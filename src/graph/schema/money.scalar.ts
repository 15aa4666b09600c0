import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** At most this many decimals: Telegent prices sub-cent amounts (an SMS costs $0.0045). */
const MAX_DECIMALS = 4;

/** "19.99", "0.0045", "30.00": at least two decimals, at most four, no float noise. */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) throw new TypeError(`Money cannot represent ${amount}`);
  const fixed = amount.toFixed(MAX_DECIMALS).replace(/0{1,2}$/, '');
  return fixed.replace(/(\.\d\d\d?)0$/, '$1');
}

function parse(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+(\.\d{1,4})?$/.test(text)) {
    throw new GraphQLError(`Money must be a decimal amount with at most ${MAX_DECIMALS} decimals, e.g. "19.99", got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return Number(text);
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount in US dollars as a decimal string ("19.99", "0.0045"): exact, unlike a float.',
  serialize: (value) => formatMoney(Number(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? ast.value : undefined),
});
