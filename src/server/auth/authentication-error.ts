import { ErrorCode, GatewayError } from '../../errors';

/** A caller that could not be authenticated: HTTP 401, WebSocket close 4401, `UNAUTHENTICATED`. */
export class AuthenticationError extends GatewayError {
  constructor(reason: string) {
    super(reason, ErrorCode.UNAUTHENTICATED);
    this.name = 'AuthenticationError';
  }
}
