import { MessageDirection } from '../../graph/schema/enums';
import type { Message, MessagePage } from '../../graph/schema/message.type';
import type { OutboundSend } from '../../graph/schema/send-message.payload';
import type { TelegentClient } from '../client';
import { perKeyLoader } from '../loader-factories';
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

export function createMessageLoaders(client: TelegentClient) {
  return {
    messagePage: perKeyLoader<MessageSearch, MessagePage, string>(
      async ({ phoneNumber, page, pageSize, direction }) => {
        const raw = await searchMessages(client, phoneNumber, page, pageSize, direction === null ? undefined : UPSTREAM_DIRECTION[direction]);
        return { totalCount: raw.ResultsTotalRecords, page, pageCount: raw.ResultsPages, items: raw.Results.map(toMessage) };
      },
      { cacheKeyFn: (search) => JSON.stringify([search.phoneNumber, search.page, search.pageSize, search.direction]) },
    ),
    /** The messages of one send, found in message search (its answer names only the first). */
    messagesOfSend: perKeyLoader<OutboundSend, Message[], string>(async (send) => (await findMessagesOfSend(client, send)).map(toMessage), {
      cacheKeyFn: (send) => send.firstMessageId,
    }),
  };
}
