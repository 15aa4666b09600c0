import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WorkgroupMemberType, WorkgroupType } from './workgroup.enum';

@ObjectType({ description: 'A member of a workgroup: a user or a nested workgroup.' })
export class WorkgroupMember {
  @Field({ description: 'The member ID (WAID-).' })
  id!: string;

  @Field(() => WorkgroupMemberType, { description: 'A user or a nested workgroup.' })
  type!: WorkgroupMemberType;

  @Field(() => Int, { nullable: true, description: 'IVR key or ring position.' })
  digitOrder!: number | null;

  @Field(() => String, { nullable: true, description: 'The member’s phone number, in E.164.' })
  phoneNumber!: string | null;

  @Field({ description: 'Whether the member is told of missed calls and messages by SMS.' })
  smsNotification!: boolean;

  @Field({ description: 'Whether the member is told of missed calls and messages by e-mail.' })
  emailNotification!: boolean;

  /** For the relations. */
  workgroupId!: string | null;
  userId!: string | null;
  memberWorkgroupId!: string | null;
}

@ObjectType({ description: 'Where calls to a workgroup go at or outside its hours: a user or another workgroup.', simpleResolvers: true })
export class WorkgroupForwarding {
  @Field(() => String, { nullable: true, description: 'Telegent’s forwarding setting (OnHoursForwarding / OffHoursForwarding), as set.' })
  forwarding!: string | null;

  @Field(() => WorkgroupMemberType, { nullable: true, description: 'Whether the target is a user or a workgroup.' })
  targetType!: WorkgroupMemberType | null;

  @Field(() => ID, { nullable: true, description: 'The target user (subscriber) or workgroup ID.' })
  targetId!: string | null;
}

@ObjectType({ description: 'A voice call-distribution group (IVR, simultaneous or round-robin ringing).' })
export class Workgroup {
  @Field({ description: 'The workgroup ID (WID-).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => WorkgroupType, { description: 'How calls are distributed.' })
  type!: WorkgroupType;

  @Field(() => String, { nullable: true, description: 'The platform number that reaches the group.' })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Time zone of its schedule, e.g. America/Denver.' })
  timeZone!: string | null;

  @Field(() => ID, { nullable: true, description: 'The schedule (SID-) of its hours. Telegent cannot read schedules back, so only the ID is known.' })
  scheduleId!: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours as free text (Telegent’s Hours).' })
  hours!: string | null;

  @Field(() => String, { nullable: true, description: 'Order in which members are called.' })
  callOrder!: string | null;

  @Field(() => String, { nullable: true, description: 'Text read to callers (text to speech).' })
  announcementText!: string | null;

  @Field(() => String, { nullable: true, description: 'Audio played to callers.' })
  announcementUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Uploaded audio file played to callers.' })
  announcementFileId!: string | null;

  @Field(() => String, { nullable: true, description: 'Internal extension of the group.' })
  internalExtension!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID type shown to members.' })
  callerIdType!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID name shown to members.' })
  callerIdName!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID option.' })
  callerIdOption!: string | null;

  @Field(() => String, { nullable: true, description: 'Hold music.' })
  holdMusicId!: string | null;

  @Field(() => String, { nullable: true, description: 'Wait between ringing members.' })
  waitBetween!: string | null;

  @Field(() => String, { nullable: true, description: 'Toll-free number of the group.' })
  tollFreeNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Whether members hear which workgroup a call came through (Telegent’s AnnounceWorkgroupCaller).' })
  announceWorkgroupCaller!: string | null;

  @Field(() => String, { nullable: true, description: 'Workgroup messaging setting (Telegent’s WorkgroupMessaging).' })
  messaging!: string | null;

  @Field(() => String, { nullable: true, description: 'Who handles workgroup messages.' })
  messagingUser!: string | null;

  @Field(() => String, { nullable: true, description: 'The number workgroup messages are answered from.' })
  messagingRespondingFrom!: string | null;

  @Field({ description: 'Whether calls are recorded.' })
  recordCalls!: boolean;

  @Field({ description: 'Whether recordings are transcribed.' })
  transcribeRecordings!: boolean;

  @Field({ description: 'Whether AI recording is on.' })
  aiRecording!: boolean;

  @Field(() => WorkgroupForwarding, { description: 'Where calls go during its hours.' })
  onHours!: WorkgroupForwarding;

  @Field(() => WorkgroupForwarding, { description: 'Where calls go outside its hours.' })
  offHours!: WorkgroupForwarding;

  /** The owning account, for `Account.workgroups`. */
  accountId!: string | null;
}
