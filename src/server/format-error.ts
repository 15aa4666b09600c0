import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode, GatewayError } from '../errors';
import { SECRET_INPUT_FIELDS, scrubError, scrubText } from './secret-values';

export { SECRET_INPUT_FIELDS };

/** `Variable "$input" got invalid value 1234 at "input.pin"; …` (graphql-js coerceVariableValues). */
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .* at "([^"]+)"; /s;

/**
 * Apollo's `formatError`: coded errors (ours, and GraphQL's own validation and parse errors) pass
 * through, with secret values taken out; anything else is a bug and is masked as
 * INTERNAL_SERVER_ERROR, its detail logged, not sent. `secrets` are the values the operation gave
 * to secret fields (`secretValuesOf`): none of them is left in what is sent or logged. Every error
 * carries the operation's `requestId` in its extensions (when the transport knows it).
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  secrets: readonly string[] = [],
  requestId?: string,
): GraphQLFormattedError {
  const masked = maskError(formatted, error, logger, secrets, requestId);
  return requestId === undefined ? masked : { ...masked, extensions: { ...masked.extensions, requestId } };
}

function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger, secrets: readonly string[], requestId: string | undefined): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GatewayError) return scrubError(formatted, secrets);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const field = original instanceof GraphQLError ? secretFieldOf(original) : null;
    return scrubError(field === null ? formatted : { ...formatted, message: `${field} has an invalid value (not repeated here: it is a secret).` }, secrets);
  }
  const detail = original instanceof Error ? { message: scrubText(original.message, secrets), stack: original.stack && scrubText(original.stack, secrets) } : scrubText(String(original), secrets);
  logger.error({ err: detail, path: formatted.path, requestId }, 'unexpected resolver error');
  return {
    message: 'Unexpected error.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** The secret field a coercion or validation error is about, named as the client wrote it; null otherwise. */
function secretFieldOf(error: GraphQLError): string | null {
  const variable = INVALID_VARIABLE.exec(error.message);
  if (variable) {
    const path = variable[2]!;
    const last = path.replace(/\[\d+\]/g, '').split('.').at(-1)!;
    return SECRET_INPUT_FIELDS.has(last) ? path : null;
  }
  // A literal in the document: the field name stands just before the value (`pin: 1234`).
  const start = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  if (start === undefined || body === undefined) return null;
  const name = /(\w+)\s*:\s*$/.exec(body.slice(0, start))?.[1];
  return name !== undefined && SECRET_INPUT_FIELDS.has(name) ? name : null;
}
