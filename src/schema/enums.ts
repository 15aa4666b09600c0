import { registerEnumType } from 'type-graphql';

/** A subscriber's role in its account (REFERENCE.md §3.4). */
export enum SubscriberRole {
  SUBSCRIBER = 'SUBSCRIBER',
  MANAGER = 'MANAGER',
  ACCOUNT_ADMIN = 'ACCOUNT_ADMIN',
}
registerEnumType(SubscriberRole, {
  name: 'SubscriberRole',
  description: 'What a subscriber may do in its account.',
  valuesConfig: {
    SUBSCRIBER: { description: 'End user: holds numbers, subscriptions and Guardian filters; cannot administer the account.' },
    MANAGER: { description: 'Steward of the account (by convention one per account): manages subscribers, subscriptions, Guardian and data limits.' },
    ACCOUNT_ADMIN: { description: 'Administers the account: routes, packages, billing. Usually held by the distributor.' },
  },
});

/** Mobile (MVNO or IoT) or VoIP. */
export enum NumberType {
  MOBILE = 'MOBILE',
  VOIP = 'VOIP',
}
registerEnumType(NumberType, {
  name: 'NumberType',
  description: 'Whether a number is a mobile line (MVNO or IoT) or a VoIP number.',
  valuesConfig: {
    MOBILE: { description: 'A mobile line (classification MVNO or IOT) on a SIM or eSIM.' },
    VOIP: { description: 'A VoIP number, without a SIM.' },
  },
});

export enum NumberClassification {
  MVNO = 'MVNO',
  IOT = 'IOT',
  VOIP = 'VOIP',
}
registerEnumType(NumberClassification, {
  name: 'NumberClassification',
  description: 'The platform classification of a number.',
  valuesConfig: {
    MVNO: { description: 'Mobile line: messaging (A2P or P2P), voice and data.' },
    IOT: { description: 'IoT line: data and P2P messaging only, never A2P.' },
    VOIP: { description: 'VoIP number: A2P messaging only.' },
  },
});

export enum MessageType {
  A2P = 'A2P',
  P2P = 'P2P',
}
registerEnumType(MessageType, {
  name: 'MessageType',
  description: 'The messaging class of a number.',
  valuesConfig: { A2P: { description: 'Application-to-person.' }, P2P: { description: 'Person-to-person.' } },
});

export enum MessageDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(MessageDirection, {
  name: 'MessageDirection',
  description: 'Which way a message travelled.',
  valuesConfig: { INBOUND: { description: 'Received by the platform number.' }, OUTBOUND: { description: 'Sent from the platform number.' } },
});

export enum MessageKind {
  SMS = 'SMS',
  MMS = 'MMS',
}
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'Text only, or with media.',
  valuesConfig: { SMS: { description: 'Text message.' }, MMS: { description: 'Message with media.' } },
});

/** What availability searches for (REFERENCE.md C2: availability speaks of mobile and VoIP numbers). */
export enum AvailableNumberType {
  MOBILE = 'MOBILE',
  VOIP = 'VOIP',
}
registerEnumType(AvailableNumberType, {
  name: 'AvailableNumberType',
  description: 'The kind of number to look for.',
  valuesConfig: { MOBILE: { description: 'Numbers for mobile lines (MVNO or IoT).' }, VOIP: { description: 'VoIP numbers.' } },
});
