import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { oneCallThenPerListItem } from '../schema/query-cost';
import { Subscriber } from '../schema/subscriber.type';
import { Workgroup, WorkgroupMember } from '../schema/workgroup.type';

@Resolver(() => Workgroup)
export class WorkgroupResolver {
  @FieldResolver(() => [WorkgroupMember], { nullable: true, complexity: oneCallThenPerListItem, description: 'Who the group rings (one upstream read per workgroup).' })
  members(@Root() workgroup: Workgroup, @Ctx() { loaders }: Context): Promise<WorkgroupMember[]> {
    return loaders.workgroupMembersById.load(workgroup.id);
  }
}

@Resolver(() => WorkgroupMember)
export class WorkgroupMemberResolver {
  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber who answers, for a USER member named by subscriber.' })
  user(@Root() member: WorkgroupMember, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return member.userId ? loaders.subscriberById.load(member.userId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => Workgroup, { nullable: true, description: 'The nested workgroup, for a WORKGROUP member.' })
  memberWorkgroup(@Root() member: WorkgroupMember, @Ctx() { loaders }: Context): Promise<Workgroup | null> {
    return member.memberWorkgroupId ? loaders.workgroupById.load(member.memberWorkgroupId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}
