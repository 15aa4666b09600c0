import { badRequest } from '../errors';
import type { Input } from '../input';
import type { WebhookRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { listScope } from './scope';

/** The events an account webhook can subscribe to (REFERENCE.md §2.7 item 4, §3.16). */
const EVENTS = [
  'Order_Update',
  'New_Sms',
  'Message_Status',
  'Call_Completed',
  'Call_On_Hold',
  'Call_Recording',
  'Call_In_Progress',
  'Call_Ringing',
] as const;

/** `Token` (create page) and `Bearer` (update page) name the same scheme. */
const AUTH_TYPES = ['None', 'Basic', 'Token', 'Bearer'] as const;

/** Field limits from REFERENCE.md §3.16. */
const MAX = { AccountId: 100, WebhookUrl: 255, Method: 10, DataFormat: 50, Credential: 255, SubscribedEvents: 255 };

function parseEvents(value: string): string {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw badRequest('SubscribedEvents must name at least one event.');
  return names
    .map((name) => {
      const match = EVENTS.find((event) => event.toLowerCase() === name.toLowerCase());
      if (!match) throw badRequest(`SubscribedEvents '${name}' is not an event; expected any of ${EVENTS.join(', ')}.`);
      return match;
    })
    .join(', ');
}

function applyFields(hook: WebhookRecord, body: Input, creating: boolean): void {
  const url = creating ? body.url('WebhookUrl', { required: true }) : body.url('WebhookUrl');
  if (url !== undefined) {
    if (url.length > MAX.WebhookUrl) throw badRequest(`WebhookUrl must be at most ${MAX.WebhookUrl} characters.`);
    hook.webhookUrl = url;
  }
  hook.method = body.oneOf('Method', ['POST', 'PUT'] as const) ?? hook.method;
  hook.dataFormat = body.oneOf('DataFormat', ['json', 'xml'] as const) ?? hook.dataFormat;
  hook.authenticationType = body.oneOf('AuthenticationType', AUTH_TYPES) ?? hook.authenticationType;
  hook.authenticationUsername = body.string('AuthenticationUsername', { maxLength: MAX.Credential }) ?? hook.authenticationUsername;
  hook.authenticationPassword = body.string('AuthenticationPassword', { maxLength: MAX.Credential }) ?? hook.authenticationPassword;
  hook.authenticationToken = body.string('AuthenticationToken', { maxLength: MAX.Credential }) ?? hook.authenticationToken;
  const events = body.string('SubscribedEvents', { required: creating, maxLength: MAX.SubscribedEvents });
  if (events !== undefined) hook.subscribedEvents = parseEvents(events);
  if (hook.authenticationType === 'Basic' && (!hook.authenticationUsername || !hook.authenticationPassword)) {
    throw badRequest('AuthenticationType Basic needs AuthenticationUsername and AuthenticationPassword.');
  }
  if ((hook.authenticationType === 'Token' || hook.authenticationType === 'Bearer') && !hook.authenticationToken) {
    throw badRequest(`AuthenticationType ${hook.authenticationType} needs AuthenticationToken.`);
  }
}

/** The webhook as upstream returns it (credentials as sent, like message routes). */
export function toWebhookWire(hook: WebhookRecord): Record<string, unknown> {
  return {
    WebhookId: hook.id,
    AccountId: hook.accountId,
    WebhookUrl: hook.webhookUrl,
    Method: hook.method,
    DataFormat: hook.dataFormat,
    AuthenticationType: hook.authenticationType,
    AuthenticationUsername: hook.authenticationUsername,
    AuthenticationPassword: hook.authenticationPassword,
    AuthenticationToken: hook.authenticationToken,
    SubscribedEvents: hook.subscribedEvents,
    Active: hook.active,
  };
}

function findWebhook(ctx: RouteContext, input: Input): WebhookRecord {
  return ctx.state.webhooks.owned(input.id('WebhookId', ['WID'], { required: true }), ctx.caller.id);
}

function accountOf(ctx: RouteContext, input: Input): ReturnType<RouteContext['state']['resolveAccount']> {
  return ctx.state.resolveAccount(ctx.caller.id, input.string('AccountId', { aliases: ['AccountID'], maxLength: MAX.AccountId }));
}

export const webhookRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/webhook/create',
    handle(ctx) {
      const account = accountOf(ctx, ctx.body);
      const hook: WebhookRecord = {
        id: '',
        distributorId: ctx.caller.id,
        accountId: account.id,
        webhookUrl: '',
        method: 'POST',
        dataFormat: 'json',
        authenticationType: 'None',
        authenticationUsername: null,
        authenticationPassword: null,
        authenticationToken: null,
        subscribedEvents: '',
        active: true,
      };
      applyFields(hook, ctx.body, true);
      hook.id = ctx.state.entropy.id('WID');
      return toWebhookWire(ctx.state.webhooks.insert(hook));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/webhook/update',
    handle(ctx) {
      const stored = findWebhook(ctx, ctx.body);
      const updated = { ...stored };
      if (ctx.body.has('AccountId', ['AccountID'])) updated.accountId = accountOf(ctx, ctx.body).id;
      applyFields(updated, ctx.body, false);
      Object.assign(stored, updated);
      return toWebhookWire(stored);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/webhook/delete',
    handle(ctx) {
      const hook = findWebhook(ctx, ctx.body);
      ctx.state.webhooks.delete(hook.id);
      return { WebhookId: hook.id, Status: 'Deleted' };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/webhook',
    handle(ctx) {
      return toWebhookWire(findWebhook(ctx, ctx.query));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/webhooks',
    handle(ctx) {
      return ctx.state.webhooks.values().filter(listScope(ctx).includes).map(toWebhookWire);
    },
  },
];
