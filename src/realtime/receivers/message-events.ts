import type { InboundMessageEvent, MessageStatusEvent } from '../../telegent/messages/mappers';
import { DeliveryStatus } from '../../graph/schema/delivery-status.enum';
import { E164_PATTERN } from '../../graph/schema/e164.scalar';
import { enumOrFallback } from '../../telegent/enums';
import { instant } from '../../telegent/dates';

/** A delivery the gateway cannot make an event of; the receiver answers 400 with this message. */
export class MalformedEvent extends Error {
  override name = 'MalformedEvent';
}

/** A route's delivery: a JSON body (POST) or query parameters (GET: scalar fields only, all strings). */
export type DeliveredFields = Record<string, unknown>;

const UPSTREAM_DELIVERY_STATUS: Record<Exclude<DeliveryStatus, DeliveryStatus.OTHER>, string> = {
  [DeliveryStatus.QUEUED]: 'Queued',
  [DeliveryStatus.SENT]: 'Sent',
  [DeliveryStatus.DELIVERED]: 'Delivered',
  [DeliveryStatus.FAILED]: 'Failed',
  [DeliveryStatus.UNDELIVERED]: 'Undelivered',
};

/**
 * Reads fields by name whatever their case (Telegent matches keys case-insensitively, and its
 * documents spell them several ways: `Message_ID`, `MessageId`, `MessageID`).
 */
class Fields {
  private readonly byName = new Map<string, unknown>();

  constructor(fields: DeliveredFields) {
    for (const [name, value] of Object.entries(fields)) this.byName.set(name.toLowerCase(), value);
  }

  /** The first of `names` present (not null), or undefined. */
  private first(names: readonly string[]): { name: string; value: unknown } | undefined {
    for (const name of names) {
      const value = this.byName.get(name.toLowerCase());
      if (value !== undefined && value !== null) return { name, value };
    }
    return undefined;
  }

  optionalText(names: readonly string[]): string | null {
    const found = this.first(names);
    if (found === undefined) return null;
    if (typeof found.value !== 'string') throw new MalformedEvent(`${found.name} must be a string.`);
    return found.value;
  }

  text(names: readonly string[]): string {
    const value = this.optionalText(names);
    if (value === null || value.trim() === '') throw new MalformedEvent(`${names[0]} is required.`);
    return value;
  }

  /** An E.164 number; `To` may also come as `[{ "Number": … }]`, as in Telegent's message answers. */
  e164(names: readonly string[]): string {
    const found = this.first(names);
    const value = Array.isArray(found?.value) ? (found.value[0] as { Number?: unknown } | undefined)?.Number : found?.value;
    if (typeof value !== 'string' || !E164_PATTERN.test(value)) {
      throw new MalformedEvent(`${names[0]} must be a phone number in E.164 form, got ${JSON.stringify(value ?? null)}.`);
    }
    return value;
  }

  /** An integer, as a JSON number or (GET) a string of digits; null when absent. */
  optionalInteger(names: readonly string[]): number | null {
    const found = this.first(names);
    if (found === undefined) return null;
    const value = typeof found.value === 'string' && /^-?\d+$/.test(found.value) ? Number(found.value) : found.value;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new MalformedEvent(`${found.name} must be an integer.`);
    return value;
  }

  /** `[{ "MediaUrl": … }]` (or `MediaURL`); empty when absent. */
  mediaUrls(name: string): string[] {
    const found = this.first([name]);
    if (found === undefined) return [];
    if (!Array.isArray(found.value)) throw new MalformedEvent(`${name} must be a list of {MediaUrl}.`);
    return found.value.map((item) => {
      const url = new Fields(typeof item === 'object' && item !== null ? (item as DeliveredFields) : {}).optionalText(['MediaUrl', 'MediaURL']);
      if (url === null) throw new MalformedEvent(`${name} entries need a MediaUrl.`);
      return url;
    });
  }

  /** Telegent's timestamp as ISO 8601, or `fallback` when it gives none or none that reads as a time. */
  instant(names: readonly string[], fallback: Date): string {
    const raw = this.optionalText(names);
    const at = raw === null ? null : instant(raw);
    return (at !== null && !Number.isNaN(at.getTime()) ? at : fallback).toISOString();
  }
}

/**
 * An inbound SMS/MMS as a route's MessageUrl receives it (REFERENCE.md §2.7: `Message_ID`, `Owner`,
 * `To`, `From`, `Message_Body`, `Segment`; the older `MessageId`, `Text`, `Timestamp`).
 */
export function toInboundMessageEvent(delivered: DeliveredFields, receivedAt: Date): InboundMessageEvent {
  const fields = new Fields(delivered);
  const mediaUrls = fields.mediaUrls('MmsMedia');
  const kind = fields.optionalText(['MessageType'])?.toLowerCase() === 'mms' || mediaUrls.length > 0 ? 'MMS' : 'SMS';
  return {
    messageId: fields.text(['MessageId', 'Message_ID', 'MessageID']),
    // The receiving platform number; `Owner` is the same number when `To` is left out.
    to: fields.e164(['To', 'Owner']),
    from: fields.e164(['From']),
    body: fields.optionalText(['Body', 'Message_Body', 'Text']) ?? '',
    kind,
    mediaUrls,
    status: fields.optionalText(['Status']) ?? 'Received',
    receivedAt: fields.instant(['Timestamp'], receivedAt),
  };
}

/** A delivery receipt as a route's CallbackMessageUrl receives it (REFERENCE.md §2.7: `MessageId`, `Status`, `Timestamp`, `ErrorCode`, `ErrorMessage`). */
export function toMessageStatusEvent(delivered: DeliveredFields, receivedAt: Date): MessageStatusEvent {
  const fields = new Fields(delivered);
  const word = fields.text(['Status']);
  // A status Telegent adds later is still a receipt: pushed as OTHER with its word, never refused (and lost).
  const status = enumOrFallback(UPSTREAM_DELIVERY_STATUS, word, DeliveryStatus.OTHER);
  return {
    messageId: fields.text(['MessageId', 'Message_ID', 'MessageID']),
    from: fields.e164(['From']),
    to: fields.e164(['To']),
    status,
    statusText: word.trim(),
    at: fields.instant(['Timestamp'], receivedAt),
    errorCode: fields.optionalInteger(['ErrorCode']),
    errorMessage: fields.optionalText(['ErrorMessage']),
  };
}
