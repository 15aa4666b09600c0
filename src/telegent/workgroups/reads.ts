import type { TelegentClient } from '../client';
import { notFound } from '../../errors';
import { answered, indexLoader, keysWithin, listWithin, perKeyLoader, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawWorkgroup, toWorkgroup, toWorkgroupMembers } from './mappers';

export async function listWorkgroups(client: TelegentClient): Promise<RawWorkgroup[]> {
  return (await client.get<{ Results: RawWorkgroup[] }>('/account/workgroups')).Results;
}

export function getWorkgroup(client: TelegentClient, workgroupId: string): Promise<RawWorkgroup> {
  return client.get<RawWorkgroup>('/workgroups', { WorkgroupId: workgroupId });
}

/** Workgroups are their account's: beyond its reach one is not listed, nor read. */
export function createWorkgroupLoaders(client: TelegentClient, reach: Reach) {
  const workgroups = listWithin(
    reach,
    sharedList(async () => (await listWorkgroups(client)).map(toWorkgroup)),
    (all) => all.map((g) => reach.account(g.accountId)),
  );
  const workgroupById = indexLoader(workgroups, (g) => g.id, 'Workgroup');
  return {
    workgroups,
    workgroupById,
    /** The list does not carry members: one call per workgroup. */
    workgroupMembersById: keysWithin(
      reach,
      perKeyLoader(async (id: string) => toWorkgroupMembers(await getWorkgroup(client, id))),
      (ids) => answered(workgroupById, ids),
      (id) => notFound(`Workgroup ${id}`),
    ),
  };
}
