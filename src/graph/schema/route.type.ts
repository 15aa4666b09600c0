import { Field, Int, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { Node } from './node.interface';
import { AuthenticationType, CallbackMethod, TrunkTransport, VoiceRouteType } from './route.enum';

@ObjectType({
  implements: Node,
  description: 'Where Telegent delivers a number’s inbound messages (MessageUrl) and delivery receipts (CallbackMessageUrl). Its credentials are never exposed.',
})
export class MessageRoute extends Node {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Receives every inbound SMS/MMS for the numbers on this route.' })
  messageUrl!: string;

  @Field(() => CallbackMethod, { description: 'HTTP method used for MessageUrl.' })
  messageUrlMethod!: CallbackMethod;

  @Field({ description: 'Whether the route delivers.' })
  enabled!: boolean;

  @Field(() => AuthenticationType, { nullable: true, description: 'How Telegent authenticates to MessageUrl.' })
  authenticationType!: AuthenticationType | null;

  @Field(() => String, { nullable: true, description: 'Receives delivery receipts and status callbacks.' })
  callbackUrl!: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method used for the callback URL.' })
  callbackUrlMethod!: CallbackMethod | null;

  @Field(() => AuthenticationType, { nullable: true, description: 'How Telegent authenticates to the callback URL.' })
  callbackAuthenticationType!: AuthenticationType | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether AI Guardian is skipped for inbound traffic on this route (null when Telegent does not say).' })
  inboundGuardianBypass!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether AI Guardian is skipped for outbound traffic on this route (null when Telegent does not say).' })
  outboundGuardianBypass!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether Guardian/AI routing is on for the route (null when Telegent does not say).' })
  intelligentRoutingEnabled!: boolean | null;

  /** The owning account, for `Account.messageRoutes`. */
  accountId!: string | null;
}

@ObjectType({ description: 'One SIP trunk of a voice route (the primary, or the failover).', simpleResolvers: true })
export class SipTrunk {
  @Field(() => String, { nullable: true, description: 'IP address of the SBC/PBX.' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'SIP URI of the trunk, e.g. sip:pbx.example.com.' })
  uri!: string | null;

  @Field(() => Int, { nullable: true, description: 'SIP port, e.g. 5061.' })
  port!: number | null;

  @Field(() => TrunkTransport, { nullable: true, description: 'SIP transport.' })
  transport!: TrunkTransport | null;

  @Field({ description: 'Whether the trunk carries calls.' })
  enabled!: boolean;

  @Field(() => Int, { nullable: true, description: 'Priority among the trunks; lower is preferred.' })
  priority!: number | null;

  @Field(() => Int, { nullable: true, description: 'Share of calls among trunks of equal priority.' })
  weight!: number | null;
}

@ObjectType({ implements: Node, description: 'Where a number’s inbound calls go: a SIP trunk, a webhook URL or a PSTN forward. Its credentials are never exposed.' })
export class VoiceRoute extends Node {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => VoiceRouteType, { description: 'Trunk, URL or Forward.' })
  routeType!: VoiceRouteType;

  @Field({ description: 'Whether the route carries calls.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'The primary SIP trunk (URI or IP) of a Trunk route.' })
  trunk!: string | null;

  @Field(() => SipTrunk, { nullable: true, description: 'The primary SIP trunk; null when none is set.' })
  primaryTrunk!: SipTrunk | null;

  @Field(() => SipTrunk, { nullable: true, description: 'The failover SIP trunk; null when none is set.' })
  failoverTrunk!: SipTrunk | null;

  @Field(() => String, { nullable: true, description: 'The webhook of a URL route.' })
  voiceUrl!: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method used for the voice URL.' })
  voiceUrlMethod!: CallbackMethod | null;

  @Field(() => AuthenticationType, { nullable: true, description: 'How Telegent authenticates to the voice URL.' })
  authenticationType!: AuthenticationType | null;

  @Field(() => String, { nullable: true, description: 'Receives call-status events.' })
  callbackUrl!: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method used for the callback URL.' })
  callbackUrlMethod!: CallbackMethod | null;

  @Field(() => E164Scalar, { nullable: true, description: 'Where a Forward route sends calls.' })
  forwardNumber!: string | null;

  @Field(() => [String], { description: 'IPv4 addresses allowed to send trunk traffic.' })
  ipWhitelist!: string[];

  @Field(() => String, { nullable: true, description: 'SIP header manipulation profile, e.g. HMI8802029.' })
  headerManipulation!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID shown on transfers, e.g. Transferee/Transferor.' })
  transferCallerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Termination URI subdomain, e.g. client.' })
  terminationUriSubdomain!: string | null;

  @Field(() => String, { nullable: true, description: 'WebSocket target for call streaming, e.g. wss://192.67.88.2.' })
  wssUri!: string | null;

  @Field({ description: 'Whether SIP REFER (transfers by the far end) is accepted.' })
  sipReferEnabled!: boolean;

  @Field({ description: 'Whether symmetric RTP is used.' })
  symmetricRtp!: boolean;

  @Field({ description: 'Whether the trunk is secured (Telegent’s EnableTrpSecureTrunk).' })
  secureTrunkEnabled!: boolean;

  @Field({ description: 'Whether calls may be transferred to the PSTN.' })
  pstnTransferEnabled!: boolean;

  @Field({ description: 'Whether caller names (CNAM) are looked up.' })
  cnamLookup!: boolean;

  @Field({ description: 'Whether calls are streamed to the WebSocket target.' })
  callStreamingEnabled!: boolean;

  @Field({ description: 'Whether Guardian/AI routing is on for the route.' })
  intelligentRoutingEnabled!: boolean;

  /** The owning account, for `Account.voiceRoutes`. */
  accountId!: string | null;
}
