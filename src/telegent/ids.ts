
/** Catalog and billing: products, packages, services, subscriptions and their features (REFERENCE.md §3.13–3.14). */
/** Telegent IDs compare case-insensitively: its own examples write the hex in either case. */

export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.toUpperCase() === b.toUpperCase();
}
