import { LocalDateResolver } from 'graphql-scalars';
import { E164Scalar } from './e164.scalar';
import { IccidScalar } from './iccid.scalar';
import { Field, ObjectType } from 'type-graphql';
import { MessageType, NumberType } from './enums';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A phone number in the distributor’s inventory. Its id is the NID-; Telegent addresses numbers by E.164.' })
export class PhoneNumber extends Node {
  @Field(() => E164Scalar, { description: 'The number in E.164, e.g. +18015551234.' })
  number!: string;

  @Field(() => NumberType, { description: 'MVNO, IOT or VOIP: what the number may carry (Telegent’s Classification).' })
  numberType!: NumberType;

  @Field(() => MessageType, { nullable: true, description: 'A2P or P2P messaging.' })
  messageType!: MessageType | null;

  @Field({ description: 'Whether SMS/MMS is enabled.' })
  messageEnabled!: boolean;

  @Field({ description: 'Whether voice calls are enabled.' })
  voiceEnabled!: boolean;

  @Field({ description: 'Lifecycle status: Active, Parked, Cancelled or Ported Out.' })
  status!: string;

  @Field(() => IccidScalar, { nullable: true, description: 'ICCID of the SIM or eSIM profile bound to the number.' })
  iccid!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller-ID name (CNAM) shown to called parties.' })
  callerIdName!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the number was bought or ported in.' })
  purchasedOn!: string | null;

  /** Foreign keys for the relations. */
  subscriberId!: string | null;
  messageRouteId!: string | null;
  voiceRouteId!: string | null;
  orderId!: string | null;
  accountId!: string | null;
}
