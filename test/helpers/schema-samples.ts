import { type GraphQLInputType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';

/**
 * Argument values made from the schema alone, for property tests that walk every input: each
 * scalar gets a value it accepts, so only the fault a test puts in is wrong.
 */

/** An enum value: bare in a GraphQL literal, a string in JSON variables. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

export type Value = string | number | boolean | null | EnumValue | Value[] | { [field: string]: Value };

/** A value each scalar accepts (so only the fault a case puts in is wrong). */
const SCALAR_VALUES: Record<string, Value> = {
  String: 'x',
  ID: 'AID-3f0c0000-0000-4000-8000-000000000000',
  Int: 1,
  Float: 1,
  Boolean: true,
  E164: '+18015550100',
  ICCID: '89014103211118510720',
  Money: 1,
  DateTime: '2026-01-01T00:00:00Z',
  LocalDate: '2026-01-01',
  LocalTime: '08:00',
  EmailAddress: 'someone@example.com',
  JSON: {},
};

/** A value of `type` with every required field filled in, and the fields named by `path` present too. */
export function sampleValue(type: GraphQLInputType, path: readonly string[] = []): Value {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, path)];
  if (isEnumType(nullable)) return new EnumValue(nullable.getValues()[0]!.name);
  if (!isInputObjectType(nullable)) {
    const value = SCALAR_VALUES[nullable.name];
    if (value === undefined) throw new Error(`no sample value for scalar ${nullable.name}`);
    return value;
  }
  const object: Record<string, Value> = {};
  for (const field of Object.values(nullable.getFields())) {
    if (field.name === path[0]) object[field.name] = sampleValue(field.type, path.slice(1));
    else if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = sampleValue(field.type);
  }
  return object;
}

export function literal(value: Value): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([name, inner]) => `${name}: ${literal(inner)}`).join(', ')} }`;
  return JSON.stringify(value);
}

