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
  const body = (id: string): string => id.slice(id.indexOf('-') + 1);
  return body(a) === body(b);
}
