import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestIdOf } from './operation-log';

/**
 * The last express handler: an error from a body parser or a route answers JSON, never express's
 * default page (which shows a stack trace outside production). A body that is not JSON or is too
 * large keeps the parser's 400/413; anything else is a 500, logged and not described. The answer
 * names the request id (`X-Request-Id`), as GraphQL errors do in their extensions.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, req, res, _next) => {
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ error: error.type === 'entity.too.large' ? 'body too large' : 'body is not valid JSON', requestId: requestIdOf(res) });
      return;
    }
    logger.error({ err: error.message ?? String(error), path: req.path, requestId: requestIdOf(res) }, 'unexpected HTTP error');
    res.status(500).json({ error: 'internal error', requestId: requestIdOf(res) });
  };
}
