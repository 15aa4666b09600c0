import type { ApolloServerPlugin } from '@apollo/server';
import { type Context as TraceContext, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, type Tracer, context, defaultTextMapGetter, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { ATTR_ERROR_TYPE, ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import type { RequestHandler } from 'express';
import { type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode, execute, getOperationAST, subscribe } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Context } from '../context';

/** An error as either transport holds it: a GraphQLError, or one formatted for the answer. */
interface CodedError {
  readonly extensions?: { readonly code?: unknown } | null;
}

/** The name of an operation's span until its document is parsed (OpenTelemetry's GraphQL conventions). */
const UNPARSED_OPERATION = 'GraphQL Operation';

const propagator = new W3CTraceContextPropagator();

/**
 * One SERVER span per GraphQL operation, on both transports (README "Tracing"), named
 * `query AccountScreen`, `mutation provisionNumber` (OpenTelemetry's GraphQL conventions), with
 * `graphql.operation.type` and `.name`, the principal's role and credential kind (never its ID
 * or credential), the request id, and the error codes of the answer (status ERROR when it has
 * errors). The document itself is not recorded: its literals may be secrets. The span is the
 * active one while the operation runs, so the upstream calls it makes are its children, however
 * DataLoader batches them. No span per resolver: it would cost more than the operation.
 *
 * The parent is the client's W3C trace context: the `traceparent`/`tracestate` headers over HTTP;
 * over WebSocket (where browsers cannot set headers) `traceparent`/`tracestate` in the subscribe
 * message's `extensions`, else in the connection_init payload, for every operation of the socket.
 */
export class OperationTracing {
  /** Spans whose answer was seen (its errors recorded). */
  private readonly answered = new WeakSet<Span>();

  constructor(private readonly tracer: Tracer) {}

  /**
   * Express middleware at the head of the GraphQL route: starts the operation's span (parented by
   * the request's `traceparent`), active for what follows, ended with the response. Refusals before
   * execution (401, 429, a bad body) are operations too: their span has the HTTP status. The body
   * parser (raw-body) binds its callback to the request's async context with AsyncResource, so
   * Apollo and the resolvers still run within the span.
   */
  httpSpan(): RequestHandler {
    return (req, res, next) => {
      const span = this.start(parentOf(req.headers.traceparent, req.headers.tracestate));
      res.once('close', () => {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 400 && !this.answered.has(span)) this.setErrors(span, [], String(res.statusCode));
        span.end();
      });
      this.within(span, next);
    };
  }

  /** The span's name, type and caller once Apollo knows the operation; its errors when it answers. */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation, contextValue }) => {
          const span = trace.getActiveSpan();
          if (span) this.describe(span, operation, contextValue);
        },
        willSendResponse: async ({ response }) => {
          const span = trace.getActiveSpan();
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (span) this.setErrors(span, result.errors ?? []);
        },
      }),
    };
  }

  /**
   * The graphql-ws options with every operation traced: `onSubscribe` starts the span (its
   * refusals end it), `execute`/`subscribe` run within it, `onOperation` ends it. A subscription's
   * span covers its start (checks, first reads); its events are not part of it.
   */
  webSocket<P extends Record<string, unknown> | undefined, E>(options: ServerOptions<P, E>): ServerOptions<P, E> {
    const spans = new WeakMap<object, Span>();
    const within = <T>(args: ExecutionArgs, run: () => T): T => {
      const span = spans.get(args.contextValue as object);
      return span ? this.within(span, run) : run();
    };
    return {
      ...options,
      onSubscribe: async (ctx, id, payload) => {
        const extensions = payload.extensions ?? {};
        const carrier = typeof extensions.traceparent === 'string' ? extensions : (ctx.connectionParams ?? {});
        const span = this.start(parentOf(carrier.traceparent, carrier.tracestate));
        let prepared: Awaited<ReturnType<NonNullable<typeof options.onSubscribe>>>;
        try {
          prepared = await this.within(span, async () => options.onSubscribe?.(ctx, id, payload));
        } catch (error) {
          // graphql-ws closes the socket (4500): the operation ends here.
          this.setErrors(span, [error as CodedError]);
          span.end();
          throw error;
        }
        if (prepared && !Array.isArray(prepared)) {
          const args = prepared as ExecutionArgs;
          this.describe(span, getOperationAST(args.document, args.operationName), args.contextValue as Context);
          spans.set(args.contextValue as object, span);
        } else {
          this.setErrors(span, (prepared as readonly CodedError[] | undefined) ?? []);
          span.end();
        }
        return prepared;
      },
      execute: (args) => within(args, () => (options.execute ?? execute)(args)),
      subscribe: (args) => within(args, () => (options.subscribe ?? subscribe)(args)),
      onOperation: async (ctx, id, payload, args, result) => {
        const replaced = await options.onOperation?.(ctx, id, payload, args, result);
        const span = spans.get(args.contextValue as object);
        if (span) {
          spans.delete(args.contextValue as object);
          // Awaited by graphql-ws: a query's or mutation's result, or a subscription's stream.
          const single = typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result) ? (result as ExecutionResult) : null;
          this.setErrors(span, single?.errors ?? []);
          span.end();
        }
        return replaced;
      },
    };
  }

  private start(parent: TraceContext): Span {
    return this.tracer.startSpan(UNPARSED_OPERATION, { kind: SpanKind.SERVER }, parent);
  }

  private within<T>(span: Span, run: () => T): T {
    return context.with(trace.setSpan(context.active(), span), run);
  }

  private describe(span: Span, operation: OperationDefinitionNode | null | undefined, contextValue: Context): void {
    if (!span.isRecording()) return;
    span.setAttributes({
      'telegent.principal.role': contextValue.principal.role,
      'telegent.principal.credential': contextValue.principal.credential,
      'telegent.request_id': contextValue.requestId,
    });
    if (!operation) return;
    const name = operation.name?.value;
    span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
    span.setAttribute('graphql.operation.type', operation.operation);
    if (name) span.setAttribute('graphql.operation.name', name);
  }

  /** The answer's error codes (uncoded errors are masked as INTERNAL_SERVER_ERROR); any error makes the span's status ERROR. */
  private setErrors(span: Span, errors: readonly CodedError[], fallbackType?: string): void {
    this.answered.add(span);
    if (errors.length === 0 && fallbackType === undefined) return;
    const codes = [...new Set(errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR')))];
    if (codes.length > 0) span.setAttribute('telegent.error_codes', codes);
    span.setAttribute(ATTR_ERROR_TYPE, codes[0] ?? fallbackType!);
    span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') || fallbackType });
  }
}

/** The client's span, from W3C trace context values; the root (a new trace) when absent or malformed. */
function parentOf(traceparent: unknown, tracestate: unknown): TraceContext {
  if (typeof traceparent !== 'string') return ROOT_CONTEXT;
  const carrier: Record<string, string> = { traceparent };
  if (typeof tracestate === 'string') carrier.tracestate = tracestate;
  return propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
}
