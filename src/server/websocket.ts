import type { Server } from 'node:http';
import { GraphQLError, type GraphQLSchema, getOperationAST, getVariableValues, parse, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Context } from '../context';
import { formatGatewayError } from './format-error';
import { checkQueryCost } from './query-cost-limit';

/** graphql-js's own errors, coded as Apollo codes them over HTTP, so clients branch the same way on both. */
function coded(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } }));
}

/** Close code sent on shutdown: "service restart", which graphql-ws clients retry on (RFC 6455 §7.4.1 registry). */
export const CLOSE_SERVICE_RESTART = 1012;

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  /** Builds the context of one subscription (once per operation, as graphql-ws does). */
  createContext(connectionParams: Readonly<Record<string, unknown>> | undefined): Context;
  maxQueryTokens: number;
  maxQueryUpstreamCalls: number;
  /** A socket that sends no connection_init within this time is closed (4408). */
  connectionInitTimeoutMs: number;
  /** Pings every socket this often; one that does not answer in time is closed. */
  keepAliveMs: number;
  logger: Logger;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's GraphQL path. Operations get the same
 * limits as over HTTP (token count, upstream cost) and the same error formatting (coded errors
 * through, secrets out, anything else masked).
 */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { schema, logger } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatGatewayError(error.toJSON(), error, logger));
  const server = useServer(
    {
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      // connection_init's payload is where client credentials will travel once clients authenticate.
      onConnect: () => true,
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxQueryTokens });
        } catch (error) {
          return coded([error instanceof GraphQLError ? error : new GraphQLError(String(error))], 'GRAPHQL_PARSE_FAILED');
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return coded(invalid, 'GRAPHQL_VALIDATION_FAILED');
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return coded([new GraphQLError('The document names no operation to run, or several without operationName.')], 'BAD_REQUEST');
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
        if (variables.errors) return coded(variables.errors, 'BAD_USER_INPUT');
        try {
          checkQueryCost(schema, options.maxQueryUpstreamCalls, { document, variables: payload.variables, operationName: payload.operationName });
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: options.createContext(ctx.connectionParams),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wsServer,
    options.keepAliveMs,
  );
  return {
    async close() {
      // Tell clients to come back (to another instance, or this one restarted) rather than give up.
      for (const socket of wsServer.clients) socket.close(CLOSE_SERVICE_RESTART, 'Service restarting');
      await server.dispose();
    },
  };
}
