/** One upstream request as the sandbox saw it (admin API: GET /_sandbox/requests). */
export interface RequestLogEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  /** `METHOD /canonical/path` of the matched endpoint, or of the raw path when none matched. */
  endpoint: string;
  query: Record<string, string>;
  /** The parsed JSON body with secrets replaced by "***". */
  body: unknown;
  accountKey: string | null;
  /** HTTP status, or "dropped" when a fault closed the connection without an answer. */
  status: string;
}

const SECRET_KEYS = /secret|password|pin|token/i;
const LOG_LIMIT = 5_000;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        SECRET_KEYS.test(key) && typeof inner === 'string' ? '***' : redact(inner),
      ]),
    );
  }
  return value;
}

/** Counts every upstream request, rejected ones included (GET /_sandbox/stats). */
export class RequestStats {
  private total = 0;
  private byEndpoint: Record<string, number> = {};
  private byStatus: Record<string, number> = {};
  private log: RequestLogEntry[] = [];
  private seq = 0;

  record(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.total += 1;
    this.byEndpoint[entry.endpoint] = (this.byEndpoint[entry.endpoint] ?? 0) + 1;
    this.byStatus[entry.status] = (this.byStatus[entry.status] ?? 0) + 1;
    this.seq += 1;
    this.log.push({ seq: this.seq, ...entry });
    if (this.log.length > LOG_LIMIT) this.log.shift();
  }

  snapshot(): { total: number; byEndpoint: Record<string, number>; byStatus: Record<string, number> } {
    return { total: this.total, byEndpoint: { ...this.byEndpoint }, byStatus: { ...this.byStatus } };
  }

  requests(sinceSeq = 0): RequestLogEntry[] {
    return this.log.filter((entry) => entry.seq > sinceSeq);
  }

  reset(): void {
    this.total = 0;
    this.byEndpoint = {};
    this.byStatus = {};
    this.log = [];
    this.seq = 0;
  }
}
