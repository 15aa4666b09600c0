import type { TelegentClient } from '../client';
import { indexLoader, listWithin, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawMessageRoute, type RawRouteList, type RawVoiceRoute, toMessageRoute, toVoiceRoute } from './mappers';

export async function listMessageRoutes(client: TelegentClient): Promise<RawMessageRoute[]> {
  return (await client.get<RawRouteList<RawMessageRoute>>('/account/message/routes')).Results;
}

export async function listVoiceRoutes(client: TelegentClient): Promise<RawVoiceRoute[]> {
  return (await client.get<RawRouteList<RawVoiceRoute>>('/account/voice/routes')).Results;
}

/** Where a message route delivers: what the message subscriptions check, and nothing else of the route. */
export interface MessageRouteTargets {
  id: string;
  /** Inbound messages (MessageUrl). */
  messageUrl: string;
  /** Delivery receipts (CallbackMessageUrl); null when the route sends none. */
  callbackUrl: string | null;
}

/**
 * Routes are their account's: beyond its reach a route is not listed, and its ID answers as an
 * unknown one. `messageRouteTargetsById` is the exception, for a number already within reach (a
 * subscriber's own, whose account's routes the subscriber cannot see): it answers only where the
 * route delivers, and is never handed to the graph.
 */
export function createRouteLoaders(client: TelegentClient, reach: Reach) {
  const ofAccountsWithinReach = (routes: readonly { accountId: string | null }[]): boolean[] => routes.map((r) => reach.account(r.accountId));
  const allMessageRoutes = sharedList(async () => (await listMessageRoutes(client)).map(toMessageRoute));
  const messageRoutes = listWithin(reach, allMessageRoutes, ofAccountsWithinReach);
  const messageRouteTargets = sharedList(async (): Promise<MessageRouteTargets[]> => (await allMessageRoutes()).map(({ id, messageUrl, callbackUrl }) => ({ id, messageUrl, callbackUrl })));
  const voiceRoutes = listWithin(reach, sharedList(async () => (await listVoiceRoutes(client)).map(toVoiceRoute)), ofAccountsWithinReach);
  return {
    messageRoutes,
    voiceRoutes,
    messageRouteById: indexLoader(messageRoutes, (r) => r.id, 'Message route'),
    messageRouteTargetsById: indexLoader(messageRouteTargets, (r) => r.id, 'Message route'),
    voiceRouteById: indexLoader(voiceRoutes, (r) => r.id, 'Voice route'),
  };
}
