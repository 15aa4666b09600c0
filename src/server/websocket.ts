import type { Server } from 'node:http';
import { type GraphQLError, execute } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ErrorCode, GatewayError } from '../errors';
import { type Principal, hasScope } from '../principal';
import { AuthenticationError } from './auth/authentication-error';
import { connectionAuthorization } from './auth/authenticator';
import type { OriginPolicy } from './origins';
import type { OperationPipeline, OperationRequest } from './pipeline';

/** Close code sent on shutdown: "service restart", which graphql-ws clients retry on (RFC 6455 §7.4.1 registry). */
export const CLOSE_SERVICE_RESTART = 1012;
/** Close code for a missing or invalid credential in connection_init (graphql-ws `Unauthorized`). */
export const CLOSE_UNAUTHORIZED = 4401;

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
  // Who each acknowledged socket is (graphql-ws acknowledges only after onConnect accepted it).
  const principals = new WeakMap<object, Principal>();
  const format = (errors: readonly GraphQLError[], operation: OperationRequest) => errors.map((error) => pipeline.formatError(error.toJSON(), error, operation));
  const server = useServer(
    {
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      // The credential comes in connection_init's payload (browsers cannot set headers on a WebSocket).
      onConnect: async (ctx) => {
        let principal: Principal;
        try {
          principal = await pipeline.authenticate(connectionAuthorization(ctx.connectionParams));
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          // Closed first with 4401, so the 4403 graphql-ws sends on `false` is ignored (ws keeps the first close).
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, closeReason(error.message));
          return false;
        }
        // Every operation reads; a principal that may not read is refused the connection (4403).
        if (!hasScope(principal, 'read')) return false;
        principals.set(ctx.extra.socket, principal);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws lists the socket's running operations, this one included, and removes each as it ends.
        // Counted before anything is awaited, while the list holds the operations received so far.
        if (Object.keys(ctx.subscriptions).length > options.maxOperations) {
          const message = `This socket already runs ${options.maxOperations} operations, the most allowed (WS_MAX_SUBSCRIPTIONS): complete one first, or open another socket.`;
          return [new GatewayError(message, ErrorCode.TOO_MANY_OPERATIONS)];
        }
        const principal = principals.get(ctx.extra.socket)!;
        // Every operation started counts against the principal's inbound limit, as every HTTP request does.
        const refusal = await pipeline.admit(principal);
        if (refusal) return [refusal];
        const prepared = pipeline.prepare(payload, principal);
        if (Array.isArray(prepared)) return prepared as GraphQLError[];
        // graphql-ws builds the context once per operation (a subscription keeps it for its life).
        return { ...prepared, contextValue: pipeline.context(principal) };
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

/** A close reason fits in 123 bytes (RFC 6455 §5.5). */
function closeReason(message: string): string {
  const bytes = Buffer.from(message);
  return bytes.length <= 123 ? message : `${bytes.subarray(0, 120).toString().replace(/\uFFFD$/, '')}...`;
}
