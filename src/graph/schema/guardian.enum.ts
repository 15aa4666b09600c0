import { registerEnumType } from 'type-graphql';

/** A call filter's `FilterMode` (REFERENCE.md §3.5); the values are Telegent's spelling. */
export enum CallFilterMode {
  WHITELIST = 'WHITELIST',
  BLACKLIST = 'BLACKLIST',
  CHILD = 'CHILD',
  TEENAGER = 'TEENAGER',
  ADOLESCENT = 'ADOLESCENT',
}
registerEnumType(CallFilterMode, {
  name: 'CallFilterMode',
  description: 'How a call filter decides who may ring. The age presets can only be chosen when the filter is created.',
  valuesConfig: {
    WHITELIST: { description: 'Only allowed numbers ring.' },
    BLACKLIST: { description: 'Blocked numbers are rejected; every other number rings.' },
    CHILD: { description: 'Age preset (strictest); needs a guardian relation in which the subscriber is the child. Create only.' },
    TEENAGER: { description: 'Age preset (lightest); needs a guardian relation in which the subscriber is the child. Create only.' },
    ADOLESCENT: { description: 'Age preset (moderate); needs a guardian relation in which the subscriber is the child. Create only.' },
  },
});

/** The age presets among the call-filter modes: `call-filter/update` refuses them. */
export const CALL_FILTER_AGE_PRESETS: readonly CallFilterMode[] = [CallFilterMode.CHILD, CallFilterMode.TEENAGER, CallFilterMode.ADOLESCENT];

/** A message filter's `FilterMode` (REFERENCE.md §3.5). */
export enum MessageFilterMode {
  ACTIVE = 'ACTIVE',
  MONITOR_ONLY = 'MONITOR_ONLY',
  INACTIVE = 'INACTIVE',
}
registerEnumType(MessageFilterMode, {
  name: 'MessageFilterMode',
  description: 'Whether a message filter enforces, only watches, or is paused.',
  valuesConfig: {
    ACTIVE: { description: 'Enforce: violating messages are blocked.' },
    MONITOR_ONLY: { description: 'Log and notify, but still deliver.' },
    INACTIVE: { description: 'Paused: nothing is checked.' },
  },
});

/** The SMS filter levels of the Guardian guide (REFERENCE.md C7); the sandbox carries them as `FilterLevel`. */
export enum MessageFilterLevel {
  CHILD = 'CHILD',
  ADOLESCENT = 'ADOLESCENT',
  TEENAGER = 'TEENAGER',
}
registerEnumType(MessageFilterLevel, {
  name: 'MessageFilterLevel',
  description: 'An age level applied on top of the allow and block lists of an ACTIVE message filter.',
  valuesConfig: {
    CHILD: { description: 'Strictest.' },
    ADOLESCENT: { description: 'Moderate.' },
    TEENAGER: { description: 'Lightest.' },
  },
});

/** What a call filter does when transcription hears a keyword (`TranscriptionAction`). */
export enum TranscriptionAction {
  WARNING = 'WARNING',
  TERMINATE = 'TERMINATE',
  NOTIFY = 'NOTIFY',
}
registerEnumType(TranscriptionAction, {
  name: 'TranscriptionAction',
  description: 'What happens on a call when transcription hears a filtered keyword (transcription must be on).',
  valuesConfig: {
    WARNING: { description: 'Play the warning message to the caller.' },
    TERMINATE: { description: 'End the call.' },
    NOTIFY: { description: 'Let the call go on and notify the notification phones.' },
  },
});

/** A keyword's severity in a filter's `SeverityMap`. */
export enum KeywordSeverity {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(KeywordSeverity, {
  name: 'KeywordSeverity',
  description: 'How serious a filtered keyword is.',
  valuesConfig: {
    HIGH: { description: 'High severity.' },
    MEDIUM: { description: 'Medium severity.' },
    LOW: { description: 'Low severity.' },
  },
});

/** Which list of a filter a change applies to. */
export enum FilterList {
  ALLOWED = 'ALLOWED',
  BLOCKED = 'BLOCKED',
}
registerEnumType(FilterList, {
  name: 'FilterList',
  description: 'One of the two lists of a Guardian filter.',
  valuesConfig: {
    ALLOWED: { description: 'Numbers or contacts always let through (for calls, the only ones that ring in WHITELIST mode).' },
    BLOCKED: { description: 'Numbers or contacts rejected or dropped silently.' },
  },
});
