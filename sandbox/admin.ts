import type { IncomingMessage, ServerResponse } from 'node:http';
import { SandboxError, notFound } from './errors';
import type { FaultInjector } from './faults';
import { Input } from './input';
import { receiveMessage } from './messaging';
import { readJsonBody, sendJson } from './server';
import type { SandboxState } from './state';
import type { RequestStats } from './stats';
import type { WebhookDispatcher } from './webhooks';

/** What the admin API controls (implemented by the running sandbox). */
export interface SandboxControl {
  state(): SandboxState;
  stats: RequestStats;
  faults: FaultInjector;
  deliveries: WebhookDispatcher;
  reset(): void;
  advanceClock(seconds: number): void;
  info(): Record<string, unknown>;
  maxBodyBytes: number;
}

type AdminHandler = (body: Input, query: Input, raw: Record<string, unknown>) => unknown;

/**
 * The admin API under /_sandbox (no token, not counted in the stats): what tests and developers
 * use to observe and steer the emulator. Errors use the upstream `{StatusCode, Message}` shape.
 */
export function createAdminHandler(control: SandboxControl) {
  const routes: Record<string, AdminHandler> = {
    'GET /_sandbox/info': () => control.info(),
    'GET /_sandbox/stats': () => control.stats.snapshot(),
    'GET /_sandbox/requests': (_body, query) => ({
      requests: control.stats.requests(query.number('since', { integer: true, min: 0 }) ?? 0),
    }),
    'POST /_sandbox/reset': () => {
      control.reset();
      return { reset: true };
    },
    'GET /_sandbox/clock': () => clockView(control.state()),
    'POST /_sandbox/clock': (body) => {
      const seconds = body.number('advanceSeconds', { required: true, min: 0, max: 10 * 365 * 86_400 });
      control.advanceClock(seconds);
      return clockView(control.state());
    },
    'GET /_sandbox/faults': () => ({ rules: control.faults.list() }),
    'PUT /_sandbox/faults': (_body, _query, raw) => ({ rules: control.faults.set(raw) }),
    'DELETE /_sandbox/faults': () => {
      control.faults.clear();
      return { rules: [] };
    },
    'POST /_sandbox/inbound-message': (body) => {
      const state = control.state();
      const from = body.e164('From', { required: true });
      const to = body.e164('To', { required: true });
      const text = body.string('Body', { required: true, allowEmpty: true });
      const mmsMedia = (body.objects('MmsMedia') ?? []).map((item) => ({
        MediaUrl: item.string('MediaUrl', { required: true, aliases: ['MediaURL'] }),
      }));
      const recipient = state.numbers.byNumber(to);
      if (!recipient || recipient.status !== 'Active') throw notFound(`phone number '${to}'`);
      const message = receiveMessage(state, { from, to: recipient, body: text, mmsMedia });
      return message
        ? { MessageId: message.id, Status: message.status, AccountId: message.accountId, Delivered: true }
        : { MessageId: null, Status: 'Blocked', AccountId: recipient.accountId, Delivered: false };
    },
    'GET /_sandbox/deliveries': () => ({ deliveries: control.deliveries.list() }),
  };

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.toLowerCase().replace(/\/+$/, '');
    const handler = routes[`${method} ${path}`];
    try {
      if (!handler) {
        const known = Object.keys(routes).some((key) => key.endsWith(` ${path}`));
        throw known
          ? new SandboxError(405, 'Method not allowed: verify the HTTP method required for this endpoint.')
          : new SandboxError(404, `Not found: no admin endpoint ${method} ${url.pathname}.`);
      }
      const raw = method === 'GET' || method === 'DELETE' ? {} : await readJsonBody(req, control.maxBodyBytes);
      sendJson(res, 200, await handler(new Input(raw), Input.fromSearchParams(url.searchParams), raw));
    } catch (error) {
      if (error instanceof SandboxError) sendJson(res, error.status, error.toBody(), error.headers);
      else throw error;
    }
  };
}

function clockView(state: SandboxState): { now: string; offsetSeconds: number } {
  const now = state.clock.now();
  return { now: new Date(now).toISOString(), offsetSeconds: Math.round((now - Date.now()) / 1000) };
}
