import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { Metrics, OperationOutcome, OperationType } from '../metrics';
import type { Principal } from '../principal';
import { UpstreamTally } from '../telegent/operation-scope';

/** Operation names are valid GraphQL names of any length: the log keeps the start of a long one. */
const MAX_LOGGED_NAME_LENGTH = 200;
/** The header a request id comes in and goes back in, on every HTTP answer. */
export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A client's request id is kept when it is this sane (a UUID, a ULID, a trace id…); otherwise one is generated. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's `X-Request-Id` when it is a sane token; else a new UUID. */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Express middleware in front of everything: the request's id (`res.locals.requestId`), returned
 * in `X-Request-Id` on every answer, whichever handler gives it.
 */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
    res.locals.requestId = requestId;
    res.set(REQUEST_ID_HEADER, requestId);
    next();
  };
}

/** The request id `requestIds` gave this HTTP request. */
export function requestIdOf(res: { locals: Record<string, unknown> }): string {
  return typeof res.locals.requestId === 'string' ? res.locals.requestId : randomUUID();
}

/** The record `recordOperation` made for this HTTP request. */
export function recordOf(res: Response): OperationRecord {
  return res.locals.operation as OperationRecord;
}

/**
 * Answers an HTTP request refused before Apollo (authentication, the inbound limit) in GraphQL's
 * error shape, the request id in the error's extensions, and notes the error's code for the
 * operation's log line.
 */
export function answerError(res: Response, status: number, error: { message: string; extensions: Record<string, unknown> }): void {
  const formatted = { message: error.message, extensions: { ...error.extensions, requestId: requestIdOf(res) } };
  (res.locals.operation as OperationRecord | undefined)?.noteErrors([formatted]);
  res.status(status).json({ errors: [formatted] });
}

/**
 * One GraphQL operation as the access log and the metrics see it, filled in as it passes the
 * pipeline: who asked, what it was (once it validated), whether it ran, the codes of its errors,
 * and the upstream requests made for it.
 */
export class OperationRecord {
  private readonly startedAt = performance.now();
  /** The upstream requests made for it (`pipeline.execution`); also `extensions.upstream.calls`. */
  readonly upstream = new UpstreamTally();
  principal: Principal | null = null;
  /** Its operation, once the document parsed and validated (null: it did not, or was refused unread). */
  operation: OperationDefinitionNode | null = null;
  /** Whether execution started: an operation that never ran was refused. */
  executed = false;
  private readonly codes = new Set<string>();
  /** Whether it was logged and counted (once only). */
  finished = false;

  constructor(
    readonly requestId: string,
    readonly transport: 'http' | 'ws',
  ) {}

  /** Notes the codes of errors answered for it (formatted, as the client gets them). */
  noteErrors(errors: readonly Pick<GraphQLFormattedError, 'extensions'>[] | undefined): void {
    for (const error of errors ?? []) this.codes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  }

  get errorCodes(): string[] {
    return [...this.codes];
  }

  get type(): OperationType {
    return this.operation?.operation ?? 'unknown';
  }

  get outcome(): OperationOutcome {
    if (!this.executed) return 'refused';
    return this.codes.size > 0 ? 'error' : 'success';
  }

  get durationMs(): number {
    return performance.now() - this.startedAt;
  }
}

/**
 * Writes each operation's access log line and counts it in the metrics (README "Request ids and
 * the access log"): once, when its answer is complete (a subscription: when it starts; a second
 * line, 'subscription ended', when it ends). Nothing secret is in the line: the principal's id and role, never a credential;
 * the operation's name only once its document validated, never its variables.
 */
export class OperationLog {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  /** The operation's answer is complete (a subscription: it started, or was refused). */
  finish(record: OperationRecord): void {
    if (record.finished) return;
    record.finished = true;
    const { operation } = record;
    const name = operation?.name?.value ?? null;
    const nameInLog = name !== null && name.length > MAX_LOGGED_NAME_LENGTH ? `${name.slice(0, MAX_LOGGED_NAME_LENGTH)}...` : name;
    const streaming = record.type === 'subscription' && record.executed;
    const durationMs = record.durationMs;
    this.metrics.operation(
      { operation: this.metrics.operationLabel(name, operation !== null), type: record.type, outcome: record.outcome },
      streaming ? null : durationMs / 1000,
    );
    this.logger.info(
      {
        requestId: record.requestId,
        principal: record.principal?.id ?? null,
        role: record.principal?.role ?? null,
        operationName: nameInLog,
        operationType: record.type,
        transport: record.transport,
        durationMs: Math.round(durationMs),
        upstreamCalls: record.upstream.calls,
        outcome: record.outcome,
        errorCodes: record.errorCodes,
      },
      'operation',
    );
  }

  /** A subscription that started has ended (completed by either side, or its socket closed). */
  subscriptionEnded(record: OperationRecord): void {
    this.logger.info(
      {
        requestId: record.requestId,
        principal: record.principal?.id ?? null,
        transport: record.transport,
        durationMs: Math.round(record.durationMs),
      },
      'subscription ended',
    );
  }
}
