
/** The upstream's date and time spellings (REFERENCE.md §2.1). */
/** `MM/DD/YYYY` → `YYYY-MM-DD`. */
export function isoDate(usDate: string | null | undefined): string | null {
  const match = usDate ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(usDate) : null;
  return match ? `${match[3]}-${match[1]}-${match[2]}` : null;
}
/** Upstream timestamps sometimes lack a zone (REFERENCE.md §2.1); those are UTC. */

export function instant(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
}
/** `YYYY-MM-DD` → `MM/DD/YYYY`, the spelling request dates take (EffectiveDate, PortInDate in the guide). */

export function usDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${month}/${day}/${year}`;
}
