import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { answerError } from './operation-log';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which browser origins may use the gateway (ALLOWED_ORIGINS, README "Configuration"): the
 * configured ones, the gateway's own (known once it listens), and in sandbox mode any loopback
 * origin. A request with no Origin comes from no web page (a server, a mobile app) and is allowed:
 * the point is that a page on another site, open in an operator's browser, cannot drive the gateway.
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(
    configured: readonly string[],
    /** Sandbox mode: pages served from this machine (a developer's app on localhost) are allowed. */
    private readonly allowLoopback: boolean,
  ) {
    this.allowed = new Set(configured);
  }

  /** The gateway's own URLs (its listening URL, PUBLIC_URL): same-origin pages are always allowed. */
  addOwn(...urls: (string | null)[]): void {
    for (const url of urls) if (url) this.allowed.add(new URL(url).origin);
  }

  /**
   * `host` is the request's Host header: a page whose origin has that host is the gateway's own
   * (GraphiQL, however the gateway is addressed), since a browser sends the host it is talking to.
   */
  allows(origin: string | undefined, host?: string): boolean {
    if (origin === undefined) return true;
    if (this.allowed.has(origin)) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    if (!['http:', 'https:'].includes(url.protocol)) return false;
    if (host !== undefined && url.host === host.toLowerCase()) return true;
    return this.allowLoopback && LOOPBACK_HOSTS.has(url.hostname);
  }

  /**
   * CORS for HTTP: an allowed Origin gets `Access-Control-Allow-Origin` (and a preflight its
   * answer); any other gets no CORS header, so its page cannot read an answer, and its preflight
   * is refused (403 FORBIDDEN), so it cannot send JSON. Apollo's CSRF prevention still refuses requests
   * that skip the preflight.
   */
  cors(): RequestHandler {
    return (req, res, next) => {
      const origin = req.get('origin');
      res.vary('Origin');
      const allowed = origin !== undefined && this.allows(origin, req.get('host'));
      if (allowed) res.set('Access-Control-Allow-Origin', origin);
      if (req.method !== 'OPTIONS' || origin === undefined) return next();
      if (!allowed) {
        answerError(res, 403, { message: `Pages of ${origin} may not use this gateway (ALLOWED_ORIGINS).`, extensions: { code: ErrorCode.FORBIDDEN } });
        return;
      }
      res.set({
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization, Idempotency-Key, Cache-Control, Apollo-Require-Preflight, X-Apollo-Operation-Name',
        'Access-Control-Max-Age': '600',
      });
      res.status(204).end();
    };
  }
}
