import type { TelegentClient } from '../client';
import { groupLoader, indexLoader, perKeyLoader, sharedList } from '../loader-factories';
import {
  type RawCallFilter,
  type RawGuardianFeatures,
  type RawGuardianRelation,
  type RawMessageFilter,
  toCallFilter,
  toGuardianFeatures,
  toGuardianRelation,
  toMessageFilter,
} from './mappers';

export function getGuardianFeatures(client: TelegentClient, subscriberId: string): Promise<RawGuardianFeatures> {
  return client.get<RawGuardianFeatures>('/subscribers/guardian-features', { SubscriberId: subscriberId });
}

/** Every call filter of the distributor, or the one guarding `phone` (a bare array). */
export function listCallFilters(client: TelegentClient, phone?: string): Promise<RawCallFilter[]> {
  return client.get<RawCallFilter[]>('/subscribers/call-filter', phone === undefined ? undefined : { Phone: phone });
}

/** Every message filter of the distributor, or the one guarding `phone`. */
export function listMessageFilters(client: TelegentClient, phone?: string): Promise<RawMessageFilter[]> {
  return client.get<RawMessageFilter[]>('/subscribers/message-filter', phone === undefined ? undefined : { Phone: phone });
}

export function listGuardianChildren(client: TelegentClient, parentSubscriberId: string): Promise<RawGuardianRelation[]> {
  return client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/parent', { ParentSubscriberId: parentSubscriberId });
}

export function listGuardianParents(client: TelegentClient, childSubscriberId: string): Promise<RawGuardianRelation[]> {
  return client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/child', { ChildSubscriberId: childSubscriberId });
}

export function createGuardianLoaders(client: TelegentClient) {
  const callFilters = sharedList(async () => (await listCallFilters(client)).map(toCallFilter));
  const messageFilters = sharedList(async () => (await listMessageFilters(client)).map(toMessageFilter));
  return {
    /** Telegent reads Guardian flags one subscriber at a time: no list endpoint exists. */
    guardianFeaturesBySubscriberId: perKeyLoader(async (id: string) => toGuardianFeatures(await getGuardianFeatures(client, id))),
    callFiltersBySubscriberId: groupLoader(callFilters, (f) => f.subscriberId),
    messageFiltersBySubscriberId: groupLoader(messageFilters, (f) => f.subscriberId),
    /** A filter by its ID, with the subscriber it guards (whom a filter write acts on). */
    callFilterById: indexLoader(callFilters, (f) => f.id, 'Call filter'),
    messageFilterById: indexLoader(messageFilters, (f) => f.id, 'Message filter'),
    guardianChildrenOf: perKeyLoader(async (id: string) => (await listGuardianChildren(client, id)).map(toGuardianRelation)),
    guardianParentsOf: perKeyLoader(async (id: string) => (await listGuardianParents(client, id)).map(toGuardianRelation)),
  };
}
