import { ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, type Tracer, context } from '@opentelemetry/api';
import { endpointOf, pathTemplate } from './endpoints';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';

/** What one upstream attempt's span is told about it. */
export interface UpstreamAttempt {
  method: string;
  /** The path without the query (`/v1.0/numbers/order`): query values may be secrets, and the token is a header, never an attribute. */
  path: string;
  /** 0 for the first try, 1 for the first retry, … */
  attempt: number;
  /** Work for nobody's operation (order polls, cache refreshes, health): a root span, whatever operation started it. */
  background: boolean;
  /** When it started waiting for its quota slot (the span starts there). */
  startedAt: number;
  quotaWaitMs: number;
  /** A token request: the endpoint the token is for. */
  tokenFor?: string;
}

/**
 * Spans of the Telegent client's upstream calls (README "Tracing"): one CLIENT span per attempt,
 * as OpenTelemetry's HTTP conventions have it for resends, so every request the upstream counts
 * has its span and a retry shows its own wait, status and duration. Each span starts when its
 * attempt starts waiting for the quota (`telegent.quota_wait_ms` says how long that took) and
 * ends with the answer or the failure. A read shared by identical reads in flight (the client's
 * `readsInFlight`) has one span, under the operation that asked first.
 */
export class UpstreamSpans {
  private readonly server: { address: string; port: number };

  constructor(
    private readonly tracer: Tracer,
    baseUrl: string,
  ) {
    const url = new URL(baseUrl);
    this.server = { address: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) };
  }

  /** The span of one attempt, a child of the active operation's span unless the call is background work. */
  start(call: UpstreamAttempt): Span {
    const parent = call.background ? ROOT_CONTEXT : context.active();
    const template = pathTemplate(call.path);
    const span = this.tracer.startSpan(endpointOf(call.method, template), { kind: SpanKind.CLIENT, startTime: call.startedAt }, parent);
    if (!span.isRecording()) return span;
    span.setAttributes({
      [ATTR_HTTP_REQUEST_METHOD]: call.method,
      [ATTR_URL_PATH]: template,
      [ATTR_SERVER_ADDRESS]: this.server.address,
      [ATTR_SERVER_PORT]: this.server.port,
      'telegent.endpoint': `${call.method} ${template}`,
      'telegent.attempt': call.attempt,
      'telegent.quota_wait_ms': call.quotaWaitMs,
    });
    if (call.attempt > 0) span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, call.attempt);
    if (call.tokenFor !== undefined) span.setAttribute('telegent.token.endpoint', pathTemplate(call.tokenFor));
    return span;
  }

  /** The upstream answered: 4xx and 5xx mark the span as an error (a client span's convention). */
  answered(span: Span, status: number): void {
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
    if (status >= 400) {
      span.setAttribute(ATTR_ERROR_TYPE, String(status));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  }

  /** No answer: `kind` is why (timeout, unreachable). */
  failed(span: Span, kind: string): void {
    span.setAttribute(ATTR_ERROR_TYPE, kind);
    span.setStatus({ code: SpanStatusCode.ERROR, message: `upstream ${kind}` });
    span.end();
  }
}
