import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
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
import { payloadAccount, payloadRelation } from './payload-relations';
import { Requires } from '../access';

@Resolver()
export class WorkgroupMutationResolver {
  @Requires('routes:write')
  @Mutation(() => CreateWorkgroupPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates a call-distribution workgroup (IVR, simultaneous or round-robin).' })
  createWorkgroup(@Arg('input', () => CreateWorkgroupInput, { description: 'The workgroup to create.' }) input: CreateWorkgroupInput, @Ctx() { writes }: Context): Promise<CreateWorkgroupPayload> {
    return writes.workgroups.create(input);
  }

  @Requires('routes:write')
  @Mutation(() => UpdateWorkgroupPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a workgroup’s settings.' })
  updateWorkgroup(@Arg('input', () => UpdateWorkgroupInput, { description: 'The workgroup and what to change.' }) input: UpdateWorkgroupInput, @Ctx() { writes }: Context): Promise<UpdateWorkgroupPayload> {
    return writes.workgroups.update(input);
  }

  @Requires('routes:write')
  @Mutation(() => AddWorkgroupMemberPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Adds a user or a nested workgroup to a workgroup.' })
  addWorkgroupMember(@Arg('input', () => AddWorkgroupMemberInput, { description: 'The member to add.' }) input: AddWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<AddWorkgroupMemberPayload> {
    return writes.workgroups.addMember(input);
  }

  @Requires('routes:write')
  @Mutation(() => UpdateWorkgroupMemberPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a workgroup member, or moves it to another workgroup.' })
  updateWorkgroupMember(@Arg('input', () => UpdateWorkgroupMemberInput, { description: 'The member and what to change.' }) input: UpdateWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<UpdateWorkgroupMemberPayload> {
    return writes.workgroups.updateMember(input);
  }

  @Requires('routes:write')
  @Mutation(() => RemoveWorkgroupMemberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Removes a member from its workgroup (NOT_FOUND, and nothing removed, when it is not in the workgroup named).',
  })
  removeWorkgroupMember(@Arg('input', () => RemoveWorkgroupMemberInput, { description: 'The member and its workgroup.' }) input: RemoveWorkgroupMemberInput, @Ctx() { writes }: Context): Promise<RemoveWorkgroupMemberPayload> {
    return writes.workgroups.removeMember(input);
  }

  @Requires('routes:write')
  @Mutation(() => CreateSchedulePayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Creates a business-hours schedule for workgroups (scheduleId). Telegent cannot read schedules back: keep the answer.',
  })
  createSchedule(@Arg('input', () => CreateScheduleInput, { description: 'The schedule to create.' }) input: CreateScheduleInput, @Ctx() { writes }: Context): Promise<CreateSchedulePayload> {
    return writes.workgroups.createSchedule(input);
  }
}

const workgroupOf = <P extends { workgroupId: string | null }>(payload: new () => P, description: string) =>
  payloadRelation(payload, { name: 'workgroup', type: Workgroup, description }, (root, { loaders }) => (root.workgroupId ? loaders.workgroupById.load(root.workgroupId) : null));

/** The `account` and `workgroup` fields of the workgroup and schedule payloads. */
export const WORKGROUP_PAYLOAD_RESOLVERS = [
  payloadAccount(CreateWorkgroupPayload, 'The account that owns the workgroup; its workgroups include it.'),
  payloadAccount(UpdateWorkgroupPayload, 'The account that owns the workgroup.'),
  payloadAccount(CreateSchedulePayload, 'The account that owns the schedule.'),
  workgroupOf(AddWorkgroupMemberPayload, 'The workgroup, its members now including the new one.'),
  workgroupOf(UpdateWorkgroupMemberPayload, 'The workgroup the member is in now.'),
  workgroupOf(RemoveWorkgroupMemberPayload, 'The workgroup, its members no longer including the removed one.'),
];
