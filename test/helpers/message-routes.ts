import { print } from 'graphql';
import {
  CreateGatewayMessageRouteDocument,
  type CreateGatewayMessageRouteInput,
  MessageReceivedDocument,
  MessageStatusChangedDocument,
  UpdateNumberDocument,
} from '../__generated__/operations';
import type { TestGateway } from './gateway';
import type { SubscriptionLog } from './subscriptions';

export const MESSAGE_RECEIVED = print(MessageReceivedDocument);
export const MESSAGE_STATUS_CHANGED = print(MessageStatusChangedDocument);

/** A sender outside the platform (area 312 is not seeded). */
export const OUTSIDE_SENDER = '+13125550143';

/** A gateway route as the payload shows it. */
export interface GatewayRoute {
  id: string;
  messageUrl: string;
  callbackUrl?: string | null;
}

/** A message route as the sandbox stores it: credentials included (the sandbox does not mask them). */
export interface StoredRoute {
  MessageUrl: string;
  MessageUrlMethod: string;
  MessageAuthenticationType: string;
  MessageUsername: string | null;
  MessagePasswordToken: string | null;
  CallbackMessageUrl: string | null;
  CallbackMessageUrlMethod: string | null;
  CallbackMessageAuthenticationType: string | null;
  CallbackMessageUsername: string | null;
  CallbackMessagePasswordToken: string | null;
}

export async function createGatewayRoute(gateway: TestGateway, input: CreateGatewayMessageRouteInput): Promise<GatewayRoute> {
  const reply = await gateway.query(CreateGatewayMessageRouteDocument, { input });
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data!.createGatewayMessageRoute.messageRoute;
}

/** Puts `number` on the route (updateNumber). */
export async function putOnRoute(gateway: TestGateway, number: string, messageRouteId: string): Promise<void> {
  const reply = await gateway.query(UpdateNumberDocument, { input: { number, messageRouteId } });
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
}

/** What Telegent holds for the route, read from the sandbox directly. */
export async function storedRoute(gateway: TestGateway, routeId: string): Promise<StoredRoute> {
  const reply = await gateway.sandbox.client().get('/message/routes', { MessageRouteId: routeId });
  if (reply.status !== 200) throw new Error(`route read failed: ${reply.status}`);
  return reply.body as StoredRoute;
}

/** The Authorization header Telegent sends for one side of a stored route. */
export function authorizationOf(route: StoredRoute, side: 'Message' | 'CallbackMessage' = 'Message'): string {
  const secret = route[`${side}PasswordToken`];
  return route[`${side}AuthenticationType`] === 'Basic'
    ? `Basic ${Buffer.from(`${route[`${side}Username`]}:${secret}`).toString('base64')}`
    : `Bearer ${secret}`;
}

/** Calls a receiver as Telegent would (POST JSON, or GET with query parameters). */
export async function deliver(
  url: string,
  payload: Record<string, unknown> | string,
  authorization: string | null,
  method: 'POST' | 'GET' = 'POST',
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = authorization === null ? {} : { Authorization: authorization };
  let target = url;
  let body: string | undefined;
  if (method === 'GET') {
    target = `${url}?${new URLSearchParams(Object.entries(payload as Record<string, unknown>).map(([k, v]): [string, string] => [k, String(v)]))}`;
  } else {
    headers['Content-Type'] = 'application/json';
    body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  }
  const response = await fetch(target, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Injects an inbound message at the sandbox (POST /_sandbox/inbound-message); the sandbox then calls the number's route. */
export async function injectInbound(gateway: TestGateway, to: string, body: string, extra: Record<string, unknown> = {}): Promise<string> {
  const reply = await gateway.sandbox.admin('POST', 'inbound-message', { From: OUTSIDE_SENDER, To: to, Body: body, ...extra });
  if (reply.status !== 200 || !reply.body.Delivered) throw new Error(`injection failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.MessageId as string;
}

/** The sandbox's deliveries of `kind` for one message, once `count` of them have an answer. */
export async function deliveriesOf(gateway: TestGateway, kind: 'message' | 'receipt', messageId: string, count = 1): Promise<any[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const all = (await gateway.sandbox.admin('GET', 'deliveries')).body.deliveries as any[];
    const mine = all.filter((d) => d.kind === kind && d.payload.MessageId === messageId && d.state !== 'pending');
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) throw new Error(`no answered ${kind} delivery for ${messageId}: ${JSON.stringify(all.filter((d) => d.payload.MessageId === messageId))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Probe events carry IDs with this prefix; tests look past them. */
const PROBE = 'probe-';
let probes = 0;

/** Inbound messages a subscription received, probes left out. */
export const receivedMessages = (log: SubscriptionLog): any[] => log.data.map((d) => d.messageReceived).filter((m) => !m.id.startsWith(PROBE));

/** Receipts a subscription received, probes left out. */
export const receivedReceipts = (log: SubscriptionLog): any[] => log.data.map((d) => d.messageStatusChanged).filter((r) => !r.messageId.startsWith(PROBE));

/**
 * Resolves once the subscription is listening: graphql-ws does not say when a subscription's
 * stream is in place, so probe events are delivered to the route's receiver (`url`, with its
 * credentials) until one comes through.
 */
export async function untilListening(log: SubscriptionLog, url: string, authorization: string, payload: (messageId: string) => Record<string, unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const reply = await deliver(url, payload(`${PROBE}${(probes += 1)}`), authorization);
    if (reply.status !== 200) throw new Error(`probe refused: ${reply.status} ${JSON.stringify(reply.body)}`);
    try {
      await log.until((l) => l.data.length > 0, 250);
      return;
    } catch (error) {
      if (attempt === 40) throw error;
    }
  }
}

/** An inbound probe for `number`. */
export const inboundProbe = (number: string) => (MessageId: string) => ({ MessageId, To: number, From: OUTSIDE_SENDER, Body: 'probe' });

/** A receipt probe for a message `number` sent. */
export const receiptProbe = (number: string) => (MessageId: string) => ({ MessageId, Status: 'Queued', From: number, To: OUTSIDE_SENDER });
