import type { ApolloServerPlugin } from '@apollo/server';
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
import { type Context, type Principal, type RequestMeta, type Services, createContext } from '../context';
import { runWithDeadline } from '../telegent/deadline';
import { formatGatewayError } from './format-error';
import { checkQueryCost } from './query-cost-limit';

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
  /** How long a query or mutation may take, quota waits and retries included (config `requestDeadlineMs`). */
  requestDeadlineMs: number;
  logger: Logger;
}

/**
 * The one path every GraphQL operation takes, whatever its transport:
 * principal → context → parse → validate → limits → execute.
 *
 * Apollo Server parses, validates and executes HTTP requests itself, so over HTTP the pipeline
 * plugs in its steps (`principal`, `context`, `parseOptions`, `apolloPlugin` for the limits,
 * `formatError`); graphql-ws hands over the raw operation, so over WebSocket `prepare` runs the
 * same parse, validation and limits. Authentication, limits and telemetry are written here once.
 */
export class OperationPipeline {
  readonly parseOptions: { maxTokens: number };

  constructor(private readonly options: PipelineOptions) {
    this.parseOptions = { maxTokens: options.maxQueryTokens };
  }

  /**
   * Who is asking. Until clients authenticate, every operation acts with the gateway's own upstream
   * credentials; the transport's credentials (HTTP headers, connection_init payload) arrive here.
   */
  principal(_credentials?: unknown): Principal {
    return { kind: 'gateway' };
  }

  /** The per-operation context (no I/O: loaders read lazily). */
  context(principal: Principal, meta: RequestMeta = {}): Context {
    return createContext(this.options.services, principal, meta);
  }

  /**
   * Runs a query or mutation (its whole execution, on either transport) under the operation
   * deadline. Not subscriptions: they outlive any deadline, and their background work has none.
   */
  withDeadline<T>(execute: () => T): T {
    return runWithDeadline(Date.now() + this.options.requestDeadlineMs, execute);
  }

  /** The limits every operation passes before execution (throws a coded GraphQLError). */
  checkLimits(operation: CheckedOperation): void {
    checkQueryCost(this.options.schema, this.options.maxQueryUpstreamCalls, operation);
  }

  /**
   * Parse, validate and limits for a transport that does not run them itself (WebSocket). Errors
   * are coded as Apollo codes them over HTTP, so clients branch the same way on both transports.
   */
  prepare(request: OperationRequest): Omit<ExecutionArgs, 'contextValue'> | readonly GraphQLError[] {
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
    try {
      this.checkLimits({ document, variables: request.variables, operationName: request.operationName });
    } catch (error) {
      return [error as GraphQLError];
    }
    return {
      schema,
      document,
      variableValues: request.variables ?? undefined,
      operationName: request.operationName ?? undefined,
    };
  }

  /** The limits step as an Apollo plugin, for operations over HTTP. */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document }) => {
          this.checkLimits({ document, variables: request.variables, operationName: request.operationName });
        },
      }),
    };
  }

  /** Errors as clients see them on either transport: coded errors through, secrets out, the rest masked. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    return formatGatewayError(formatted, error, this.options.logger);
  }
}

/** graphql-js's own errors, with the code Apollo gives them over HTTP. */
function coded(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (error) => new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } }),
  );
}
