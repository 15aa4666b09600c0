import { badRequest, notFound } from '../errors';
import { type Input, isE164 } from '../input';
import { receiveMessage } from '../messaging';
import type { MessageRecord } from '../model';
import type { Route, RouteContext } from '../router';

const SMS_SEGMENT_COST = 0.0045;
const MMS_COST = 0.02;
const MAX_RECIPIENTS = 100;
/** About 5 MB of media (REFERENCE.md §3.7), measured on the base64 text. */
const MAX_BASE64_CHARS = 7_000_000;
/** Receipts arrive on the sandbox clock: Sent after 1 s, Delivered (or Failed) after 3 s. */
const SENT_AFTER_MS = 1000;
const DELIVERED_AFTER_MS = 3000;

/** Recipients ending in 999 are unreachable: their messages end Failed (README "Deterministic rules"). */
export function isUnreachable(number: string): boolean {
  return number.endsWith('999');
}

function segments(body: string): number {
  return Math.max(1, Math.ceil(body.length / 160));
}

/** `+1…`, or the same without `+` (message/search tolerates both, REFERENCE.md §2.1). */
function phoneParam(input: Input, name: string): string {
  const raw = input.string(name, { required: true, aliases: name === 'PhoneNumber' ? ['phoneNumber'] : [] }).trim();
  const withPlus = raw.startsWith('+') ? raw : raw.length === 10 ? `+1${raw}` : `+${raw}`;
  if (!isE164(withPlus)) throw badRequest(`${name} '${raw}' is not a valid E.164 phone number.`);
  return withPlus;
}

function page(input: Input, pageName: string, sizeName: string): { page: number; size: number } {
  return {
    page: input.number(pageName, { integer: true, min: 1 }) ?? 1,
    size: input.number(sizeName, { integer: true, min: 1, max: 100 }) ?? 25,
  };
}

/** `YYYY-MM-DD` → UTC ms (start of the day), 400 otherwise. */
function dayParam(input: Input, name: string): number | undefined {
  const value = input.string(name);
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw badRequest(`${name} '${value}' must be a date as YYYY-MM-DD.`);
  }
  return ms;
}

/** Messages of the caller where `number` is the sender or the recipient, newest first. */
function conversation(ctx: RouteContext, number: string): MessageRecord[] {
  ctx.state.numbers.ownedNumber(number, ctx.caller.id);
  return ctx.state.messages
    .ofDistributor(ctx.caller.id)
    .filter((m) => m.from === number || m.to === number)
    .sort((a, b) => b.createdAt - a.createdAt);
}

export function toMessageDetailsWire(ctx: RouteContext, m: MessageRecord): Record<string, unknown> {
  return {
    MessageId: m.id,
    Direction: m.direction.toUpperCase(),
    Type: m.type,
    CampaignId: m.campaignId,
    Cost: m.cost,
    To: m.to,
    From: m.from,
    Body: m.body,
    Region: 'United States',
    CreatedOn: ctx.state.clock.iso(m.createdAt),
    MessageType: m.messageType,
    ...(m.messageType === 'mms' ? { MmsMedia: m.mmsMedia } : {}),
    Status: m.status,
  };
}

function toSearchItemWire(ctx: RouteContext, m: MessageRecord): Record<string, unknown> {
  return {
    MessageId: m.id,
    Direction: m.direction,
    Type: m.type,
    CampaignId: m.campaignId,
    Cost: `$${m.cost.toFixed(4)}`,
    Status: m.status,
    To: [{ Number: m.to }],
    From: m.from,
    Owner: m.owner,
    Body: m.body,
    CreatedOn: ctx.state.clock.iso(m.createdAt),
    MessageType: m.messageType,
    MmsMedia: m.mmsMedia,
    MmsBase64: m.mmsBase64,
  };
}

function readMedia(body: Input): { mmsMedia: MessageRecord['mmsMedia']; mmsBase64: MessageRecord['mmsBase64'] } {
  const mmsMedia = (body.objects('MmsMedia') ?? []).map((item) => ({
    MediaUrl: item.url('MediaUrl', { required: true, aliases: ['MediaURL'] }),
  }));
  let size = 0;
  const mmsBase64 = (body.objects('MmsBase64') ?? []).map((item, index) => {
    const data = item.string('Base64', { required: true });
    const type = item.string('BaseType', { required: true });
    if (!/^[A-Za-z0-9+/=\s]+$/.test(data)) throw badRequest(`MmsBase64[${index}].Base64 is not base64 text.`);
    if (!/^[a-z]+\/[\w.+-]+$/i.test(type)) throw badRequest(`MmsBase64[${index}].BaseType '${type}' is not a MIME type.`);
    size += data.length;
    return { Base64: data, BaseType: type };
  });
  if (size > MAX_BASE64_CHARS) throw badRequest('MmsBase64 media must stay under about 5 MB in all.');
  return { mmsMedia, mmsBase64 };
}

export const messageRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/message/outbound',
    handle(ctx) {
      const { state, body } = ctx;
      const fromNumber = body.e164('From', { required: true });
      const to = body.numberRefs('To');
      if (to.length > MAX_RECIPIENTS) throw badRequest(`To may name at most ${MAX_RECIPIENTS} recipients.`);
      const text = body.string('Body', { required: true, allowEmpty: true });
      const campaignId = body.string('CampaignId', { aliases: ['CampaignID'], maxLength: 100 }) ?? null;
      const owner = body.e164('Owner') ?? fromNumber;
      const { mmsMedia, mmsBase64 } = readMedia(body);
      const isMms = mmsMedia.length + mmsBase64.length > 0;
      if (!isMms && text.trim() === '') throw badRequest('Body is required for an SMS (no MmsMedia or MmsBase64).');

      // Routing uses the sender's message route (REFERENCE.md §3.7).
      const sender = state.numbers.ownedNumber(fromNumber, ctx.caller.id);
      if (sender.status !== 'Active') throw badRequest(`From '${fromNumber}' is ${sender.status}, not Active.`);
      if (!sender.messageEnabled) throw badRequest(`From '${fromNumber}' is not enabled for messaging.`);
      if (!sender.messageRouteId || !state.messageRoutes.get(sender.messageRouteId)) {
        throw badRequest(`From '${fromNumber}' has no message route; assign one with POST /v1.0/numbers/update.`);
      }

      const now = state.clock.now();
      const cost = isMms ? MMS_COST : SMS_SEGMENT_COST * segments(text);
      const stored = to.map((recipient) =>
        state.messages.insert({
          id: state.entropy.id('TMID'),
          distributorId: sender.distributorId,
          accountId: sender.accountId,
          owner: sender.number,
          direction: 'Outbound',
          type: sender.messageType,
          campaignId,
          cost,
          status: 'Queued',
          to: recipient,
          from: sender.number,
          body: text,
          createdAt: now,
          messageType: isMms ? 'mms' : 'sms',
          mmsMedia,
          mmsBase64,
          pending: [
            { status: 'Sent', at: now + SENT_AFTER_MS },
            { status: isUnreachable(recipient) ? 'Failed' : 'Delivered', at: now + DELIVERED_AFTER_MS },
          ],
        }),
      );
      // A recipient on the platform receives the message as inbound traffic on its own route.
      for (const recipient of to) {
        const target = state.numbers.byNumber(recipient);
        if (target && target.status === 'Active' && target.messageEnabled) {
          receiveMessage(state, { from: sender.number, to: target, body: text, mmsMedia, mmsBase64, campaignId });
        }
      }

      return {
        MessageId: stored[0]!.id,
        Direction: 'Outbound',
        Type: sender.messageType,
        CampaignId: campaignId,
        Cost: Number((cost * to.length).toFixed(4)),
        Status: 'Queued',
        To: to.map((Number) => ({ Number })),
        From: sender.number,
        Owner: owner,
        Body: text,
        Country: 'United States',
        CreatedOn: state.clock.iso(now),
        MessageType: isMms ? 'mms' : 'sms',
        MmsMedia: mmsMedia,
        MmsBase64: mmsBase64,
      };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/message/details',
    handle(ctx) {
      const id = ctx.query.string('MessageId', { required: true, aliases: ['MessageID'] });
      const message = ctx.state.messages.get(id);
      // IDs are case-sensitive (REFERENCE.md §3.7): a differently-cased ID is another message.
      if (!message || message.id !== id || message.distributorId !== ctx.caller.id) throw notFound(`message '${id}'`);
      return toMessageDetailsWire(ctx, message);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/message/search',
    handle(ctx) {
      const { query } = ctx;
      const number = phoneParam(query, 'PhoneNumber');
      const { page: pageNumber, size } = page(query, 'PageNumber', 'PageSize');
      const from = dayParam(query, 'StartDate');
      const until = dayParam(query, 'EndDate');
      if (from !== undefined && until !== undefined && until < from) throw badRequest('EndDate must not be before StartDate.');
      const direction = query.oneOf('Direction', ['Inbound', 'Outbound'] as const);
      const messageType = query.oneOf('MessageType', ['sms', 'mms'] as const);
      const matches = conversation(ctx, number).filter(
        (m) =>
          (from === undefined || m.createdAt >= from) &&
          (until === undefined || m.createdAt < until + 86_400_000) &&
          (direction === undefined || m.direction === direction) &&
          (messageType === undefined || m.messageType === messageType),
      );
      return {
        PhoneNumber: number,
        ResultsTotalRecords: matches.length,
        ResultsPages: Math.ceil(matches.length / size),
        Results: matches.slice((pageNumber - 1) * size, pageNumber * size).map((m) => toSearchItemWire(ctx, m)),
      };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/message/filter',
    handle(ctx) {
      const number = phoneParam(ctx.query, 'PhoneNumber');
      const { page: pageNumber, size } = page(ctx.query, 'Page', 'Results');
      const matches = conversation(ctx, number);
      return {
        // This endpoint writes enums in lower case and says CreatedAt (REFERENCE.md §3.7, C21).
        Messages: matches.slice((pageNumber - 1) * size, pageNumber * size).map((m) => ({
          MessageId: m.id,
          From: m.from,
          To: m.to,
          Body: m.body,
          Direction: m.direction.toLowerCase(),
          Status: m.status.toLowerCase(),
          CreatedAt: new Date(m.createdAt).toISOString(),
        })),
        Page: pageNumber,
        Results: size,
        Total: matches.length,
      };
    },
  },
];
