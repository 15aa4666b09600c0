/** The age of the oldest data a response was built from (README "Freshness"). */
export class Freshness {
  private oldest: number | null = null;

  note(fetchedAt: number): void {
    if (this.oldest === null || fetchedAt < this.oldest) this.oldest = fetchedAt;
  }

  /** Whole seconds; 0 when everything was read from the upstream for this response. */
  ageSec(now = Date.now()): number {
    return this.oldest === null ? 0 : Math.max(0, Math.floor((now - this.oldest) / 1000));
  }
}
