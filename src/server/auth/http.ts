import type { RequestHandler, Response } from 'express';
import { ErrorCode, GatewayError } from '../../errors';
import type { Principal } from '../../principal';
import { AuthenticationError } from './authentication-error';
import type { Authenticator } from './authenticator';
import { answerError } from '../operation-log';

const REALM = 'telegent-graph';

/**
 * Authenticates every request to the GraphQL endpoint before Apollo sees it: a missing or invalid
 * credential is answered 401 with `WWW-Authenticate` (RFC 6750 §3) and an `UNAUTHENTICATED`
 * GraphQL error, and reaches neither the resolvers nor the upstream. An API key that cannot be
 * checked because the shared store is down is answered 503 `STORE_UNAVAILABLE` (retry), not 401.
 */
export function requirePrincipal(authenticator: Authenticator): RequestHandler {
  return (req, res, next) => {
    authenticator.authenticate(req.get('authorization')).then(
      (principal) => {
        res.locals.principal = principal;
        next();
      },
      (error: unknown) => {
        // API keys are checked against the shared store: while it is down the key may well be good.
        if (error instanceof GatewayError && error.code === ErrorCode.STORE_UNAVAILABLE) {
          answerError(res.set('Retry-After', '1'), 503, { message: error.message, extensions: { code: error.code } });
          return;
        }
        if (!(error instanceof AuthenticationError)) return next(error);
        const missing = !req.get('authorization');
        // RFC 6750 §3.1: a request without credentials gets no error code.
        const challenge = missing ? `Bearer realm="${REALM}"` : `Bearer realm="${REALM}", error="invalid_token", error_description="${headerSafe(error.message)}"`;
        answerError(res.set('WWW-Authenticate', challenge), 401, { message: error.message, extensions: { code: error.code } });
      },
    );
  };
}

/** The principal `requirePrincipal` found for this request. */
export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}

/** A quoted-string for a header: printable ASCII without quotes or backslashes (Node refuses the rest). */
function headerSafe(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[^\x20-\x7e]|["\\]/g, '');
}
