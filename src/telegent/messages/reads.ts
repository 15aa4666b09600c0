import { MessageDirection } from '../../graph/schema/enums';
import type { Message, MessagePage } from '../../graph/schema/message.type';
import type { OutboundSend } from '../../graph/schema/send-message.payload';
import type { TelegentClient } from '../client';
import type DataLoader from 'dataloader';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import { notFound } from '../../errors';
import { answered, keysWithin, perKeyLoader } from '../loader-factories';
import type { Reach } from '../reach';
import { toMessage } from './mappers';
import { findMessagesOfSend, searchMessages } from './search';

/** One page of a number's message history. */
export interface MessageSearch {
  phoneNumber: string;
  page: number;
  pageSize: number;
  /** Null: both directions. */
  direction: MessageDirection | null;
}

const UPSTREAM_DIRECTION: Record<MessageDirection, 'Inbound' | 'Outbound'> = { [MessageDirection.INBOUND]: 'Inbound', [MessageDirection.OUTBOUND]: 'Outbound' };

/**
 * Messages are their number's: a number beyond reach (`numberByE164` answers those within it) has
 * its history answered as an unknown number's, and is not searched.
 */
export function createMessageLoaders(client: TelegentClient, reach: Reach, numberByE164: DataLoader<string, PhoneNumber>) {
  const searchKey = (search: MessageSearch): string => JSON.stringify([search.phoneNumber, search.page, search.pageSize, search.direction]);
  const sendKey = (send: OutboundSend): string => send.firstMessageId;
  return {
    messagePage: keysWithin(
      reach,
      perKeyLoader<MessageSearch, MessagePage, string>(
        async ({ phoneNumber, page, pageSize, direction }) => {
          const raw = await searchMessages(client, phoneNumber, page, pageSize, direction === null ? undefined : UPSTREAM_DIRECTION[direction]);
          return { totalCount: raw.ResultsTotalRecords, page, pageCount: raw.ResultsPages, items: raw.Results.map(toMessage) };
        },
        { cacheKeyFn: searchKey },
      ),
      (searches) => answered(numberByE164, searches.map((s) => s.phoneNumber)),
      (search) => notFound(`Phone number ${search.phoneNumber}`),
      { cacheKeyFn: searchKey },
    ),
    /** The messages of one send, found in message search (its answer names only the first). */
    messagesOfSend: keysWithin(
      reach,
      perKeyLoader<OutboundSend, Message[], string>(async (send) => (await findMessagesOfSend(client, send)).map(toMessage), { cacheKeyFn: sendKey }),
      (sends) => answered(numberByE164, sends.map((s) => s.from)),
      () => [],
      { cacheKeyFn: sendKey },
    ),
  };
}
