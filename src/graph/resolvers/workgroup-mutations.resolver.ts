import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toSchedule, toWorkgroup, toWorkgroupMember } from '../../telegent/workgroups/mappers';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CreateScheduleInput } from '../schema/schedule.input';
import { AddWorkgroupMemberInput, CreateWorkgroupInput, RemoveWorkgroupMemberInput, UpdateWorkgroupInput, UpdateWorkgroupMemberInput } from '../schema/workgroup.input';
import {
  AddWorkgroupMemberPayload,
  CreateSchedulePayload,
  CreateWorkgroupPayload,
  RemoveWorkgroupMemberPayload,
  UpdateWorkgroupMemberPayload,
  UpdateWorkgroupPayload,
} from '../schema/workgroup.payload';
import { Workgroup } from '../schema/workgroup.type';
import { payloadAccount, payloadRelation } from './payload-relation.resolver';

@Resolver()
export class WorkgroupMutationResolver {
  @Mutation(() => CreateWorkgroupPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a call-distribution workgroup (IVR, simultaneous or round-robin).' })
  async createWorkgroup(@Arg('input', () => CreateWorkgroupInput, { description: 'The workgroup to create.' }) input: CreateWorkgroupInput, @Ctx() { writes }: Context): Promise<CreateWorkgroupPayload> {
    const workgroup = toWorkgroup(await writes.workgroups.create(input));
    return { workgroup, accountId: workgroup.accountId };
  }

  @Mutation(() => UpdateWorkgroupPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a workgroup’s settings.' })
  async updateWorkgroup(@Arg('input', () => UpdateWorkgroupInput, { description: 'The workgroup and what to change.' }) input: UpdateWorkgroupInput, @Ctx() { writes }: Context): Promise<UpdateWorkgroupPayload> {
    const workgroup = toWorkgroup(await writes.workgroups.update(input));
    return { workgroup, accountId: workgroup.accountId };
  }

  @Mutation(() => AddWorkgroupMemberPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a user or a nested workgroup to a workgroup.' })
  async addWorkgroupMember(@Arg('input', () => AddWorkgroupMemberInput, { description: 'The member to add.' }) input: AddWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<AddWorkgroupMemberPayload> {
    const member = toWorkgroupMember(await writes.workgroups.addMember(input));
    return { member, workgroupId: member.workgroupId };
  }

  @Mutation(() => UpdateWorkgroupMemberPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a workgroup member, or moves it to another workgroup.' })
  async updateWorkgroupMember(@Arg('input', () => UpdateWorkgroupMemberInput, { description: 'The member and what to change.' }) input: UpdateWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<UpdateWorkgroupMemberPayload> {
    const member = toWorkgroupMember(await writes.workgroups.updateMember(input));
    return { member, workgroupId: member.workgroupId };
  }

  @Mutation(() => RemoveWorkgroupMemberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Removes a member from its workgroup (NOT_FOUND, and nothing removed, when it is not in the workgroup named).',
  })
  async removeWorkgroupMember(@Arg('input', () => RemoveWorkgroupMemberInput, { description: 'The member and its workgroup.' }) input: RemoveWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<RemoveWorkgroupMemberPayload> {
    await writes.workgroups.removeMember(input.memberId, input.workgroupId);
    return { deletedId: input.memberId, workgroupId: input.workgroupId };
  }

  @Mutation(() => CreateSchedulePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Creates a business-hours schedule for workgroups (scheduleId). Telegent cannot read schedules back: keep the answer.',
  })
  async createSchedule(@Arg('input', () => CreateScheduleInput, { description: 'The schedule to create.' }) input: CreateScheduleInput, @Ctx() { writes }: Context): Promise<CreateSchedulePayload> {
    const schedule = toSchedule(await writes.workgroups.createSchedule(input));
    return { schedule, accountId: schedule.accountId };
  }
}

const workgroupOf = <P extends { workgroupId: string | null }>(payload: new () => P, description: string) =>
  payloadRelation(payload, { name: 'workgroup', type: Workgroup, description }, (root, loaders) => (root.workgroupId ? loaders.workgroupById.load(root.workgroupId) : null));

/** The `account` and `workgroup` fields of the workgroup and schedule payloads. */
export const WORKGROUP_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateWorkgroupPayload, 'The account that owns the workgroup; its workgroups include it.'),
  payloadAccount(UpdateWorkgroupPayload, 'The account that owns the workgroup.'),
  payloadAccount(CreateSchedulePayload, 'The account that owns the schedule.'),
  workgroupOf(AddWorkgroupMemberPayload, 'The workgroup, its members now including the new one.'),
  workgroupOf(UpdateWorkgroupMemberPayload, 'The workgroup the member is in now.'),
  workgroupOf(RemoveWorkgroupMemberPayload, 'The workgroup, its members no longer including the removed one.'),
];
