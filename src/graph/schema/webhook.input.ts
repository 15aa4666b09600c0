import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { CallbackAuthenticationInput, checkCallbackAuthentication } from './callback-authentication.input';
import { type ValidatedInput, checkHttpsUrl, checkId, checkLength, inputField } from './input-rules';
import { WebhookDataFormat, WebhookEvent, WebhookMethod } from './webhook.enum';

/** Telegent's limit on `WebhookUrl` (REFERENCE.md §3.16). */
const MAX_WEBHOOK_URL = 255;

function checkEvents(events: WebhookEvent[] | null | undefined, field: string): void {
  if (!events) return;
  if (events.length === 0) throw badUserInput(`${field} must name at least one event.`, field);
  const repeated = events.find((event, index) => events.indexOf(event) !== index);
  if (repeated) throw badUserInput(`${field} names ${repeated} twice.`, field);
}

function checkWebhookUrl(url: string | null | undefined, field: string): void {
  checkHttpsUrl(url, field);
  checkLength(url, MAX_WEBHOOK_URL, field);
}

@InputType({ description: 'A new account webhook: Telegent delivers the chosen events to an https URL.' })
export class CreateWebhookInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'Account (AID-) whose events are delivered; needed when the distributor has more than one.' })
  accountId?: string | null;

  @Field({ description: 'Where events are delivered: an https URL of at most 255 characters.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events to deliver (at least one).' })
  events!: WebhookEvent[];

  @Field(() => WebhookMethod, { defaultValue: WebhookMethod.POST, description: 'HTTP method of deliveries.' })
  method!: WebhookMethod;

  @Field(() => WebhookDataFormat, { defaultValue: WebhookDataFormat.JSON, description: 'Body format of deliveries.' })
  dataFormat!: WebhookDataFormat;

  @Field(() => CallbackAuthenticationInput, { nullable: true, description: 'How Telegent authenticates to the URL; none when left out.' })
  authentication?: CallbackAuthenticationInput | null;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkWebhookUrl(this.url, inputField('url'));
    checkEvents(this.events, inputField('events'));
    checkCallbackAuthentication(this.authentication, inputField('authentication'));
  }
}

@InputType({ description: 'Changes to a webhook; fields left out (or null) stay as they are, a sent events list replaces the old one.' })
export class UpdateWebhookInput implements ValidatedInput {
  @Field(() => ID, { description: 'The webhook (WID-…).' })
  webhookId!: string;

  @Field(() => String, { nullable: true, description: 'New https URL.' })
  url?: string | null;

  @Field(() => [WebhookEvent], { nullable: true, description: 'The events to deliver from now on (at least one).' })
  events?: WebhookEvent[] | null;

  @Field(() => WebhookMethod, { nullable: true, description: 'New HTTP method.' })
  method?: WebhookMethod | null;

  @Field(() => WebhookDataFormat, { nullable: true, description: 'New body format.' })
  dataFormat?: WebhookDataFormat | null;

  @Field(() => CallbackAuthenticationInput, { nullable: true, description: 'New authentication, replacing the old one whole.' })
  authentication?: CallbackAuthenticationInput | null;

  validate(): void {
    checkId(this.webhookId, ['WID'], inputField('webhookId'));
    checkWebhookUrl(this.url, inputField('url'));
    checkEvents(this.events, inputField('events'));
    checkCallbackAuthentication(this.authentication, inputField('authentication'));
  }
}

@InputType({ description: 'The webhook to delete; its deliveries stop.' })
export class DeleteWebhookInput implements ValidatedInput {
  @Field(() => ID, { description: 'The webhook (WID-…).' })
  webhookId!: string;

  validate(): void {
    checkId(this.webhookId, ['WID'], inputField('webhookId'));
  }
}
