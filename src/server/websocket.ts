import type { Server } from 'node:http';
import { type GraphQLError, execute } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { OperationPipeline } from './pipeline';

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
}

/**
 * GraphQL over WebSocket (graphql-ws) on the HTTP server's GraphQL path. Every operation goes
 * through the same pipeline as over HTTP: principal, context, parse, validate, limits, and the
 * same error formatting.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { pipeline } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => pipeline.formatError(error.toJSON(), error));
  const server = useServer(
    {
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      onConnect: () => true,
      onSubscribe: (ctx, _id, payload) => {
        const prepared = pipeline.prepare(payload);
        if (Array.isArray(prepared)) return prepared as GraphQLError[];
        // graphql-ws builds the context once per operation (a subscription keeps it for its life).
        return { ...prepared, contextValue: pipeline.context(pipeline.principal(ctx.connectionParams)) };
      },
      // Queries and mutations; subscriptions go through `subscribe`, without a deadline.
      execute: (args) => pipeline.withDeadline(() => execute(args)),
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
