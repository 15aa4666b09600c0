
/** Message and voice routes and account webhooks (REFERENCE.md §3.6, §3.8, §3.16). */
/** Our enum value for an upstream spelling, matched case-insensitively (REFERENCE.md §2.1); null when unknown. */

export function enumFromUpstream<E extends string>(spellings: Record<E, string>, raw: string | null | undefined, aliases: Record<string, E> = {}): E | null {
  if (!raw) return null;
  const lower = raw.trim().toLowerCase();
  const match = (Object.entries(spellings) as [E, string][]).find(([, spelling]) => spelling.toLowerCase() === lower);
  return match?.[0] ?? aliases[lower] ?? null;
}
/** As `enumFromUpstream`, for a field Telegent always sets from a closed list: another value breaks its contract. */

export function requiredEnumFromUpstream<E extends string>(spellings: Record<E, string>, raw: string | null | undefined, field: string): E {
  const value = enumFromUpstream(spellings, raw);
  if (value === null) throw new Error(`Telegent answered ${field} '${String(raw)}', expected one of ${Object.values(spellings).join(', ')}.`);
  return value;
}
