import { Router } from 'express';
import { ErrorCode, GatewayError } from '../errors';

/**
 * `/healthz`: the process serves. `/readyz`: it can reach the upstream with its credentials
 * (`checkReady` resolves), else 503 with the error's code.
 */
export function healthRouter(checkReady: () => Promise<void>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await checkReady();
      res.json({ status: 'ready', upstream: 'reachable' });
    } catch (error) {
      const code = error instanceof GatewayError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
      res.status(503).json({ status: 'not ready', upstream: 'unreachable', code });
    }
  });
  return router;
}
