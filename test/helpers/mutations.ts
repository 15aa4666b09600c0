import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLReply, TestGateway } from './gateway';

/** Runs `document` with `input`, which the gateway must refuse itself: BAD_USER_INPUT naming `field`, no upstream call. */
export async function expectRefusedLocally<T>(
  gateway: TestGateway,
  document: TypedDocumentNode<T, { input: any }>,
  input: unknown,
  field: string | undefined,
): Promise<GraphQLReply<T>> {
  const before = (await gateway.sandbox.stats()).total;
  const reply = await gateway.query(document, { input });
  expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...(field === undefined ? {} : { field }) });
  expect((await gateway.sandbox.stats()).total).toBe(before);
  return reply;
}

/** The first error of a reply: its code and where upstream it came from. */
export function firstError(reply: GraphQLReply): { code: unknown; endpoint: unknown; extensions: Record<string, any>; message: string } {
  const error = reply.body.errors?.[0];
  return { code: error?.extensions?.code, endpoint: error?.extensions?.upstream?.endpoint, extensions: error?.extensions ?? {}, message: error?.message ?? '' };
}
