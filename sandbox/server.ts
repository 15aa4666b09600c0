import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { tokenExpiryString } from './clock';
import type { SandboxConfig } from './config';
import {
  SandboxError,
  badRequest,
  faultError,
  forbidden,
  methodNotAllowed,
  tooManyRequests,
  unauthorized,
} from './errors';
import type { FaultInjector } from './faults';
import { Input } from './input';
import type { RateLimiter } from './rate-limiter';
import type { RouteTable } from './router';
import type { SandboxState } from './state';
import { type RequestStats, redact } from './stats';
import { type TokenIssuer, normalisePath, scopePathOf } from './tokens';

export const TOKEN_PATH = '/v1.0/oauth2/tokens';

/** Every answer the sandbox gives on /v1.0, for contract checks in tests. */
export interface ResponseRecord {
  method: string;
  /** The endpoint's path as the reference writes it, or the raw path when no endpoint matched. */
  path: string;
  status: number;
  body: unknown;
}

export interface ServerDeps {
  config: SandboxConfig;
  state: () => SandboxState;
  routes: RouteTable;
  tokens: TokenIssuer;
  limiter: RateLimiter;
  stats: RequestStats;
  faults: FaultInjector;
  admin: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  onResponse?: (record: ResponseRecord) => void;
}

/** Closes the connection without an answer (fault injection); the caller sees a dropped socket. */
class DroppedConnection extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Reads a JSON object body: 413 past the size limit, 415 for other content types, 400 for bad JSON. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      throw new SandboxError(413, `Payload too large: the request body exceeds ${maxBytes} bytes.`, {
        Connection: 'close',
      });
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.includes('json')) {
    throw new SandboxError(415, 'Unsupported media type: send the request body as application/json.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('the request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('the request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createSandboxServer(deps: ServerDeps): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();

  async function tokenEndpoint(body: Input): Promise<{ result: unknown; accountKey: string }> {
    const accountKey = body.string('AccountKey', { required: true });
    const secret = body.string('AccountSecret', { required: true });
    const apiEndpoint = body.string('ApiEndpoint');
    const retryAfter = deps.limiter.take(accountKey);
    if (retryAfter !== null) throw tooManyRequests(retryAfter);
    const distributor = deps.state().distributors.values().find((d) => d.accountKey === accountKey);
    if (!distributor || !safeEqual(distributor.secret, secret)) {
      if (deps.config.legacyTokenErrors) {
        return {
          accountKey,
          result: { token: '', successful: false, tokenExpiry: '', apiEndpoint: apiEndpoint ?? null, error: 'Invalid account credentials provided' },
        };
      }
      throw new SandboxError(401, 'Unauthorized: invalid account credentials provided.');
    }
    const scopePath = apiEndpoint === undefined ? null : scopePathOf(apiEndpoint);
    const { token, expiresAtMs } = await deps.tokens.issue(accountKey, scopePath);
    return {
      accountKey,
      result: { token, successful: true, tokenExpiry: tokenExpiryString(expiresAtMs), apiEndpoint: apiEndpoint ?? null },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    if (url.pathname.toLowerCase().startsWith('/_sandbox')) return deps.admin(req, res, url);

    const method = (req.method ?? 'GET').toUpperCase();
    const isTokenCall = normalisePath(url.pathname) === TOKEN_PATH;
    const route = isTokenCall ? undefined : deps.routes.find(method, url.pathname);
    const knownPath = isTokenCall ? TOKEN_PATH : route ? route.path : undefined;
    const endpoint = `${method} ${knownPath ?? url.pathname}`;
    let accountKey: string | null = null;
    let rawBody: unknown = undefined;
    let status = 500;
    let body: unknown;
    let headers: Record<string, string> = {};
    let dropAfter = false;

    try {
      if (isTokenCall && method !== 'POST') throw methodNotAllowed();
      if (!isTokenCall && route === undefined) {
        throw new SandboxError(404, `Not found: no endpoint ${method} ${url.pathname}.`);
      }
      if (route === null) throw methodNotAllowed();

      const fault = deps.faults.decide(method, url.pathname);
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      if (fault.drop === 'before') throw new DroppedConnection();
      if (fault.status !== null) throw faultError(fault.status);
      dropAfter = fault.drop === 'after';

      const parsed = method === 'POST' ? await readJsonBody(req, deps.config.maxBodyBytes) : {};
      rawBody = parsed;
      const input = new Input(parsed);

      if (isTokenCall) {
        const answer = await tokenEndpoint(input);
        accountKey = answer.accountKey;
        body = answer.result;
      } else {
        const authorization = req.headers.authorization ?? '';
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (!match) throw unauthorized('Bearer token is missing.');
        const verified = await deps.tokens.verify(match[1]!);
        if (!verified) throw unauthorized('Bearer token is malformed or unknown.');
        accountKey = verified.accountKey;
        const retryAfter = deps.limiter.take(accountKey);
        if (retryAfter !== null) throw tooManyRequests(retryAfter);
        if (verified.expired) throw unauthorized('Bearer token has expired.');
        const state = deps.state();
        const caller = state.distributors.values().find((d) => d.accountKey === verified.accountKey);
        if (!caller) throw unauthorized('Bearer token belongs to unknown credentials.');
        if (verified.scopePath !== null && verified.scopePath !== normalisePath(url.pathname)) {
          throw deps.config.scopeMismatchStatus === 401
            ? unauthorized('Bearer token is not valid for this endpoint (ApiEndpoint scope).')
            : forbidden();
        }
        body = await route!.handle({
          state,
          config: deps.config,
          caller,
          body: input,
          query: Input.fromSearchParams(url.searchParams),
          rawBody: parsed,
        });
      }
      status = 200;
    } catch (error) {
      if (error instanceof DroppedConnection) {
        dropAfter = true;
      } else if (error instanceof SandboxError) {
        status = error.status;
        body = error.toBody();
        headers = error.headers;
      } else {
        // A sandbox bug: answer like upstream's 500 and keep the detail on stderr (no request data).
        process.stderr.write(`sandbox: unexpected error on ${endpoint}: ${(error as Error)?.stack ?? error}\n`);
        status = 500;
        body = faultError(500).toBody();
      }
    }

    deps.stats.record({
      at: deps.state().clock.iso(),
      method,
      path: url.pathname,
      endpoint,
      query: Object.fromEntries(url.searchParams),
      body: redact(rawBody),
      accountKey,
      status: dropAfter ? 'dropped' : String(status),
    });
    if (dropAfter) {
      req.socket.destroy();
      return;
    }
    deps.onResponse?.({ method, path: knownPath ?? url.pathname, status, body });
    sendJson(res, status, body, headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`sandbox: failed to answer: ${(error as Error)?.stack ?? error}\n`);
      if (!res.headersSent) sendJson(res, 500, faultError(500).toBody());
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return { server, sockets };
}
