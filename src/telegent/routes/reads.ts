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

/** Routes are their account's: beyond its reach a route is not listed, and its ID answers as an unknown one. */
export function createRouteLoaders(client: TelegentClient, reach: Reach) {
  const ofAccountsWithinReach = (routes: readonly { accountId: string | null }[]): boolean[] => routes.map((r) => reach.account(r.accountId));
  const messageRoutes = listWithin(reach, sharedList(async () => (await listMessageRoutes(client)).map(toMessageRoute)), ofAccountsWithinReach);
  const voiceRoutes = listWithin(reach, sharedList(async () => (await listVoiceRoutes(client)).map(toVoiceRoute)), ofAccountsWithinReach);
  return {
    messageRoutes,
    voiceRoutes,
    messageRouteById: indexLoader(messageRoutes, (r) => r.id, 'Message route'),
    voiceRouteById: indexLoader(voiceRoutes, (r) => r.id, 'Voice route'),
  };
}
