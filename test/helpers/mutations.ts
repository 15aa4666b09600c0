import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLReply, TestGateway } from './gateway';

/** A well-formed ID suffix that no sandbox record has: `PRID-${UNKNOWN_ID}` is an unknown product. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Sends a mutation whose `input` the gateway must refuse by its own rules: BAD_USER_INPUT naming
 * `field` (no field for a value GraphQL itself rejects while reading the variables), and not one
 * upstream call made.
 */
export async function expectRefusedLocally<T>(
  gateway: TestGateway,
  document: TypedDocumentNode<T, any>,
  input: unknown,
  field: string | undefined,
): Promise<GraphQLReply<T>> {
  const before = (await gateway.sandbox.stats()).total;
  const reply = await gateway.query(document, { input });
  const expected = field === undefined ? { code: 'BAD_USER_INPUT' } : { code: 'BAD_USER_INPUT', field };
  // The field leads the pair so a failure says which case broke.
  expect([field, reply.body.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining(expected)]);
  expect((await gateway.sandbox.stats()).total).toBe(before);
  return reply;
}

/** The first error of a reply: its code and where upstream it came from. */
export function firstError(reply: GraphQLReply): { code: unknown; endpoint: unknown; extensions: Record<string, any>; message: string } {
  const error = reply.body.errors?.[0];
  return { code: error?.extensions?.code, endpoint: error?.extensions?.upstream?.endpoint, extensions: error?.extensions ?? {}, message: error?.message ?? '' };
}
