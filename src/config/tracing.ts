import { ConfigError, bool, keyValueList } from './parse';

/** The samplers OTEL_TRACES_SAMPLER may name (the ratio ones read OTEL_TRACES_SAMPLER_ARG). */
export const TRACE_SAMPLERS = ['parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio', 'always_on', 'always_off', 'traceidratio'] as const;
export type TraceSampler = (typeof TRACE_SAMPLERS)[number];

/**
 * Tracing settings, named as the OpenTelemetry SDKs name them, so the usual deployment
 * environment works unchanged. They are handed to the SDK objects explicitly (src/tracing.ts).
 */
export interface TracingConfig {
  /**
   * Where spans are sent (OTLP over HTTP, JSON): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or
   * OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. null: no exporter, so no tracing (neither is set,
   * OTEL_TRACES_EXPORTER=none, or OTEL_SDK_DISABLED=true). @default null
   */
  exporterUrl: string | null;
  /** Sent with every export (OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_TRACES_HEADERS), e.g. a vendor's API key: never logged. */
  exporterHeaders: Readonly<Record<string, string>>;
  /** `service.name` (OTEL_SERVICE_NAME, else `service.name` in OTEL_RESOURCE_ATTRIBUTES). @default 'telegent-graph' */
  serviceName: string;
  /** Other resource attributes (OTEL_RESOURCE_ATTRIBUTES: `key=value,…`, values percent-decoded). */
  resourceAttributes: Readonly<Record<string, string>>;
  /** OTEL_TRACES_SAMPLER. @default 'parentbased_always_on' */
  sampler: TraceSampler;
  /** The share of traces the ratio samplers keep (OTEL_TRACES_SAMPLER_ARG, 0 to 1). @default 1 */
  samplerRatio: number;
}

/**
 * The OTEL_* variables this gateway honours (README "Tracing"). The endpoint turns tracing on;
 * what the SDKs would silently ignore or replace by a default (an unknown sampler or exporter, a
 * gRPC protocol, a ratio out of range) is refused here, naming the variable.
 */
export function tracingConfig(env: NodeJS.ProcessEnv): TracingConfig {
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || 'otlp';
  if (exporter !== 'otlp' && exporter !== 'none') throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got '${env.OTEL_TRACES_EXPORTER}'`);
  for (const name of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']) {
    const protocol = env[name]?.trim();
    // Collectors take both encodings on their OTLP/HTTP port; the gateway's exporter sends JSON.
    if (protocol && protocol !== 'http/protobuf' && protocol !== 'http/json') {
      throw new ConfigError(`${name} must be http/protobuf or http/json (spans are sent over OTLP/HTTP), got '${protocol}'`);
    }
  }
  const tracesEndpoint = otlpUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const endpoint = otlpUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  // The signal-specific URL is used as given; the general one is a base the signal's path is appended to (OTLP exporter spec).
  const configuredUrl = tracesEndpoint ?? (endpoint === null ? null : `${endpoint.replace(/\/+$/, '')}/v1/traces`);
  const disabled = bool(env, 'OTEL_SDK_DISABLED', false);
  const resourceAttributes = keyValueList(env, 'OTEL_RESOURCE_ATTRIBUTES');
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || resourceAttributes['service.name'] || 'telegent-graph';
  delete resourceAttributes['service.name'];
  const sampler = (env.OTEL_TRACES_SAMPLER?.trim().toLowerCase() || 'parentbased_always_on') as TraceSampler;
  if (!TRACE_SAMPLERS.includes(sampler)) throw new ConfigError(`OTEL_TRACES_SAMPLER must be one of ${TRACE_SAMPLERS.join(', ')}, got '${env.OTEL_TRACES_SAMPLER}'`);
  const ratioText = env.OTEL_TRACES_SAMPLER_ARG?.trim();
  const samplerRatio = ratioText ? Number(ratioText) : 1;
  if (!Number.isFinite(samplerRatio) || samplerRatio < 0 || samplerRatio > 1) {
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1 (the share of traces kept), got '${ratioText}'`);
  }
  return Object.freeze({
    exporterUrl: disabled || exporter === 'none' ? null : configuredUrl,
    exporterHeaders: Object.freeze({ ...keyValueList(env, 'OTEL_EXPORTER_OTLP_HEADERS'), ...keyValueList(env, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS') }),
    serviceName,
    resourceAttributes: Object.freeze(resourceAttributes),
    sampler,
    samplerRatio,
  });
}

export function otlpUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = null;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) throw new ConfigError(`${name} must be an http:// or https:// URL (OTLP over HTTP, e.g. http://localhost:4318), got '${raw}'`);
  return raw;
}
