import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { checkRouteName } from './message-route.input';
import { type ValidatedInput, checkId, inputField } from './input-rules';
import { AuthenticationType, CallbackMethod } from './route.enum';

@InputType({ description: 'How Telegent calls the gateway’s receivers; the credentials themselves are the gateway’s to make and keep.' })
export abstract class GatewayReceiverSettingsInput {
  @Field(() => CallbackMethod, { defaultValue: CallbackMethod.POST, description: 'How Telegent calls both receivers: POST (a JSON body) or GET (query parameters, no media URLs).' })
  method!: CallbackMethod;

  @Field(() => AuthenticationType, {
    defaultValue: AuthenticationType.BEARER,
    description: 'BASIC or BEARER (NONE is refused): the gateway generates the credentials, gives them to Telegent in the route, and never shows them.',
  })
  authenticationType!: AuthenticationType;

  protected checkReceiverSettings(): void {
    if (this.authenticationType === AuthenticationType.NONE) {
      throw badUserInput(`${inputField('authenticationType')} must be BASIC or BEARER: the gateway only accepts authenticated deliveries.`, inputField('authenticationType'));
    }
  }
}

@InputType({ description: 'A new message route whose inbound messages (and receipts) go to this gateway, for messageReceived and messageStatusChanged.' })
export class CreateGatewayMessageRouteInput extends GatewayReceiverSettingsInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) that owns the route; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the route delivers (Telegent’s default: true).' })
  enabled?: boolean | null;

  @Field({ defaultValue: true, description: 'Also send delivery receipts (CallbackMessageUrl) to the gateway, for messageStatusChanged.' })
  receipts!: boolean;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkRouteName(this.name, inputField('name'));
    this.checkReceiverSettings();
  }
}

@InputType({
  description:
    'An existing message route to point at this gateway: its inbound URL and its receipts URL both, with new credentials; ' +
    'every number on the route follows at once. Its name and other settings stay as they are.',
})
export class PointMessageRouteAtGatewayInput extends GatewayReceiverSettingsInput implements ValidatedInput {
  @Field(() => ID, { description: 'The route (MRID-…).' })
  messageRouteId!: string;

  validate(): void {
    checkId(this.messageRouteId, ['MRID'], inputField('messageRouteId'));
    this.checkReceiverSettings();
  }
}
