import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Tracer } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
} from 'graphql';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import { type Context, type RequestMeta, type Services, createContext } from '../context';
import type { Principal } from '../principal';
import type { Authenticator } from './auth/authenticator';
import { type UpstreamTally, runInOperation } from '../telegent/operation-scope';
import { formatGatewayError } from './format-error';
import { type RawOperation, secretValuesOf } from './secret-values';
import { checkQueryCost } from './query-cost-limit';
import { checkAccess } from './access-check';
import { type AuditedError, type AuditedOperation, auditMutations } from './audit';
import { type ShapeLimits, checkQueryShape } from './query-shape';
import { type InboundRateLimit, inboundRefusal, rateLimitHeaders } from './inbound-limit';
import { principalOf } from './auth/http';
import { OperationTracing } from './operation-tracing';
import { NOOP_TRACER } from '../tracing';
import type { DocumentFields, TrustedDocuments } from './trusted-documents';
import { OperationLog, OperationRecord, answerError, recordOf, requestIdOf } from './operation-log';

/** An operation as a transport receives it. */
export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** A parsed, validated operation that passed the limits. */
export interface CheckedOperation {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface PipelineOptions {
  schema: GraphQLSchema;
  services: Services;
  /** Parser token limit (config `maxQueryTokens`). */
  maxQueryTokens: number;
  /** Estimated upstream calls allowed per operation (config `maxQueryUpstreamCalls`). */
  maxQueryUpstreamCalls: number;
  /** Objects an operation may return and fields it may nest (config `maxQueryResultNodes`, `maxQueryDepth`). */
  shape: ShapeLimits;
  /** How long a query or mutation may take, quota waits and retries included (config `requestDeadlineMs`). */
  requestDeadlineMs: number;
  logger: Logger;
  authenticator: Authenticator;
  /** Operations per principal and minute; null: no inbound limit (AUTH_MODE=none). */
  inboundLimit: InboundRateLimit | null;
  /** Makes each operation's span (README "Tracing"). @default a no-op tracer */
  tracer?: Tracer;
  /** Which documents may run, and sent how (config `persistedDocuments`). */
  trustedDocuments: TrustedDocuments;
  metrics: Metrics;
}

/** The HTTP operation being answered: as received (for `formatError`'s secrets) and as recorded (its request id, its log line). */
interface HttpOperation {
  raw: RawOperation;
  record: OperationRecord;
}

/** What `formatError` needs of the operation an error belongs to. */
export interface ErrorScope {
  /** The operation as received: its secret values are kept out of the error. */
  raw?: RawOperation;
  /** Put in the error's `extensions.requestId`. */
  requestId?: string;
}

/**
 * The one path every GraphQL operation takes, whatever its transport:
 * principal → inbound limit → trusted document → context → parse → validate → limits → execute.
 *
 * Apollo Server parses, validates and executes HTTP requests itself, so over HTTP the pipeline
 * plugs in its steps (`authenticate`, `admission`, `httpDocuments`, `context`, `parseOptions`,
 * `apolloPlugin` for the limits, `formatError`); graphql-ws hands over the raw operation, so over
 * WebSocket `admit`, `documentOf` and `prepare` run the same inbound limit, trusted documents,
 * parse, validation and limits. Authentication, limits
 * and telemetry are written here once.
 */
export class OperationPipeline {
  readonly parseOptions: { maxTokens: number };
  /** The HTTP operation being answered, for `formatError` (Apollo hands it only the error). */
  private readonly httpOperation = new AsyncLocalStorage<HttpOperation>();
  /** Each operation's secret values, found once however many errors it has. */
  private readonly secretsByOperation = new WeakMap<RawOperation, readonly string[]>();
  /** A span per operation, on both transports: `tracing.httpSpan()` and `.apolloPlugin()` over HTTP, `tracing.webSocket()` over WebSocket. */
  readonly tracing: OperationTracing;
  /** Each operation's access log line and metrics. */
  readonly operations: OperationLog;

  constructor(private readonly options: PipelineOptions) {
    this.parseOptions = { maxTokens: options.maxQueryTokens };
    this.operations = new OperationLog(options.logger, options.metrics);
    this.tracing = new OperationTracing(options.tracer ?? NOOP_TRACER);
  }

  /**
   * Express middleware first on the GraphQL path: the HTTP operation's record
   * (`res.locals.operation`), logged and counted once its answer is sent, whoever answers it
   * (authentication, the inbound limit, the body parser, Apollo).
   */
  recordOperation(): RequestHandler {
    return (_req, res, next) => {
      const record = new OperationRecord(requestIdOf(res), 'http');
      res.locals.operation = record;
      const finish = (): void => {
        record.principal = (res.locals.principal as Principal | undefined) ?? null;
        this.operations.finish(record);
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
  }

  /**
   * Who is asking, from the bearer credential the transport carried (HTTP `Authorization`, or the
   * `connection_init` payload): AuthenticationError (UNAUTHENTICATED) when missing or invalid.
   */
  authenticate(authorization: string | null | undefined): Promise<Principal> {
    return this.options.authenticator.authenticate(authorization);
  }

  /**
   * Counts an operation of `principal` against its inbound limit (README "Fair share of the
   * quota"): null when it may run, else the RATE_LIMITED error to answer with, before anything is
   * done for it.
   */
  async admit(principal: Principal): Promise<GraphQLError | null> {
    const decision = await this.options.inboundLimit?.admit(principal);
    return decision && !decision.allowed ? inboundRefusal(decision) : null;
  }

  /**
   * Express middleware after authentication: the inbound limit over HTTP. Every answer carries the
   * RateLimit-Policy and RateLimit headers; an operation over the limit is answered 429 with
   * Retry-After and the RATE_LIMITED error, and goes no further.
   */
  admission(): RequestHandler {
    return (_req, res, next) => {
      const inboundLimit = this.options.inboundLimit;
      if (!inboundLimit) return next();
      inboundLimit.admit(principalOf(res)).then((decision) => {
        res.set(rateLimitHeaders(decision));
        if (decision.allowed) return next();
        const error = inboundRefusal(decision);
        answerError(res, 429, { message: error.message, extensions: error.extensions });
      }, next);
    };
  }

  /**
   * The document text `principal`'s operation runs (its own, or the trusted document its hash
   * names), or the coded error to answer with, decided before anything is parsed (README "Trusted
   * documents"); undefined when it has neither text nor hash.
   */
  documentOf(request: DocumentFields, principal: Principal): string | GraphQLError | undefined {
    return this.options.trustedDocuments.documentOf(request, principal);
  }

  /** Express middleware after the body parser: `documentOf` over HTTP, the request rewritten to carry the document for Apollo. */
  httpDocuments(): RequestHandler {
    return this.options.trustedDocuments.http();
  }

  /** The per-operation context (no I/O: loaders read lazily). */
  context(principal: Principal, meta: RequestMeta = {}): Context {
    return createContext(this.options.services, principal, meta);
  }

  /**
   * Runs an operation's execution (on either transport) with its upstream requests counted in
   * `tally` and, for a query or mutation, under the operation deadline. Not subscriptions
   * (`deadline: false`): they outlive any deadline, and their background work has none.
   */
  execution<T>(tally: UpstreamTally, execute: () => T, { deadline = true }: { deadline?: boolean } = {}): T {
    return runInOperation({ deadlineAt: deadline ? Date.now() + this.options.requestDeadlineMs : undefined, tally }, execute);
  }

  /**
   * The limits every operation passes before execution (throws a coded GraphQLError): what its
   * principal may use (FORBIDDEN), its upstream cost, then the size of its result and its depth,
   * which catch what costs no upstream call.
   */
  checkLimits(operation: CheckedOperation, principal: Principal): void {
    checkAccess(this.options.schema, principal, operation.document, operation.operationName);
    checkQueryCost(this.options.schema, this.options.maxQueryUpstreamCalls, operation);
    checkQueryShape(this.options.schema, this.options.shape, operation);
  }

  /**
   * Parse, validate and limits for a transport that does not run them itself (WebSocket). Errors
   * are coded as Apollo codes them over HTTP, so clients branch the same way on both transports.
   * A mutation the limits refuse is audited here; one that runs, by the transport once it ran.
   */
  prepare(request: OperationRequest, context: Context, record?: OperationRecord): ExecutionArgs | readonly GraphQLError[] {
    const { schema } = this.options;
    let document: DocumentNode;
    try {
      document = parse(request.query, this.parseOptions);
    } catch (error) {
      return coded([error instanceof GraphQLError ? error : new GraphQLError(String(error))], 'GRAPHQL_PARSE_FAILED');
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return coded(invalid, 'GRAPHQL_VALIDATION_FAILED');
    const operation = getOperationAST(document, request.operationName);
    if (!operation) return coded([new GraphQLError('The document names no operation to run, or several without operationName.')], 'BAD_REQUEST');
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return coded(variables.errors, 'BAD_USER_INPUT');
    if (record) record.operation = operation;
    const checked = { document, variables: request.variables, operationName: request.operationName };
    try {
      this.checkLimits(checked, context.principal);
    } catch (error) {
      this.audit(checked, context, [error as GraphQLError], request);
      return [error as GraphQLError];
    }
    return {
      schema,
      document,
      variableValues: request.variables ?? undefined,
      operationName: request.operationName ?? undefined,
      contextValue: context,
    };
  }

  /**
   * The audit records of a mutation operation, one per mutation (README "Audit"), once its outcome
   * is known: `errors` are the operation's, `raw` the operation as received (its secret values are
   * kept out of the records). Queries and subscriptions pass through.
   */
  audit(operation: AuditedOperation, context: Context, errors: readonly AuditedError[], raw: RawOperation): void {
    if (getOperationAST(operation.document, operation.operationName)?.operation !== 'mutation') return;
    auditMutations(this.options.logger, this.options.schema, operation, context, errors, this.secretsOf(raw));
  }

  /**
   * The limits and audit steps as an Apollo plugin, for operations over HTTP. Apollo calls
   * `willSendResponse` for every answer, a refusal by the limits included; an operation that did
   * not parse or validate has no `operation` there, and nothing of it ran.
   */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, operation, contextValue }) => {
          const record = this.httpOperation.getStore()?.record;
          if (record) record.operation = operation ?? null;
          this.checkLimits({ document, variables: request.variables, operationName: request.operationName }, contextValue.principal);
        },
        executionDidStart: async () => {
          const record = this.httpOperation.getStore()?.record;
          if (record) record.executed = true;
        },
        willSendResponse: async ({ request, document, operation, response, contextValue }) => {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          if (contextValue.freshness) result.extensions = { ...result.extensions, freshness: contextValue.freshness.ageSec() };
          const upstream = await this.upstreamBudget(contextValue);
          result.extensions = { ...result.extensions, upstream };
          response.http.headers.set(UPSTREAM_CALLS_HEADER, String(upstream.calls));
          response.http.headers.set(UPSTREAM_QUOTA_REMAINING_HEADER, String(upstream.quotaRemaining));
          this.httpOperation.getStore()?.record.noteErrors(result.errors);
          if (operation?.operation !== 'mutation' || !document) return;
          this.audit({ document, variables: request.variables, operationName: request.operationName }, contextValue, result.errors ?? [], request);
        },
      }),
    };
  }

  /**
   * Errors as clients see them on either transport: coded errors through, the rest masked, and no
   * value the operation gave a secret field left anywhere in them (or in the log). Over WebSocket
   * the transport passes the operation; over HTTP it is the one `httpOperationScope` remembered.
   */
  formatError(formatted: GraphQLFormattedError, error: unknown, scope: ErrorScope = this.httpScope()): GraphQLFormattedError {
    // Found only when an error is formatted: an operation that succeeds pays nothing.
    return formatGatewayError(formatted, error, this.options.logger, scope.raw ? this.secretsOf(scope.raw) : [], scope.requestId);
  }

  /**
   * What the operation cost and what is left (README "Upstream budget in each answer"): the
   * upstream requests made for it, and the slots left in the credential's quota window now.
   */
  async upstreamBudget(context: Pick<Context, 'upstream'>): Promise<{ calls: number; quotaRemaining: number }> {
    return { calls: context.upstream.calls, quotaRemaining: await this.options.services.client.quotaRemaining() };
  }

  private httpScope(): ErrorScope {
    const store = this.httpOperation.getStore();
    return { raw: store?.raw, requestId: store?.record.requestId };
  }

  private secretsOf(operation: RawOperation): readonly string[] {
    let secrets = this.secretsByOperation.get(operation);
    if (secrets === undefined) {
      secrets = secretValuesOf(operation, this.parseOptions.maxTokens);
      this.secretsByOperation.set(operation, secrets);
    }
    return secrets;
  }

  /** Express middleware in front of Apollo: the operation as received, for `formatError`. */
  httpOperationScope(): RequestHandler {
    return (req, res, next) => {
      const body: unknown = req.body;
      const raw: RawOperation =
        req.method === 'GET' ? { query: req.query.query, variables: parseJson(req.query.variables) } : typeof body === 'object' && body !== null ? body : {};
      this.httpOperation.run({ raw, record: recordOf(res) }, next);
    };
  }
}

/** The headers that carry `extensions.upstream` on HTTP answers. */
export const UPSTREAM_CALLS_HEADER = 'X-Upstream-Calls';
export const UPSTREAM_QUOTA_REMAINING_HEADER = 'X-Upstream-Quota-Remaining';

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** graphql-js's own errors, with the code Apollo gives them over HTTP. */
function coded(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (error) => new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } }),
  );
}
