/** Comparing Telegent IDs, as the platform does. */

/** Telegent IDs compare case-insensitively: its own examples write the hex in either case. */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.toUpperCase() === b.toUpperCase();
}

/**
 * Whether two subscriber IDs name the same subscriber: Telegent accepts the legacy `SID-` prefix
 * for `TSUID-` (REFERENCE.md §2.5) and answers with the `TSUID-` form.
 */
export function sameSubscriber(a: string, b: string): boolean {
  return subscriberKey(a) === subscriberKey(b);
}

/** What `sameSubscriber` compares: a subscriber ID without its prefix, for indexes that either form finds. */
export function subscriberKey(id: string): string {
  return id.slice(id.indexOf('-') + 1);
}

/** The longest Telegent ID the gateway accepts (theirs are `<PREFIX>-<uuid>`, at most 43 characters). */
export const MAX_ID_LENGTH = 100;

/**
 * After the prefix: letters, digits and `-_.:` (a UUID today; room for other opaque shapes the platform
 * may use), nothing a URL or header would need to escape.
 */
const ID_BODY = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * Whether `value` is a Telegent ID with one of `prefixes` (`TSUID`, …; any case) of the platform's
 * shape and at most `MAX_ID_LENGTH` characters: the one shape check of inputs, token claims and
 * development token requests alike.
 */
export function isTelegentId(value: unknown, prefixes: readonly string[]): value is string {
  if (typeof value !== 'string' || value.length > MAX_ID_LENGTH) return false;
  const dash = value.indexOf('-');
  return dash > 0 && prefixes.includes(value.slice(0, dash).toUpperCase()) && ID_BODY.test(value.slice(dash + 1));
}
