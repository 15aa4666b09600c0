import { Field, ID, InputType } from 'type-graphql';
import { CallbackAuthenticationInput, checkCallbackAuthentication } from './callback-authentication.input';
import { type ValidatedInput, checkId, checkLength, checkNotBlank, checkUrl, inputField } from './input-rules';
import { CallbackMethod } from './route.enum';

/** Telegent's limits: names 255 characters, URLs 2,048. */
export const MAX_ROUTE_NAME = 255;
export const MAX_URL = 2048;

/** A route or webhook URL: absolute http(s), at most `max` characters. */
export function checkCallbackUrl(value: string | null | undefined, field: string, max = MAX_URL): void {
  checkUrl(value, field);
  checkLength(value, max, field);
}

export function checkRouteName(value: string | null | undefined, field: string): void {
  checkNotBlank(value, field);
  checkLength(value, MAX_ROUTE_NAME, field);
}

@InputType({ description: 'Settings shared by createMessageRoute and updateMessageRoute.' })
export abstract class MessageRouteSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether the route delivers (Telegent’s default: true). Create it disabled to test first.' })
  enabled?: boolean | null;

  @Field(() => CallbackAuthenticationInput, { nullable: true, description: 'How Telegent authenticates to messageUrl; none when left out on create.' })
  authentication?: CallbackAuthenticationInput | null;

  @Field(() => String, { nullable: true, description: 'Receives delivery receipts and status callbacks (http or https).' })
  callbackUrl?: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'HTTP method for callbackUrl (Telegent uses POST when left out).' })
  callbackUrlMethod?: CallbackMethod | null;

  @Field(() => CallbackAuthenticationInput, { nullable: true, description: 'How Telegent authenticates to callbackUrl.' })
  callbackAuthentication?: CallbackAuthenticationInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Skip AI Guardian for inbound traffic on this route.' })
  inboundGuardianBypass?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Skip AI Guardian for outbound traffic on this route.' })
  outboundGuardianBypass?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn Guardian/AI routing on for the route.' })
  intelligentRoutingEnabled?: boolean | null;

  protected checkSettings(): void {
    checkCallbackAuthentication(this.authentication, inputField('authentication'));
    checkCallbackUrl(this.callbackUrl, inputField('callbackUrl'));
    checkCallbackAuthentication(this.callbackAuthentication, inputField('callbackAuthentication'));
  }
}

@InputType({ description: 'A new message route: where Telegent delivers inbound messages and receipts of the numbers put on it.' })
export class CreateMessageRouteInput extends MessageRouteSettingsInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) that owns the route; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Receives every inbound SMS/MMS of the route’s numbers (http or https; https recommended).' })
  messageUrl!: string;

  @Field(() => CallbackMethod, { defaultValue: CallbackMethod.POST, description: 'HTTP method for messageUrl.' })
  messageUrlMethod!: CallbackMethod;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkRouteName(this.name, inputField('name'));
    checkCallbackUrl(this.messageUrl, inputField('messageUrl'));
    this.checkSettings();
  }
}

@InputType({ description: 'Changes to a message route; they apply at once to every number on it. Fields left out (or null) stay as they are.' })
export class UpdateMessageRouteInput extends MessageRouteSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The route (MRID-…).' })
  messageRouteId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New inbound URL.' })
  messageUrl?: string | null;

  @Field(() => CallbackMethod, { nullable: true, description: 'New HTTP method for messageUrl.' })
  messageUrlMethod?: CallbackMethod | null;

  validate(): void {
    checkId(this.messageRouteId, ['MRID'], inputField('messageRouteId'));
    checkRouteName(this.name, inputField('name'));
    checkCallbackUrl(this.messageUrl, inputField('messageUrl'));
    this.checkSettings();
  }
}

@InputType({ description: 'The message route to delete; Telegent refuses while numbers use it (ROUTE_IN_USE).' })
export class DeleteMessageRouteInput implements ValidatedInput {
  @Field(() => ID, { description: 'The route (MRID-…).' })
  messageRouteId!: string;

  validate(): void {
    checkId(this.messageRouteId, ['MRID'], inputField('messageRouteId'));
  }
}
