import type { SandboxConfig } from './config';
import type { MessageRecord, MessageRouteRecord, OrderRecord, WebhookRecord } from './model';
import type { SandboxState } from './state';

/** One outbound HTTP delivery the sandbox made or is making (GET /_sandbox/deliveries). */
export interface Delivery {
  id: number;
  /** `webhook` = account webhook, `message` = route MessageUrl, `receipt` = route CallbackMessageUrl. */
  kind: 'webhook' | 'message' | 'receipt';
  event: string;
  url: string;
  method: string;
  /** The authentication scheme used; credentials themselves are never logged. */
  authentication: string;
  payload: Record<string, unknown>;
  attempts: { at: string; status: number | null; error: string | null }[];
  state: 'pending' | 'delivered' | 'failed';
}

interface Target {
  kind: Delivery['kind'];
  event: string;
  url: string;
  method: string;
  format: 'json' | 'xml';
  authType: string;
  username: string | null;
  secret: string | null;
}

const DELIVERY_LOG_LIMIT = 2_000;

/**
 * Delivers what upstream pushes (REFERENCE.md §2.7): Order_Update and New_Sms to account webhooks,
 * inbound messages to the route's MessageUrl, delivery receipts to its CallbackMessageUrl. A
 * delivery is retried on network errors and non-2xx answers, with growing delays.
 */
export class WebhookDispatcher {
  private deliveries: Delivery[] = [];
  private nextId = 1;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();

  constructor(
    private readonly state: () => SandboxState,
    private readonly config: SandboxConfig,
  ) {}

  /** Subscribes to a (fresh) state's events; called at start and after every reset. */
  attach(state: SandboxState): void {
    state.events.on('orderStatus', (order) => this.onOrderStatus(order));
    state.events.on('messageReceived', (message) => this.onMessageReceived(message));
    state.events.on('messageStatus', (message) => this.onMessageStatus(message));
  }

  list(): Delivery[] {
    return this.deliveries.map((d) => ({ ...d, attempts: [...d.attempts] }));
  }

  /** Cancels scheduled retries and forgets the log (reset, stop). */
  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
    this.deliveries = [];
  }

  private webhooksFor(accountId: string, event: string): WebhookRecord[] {
    const wanted = event.toLowerCase();
    return this.state()
      .webhooks.values()
      .filter(
        (hook) =>
          hook.accountId === accountId &&
          hook.active &&
          hook.subscribedEvents
            .split(',')
            .map((e) => e.trim().toLowerCase())
            .includes(wanted),
      );
  }

  private toWebhookTarget(hook: WebhookRecord, event: string): Target {
    return {
      kind: 'webhook',
      event,
      url: hook.webhookUrl,
      method: hook.method,
      format: hook.dataFormat,
      authType: hook.authenticationType === 'Token' ? 'Bearer' : hook.authenticationType,
      username: hook.authenticationUsername,
      secret: hook.authenticationType === 'Basic' ? hook.authenticationPassword : hook.authenticationToken,
    };
  }

  private onOrderStatus(order: OrderRecord): void {
    const payload = {
      EventType: 'Order_Update',
      OrderId: order.id,
      OrderType: order.type,
      OrderStatus: order.status,
      OrderStatusMessage: order.statusMessage,
      PhoneNumbers: order.numbers.map((Number) => ({ Number })),
      AccountId: order.accountId,
      Timestamp: this.state().clock.iso(),
    };
    for (const hook of this.webhooksFor(order.accountId, 'Order_Update')) {
      this.deliver(this.toWebhookTarget(hook, 'Order_Update'), payload);
    }
  }

  private routeOf(number: string): MessageRouteRecord | undefined {
    const state = this.state();
    const record = state.numbers.byNumber(number);
    if (!record?.messageRouteId) return undefined;
    const route = state.messageRoutes.get(record.messageRouteId);
    return route?.messageRouteEnabled ? route : undefined;
  }

  private onMessageReceived(message: MessageRecord): void {
    const payload = {
      Message_ID: message.id,
      MessageId: message.id,
      Owner: message.owner,
      To: message.to,
      From: message.from,
      Message_Body: message.body,
      Body: message.body,
      Segment: Math.max(1, Math.ceil(message.body.length / 160)),
      MessageType: message.messageType,
      MmsMedia: message.mmsMedia,
      Direction: 'Inbound',
      Status: message.status,
      Timestamp: this.state().clock.iso(message.createdAt),
    };
    const route = this.routeOf(message.owner);
    if (route) {
      this.deliver(
        {
          kind: 'message',
          event: 'New_Sms',
          url: route.messageUrl,
          method: route.messageUrlMethod,
          format: 'json',
          authType: route.messageAuthenticationType,
          username: route.messageUsername,
          secret: route.messagePasswordToken,
        },
        payload,
      );
    }
    for (const hook of this.webhooksFor(message.accountId, 'New_Sms')) {
      this.deliver(this.toWebhookTarget(hook, 'New_Sms'), { EventType: 'New_Sms', ...payload });
    }
  }

  private onMessageStatus(message: MessageRecord): void {
    const payload = {
      MessageId: message.id,
      Status: message.status,
      To: message.to,
      From: message.from,
      Timestamp: this.state().clock.iso(),
      ErrorCode: message.status === 'Failed' || message.status === 'Undelivered' ? 30003 : null,
      ErrorMessage: message.status === 'Failed' || message.status === 'Undelivered' ? 'Unreachable destination handset.' : null,
    };
    const route = this.routeOf(message.owner);
    if (route?.callbackMessageUrl) {
      this.deliver(
        {
          kind: 'receipt',
          event: 'Message_Status',
          url: route.callbackMessageUrl,
          method: route.callbackMessageUrlMethod ?? 'POST',
          format: 'json',
          authType: route.callbackMessageAuthenticationType ?? 'None',
          username: route.callbackMessageUsername,
          secret: route.callbackMessagePasswordToken,
        },
        payload,
      );
    }
    for (const hook of this.webhooksFor(message.accountId, 'Message_Status')) {
      this.deliver(this.toWebhookTarget(hook, 'Message_Status'), { EventType: 'Message_Status', ...payload });
    }
  }

  private deliver(target: Target, payload: Record<string, unknown>): void {
    const delivery: Delivery = {
      id: this.nextId++,
      kind: target.kind,
      event: target.event,
      url: target.url,
      method: target.method,
      authentication: target.authType,
      payload,
      attempts: [],
      state: 'pending',
    };
    this.deliveries.push(delivery);
    if (this.deliveries.length > DELIVERY_LOG_LIMIT) this.deliveries.shift();
    void this.attempt(delivery, target, 0);
  }

  private async attempt(delivery: Delivery, target: Target, retry: number): Promise<void> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.config.webhookTimeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(...requestFor(target, delivery.payload, controller.signal));
      status = response.status;
      await response.arrayBuffer();
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (controller.signal.aborted && !this.deliveries.includes(delivery)) return; // reset while in flight
    delivery.attempts.push({ at: this.state().clock.iso(), status, error });
    if (status !== null && status >= 200 && status < 300) {
      delivery.state = 'delivered';
      return;
    }
    const delay = this.config.webhookRetryDelaysMs[retry];
    if (delay === undefined) {
      delivery.state = 'failed';
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(delivery, target, retry + 1);
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }
}

function requestFor(
  target: Target,
  payload: Record<string, unknown>,
  signal: AbortSignal,
): [string, RequestInit] {
  const headers: Record<string, string> = { 'User-Agent': 'Telegent-Sandbox-Webhooks/1.0' };
  if (target.authType === 'Basic') {
    headers.Authorization = `Basic ${Buffer.from(`${target.username ?? ''}:${target.secret ?? ''}`).toString('base64')}`;
  } else if (target.authType === 'Bearer') {
    headers.Authorization = `Bearer ${target.secret ?? ''}`;
  }
  if (target.method === 'GET') {
    const url = new URL(target.url);
    for (const [key, value] of Object.entries(payload)) {
      if (value !== null && typeof value !== 'object') url.searchParams.set(key, String(value));
    }
    return [url.toString(), { method: 'GET', headers, signal }];
  }
  headers['Content-Type'] = target.format === 'xml' ? 'application/xml' : 'application/json';
  const body = target.format === 'xml' ? toXml(target.event, payload) : JSON.stringify(payload);
  return [target.url, { method: target.method, headers, body, signal }];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** The XML rendering for webhooks with DataFormat "xml" (format undocumented; README says so). */
export function toXml(root: string, value: unknown): string {
  const render = (name: string, inner: unknown): string => {
    if (inner === null || inner === undefined) return `<${name}/>`;
    if (Array.isArray(inner)) return `<${name}>${inner.map((item) => render('Item', item)).join('')}</${name}>`;
    if (typeof inner === 'object') {
      return `<${name}>${Object.entries(inner).map(([k, v]) => render(k, v)).join('')}</${name}>`;
    }
    return `<${name}>${escapeXml(String(inner))}</${name}>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?>${render(root, value)}`;
}
