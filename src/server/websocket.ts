import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, GraphQLError, execute, getOperationAST, subscribe } from 'graphql';
import type { Context as GraphQLWsContext } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Context } from '../context';
import { ErrorCode, GatewayError } from '../errors';
import type { Metrics } from '../metrics';
import { OperationRecord } from './operation-log';
import { type Principal, hasScope } from '../principal';
import { AuthenticationError } from './auth/authentication-error';
import { connectionAuthorization } from './auth/authenticator';
import { API_KEY_CACHE_MS } from './auth/api-key-verifier';
import type { OriginPolicy } from './origins';
import type { OperationPipeline, OperationRequest } from './pipeline';

/** Close code sent on shutdown: "service restart", which graphql-ws clients retry on (RFC 6455 §7.4.1 registry). */
export const CLOSE_SERVICE_RESTART = 1012;
/** Close code for a missing or invalid credential in connection_init, or one that expired since (graphql-ws `Unauthorized`). */
export const CLOSE_UNAUTHORIZED = 4401;
/** Close code when the credential cannot be checked now (the shared store is down): "try again later" (RFC 6455 §7.4.1 registry). */
export const CLOSE_TRY_AGAIN_LATER = 1013;

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
  /** Open sockets and running subscriptions are counted here. */
  metrics: Metrics;
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
  const { metrics } = options;
  wsServer.on('connection', (socket) => {
    metrics.wsConnections.inc();
    socket.once('close', () => metrics.wsConnections.dec());
  });
  // Who each acknowledged socket is (graphql-ws acknowledges only after onConnect accepted it).
  const principals = new WeakMap<object, Principal>();
  // Each socket's operations by id, from `subscribe` to `complete`: one request id each, one access log line.
  const records = new WeakMap<object, Map<string, OperationRecord>>();
  const recordOf = (ctx: WsContext, id: string): OperationRecord | undefined => records.get(ctx.extra.socket)?.get(id);
  // The same records by the context each operation runs with (execute, subscribe and the hooks after them get the context).
  const operationRecords = new WeakMap<Context, OperationRecord>();
  const recordOfArgs = (args: ExecutionArgs): OperationRecord => operationRecords.get(args.contextValue as Context)!;
  // Subscriptions streaming now (counted in graphql_ws_subscriptions until they complete).
  const streaming = new WeakSet<OperationRecord>();
  const format = (errors: readonly GraphQLError[], operation: OperationRequest, record: OperationRecord | undefined) =>
    errors.map((error) => pipeline.formatError(error.toJSON(), error, { raw: operation, requestId: record?.requestId }));
  const server = useServer(
    pipeline.tracing.webSocket<Record<string, unknown> | undefined, Extra>({
      connectionInitWaitTimeout: options.connectionInitTimeoutMs,
      // The credential comes in connection_init's payload (browsers cannot set headers on a WebSocket).
      onConnect: async (ctx) => {
        const authorization = connectionAuthorization(ctx.connectionParams);
        let principal: Principal;
        try {
          principal = await pipeline.authenticate(authorization);
        } catch (error) {
          // Closed first, so the 4403 graphql-ws sends on `false` is ignored (ws keeps the first close).
          if (error instanceof AuthenticationError) ctx.extra.socket.close(CLOSE_UNAUTHORIZED, closeReason(error.message));
          else if (error instanceof GatewayError && error.code === ErrorCode.STORE_UNAVAILABLE) ctx.extra.socket.close(CLOSE_TRY_AGAIN_LATER, closeReason(error.message));
          else throw error;
          return false;
        }
        // Every operation reads; a principal that may not read is refused the connection (4403).
        if (!hasScope(principal, 'read')) return false;
        principals.set(ctx.extra.socket, principal);
        watchCredential(ctx, principal, () => pipeline.authenticate(authorization), (reason) => endForCredential(ctx, reason));
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const record = new OperationRecord(randomUUID(), 'ws');
        record.principal = principals.get(ctx.extra.socket) ?? null;
        let socketRecords = records.get(ctx.extra.socket);
        if (!socketRecords) records.set(ctx.extra.socket, (socketRecords = new Map()));
        socketRecords.set(id, record);
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
        // The trusted document to run, or the refusal, before anything is parsed (README "Trusted documents").
        const document = pipeline.documentOf(payload, principal);
        if (document instanceof GraphQLError) return [document];
        // In place: graphql-ws hands this payload to onOperation and onError too, where the document's secret values are found.
        if (document !== undefined) (payload as { query: string }).query = document;
        // One context per operation (a subscription keeps it for its life); no I/O.
        const context = pipeline.context(principal, { requestId: record.requestId, upstream: record.upstream });
        operationRecords.set(context, record);
        const prepared = pipeline.prepare(payload, context, record);
        return Array.isArray(prepared) ? (prepared as GraphQLError[]) : (prepared as ExecutionArgs);
      },
      // Queries and mutations; subscriptions go through `subscribe`, without a deadline.
      execute: (args) => {
        const record = recordOfArgs(args);
        record.executed = true;
        return pipeline.execution(record.upstream, () => execute(args));
      },
      subscribe: (args) => {
        const record = recordOfArgs(args);
        record.executed = true;
        return pipeline.execution(record.upstream, () => subscribe(args), { deadline: false });
      },
      // A query's or mutation's one result (a subscription's is a stream): a mutation is audited with its outcome.
      onOperation: (_ctx, _id, payload, args, result) => {
        const single = singleResult(result);
        if (single) {
          pipeline.audit({ ...args, variables: args.variableValues }, args.contextValue as Context, single.errors ?? [], payload);
          return;
        }
        // A subscription streams from now on: its access log line says it started.
        const record = recordOfArgs(args);
        pipeline.operations.finish(record);
        streaming.add(record);
        metrics.wsSubscriptions.inc();
      },
      onError: (ctx, id, payload, errors) => {
        const record = recordOf(ctx, id);
        const formatted = format(errors, payload, record);
        if (record && !record.finished) {
          record.noteErrors(formatted);
          pipeline.operations.finish(record);
        }
        // Refused before it ran: graphql-ws sends no `complete` after this error, so nothing else comes for it.
        if (record && !record.executed) records.get(ctx.extra.socket)?.delete(id);
        return formatted;
      },
      onNext: async (ctx, id, payload, args, result) => {
        const record = recordOf(ctx, id);
        const errors = result.errors ? format(result.errors, payload, record) : undefined;
        // A query's or mutation's answer says how old its data is and what it cost, as over HTTP; subscription events are news.
        const single = getOperationAST(args.document, args.operationName)?.operation !== 'subscription';
        if (!single) {
          // A subscription whose source could not be set up answers one result with its errors.
          if (record && !record.finished) {
            record.noteErrors(errors);
            pipeline.operations.finish(record);
          }
          return errors ? { ...result, errors } : undefined;
        }
        const context = args.contextValue as Context;
        const extensions = { ...result.extensions, freshness: context.freshness.ageSec(), upstream: await pipeline.upstreamBudget(context) };
        if (record && !record.finished) {
          record.noteErrors(errors);
          pipeline.operations.finish(record);
        }
        return { ...result, ...(errors ? { errors } : {}), extensions };
      },
      onComplete: (ctx, id) => {
        const record = recordOf(ctx, id);
        records.get(ctx.extra.socket)?.delete(id);
        if (!record) return;
        // A subscription that streamed has ended; an operation whose answer was not sent (completed first) is logged now.
        if (streaming.has(record)) {
          metrics.wsSubscriptions.dec();
          pipeline.operations.subscriptionEnded(record);
        }
        pipeline.operations.finish(record);
      },
    }),
    wsServer,
    options.keepAliveMs,
  );
  /**
   * The credential stopped being valid while the socket was open: each running operation ends with
   * an UNAUTHENTICATED error, then the socket closes with 4401, so the client reconnects with a new one.
   */
  const endForCredential = (ctx: WsContext, reason: AuthenticationError): void => {
    const { socket } = ctx.extra;
    for (const [id, operation] of Object.entries(ctx.subscriptions)) {
      const formatted = pipeline.formatError(reason.toJSON(), reason, { requestId: recordOf(ctx, id)?.requestId });
      // Taken out first: graphql-ws then sends neither a `next` nor a `complete` for it.
      delete ctx.subscriptions[id];
      if (operation && 'return' in operation && typeof operation.return === 'function') void operation.return(undefined).catch(() => undefined);
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ id, type: 'error', payload: [formatted] }));
    }
    socket.close(CLOSE_UNAUTHORIZED, closeReason(reason.message));
  };

  return {
    async close() {
      // Tell clients to come back (to another instance, or this one restarted) rather than give up.
      for (const socket of wsServer.clients) socket.close(CLOSE_SERVICE_RESTART, 'Service restarting');
      await server.dispose();
    },
  };
}

/** graphql-ws hands `onOperation` what execution returned, awaited: a result, or a subscription's stream. */
function singleResult(result: unknown): ExecutionResult | null {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result) ? (result as ExecutionResult) : null;
}

/** setTimeout's longest delay (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A graphql-ws connection on a `ws` socket. */
type WsContext = GraphQLWsContext<Record<string, unknown> | undefined, Extra>;

/**
 * Ends the socket's operations (`end`) when its principal's credential stops being valid: at its
 * `expiresAt` (no timer for a principal that never expires), and for an API key as soon as a check
 * every API_KEY_CACHE_MS finds it revoked. The timers go with the socket.
 */
function watchCredential(ctx: WsContext, principal: Principal, reauthenticate: () => Promise<Principal>, end: (reason: AuthenticationError) => void): void {
  const { socket } = ctx.extra;
  // Closed while its credential was being checked: its 'close' has passed, nothing would clear a timer.
  if (socket.readyState !== WebSocket.OPEN) return;
  let expiry: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    clearTimeout(expiry);
    clearInterval(recheck);
  };
  const endWith = (reason: AuthenticationError): void => {
    if (stopped) return;
    stop();
    end(reason);
  };
  const { expiresAt } = principal;
  if (expiresAt !== null) {
    const arm = (): void => {
      const left = expiresAt - Date.now();
      if (left > 0) expiry = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      else endWith(new AuthenticationError(principal.credential === 'api-key' ? 'The API key has expired.' : 'The token has expired: reconnect with a fresh one.'));
    };
    arm();
  }
  if (principal.credential === 'api-key') {
    recheck = setInterval(() => {
      reauthenticate().catch((error: unknown) => {
        // A store that cannot answer says nothing about the key: the socket goes on.
        if (error instanceof AuthenticationError) endWith(error);
      });
    }, API_KEY_CACHE_MS);
  }
  socket.once('close', stop);
}

/** A close reason fits in 123 bytes (RFC 6455 §5.5). */
function closeReason(message: string): string {
  const bytes = Buffer.from(message);
  return bytes.length <= 123 ? message : `${bytes.subarray(0, 120).toString().replace(/\uFFFD$/, '')}...`;
}
