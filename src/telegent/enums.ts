/** Telegent's spellings of its vocabularies, read as the graph's enums (REFERENCE.md §2.1). */

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

/**
 * As `enumFromUpstream`, for a list Telegent may grow (order and message statuses): a word it does
 * not know is `fallback` (OTHER), so a status the platform adds later reads as OTHER, not as an
 * error; the caller keeps the word itself beside it (`statusText`).
 */
export function enumOrFallback<E extends string, F extends string>(spellings: Record<E, string>, raw: string | null | undefined, fallback: F, aliases: Record<string, E> = {}): E | F {
  return enumFromUpstream(spellings, raw, aliases) ?? fallback;
}
