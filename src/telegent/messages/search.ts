import type { OutboundSend } from '../../graph/schema/send-message.payload';
import { CLOCK_SKEW_MS, type Reconciled } from '../../stores/idempotency';
import { type RawMessageSearch, type RawMessageSearchItem, messageIdOf, toAmount } from './mappers';
import type { TelegentClient } from '../client';

/**
 * Telegent's message search: one page of a number's messages, and the messages of one send. A
 * send's answer names only the first recipient's message (REFERENCE.md §3.7, C9); search has one
 * record per recipient, newest first, with the send's time on each.
 */

const PAGE_SIZE = 100;
/** At most this many pages are read, newest first: a number that sent more since is not searched further. */
const MAX_PAGES = 5;
const DAY_MS = 24 * 60 * 60_000;

/** What a send asked for: the messages it made carry it. */
export interface SendRequest {
  from: string;
  recipients: string[];
  body: string;
  campaignId: string | null;
  mediaUrls: string[];
}

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function mediaUrlsOf(item: RawMessageSearchItem): string[] {
  return (item.MmsMedia ?? []).map((m) => (m.MediaUrl ?? m.MediaURL)!);
}

/** Whether a search record is one of `request`'s messages (to one of its recipients, same text, campaign and media). */
function belongsTo(item: RawMessageSearchItem, request: SendRequest): boolean {
  return (
    item.From === request.from &&
    request.recipients.includes(item.To[0]?.Number ?? '') &&
    item.Body === request.body &&
    (item.CampaignId ?? null) === request.campaignId &&
    mediaUrlsOf(item).join('\n') === request.mediaUrls.join('\n')
  );
}

/**
 * The number's outbound messages since `startDate`, newest first, until `enough` says so; `complete`
 * tells whether reading stopped there (or at the end) rather than at the page limit.
 */
async function readOutbound(
  client: TelegentClient,
  from: string,
  startDate: string,
  enough: (item: RawMessageSearchItem) => boolean,
): Promise<{ items: RawMessageSearchItem[]; complete: boolean }> {
  const items: RawMessageSearchItem[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const reply = await searchMessages(client, from, page, PAGE_SIZE, 'Outbound', startDate);
    for (const item of reply.Results) {
      if (enough(item)) return { items, complete: true };
      items.push(item);
    }
    if (page >= reply.ResultsPages || reply.Results.length < PAGE_SIZE) return { items, complete: true };
  }
  return { items, complete: false };
}

/** The send's messages in the order of its recipients; one the search does not show (yet) is left out. */
export async function findMessagesOfSend(client: TelegentClient, send: OutboundSend): Promise<RawMessageSearchItem[]> {
  let anchor: RawMessageSearchItem | undefined;
  const { items } = await readOutbound(client, send.from, utcDay(Date.now() - DAY_MS), (item) => {
    // Records of one send share its time: stop at the first older record after the first message.
    if (anchor) return item.CreatedOn !== anchor.CreatedOn;
    if (messageIdOf(item) === send.firstMessageId) anchor = item;
    return false;
  });
  const first = anchor;
  if (!first) return [];
  const sent: SendRequest = { from: send.from, recipients: send.recipients, body: send.body, campaignId: send.campaignId, mediaUrls: mediaUrlsOf(first) };
  const siblings = items.filter((item) => item.CreatedOn === first.CreatedOn && belongsTo(item, sent));
  return send.recipients.flatMap((recipient) => {
    const index = siblings.findIndex((item) => item.To[0]?.Number === recipient);
    return index < 0 ? [] : siblings.splice(index, 1);
  });
}

/**
 * After a lost answer: did an attempt started at `startedAtMs` send `request`? Found when the
 * number's outbound messages since then hold exactly one send of it (one record per recipient,
 * all with one time); absent when they hold none and the search has had time to show it
 * (`lagMs`); undecidable otherwise (several matching sends, a partial one, too many messages).
 */
export async function reconcileSend(client: TelegentClient, request: SendRequest, startedAtMs: number, lagMs: number): Promise<Reconciled<OutboundSend>> {
  const sinceMs = startedAtMs - CLOCK_SKEW_MS;
  let unreadable = false;
  const { items, complete } = await readOutbound(client, request.from, utcDay(sinceMs), (item) => {
    const at = item.CreatedOn ? Date.parse(item.CreatedOn) : NaN;
    unreadable ||= Number.isNaN(at);
    return at < sinceMs;
  });
  if (unreadable) return { undecidable: 'Telegent’s message search gives no readable creation time' };
  const matches = items.filter((item) => belongsTo(item, request));
  if (matches.length === 0) {
    const settledAtMs = startedAtMs + lagMs;
    if (Date.now() < settledAtMs) return { undecidable: `Telegent’s message search may lag; retry with the same key after ${new Date(settledAtMs).toISOString()}` };
    return complete ? { absent: true } : { undecidable: `more than ${MAX_PAGES * PAGE_SIZE} messages were sent from ${request.from} since` };
  }
  const sends = new Set(matches.map((item) => item.CreatedOn));
  const recipients = matches.map((item) => item.To[0]!.Number).sort();
  if (sends.size !== 1 || recipients.join() !== [...request.recipients].sort().join()) {
    return { undecidable: `${matches.length} messages sent since then match (${sends.size} sends) for ${request.recipients.length} recipient(s)` };
  }
  const first = matches.find((item) => item.To[0]!.Number === request.recipients[0])!;
  return {
    found: {
      firstMessageId: messageIdOf(first),
      from: request.from,
      recipients: request.recipients,
      body: request.body,
      campaignId: request.campaignId,
      cost: Number(matches.reduce((sum, item) => sum + (toAmount(item.Cost) ?? 0), 0).toFixed(4)),
      createdOn: first.CreatedOn ?? null,
    },
  };
}
/** A number's messages, newest first; `startDate` (YYYY-MM-DD, UTC) leaves out older days. */

export function searchMessages(
  client: TelegentClient,
  number: string,
  page: number,
  pageSize: number,
  direction?: 'Inbound' | 'Outbound',
  startDate?: string
): Promise<RawMessageSearch> {
  return client.get<RawMessageSearch>('/message/search', { PhoneNumber: number, PageNumber: page, PageSize: pageSize, Direction: direction, StartDate: startDate });
}
