import { registerEnumType } from 'type-graphql';

/** A workgroup's `Type` (`IVR`|`simultaneous`|`round-robin`). */
export enum WorkgroupType {
  IVR = 'IVR',
  SIMULTANEOUS = 'SIMULTANEOUS',
  ROUND_ROBIN = 'ROUND_ROBIN',
}
registerEnumType(WorkgroupType, {
  name: 'WorkgroupType',
  description: 'How a workgroup distributes calls.',
  valuesConfig: {
    IVR: { description: 'A menu: callers press a member’s digit.' },
    SIMULTANEOUS: { description: 'Every member rings at once.' },
    ROUND_ROBIN: { description: 'Members ring one after another, in turn.' },
  },
});

/** What a workgroup member (activity) or a forwarding target is (`User`|`Workgroup`). */
export enum WorkgroupMemberType {
  USER = 'USER',
  WORKGROUP = 'WORKGROUP',
}
registerEnumType(WorkgroupMemberType, {
  name: 'WorkgroupMemberType',
  description: 'A person or a nested workgroup.',
  valuesConfig: {
    USER: { description: 'A user: a subscriber or a phone number.' },
    WORKGROUP: { description: 'Another workgroup of the account.' },
  },
});

/** Days of a schedule (`MondayStartTime` … `SundayEndTime`). */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday.' },
    SUNDAY: { description: 'Sunday.' },
  },
});
