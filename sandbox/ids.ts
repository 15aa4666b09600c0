import { createHash } from 'node:crypto';

/**
 * Deterministic identifiers and randomness: the same seed yields the same sequence, so a seeded
 * sandbox has the same IDs on every start and after every reset.
 */
export class Entropy {
  private counter = 0;

  constructor(private readonly seed: string) {}

  /** 32 pseudo-random bytes, the next in the sequence. */
  private nextBytes(): Buffer {
    this.counter += 1;
    return createHash('sha256').update(`${this.seed}:${this.counter}`).digest();
  }

  /** A version-4-shaped UUID, lower-case hex. */
  uuid(): string {
    const b = this.nextBytes();
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const hex = b.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  /** `<PREFIX>-<uuid>`, e.g. `TSUID-3f0c…`. */
  id(prefix: string): string {
    return `${prefix}-${this.uuid()}`;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextBytes().readUInt32BE(0) / 2 ** 32;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** `length` random decimal digits. */
  digits(length: number): string {
    let out = '';
    while (out.length < length) out += String(this.int(0, 9));
    return out;
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
