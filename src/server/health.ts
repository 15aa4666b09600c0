import { Router } from 'express';
import { ErrorCode, GatewayError } from '../errors';

interface NotReady {
  upstream?: 'unreachable';
  store?: 'unreachable';
  code: ErrorCode;
}

/**
 * `/healthz`: the process serves (a restart would not bring Redis or Telegent back, so neither is
 * asked). `/readyz`: it can reach the upstream with its credentials (`checkUpstream` resolves) and,
 * when there is one, the shared store (`checkStore`, bounded by the Redis command timeout); else
 * 503 with the failing one's code, as soon as one fails.
 */
export function healthRouter(checkUpstream: () => Promise<void>, checkStore?: () => Promise<void>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const failure = await firstFailure([
      checkUpstream().then(
        () => null,
        (error: unknown): NotReady => ({ upstream: 'unreachable', code: error instanceof GatewayError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR }),
      ),
      ...(checkStore ? [checkStore().then(() => null, (): NotReady => ({ store: 'unreachable', code: ErrorCode.STORE_UNAVAILABLE }))] : []),
    ]);
    if (failure) {
      res.status(503).json({ status: 'not ready', ...failure });
      return;
    }
    res.json({ status: 'ready', upstream: 'reachable', ...(checkStore ? { store: 'reachable' } : {}) });
  });
  return router;
}

/** The first check to fail, without waiting for the others; null once all passed. */
function firstFailure(checks: Promise<NotReady | null>[]): Promise<NotReady | null> {
  return new Promise((resolve) => {
    let pending = checks.length;
    for (const check of checks) {
      void check.then((failure) => {
        if (failure) resolve(failure);
        else if (--pending === 0) resolve(null);
      });
    }
  });
}
