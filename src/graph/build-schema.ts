import 'reflect-metadata';
import { type GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { Context } from '../context';
import { buildSchema } from 'type-graphql';
import { checkIdArguments, isValidatedInput } from './schema/input-rules';
import { RESOLVERS } from './resolvers';
import { authChecker } from './access';

const STREAMS_ARE_OWN = {
  publish(): void {
    throw new Error('Subscriptions publish through the app’s pub/sub (src/realtime/pubsub.ts), not through type-graphql.');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Subscriptions use their own `subscribe` streams (src/realtime/order-streams.ts, message-streams.ts).');
  },
};

/** The argument objects of resolved fields whose IDs were checked (graphql-js makes one per field resolution). */
const idsChecked = new WeakSet<object>();

/** The gateway's schema, built from the type-graphql classes (and printed to schema.graphql). */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Every subscription brings its own stream (`subscribe`), built on the app's pub/sub; type-graphql
    // asks for a PubSub all the same.
    pubSub: STREAMS_ARE_OWN,
    // `@Requires` rules, checked again as each guarded field resolves (the pipeline checks them first).
    authChecker,
    // Inputs check themselves with the platform's rules (input-rules.ts), with coded errors; no class-validator.
    // Every ID argument is first checked for a Telegent ID's shape and length, wherever it sits.
    // type-graphql calls this once per argument; the IDs of a field's arguments are walked once per resolved field.
    validateFn: (argValue, _argType, { args, info }) => {
      if (!idsChecked.has(args)) {
        idsChecked.add(args);
        checkIdArguments(args, info.parentType.getFields()[info.fieldName]?.args ?? []);
      }
      if (isValidatedInput(argValue)) argValue.validate();
    },
  });
  // type-graphql offers no description for the root types; GraphiQL's docs open on them.
  schema.getQueryType()!.description =
    'Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource.';
  schema.getSubscriptionType()!.description =
    'Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts.';
  schema.getMutationType()!.description =
    'Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key.';
  keepMutationPayloads(schema);
  return schema;
}

/**
 * Each mutation's payload is kept in the context's audit trail, so its audit record names the
 * upstream order even when the client did not select it. Only root mutation fields are wrapped:
 * reads pay nothing.
 */
function keepMutationPayloads(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: Context, info) => {
      const payload: unknown = await resolve(source, args, context, info);
      context.audit.payloads.set(String(info.path.key), payload);
      return payload;
    };
  }
}
