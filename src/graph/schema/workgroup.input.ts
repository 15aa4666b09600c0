import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../errors';
import { type ValidatedInput, checkE164, checkId, checkRange, checkLength, checkNotBlank, checkRequiredWhen, checkUrl, inputField } from './input-rules';
import { WorkgroupMemberType, WorkgroupType } from './workgroup.enum';

/** Telegent's limits: names 255 characters, other text 1,000. */
const MAX_NAME = 255;
const MAX_TEXT = 1000;

const USER_PREFIXES = ['TSUID', 'SID'];
const WORKGROUP_PREFIXES = ['WID', 'WG'];

@InputType({ description: 'Where calls go at or outside a workgroup’s hours. Sent whole: parts left out are left as they are.' })
export class WorkgroupForwardingInput {
  @Field(() => String, { nullable: true, description: 'Telegent’s forwarding setting (OnHoursForwarding / OffHoursForwarding).' })
  forwarding?: string | null;

  @Field(() => WorkgroupMemberType, { nullable: true, description: 'Whether the target is a user or a workgroup.' })
  targetType?: WorkgroupMemberType | null;

  @Field(() => ID, { nullable: true, description: 'The target: a subscriber (TSUID-) for USER, a workgroup (WID-) for WORKGROUP.' })
  targetId?: string | null;
}

function checkForwarding(forwarding: WorkgroupForwardingInput | null | undefined, field: string): void {
  if (!forwarding) return;
  checkLength(forwarding.forwarding, MAX_TEXT, `${field}.forwarding`);
  checkRequiredWhen(forwarding.targetId != null, forwarding.targetType, `${field}.targetType`, 'with a targetId');
  const prefixes = forwarding.targetType === WorkgroupMemberType.WORKGROUP ? WORKGROUP_PREFIXES : USER_PREFIXES;
  checkId(forwarding.targetId, prefixes, `${field}.targetId`);
}

/** An IANA time zone the runtime knows (`America/New_York`). */
function checkTimeZone(value: string | null | undefined, field: string): void {
  if (value == null) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    throw badUserInput(`${field} must be an IANA time zone such as America/New_York, got '${value}'.`, field);
  }
}

/** The free-text settings Telegent stores as sent (their vocabulary is not documented). */
const TEXT_SETTINGS = [
  'hours', 'callOrder', 'announcementText', 'announcementFileId', 'internalExtension', 'callerIdType', 'callerIdName', 'callerIdOption',
  'holdMusicId', 'waitBetween', 'announceWorkgroupCaller', 'messaging', 'messagingUser', 'messagingRespondingFrom',
] as const;

@InputType({ description: 'Settings shared by createWorkgroup and updateWorkgroup.' })
export abstract class WorkgroupSettingsInput {
  @Field(() => String, { nullable: true, description: 'The platform number (E.164) that reaches the group; one of the distributor’s numbers.' })
  phoneNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of its hours, e.g. America/New_York.' })
  timeZone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The schedule (SID-) of its hours, from createSchedule.' })
  scheduleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours as free text (Telegent’s Hours).' })
  hours?: string | null;

  @Field(() => String, { nullable: true, description: 'Order in which members are called.' })
  callOrder?: string | null;

  @Field(() => String, { nullable: true, description: 'Text read to callers (text to speech).' })
  announcementText?: string | null;

  @Field(() => String, { nullable: true, description: 'Audio played to callers (http or https URL).' })
  announcementUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Uploaded audio file played to callers.' })
  announcementFileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Internal extension of the group.' })
  internalExtension?: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID type shown to members.' })
  callerIdType?: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID name shown to members.' })
  callerIdName?: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID option.' })
  callerIdOption?: string | null;

  @Field(() => String, { nullable: true, description: 'Hold music.' })
  holdMusicId?: string | null;

  @Field(() => String, { nullable: true, description: 'Wait between ringing members.' })
  waitBetween?: string | null;

  @Field(() => String, { nullable: true, description: 'Toll-free number of the group, in E.164.' })
  tollFreeNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Whether members hear which workgroup a call came through (Telegent’s AnnounceWorkgroupCaller).' })
  announceWorkgroupCaller?: string | null;

  @Field(() => String, { nullable: true, description: 'Workgroup messaging setting (Telegent’s WorkgroupMessaging).' })
  messaging?: string | null;

  @Field(() => String, { nullable: true, description: 'Who handles workgroup messages.' })
  messagingUser?: string | null;

  @Field(() => String, { nullable: true, description: 'The number workgroup messages are answered from.' })
  messagingRespondingFrom?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Record calls.' })
  recordCalls?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Transcribe recordings.' })
  transcribeRecordings?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn AI recording on.' })
  aiRecording?: boolean | null;

  @Field(() => WorkgroupForwardingInput, { nullable: true, description: 'Where calls go during its hours.' })
  onHours?: WorkgroupForwardingInput | null;

  @Field(() => WorkgroupForwardingInput, { nullable: true, description: 'Where calls go outside its hours.' })
  offHours?: WorkgroupForwardingInput | null;

  protected checkSettings(): void {
    checkE164(this.phoneNumber, inputField('phoneNumber'));
    checkE164(this.tollFreeNumber, inputField('tollFreeNumber'));
    checkTimeZone(this.timeZone, inputField('timeZone'));
    checkId(this.scheduleId, ['SID'], inputField('scheduleId'));
    checkUrl(this.announcementUrl, inputField('announcementUrl'));
    checkLength(this.announcementUrl, MAX_TEXT, inputField('announcementUrl'));
    for (const name of TEXT_SETTINGS) checkLength(this[name], MAX_TEXT, inputField(name));
    checkForwarding(this.onHours, inputField('onHours'));
    checkForwarding(this.offHours, inputField('offHours'));
  }
}

@InputType({ description: 'A new workgroup: how calls to one number are spread over people and nested groups.' })
export class CreateWorkgroupInput extends WorkgroupSettingsInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) that owns the group; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => WorkgroupType, { description: 'How calls are distributed.' })
  type!: WorkgroupType;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkNotBlank(this.name, inputField('name'));
    checkLength(this.name, MAX_NAME, inputField('name'));
    this.checkSettings();
  }
}

@InputType({ description: 'Changes to a workgroup; fields left out (or null) stay as they are.' })
export class UpdateWorkgroupInput extends WorkgroupSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The workgroup (WID-…).' })
  workgroupId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => WorkgroupType, { nullable: true, description: 'New distribution.' })
  type?: WorkgroupType | null;

  validate(): void {
    checkId(this.workgroupId, WORKGROUP_PREFIXES, inputField('workgroupId'));
    checkNotBlank(this.name, inputField('name'));
    checkLength(this.name, MAX_NAME, inputField('name'));
    this.checkSettings();
  }
}

@InputType({ description: 'Settings shared by addWorkgroupMember and updateWorkgroupMember.' })
export abstract class WorkgroupMemberSettingsInput {
  @Field(() => Int, { nullable: true, description: 'IVR key or ring position (0–99).' })
  digitOrder?: number | null;

  @Field(() => String, { nullable: true, description: 'The member’s phone number, in E.164 (a USER needs it or a userId).' })
  phoneNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'USER only: the subscriber (TSUID-) who answers.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'WORKGROUP only: the nested workgroup (WID-), not the group itself.' })
  memberWorkgroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Tell the member of missed calls and messages by SMS.' })
  smsNotification?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Tell the member of missed calls and messages by e-mail.' })
  emailNotification?: boolean | null;

  /** Checks the member fields; `type` is the member's kind when known from the input. */
  protected checkMember(type: WorkgroupMemberType | null | undefined, workgroupId: string | null | undefined): void {
    checkRange(this.digitOrder, 0, 99, inputField('digitOrder'));
    checkE164(this.phoneNumber, inputField('phoneNumber'));
    checkId(this.userId, USER_PREFIXES, inputField('userId'));
    checkId(this.memberWorkgroupId, WORKGROUP_PREFIXES, inputField('memberWorkgroupId'));
    if (type === WorkgroupMemberType.USER && this.memberWorkgroupId != null) {
      throw badUserInput(`${inputField('memberWorkgroupId')} does not apply to a USER member.`, inputField('memberWorkgroupId'));
    }
    if (type === WorkgroupMemberType.WORKGROUP && this.userId != null) {
      throw badUserInput(`${inputField('userId')} does not apply to a WORKGROUP member.`, inputField('userId'));
    }
    if (workgroupId != null && this.memberWorkgroupId === workgroupId) {
      throw badUserInput('A workgroup cannot be a member of itself.', inputField('memberWorkgroupId'));
    }
  }
}

@InputType({ description: 'A new member of a workgroup: a user (a subscriber or a phone number) or a nested workgroup.' })
export class AddWorkgroupMemberInput extends WorkgroupMemberSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The workgroup (WID-…) to add to.' })
  workgroupId!: string;

  @Field(() => WorkgroupMemberType, { description: 'USER (needs userId or phoneNumber) or WORKGROUP (needs memberWorkgroupId).' })
  type!: WorkgroupMemberType;

  validate(): void {
    checkId(this.workgroupId, WORKGROUP_PREFIXES, inputField('workgroupId'));
    checkRequiredWhen(this.type === WorkgroupMemberType.WORKGROUP, this.memberWorkgroupId, inputField('memberWorkgroupId'), 'for a WORKGROUP member');
    checkRequiredWhen(this.type === WorkgroupMemberType.USER, this.userId ?? this.phoneNumber, inputField('userId'), 'for a USER member (or a phoneNumber)');
    this.checkMember(this.type, this.workgroupId);
  }
}

@InputType({ description: 'Changes to a workgroup member; fields left out (or null) stay as they are.' })
export class UpdateWorkgroupMemberInput extends WorkgroupMemberSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The member (WAID-…).' })
  memberId!: string;

  @Field(() => ID, { nullable: true, description: 'Move the member to this workgroup (WID-…).' })
  workgroupId?: string | null;

  @Field(() => WorkgroupMemberType, { nullable: true, description: 'New kind of member.' })
  type?: WorkgroupMemberType | null;

  validate(): void {
    checkId(this.memberId, ['WAID'], inputField('memberId'));
    checkId(this.workgroupId, WORKGROUP_PREFIXES, inputField('workgroupId'));
    this.checkMember(this.type, this.workgroupId);
  }
}

@InputType({ description: 'The member to remove, and its workgroup (checked before removing).' })
export class RemoveWorkgroupMemberInput implements ValidatedInput {
  @Field(() => ID, { description: 'The member (WAID-…).' })
  memberId!: string;

  @Field(() => ID, { description: 'The workgroup (WID-…) it belongs to.' })
  workgroupId!: string;

  validate(): void {
    checkId(this.memberId, ['WAID'], inputField('memberId'));
    checkId(this.workgroupId, WORKGROUP_PREFIXES, inputField('workgroupId'));
  }
}
