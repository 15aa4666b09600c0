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

/**
 * The kind of a number in the platform's words: provisioning's `NumberType` (mvno|iot|voip), the
 * records' `Classification`. The one enum for every number kind in the graph: availability
 * (mobile|voip) and port-in (mvno|iot) are mapped to it in telegent/numbers (NUMBER_TYPE_SPELLINGS).
 */
export enum NumberType {
  MVNO = 'MVNO',
  IOT = 'IOT',
  VOIP = 'VOIP',
}
registerEnumType(NumberType, {
  name: 'NumberType',
  description: 'What kind of number it is, and so what it may carry: provisioning, the inventory, availability, port-ins and subscriptions all use this one enum.',
  valuesConfig: {
    MVNO: { description: 'Mobile line on a SIM or eSIM: messaging (A2P or P2P), voice and data.' },
    IOT: { description: 'IoT line: data and P2P messaging only, never A2P.' },
    VOIP: { description: 'VoIP number, without a SIM: A2P messaging only.' },
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

/** Whether a subscription still bills (Telegent's `Active` flag; `Filter=Active|Inactive` on its lists). */
export enum SubscriptionStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  description: 'Whether a subscription still bills.',
  valuesConfig: {
    ACTIVE: { description: 'Billing: the subscriber has the package.' },
    INACTIVE: { description: 'Ended (deleted subscriptions stay readable, inactive).' },
  },
});

/** What a provisioned number is sold for (provisioning's `ProductType`). */
export enum ProductType {
  SMS_ONLY = 'SMS_ONLY',
  DATA_ONLY = 'DATA_ONLY',
  SMS_DATA = 'SMS_DATA',
  SMS_DATA_VOICE = 'SMS_DATA_VOICE',
}
registerEnumType(ProductType, {
  name: 'ProductType',
  description: 'The product a number is provisioned for.',
  valuesConfig: {
    SMS_ONLY: { description: 'Messaging only (Telegent: Sms-Only).' },
    DATA_ONLY: { description: 'Data only (Data-Only).' },
    SMS_DATA: { description: 'Messaging and data (Sms+Data).' },
    SMS_DATA_VOICE: { description: 'Messaging, data and voice (Sms+Data+Voice).' },
  },
});

/** A lifecycle change for numbers (numbers/status `StatusChange`, REFERENCE.md §3.9, C11). */
export enum NumberStatusChange {
  ACTIVATE = 'ACTIVATE',
  PARK = 'PARK',
  CANCEL = 'CANCEL',
  SWAP = 'SWAP',
  REPLACE = 'REPLACE',
  SWAP_SIM = 'SWAP_SIM',
}
registerEnumType(NumberStatusChange, {
  name: 'NumberStatusChange',
  description: 'What to do with a batch of numbers.',
  valuesConfig: {
    ACTIVATE: { description: 'Bring parked numbers back into service (restore); mobile lines get an eSIM activation code.' },
    PARK: { description: 'Suspend service but keep the numbers (suspend); a fee applies.' },
    CANCEL: { description: 'Terminate the numbers (deactivate); a fee may apply. reactivateNumbers undoes it within the window.' },
    SWAP: { description: 'Exchange each number for a new one picked by areaCode, then zipCode; the line’s setup moves to it.' },
    REPLACE: { description: 'As SWAP, with the regulatory processing of a replacement.' },
    SWAP_SIM: { description: 'Move each number to a new SIM: every target needs an iccid.' },
  },
});
