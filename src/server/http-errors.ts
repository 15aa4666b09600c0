import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { answerError, requestIdOf } from './operation-log';

/**
 * The last express handler: an error from a body parser or a route answers JSON, never express's
 * default page (which shows a stack trace outside production). A body that is not JSON or is too
 * large keeps the parser's 400/413; anything else is a 500, logged and not described. The answer
 * names the request id (`X-Request-Id`), as GraphQL errors do in their extensions.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: ParserError, req, res, _next) => {
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ error: error.type === 'entity.too.large' ? 'body too large' : 'body is not valid JSON', requestId: requestIdOf(res) });
      return;
    }
    logger.error({ err: error.message ?? String(error), path: req.path, requestId: requestIdOf(res) }, 'unexpected HTTP error');
    res.status(500).json({ error: 'internal error', requestId: requestIdOf(res) });
  };
}

/**
 * The error handler of the GraphQL endpoint: what its own middleware refuses (a body the parser
 * cannot read, too large, in an unknown charset…) is answered as GraphQL answers, an `errors` list
 * with a code (README "Errors"), with the parser's status. The parser's own message is not repeated:
 * it can quote the body, and the body can hold secrets.
 */
export function graphqlErrors(logger: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error: ParserError, req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const [code, message] = describe(error.type, status, maxBodyBytes);
    if (status === 500) logger.error({ err: error.message ?? String(error), path: req.path, requestId: requestIdOf(res) }, 'unexpected HTTP error');
    answerError(res, status, { message, extensions: { code } });
  };
}

/** What body-parser's errors carry (https://github.com/expressjs/body-parser#errors). */
interface ParserError {
  status?: number;
  type?: string;
  message?: string;
}

function describe(type: string | undefined, status: number, maxBodyBytes: number): [ErrorCode, string] {
  switch (type) {
    case 'entity.parse.failed':
      return [ErrorCode.BAD_REQUEST, 'The request body is not valid JSON, or not a JSON object: a GraphQL request is {"query": "…", "variables": {…}, "operationName": "…"}.'];
    case 'entity.too.large':
      return [ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than the ${maxBodyBytes} bytes the gateway reads.`];
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return [ErrorCode.BAD_REQUEST, 'The request body is in an encoding or charset the gateway does not read: send UTF-8 JSON, uncompressed or gzip/deflate/br.'];
    case 'request.aborted':
    case 'request.size.invalid':
      return [ErrorCode.BAD_REQUEST, 'The request body ended before its announced length.'];
    default:
      return status === 500 ? [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal error; details are logged.'] : [ErrorCode.BAD_REQUEST, 'The request could not be read.'];
  }
}
