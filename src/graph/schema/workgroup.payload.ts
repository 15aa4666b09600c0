import { Field, ID, ObjectType } from 'type-graphql';
import { Schedule } from './schedule.type';
import { Workgroup, WorkgroupMember } from './workgroup.type';

@ObjectType({ description: 'The result of createWorkgroup.' })
export class CreateWorkgroupPayload {
  @Field(() => Workgroup, { description: 'The new workgroup.' })
  workgroup!: Workgroup;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of updateWorkgroup.' })
export class UpdateWorkgroupPayload {
  @Field(() => Workgroup, { description: 'The workgroup as it is now.' })
  workgroup!: Workgroup;

  accountId!: string | null;
}

@ObjectType({ description: 'The result of addWorkgroupMember.' })
export class AddWorkgroupMemberPayload {
  @Field(() => WorkgroupMember, { description: 'The new member.' })
  member!: WorkgroupMember;

  workgroupId!: string | null;
}

@ObjectType({ description: 'The result of updateWorkgroupMember.' })
export class UpdateWorkgroupMemberPayload {
  @Field(() => WorkgroupMember, { description: 'The member as it is now.' })
  member!: WorkgroupMember;

  workgroupId!: string | null;
}

@ObjectType({ description: 'The result of removeWorkgroupMember.' })
export class RemoveWorkgroupMemberPayload {
  @Field(() => ID, { description: 'The ID of the removed member.' })
  deletedId!: string;

  workgroupId!: string | null;
}

@ObjectType({ description: 'The result of createSchedule.' })
export class CreateSchedulePayload {
  @Field(() => Schedule, { description: 'The schedule as Telegent answered it (it cannot be read back later).' })
  schedule!: Schedule;

  accountId!: string | null;
}
