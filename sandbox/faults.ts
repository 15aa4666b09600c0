import { badRequest } from './errors';
import type { Entropy } from './ids';
import { Input } from './input';

/**
 * A fault rule (PUT /_sandbox/faults). `endpoint` is `"METHOD /path"`, a bare path (any method)
 * or `"*"`; paths compare case-insensitively.
 */
export interface FaultRule {
  endpoint: string;
  /** Added before the request is handled. */
  latencyMs: number;
  /** Answer with this status (and the upstream error body) instead of handling the request. */
  status: number | null;
  /**
   * Close the connection without an answer: `before` handling the request, or `after` it was
   * handled (its effects happened, the caller never learns the outcome).
   */
  drop: 'before' | 'after' | null;
  /** Probability 0..1 that a matching request is affected (latency always applies). */
  rate: number;
  /** Affect at most this many requests, then the rule retires; null = unlimited. */
  times: number | null;
  hits: number;
}

export interface FaultDecision {
  latencyMs: number;
  status: number | null;
  drop: 'before' | 'after' | null;
}

export class FaultInjector {
  private rules: FaultRule[] = [];

  constructor(private readonly entropy: Entropy) {}

  /** Replaces the rule set from `{ "rules": [...] }` (or a bare array). */
  set(body: unknown): FaultRule[] {
    const raw = Array.isArray(body) ? body : new Input((body ?? {}) as Record<string, unknown>).any('rules');
    if (!Array.isArray(raw)) throw badRequest('expected { "rules": [ { "endpoint": "POST /v1.0/…", … } ] }.');
    this.rules = raw.map((item, index) => parseRule(item, index));
    return this.list();
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, status: null, drop: null };
    for (const rule of this.rules) {
      if (!matches(rule.endpoint, method, path)) continue;
      if (rule.times !== null && rule.hits >= rule.times) continue;
      decision.latencyMs += rule.latencyMs;
      if (rule.status === null && rule.drop === null) {
        rule.hits += 1;
        continue;
      }
      if (decision.status !== null || decision.drop !== null) continue;
      if (rule.rate < 1 && this.entropy.float() >= rule.rate) continue;
      rule.hits += 1;
      decision.status = rule.status;
      decision.drop = rule.drop;
    }
    return decision;
  }
}

function matches(endpoint: string, method: string, path: string): boolean {
  if (endpoint === '*') return true;
  const [first, second] = endpoint.trim().split(/\s+/);
  const [ruleMethod, rulePath] = second === undefined ? [null, first!] : [first!.toUpperCase(), second];
  if (ruleMethod !== null && ruleMethod !== method) return false;
  return rulePath.toLowerCase().replace(/\/+$/, '') === path.toLowerCase().replace(/\/+$/, '');
}

function parseRule(item: unknown, index: number): FaultRule {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw badRequest(`rules[${index}] must be an object.`);
  }
  const input = new Input(item as Record<string, unknown>);
  const endpoint = input.string('endpoint', { required: true });
  const status = input.number('status', { integer: true, min: 400, max: 599 }) ?? null;
  const dropValue = input.any('drop');
  let drop: FaultRule['drop'] = null;
  if (dropValue === true || dropValue === 'before') drop = 'before';
  else if (dropValue === 'after') drop = 'after';
  else if (dropValue !== undefined && dropValue !== false) {
    throw badRequest(`rules[${index}].drop must be true, "before" or "after".`);
  }
  const latencyMs = input.number('latencyMs', { integer: true, min: 0, max: 120_000 }) ?? 0;
  if (status === null && drop === null && latencyMs === 0) {
    throw badRequest(`rules[${index}] needs at least one of latencyMs, status or drop.`);
  }
  if (status !== null && drop !== null) throw badRequest(`rules[${index}] cannot both answer a status and drop.`);
  return {
    endpoint,
    latencyMs,
    status,
    drop,
    rate: input.number('rate', { min: 0, max: 1 }) ?? 1,
    times: input.number('times', { integer: true, min: 1 }) ?? null,
    hits: 0,
  };
}
