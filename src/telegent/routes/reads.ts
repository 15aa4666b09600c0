import type { TelegentClient } from '../client';
import { indexLoader, sharedList } from '../loader-factories';
import { type RawMessageRoute, type RawRouteList, type RawVoiceRoute, toMessageRoute, toVoiceRoute } from './mappers';

export async function listMessageRoutes(client: TelegentClient): Promise<RawMessageRoute[]> {
  return (await client.get<RawRouteList<RawMessageRoute>>('/account/message/routes')).Results;
}

export async function listVoiceRoutes(client: TelegentClient): Promise<RawVoiceRoute[]> {
  return (await client.get<RawRouteList<RawVoiceRoute>>('/account/voice/routes')).Results;
}

export function createRouteLoaders(client: TelegentClient) {
  const messageRoutes = sharedList(async () => (await listMessageRoutes(client)).map(toMessageRoute));
  const voiceRoutes = sharedList(async () => (await listVoiceRoutes(client)).map(toVoiceRoute));
  return {
    messageRoutes,
    voiceRoutes,
    messageRouteById: indexLoader(messageRoutes, (r) => r.id, 'Message route'),
    voiceRouteById: indexLoader(voiceRoutes, (r) => r.id, 'Voice route'),
  };
}
