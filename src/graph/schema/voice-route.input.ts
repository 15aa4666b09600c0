import { isIP, isIPv4 } from 'node:net';
import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../errors';
import { CallbackAuthenticationInput, checkCallbackAuthentication } from './callback-authentication.input';
import { type ValidatedInput, checkE164, checkId, checkRange, checkLength, checkNotBlank, checkRequiredWhen, inputField } from './input-rules';
import { checkCallbackUrl, checkRouteName } from './message-route.input';
import { CallbackMethod, TrunkTransport, VoiceRouteType } from './route.enum';

/** Telegent's limit on a voice route's text fields. */
const MAX_TEXT = 255;

@InputType({ description: 'One SIP trunk of a voice route. On an update only the parts sent change.' })
export class SipTrunkInput {
  @Field(() => String, { nullable: true, description: 'IP address of your SBC/PBX.' })
  ip?: string | null;

  @Field(() => String, { nullable: true, description: 'SIP URI of the trunk, e.g. sip:pbx.example.com.' })
  uri?: string | null;

  @Field(() => Int, { nullable: true, description: 'SIP port (1–65535), e.g. 5061.' })
  port?: number | null;

  @Field(() => TrunkTransport, { nullable: true, description: 'SIP transport.' })
  transport?: TrunkTransport | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the trunk carries calls.' })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Priority among the trunks (0–65535); lower is preferred.' })
  priority?: number | null;

  @Field(() => Int, { nullable: true, description: 'Share of calls among trunks of equal priority (0–65535).' })
  weight?: number | null;
}

function checkSipTrunk(trunk: SipTrunkInput | null | undefined, field: string): void {
  if (!trunk) return;
  if (trunk.ip != null && isIP(trunk.ip) === 0) throw badUserInput(`${field}.ip must be an IP address, got '${trunk.ip}'.`, `${field}.ip`);
  checkNotBlank(trunk.uri, `${field}.uri`);
  checkLength(trunk.uri, MAX_TEXT, `${field}.uri`);
  checkRange(trunk.port, 1, 65_535, `${field}.port`);
  checkRange(trunk.priority, 0, 65_535, `${field}.priority`);
  checkRange(trunk.weight, 0, 65_535, `${field}.weight`);
}

function checkWebSocketUri(value: string | null | undefined, field: string): void {
  if (value == null) return;
  const protocol = URL.canParse(value) ? new URL(value).protocol : null;
  if (protocol !== 'ws:' && protocol !== 'wss:') throw badUserInput(`${field} must be a ws:// or wss:// URI, got '${value}'.`, field);
  checkLength(value, MAX_TEXT, field);
}

@InputType({ description: 'Settings shared by createVoiceRoute and updateVoiceRoute.' })
export abstract class VoiceRouteSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether the route carries calls (Telegent’s default: true).' })
  enabled?: boolean | null;

  @Field(() => SipTrunkInput, { nullable: true, description: 'The primary SIP trunk; a TRUNK route needs one with an ip or a uri.' })
  primaryTrunk?: SipTrunkInput | null;

  @Field(() => SipTrunkInput, { nullable: true, description: 'The failover SIP trunk.' })
  failoverTrunk?: SipTrunkInput | null;

  @Field(() => String, { nullable: true, description: 'The webhook that drives calls of a URL route (http or https).' })
  voiceUrl?: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method for voiceUrl.' })
  voiceUrlMethod?: CallbackMethod | null;

  @Field(() => CallbackAuthenticationInput, { nullable: true, description: 'How Telegent authenticates to voiceUrl.' })
  authentication?: CallbackAuthenticationInput | null;

  @Field(() => String, { nullable: true, description: 'Receives call-status events (http or https).' })
  callbackUrl?: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method for callbackUrl.' })
  callbackUrlMethod?: CallbackMethod | null;

  @Field(() => String, { nullable: true, description: 'Where a FORWARD route sends calls, in E.164.' })
  forwardNumber?: string | null;

  @Field(() => [String], { nullable: true, description: 'IPv4 addresses allowed to send trunk traffic; replaces the list.' })
  ipWhitelist?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SIP header manipulation profile, e.g. HMI8802029.' })
  headerManipulation?: string | null;

  @Field(() => String, { nullable: true, description: 'Caller ID shown on transfers, e.g. Transferee/Transferor.' })
  transferCallerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Termination URI subdomain, e.g. client.' })
  terminationUriSubdomain?: string | null;

  @Field(() => String, { nullable: true, description: 'WebSocket target for call streaming (ws or wss), e.g. wss://192.67.88.2.' })
  wssUri?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Accept SIP REFER (transfers by the far end).' })
  sipReferEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Use symmetric RTP.' })
  symmetricRtp?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Secure the trunk (Telegent’s EnableTrpSecureTrunk).' })
  secureTrunkEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Allow transfers to the PSTN.' })
  pstnTransferEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Look up caller names (CNAM).' })
  cnamLookup?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Stream calls to wssUri.' })
  callStreamingEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn Guardian/AI routing on for the route.' })
  intelligentRoutingEnabled?: boolean | null;

  protected checkSettings(): void {
    checkSipTrunk(this.primaryTrunk, inputField('primaryTrunk'));
    checkSipTrunk(this.failoverTrunk, inputField('failoverTrunk'));
    checkCallbackUrl(this.voiceUrl, inputField('voiceUrl'));
    checkCallbackAuthentication(this.authentication, inputField('authentication'));
    checkCallbackUrl(this.callbackUrl, inputField('callbackUrl'));
    checkE164(this.forwardNumber, inputField('forwardNumber'));
    this.ipWhitelist?.forEach((ip, index) => {
      const field = `${inputField('ipWhitelist')}[${index}]`;
      if (!isIPv4(ip)) throw badUserInput(`${field} must be an IPv4 address (Telegent whitelists IPv4 only), got '${ip}'.`, field);
    });
    for (const name of ['headerManipulation', 'transferCallerId', 'terminationUriSubdomain'] as const) {
      checkNotBlank(this[name], inputField(name));
      checkLength(this[name], MAX_TEXT, inputField(name));
    }
    checkWebSocketUri(this.wssUri, inputField('wssUri'));
  }
}

@InputType({ description: 'A new voice route: where the inbound calls of the numbers put on it go.' })
export class CreateVoiceRouteInput extends VoiceRouteSettingsInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) that owns the route; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => VoiceRouteType, { description: 'TRUNK (needs primaryTrunk), URL (needs voiceUrl) or FORWARD (needs forwardNumber).' })
  routeType!: VoiceRouteType;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkRouteName(this.name, inputField('name'));
    checkRequiredWhen(this.routeType === VoiceRouteType.TRUNK, this.primaryTrunk?.ip ?? this.primaryTrunk?.uri, inputField('primaryTrunk'), 'with an ip or a uri for a TRUNK route');
    checkRequiredWhen(this.routeType === VoiceRouteType.URL, this.voiceUrl, inputField('voiceUrl'), 'for a URL route');
    checkRequiredWhen(this.routeType === VoiceRouteType.FORWARD, this.forwardNumber, inputField('forwardNumber'), 'for a FORWARD route');
    this.checkSettings();
  }
}

@InputType({
  description:
    'Changes to a voice route, applied at once. Fields left out (or null) stay as they are; Telegent checks the result ' +
    '(a route changed to URL needs a voice URL, stored or sent).',
})
export class UpdateVoiceRouteInput extends VoiceRouteSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The route (CRID-…).' })
  voiceRouteId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => VoiceRouteType, { nullable: true, description: 'New route type.' })
  routeType?: VoiceRouteType | null;

  validate(): void {
    checkId(this.voiceRouteId, ['CRID'], inputField('voiceRouteId'));
    checkRouteName(this.name, inputField('name'));
    this.checkSettings();
  }
}

@InputType({ description: 'The voice route to delete; Telegent refuses while numbers use it (ROUTE_IN_USE).' })
export class DeleteVoiceRouteInput implements ValidatedInput {
  @Field(() => ID, { description: 'The route (CRID-…).' })
  voiceRouteId!: string;

  validate(): void {
    checkId(this.voiceRouteId, ['CRID'], inputField('voiceRouteId'));
  }
}
