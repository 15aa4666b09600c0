/**
 * OpenTelemetry tracing for one app (README "Tracing"): the tracer provider the configuration
 * describes, or a no-op tracer when tracing is off.
 *
 * Each app builds its own provider and hands its tracer to whatever makes spans (the operation
 * pipeline, the Telegent client); nothing registers a global tracer provider, so several gateways
 * in one process (the tests start many) each export their own spans, and `stop()` flushes and
 * shuts down only its own. What must be process-wide is the context manager, which carries the
 * active span through `await`s, timers and DataLoader batches: `createTracing` registers one
 * backed by AsyncLocalStorage the first time tracing is on, unless the process already has one
 * (an OpenTelemetry SDK set up by whoever embeds the gateway), whose contexts then serve as well.
 * It holds no state of its own, so it stays registered when an app stops.
 */
import { ProxyTracerProvider, type Tracer, context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type Sampler,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from './config';

/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = 'telegent-graph';

/** A tracer that records nothing, for what is built without one (tracing off). */
export const NOOP_TRACER: Tracer = new ProxyTracerProvider().getTracer(TRACER_NAME);

export interface Tracing {
  /** Makes every span of the app; a no-op tracer (no span is recorded, nothing allocated per call) when tracing is off. */
  readonly tracer: Tracer;
  /** Whether spans are recorded and exported. */
  readonly enabled: boolean;
  /** Exports the spans still buffered and stops the exporter (the app's `stop()`). */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /**
   * Spans go to this exporter, each as it ends, instead of the one the configuration names; tracing
   * is on whatever OTEL_* says (the sampler and resource still apply). For tests (an InMemorySpanExporter).
   */
  exporter?: SpanExporter;
}

/**
 * The app's tracing. With OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT set, spans are batched
 * (BatchSpanProcessor: every 5 s or 512 spans; OTEL_BSP_* tune it) and sent over OTLP/HTTP to
 * that URL with the configured headers. The configuration's URL, headers, sampler and resource
 * are passed to the SDK objects explicitly, so they win over anything the SDK would read from the
 * environment itself; the exporter still reads OTEL_EXPORTER_OTLP_TIMEOUT and _COMPRESSION, and
 * adds headers named only in the process environment.
 */
export function createTracing(config: TracingConfig, options: TracingOptions = {}): Tracing {
  const processor: SpanProcessor | null = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : config.exporterUrl !== null
      ? new BatchSpanProcessor(new OTLPTraceExporter({ url: config.exporterUrl, headers: { ...config.exporterHeaders } }))
      : null;
  if (processor === null) {
    return { tracer: NOOP_TRACER, enabled: false, shutdown: async () => undefined };
  }
  registerContextManager();
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ ...config.resourceAttributes, [ATTR_SERVICE_NAME]: config.serviceName })),
    sampler: createSampler(config),
    spanProcessors: [processor],
  });
  return { tracer: provider.getTracer(TRACER_NAME), enabled: true, shutdown: () => provider.shutdown() };
}

/** OTEL_TRACES_SAMPLER as the SDK spells it (README "Tracing"). */
function createSampler(config: TracingConfig): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.samplerRatio);
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
  }
}

let contextManagerRegistered = false;

function registerContextManager(): void {
  if (contextManagerRegistered) return;
  contextManagerRegistered = true;
  // false when the process already has one: it carries contexts as well as ours would.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}
