import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { isValidatedInput } from './input-rules';
import { RESOLVERS } from '../resolvers';

/** The gateway's schema, built from the type-graphql classes (and printed to schema.graphql). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Inputs check themselves with the platform's rules (input-rules.ts), with coded errors; no class-validator.
    validateFn: (argValue) => {
      if (isValidatedInput(argValue)) argValue.validate();
    },
  });
  // type-graphql offers no description for the root types; GraphiQL's docs open on them.
  schema.getQueryType()!.description =
    'Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource.';
  schema.getMutationType()!.description =
    'Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key.';
  return schema;
}
