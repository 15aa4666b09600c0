import type { TelegentClient } from '../client';
import { indexLoader, perKeyLoader, sharedList } from '../loader-factories';
import { type RawWorkgroup, toWorkgroup, toWorkgroupMembers } from './mappers';

export async function listWorkgroups(client: TelegentClient): Promise<RawWorkgroup[]> {
  return (await client.get<{ Results: RawWorkgroup[] }>('/account/workgroups')).Results;
}

export function getWorkgroup(client: TelegentClient, workgroupId: string): Promise<RawWorkgroup> {
  return client.get<RawWorkgroup>('/workgroups', { WorkgroupId: workgroupId });
}

export function createWorkgroupLoaders(client: TelegentClient) {
  const workgroups = sharedList(async () => (await listWorkgroups(client)).map(toWorkgroup));
  return {
    workgroups,
    workgroupById: indexLoader(workgroups, (g) => g.id, 'Workgroup'),
    /** The list does not carry members: one call per workgroup. */
    workgroupMembersById: perKeyLoader(async (id: string) => toWorkgroupMembers(await getWorkgroup(client, id))),
  };
}
