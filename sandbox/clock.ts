/**
 * The sandbox clock: wall time plus an offset that `POST /_sandbox/clock` moves forward. Everything
 * time-based (token expiry, rate windows, order progress, message receipts) reads this clock.
 */
export class SandboxClock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** ISO-8601 with 7 fractional digits and an offset, as upstream writes most timestamps. */
  iso(ms = this.now()): string {
    return isoTimestamp(ms);
  }
}

export function isoTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2025-10-29T12:36:19.338Z
  return `${iso.slice(0, 23)}0000+00:00`;
}

/** `MM/dd/yyyy hh:mm:ss AM|PM` in UTC: the token endpoint's `tokenExpiry` format. */
export function tokenExpiryString(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const hours24 = d.getUTCHours();
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return (
    `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ` +
    `${pad(hours12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours24 < 12 ? 'AM' : 'PM'}`
  );
}

/** `MM/DD/YYYY` (dates in requests and some responses). */
export function usDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}
