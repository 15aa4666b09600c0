import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { oneCallThenPerListItem } from '../schema/query-cost';
import { Workgroup, WorkgroupMember } from '../schema/workgroup.type';

@Resolver(() => Workgroup)
export class WorkgroupResolver {
  @FieldResolver(() => [WorkgroupMember], { nullable: true, complexity: oneCallThenPerListItem, description: 'Who the group rings (one upstream read per workgroup).' })
  members(@Root() workgroup: Workgroup, @Ctx() { loaders }: Context): Promise<WorkgroupMember[]> {
    return loaders.workgroupMembersById.load(workgroup.id);
  }
}
