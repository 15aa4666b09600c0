import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A member of a workgroup: a user or a nested workgroup.', simpleResolvers: true })
export class WorkgroupMember {
  @Field({ description: 'The member ID (WAID-).' })
  id!: string;

  @Field({ description: 'User or Workgroup.' })
  type!: string;

  @Field(() => Int, { nullable: true, description: 'IVR key or ring position.' })
  digitOrder!: number | null;

  @Field(() => String, { nullable: true, description: 'The member’s phone number, in E.164.' })
  phoneNumber!: string | null;
}

@ObjectType({ description: 'A voice call-distribution group (IVR, simultaneous or round-robin ringing).' })
export class Workgroup {
  @Field({ description: 'The workgroup ID (WID-).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'IVR, simultaneous or round-robin.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The platform number that reaches the group.' })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Time zone of its schedule, e.g. America/Denver.' })
  timeZone!: string | null;

  /** The owning account, for `Account.workgroups`. */
  accountId!: string | null;
}
