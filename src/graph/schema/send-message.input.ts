import { Field, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { type ValidatedInput, checkE164, checkLength, checkNotBlank, checkRequiredWhen, checkUrl, inputField } from './input-rules';

/** What message/outbound takes in one call (the sandbox's limit; Telegent fans out one message per recipient). */
export const MAX_RECIPIENTS = 100;
const MAX_CAMPAIGN_ID = 100;

@InputType({ description: 'Media sent inline with an MMS, base64-encoded (keep the whole message under about 5 MB).' })
export class MediaAttachmentInput {
  @Field({ description: 'The file, base64-encoded.' })
  base64!: string;

  @Field({ description: 'Its MIME type, e.g. image/jpeg or audio/wav.' })
  mimeType!: string;
}

@InputType({ description: 'An SMS, or an MMS when it carries media, from a platform number to one or more recipients.' })
export class SendMessageInput implements ValidatedInput {
  @Field({ description: 'The sending number (E.164): an Active, messaging-enabled number of the distributor with a message route.' })
  from!: string;

  @Field(() => [String], { description: `Recipients in E.164, each once (1 to ${MAX_RECIPIENTS}); Telegent makes one message per recipient.` })
  to!: string[];

  @Field({ description: 'The text. May be empty only for an MMS.' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Media by URL (http or https); makes the message an MMS.' })
  mediaUrls?: string[] | null;

  @Field(() => [MediaAttachmentInput], { nullable: true, description: 'Media inline, base64-encoded; makes the message an MMS. The gateway takes requests up to 1 MB: send larger media by URL.' })
  media?: MediaAttachmentInput[] | null;

  @Field(() => String, { nullable: true, description: 'Your campaign or tracking ID (free-form, e.g. JCID-…), returned on the messages.' })
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key sends at most once (the Idempotency-Key header works too).' })
  idempotencyKey?: string | null;

  validate(): void {
    checkE164(this.from, inputField('from'));
    if (this.to.length === 0 || this.to.length > MAX_RECIPIENTS) {
      throw badUserInput(`${inputField('to')} must list 1 to ${MAX_RECIPIENTS} recipients, got ${this.to.length}.`, inputField('to'));
    }
    this.to.forEach((number, index) => {
      const field = `${inputField('to')}[${index}]`;
      checkE164(number, field);
      if (this.to.indexOf(number) !== index) throw badUserInput(`${field} repeats ${number}; list each recipient once.`, field);
    });
    const hasMedia = (this.mediaUrls?.length ?? 0) + (this.media?.length ?? 0) > 0;
    checkRequiredWhen(!hasMedia, this.body.trim(), inputField('body'), 'for an SMS (a message without media)');
    this.mediaUrls?.forEach((url, index) => checkUrl(url, `${inputField('mediaUrls')}[${index}]`));
    this.media?.forEach((item, index) => {
      const field = `${inputField('media')}[${index}]`;
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(item.base64.replace(/\s/g, ''))) throw badUserInput(`${field}.base64 must be base64 text.`, `${field}.base64`);
      if (!/^[a-z]+\/[\w.+-]+$/i.test(item.mimeType)) throw badUserInput(`${field}.mimeType must be a MIME type such as image/jpeg, got '${item.mimeType}'.`, `${field}.mimeType`);
    });
    checkNotBlank(this.campaignId, inputField('campaignId'));
    checkLength(this.campaignId, MAX_CAMPAIGN_ID, inputField('campaignId'));
  }
}
