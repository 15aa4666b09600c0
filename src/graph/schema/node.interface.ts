import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type behind each Telegent ID prefix (REFERENCE.md §2.5, with the accepted aliases). */
export const TYPE_BY_ID_PREFIX: Record<string, string> = {
  AID: 'Account',
  TSUID: 'Subscriber',
  SID: 'Subscriber',
  NID: 'PhoneNumber',
  TNID: 'PhoneNumber',
  SUB: 'BillingSubscription',
  PID: 'Package',
  PKID: 'Package',
  PRID: 'Product',
  MRID: 'MessageRoute',
  CRID: 'VoiceRoute',
  JNUOID: 'Order',
  JNOID: 'Order',
};

export function typeOfId(id: string): string | undefined {
  return TYPE_BY_ID_PREFIX[id.slice(0, id.indexOf('-')).toUpperCase()];
}

/**
 * Every Telegent object with an ID. Telegent IDs carry their type in the prefix (AID-, TSUID-,
 * NID-, SUB-, PID-, …), so `Query.node` resolves any of them and the prefix names the type.
 */
@InterfaceType({
  description: 'An object with a Telegent ID; `Query.node` fetches any of them by ID.',
  resolveType: (value: { id: string }) => typeOfId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type.' })
  id!: string;
}
