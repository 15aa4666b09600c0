import type { MessageRecord, NumberRecord } from './model';
import type { SandboxState } from './state';

export interface InboundMessage {
  from: string;
  to: NumberRecord;
  body: string;
  mmsMedia?: { MediaUrl: string }[];
  mmsBase64?: { Base64: string; BaseType: string }[];
  campaignId?: string | null;
}

/**
 * Stores a message arriving at a platform number and announces it (route MessageUrl, New_Sms
 * webhooks) unless the recipient's AI Guardian drops it: a message filter in ACTIVE mode (or an
 * age level) on that number, with the messages flag on, silently drops blocked senders
 * (REFERENCE.md §3.5: "BlockedContacts are dropped silently").
 */
export function receiveMessage(state: SandboxState, inbound: InboundMessage): MessageRecord | null {
  const recipient = inbound.to;
  if (isBlockedByGuardian(state, recipient, inbound.from)) return null;
  const isMms = (inbound.mmsMedia?.length ?? 0) + (inbound.mmsBase64?.length ?? 0) > 0;
  const message = state.messages.insert({
    id: state.entropy.id('TMID'),
    distributorId: recipient.distributorId,
    accountId: recipient.accountId,
    owner: recipient.number,
    direction: 'Inbound',
    type: recipient.messageType,
    campaignId: inbound.campaignId ?? null,
    cost: 0,
    status: 'Received',
    to: recipient.number,
    from: inbound.from,
    body: inbound.body,
    createdAt: state.clock.now(),
    messageType: isMms ? 'mms' : 'sms',
    mmsMedia: inbound.mmsMedia ?? [],
    mmsBase64: inbound.mmsBase64 ?? [],
    pending: [],
  });
  state.events.emit('messageReceived', message);
  return message;
}

function isBlockedByGuardian(state: SandboxState, recipient: NumberRecord, from: string): boolean {
  if (!recipient.assignedSubscriberId) return false;
  if (!state.guardianFeaturesOf(recipient.assignedSubscriberId).messages) return false;
  const route = recipient.messageRouteId ? state.messageRoutes.get(recipient.messageRouteId) : undefined;
  if (route?.inboundBypass) return false;
  return state.messageFilters
    .values()
    .some(
      (filter) =>
        filter.subscriberId === recipient.assignedSubscriberId &&
        filter.phone === recipient.number &&
        filter.applyToInbound &&
        filter.filterMode !== 'INACTIVE' &&
        filter.filterMode !== 'MONITOR_ONLY' &&
        filter.blockedContacts.includes(from) &&
        !filter.allowedContacts.includes(from),
    );
}
