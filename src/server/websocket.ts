import type { Server } from 'node:http';
import { type GraphQLError, execute } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ErrorCode, GatewayError } from '../errors';
import type { OriginPolicy } from './origins';
import type { OperationPipeline, OperationRequest } from './pipeline';

/** Close code sent on shutdown: "service restart", which graphql-ws clients retry on (RFC 6455 §7.4.1 registry). */
export const CLOSE_SERVICE_RESTART = 1012;

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  pipeline: OperationPipeline;
  /** A socket that sends no connection_init within this time is closed (4408). */
  connectionInitTimeoutMs: number;
  /** Pings every socket this often; one that does not answer in time is closed. */
  keepAliveMs: number;
  /** Upgrades from a browser page of another origin are refused (403). */
  origins: OriginPolicy;
  /** A larger message closes the socket with 1009 (ws checks it while reading the frame). */
  maxPayloadBytes: number;
  /** Operations one socket may have running at once; more are refused with TOO_MANY_OPERATIONS. */
  maxOperations: number;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's GraphQL path. Every operation goes
 * through the same pipeline as over HTTP: principal, context, parse, validate, limits, and the
 * same error formatting.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { pipeline } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
    // Apollo's CSRF prevention covers HTTP only: without this, any web page could open a socket and run mutations.
    verifyClient: (info, accept) => (options.origins.allows(info.origin, info.req.headers.host) ? accept(true) : accept(false, 403, 'Origin not allowed')),
  });
  const format = (errors: readonly GraphQLError[], operation: OperationRequest) => errors.map((error) => pipeline.formatError(error.toJSON(), error, operation));
  const server = useServer(
    {
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      onConnect: () => true,
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws lists the socket's running operations, this one included, and removes each as it ends.
        if (Object.keys(ctx.subscriptions).length > options.maxOperations) {
          const message = `This socket already runs ${options.maxOperations} operations, the most allowed (WS_MAX_SUBSCRIPTIONS): complete one first, or open another socket.`;
          return [new GatewayError(message, ErrorCode.TOO_MANY_OPERATIONS)];
        }
        const prepared = pipeline.prepare(payload);
        if (Array.isArray(prepared)) return prepared as GraphQLError[];
        // graphql-ws builds the context once per operation (a subscription keeps it for its life).
        return { ...prepared, contextValue: pipeline.context(pipeline.principal(ctx.connectionParams)) };
      },
      // Queries and mutations; subscriptions go through `subscribe`, without a deadline.
      execute: (args) => pipeline.withDeadline(() => execute(args)),
      onError: (_ctx, _id, payload, errors) => format(errors, payload),
      onNext: (_ctx, _id, payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors, payload) } : undefined),
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
