import { badRequest } from './errors';
import type { Address } from './model';

/** E.164: `+`, a non-zero digit, 7 to 15 digits in all; NANP (+1) numbers have exactly 10 after the 1. */
const E164 = /^\+[1-9]\d{6,14}$/;
export function isE164(value: string): boolean {
  return E164.test(value) && (!value.startsWith('+1') || value.length === 12);
}

/** ICCID: 19 or 20 digits starting 89 (ITU-T E.118), optionally followed by the filler `F`. */
export function isIccid(value: string): boolean {
  return /^89\d{17,18}F?$/i.test(value);
}

/**
 * An e-mail address in the shape the OpenAPI `format: email` accepts (ajv-formats' full mode), so
 * an address the sandbox takes in is also one its answers may carry.
 */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export interface FieldOptions {
  required?: boolean;
  /** Other spellings accepted for the same field (REFERENCE.md §4 C19). */
  aliases?: readonly string[];
}

/**
 * Reads a request body or query string the way upstream does: keys match case-insensitively
 * (REFERENCE.md §2.1: `AccountID`/`AccountId`, `Iccid`/`ICCID`, …), JSON `null` counts as absent,
 * and a value of the wrong JSON type is a 400 naming the field (`Path: $.Field`), as ASP.NET's
 * model binding reports it.
 */
export class Input {
  private readonly byLowerKey = new Map<string, string>();

  constructor(
    private readonly values: Record<string, unknown>,
    /** Query-string values are always strings; booleans and numbers are parsed from them. */
    private readonly fromQuery = false,
    /** Where this object sits in the request, e.g. `PhoneNumbers[2].`, for error messages. */
    private readonly path = '',
  ) {
    for (const key of Object.keys(values)) this.byLowerKey.set(key.toLowerCase(), key);
  }

  static fromSearchParams(params: URLSearchParams): Input {
    const values: Record<string, unknown> = {};
    for (const [key, value] of params) values[key] = value;
    return new Input(values, true);
  }

  /** The raw value under `name` or one of its aliases, `undefined` when absent or null. */
  raw(name: string, aliases: readonly string[] = []): unknown {
    for (const candidate of [name, ...aliases]) {
      const key = this.byLowerKey.get(candidate.toLowerCase());
      if (key !== undefined && this.values[key] !== null && this.values[key] !== undefined) return this.values[key];
    }
    return undefined;
  }

  has(name: string, aliases: readonly string[] = []): boolean {
    return this.raw(name, aliases) !== undefined;
  }

  /** The field's full name in messages: `MmsMedia[0].MediaUrl` for a nested object's field. */
  private label(name: string): string {
    return `${this.path}${name}`;
  }

  private missing(name: string): never {
    throw badRequest(`${this.label(name)} is required.`);
  }

  private wrongType(name: string, type: string): never {
    throw badRequest(`The JSON value could not be converted to ${type}. Path: $.${this.label(name)}.`);
  }

  string(name: string, opts: FieldOptions & { required: true; allowEmpty?: boolean; maxLength?: number }): string;
  string(name: string, opts?: FieldOptions & { allowEmpty?: boolean; maxLength?: number }): string | undefined;
  string(name: string, opts: FieldOptions & { allowEmpty?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    if (typeof value !== 'string') this.wrongType(name, 'System.String');
    if (value.trim() === '' && !opts.allowEmpty) {
      if (opts.required) this.missing(name);
      return undefined;
    }
    if (opts.maxLength !== undefined && value.length > opts.maxLength) {
      throw badRequest(`${this.label(name)} must be at most ${opts.maxLength} characters.`);
    }
    return value;
  }

  bool(name: string, opts: FieldOptions & { required: true }): boolean;
  bool(name: string, opts?: FieldOptions): boolean | undefined;
  bool(name: string, opts: FieldOptions = {}): boolean | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    if (typeof value === 'boolean') return value;
    if (this.fromQuery && typeof value === 'string' && /^(true|false)$/i.test(value)) {
      return value.toLowerCase() === 'true';
    }
    return this.wrongType(name, 'System.Boolean');
  }

  number(name: string, opts: FieldOptions & { required: true; integer?: boolean; min?: number; max?: number }): number;
  number(name: string, opts?: FieldOptions & { integer?: boolean; min?: number; max?: number }): number | undefined;
  number(
    name: string,
    opts: FieldOptions & { integer?: boolean; min?: number; max?: number } = {},
  ): number | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    const type = opts.integer ? 'System.Int32' : 'System.Decimal';
    let n: number;
    if (typeof value === 'number') n = value;
    else if (this.fromQuery && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
      n = Number(value);
    } else return this.wrongType(name, type);
    if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) this.wrongType(name, type);
    if (opts.min !== undefined && n < opts.min) throw badRequest(`${this.label(name)} must be at least ${opts.min}.`);
    if (opts.max !== undefined && n > opts.max) throw badRequest(`${this.label(name)} must be at most ${opts.max}.`);
    return n;
  }

  /**
   * A string that must be one of `allowed`, matched case-insensitively; returns the canonical
   * spelling from `allowed` (REFERENCE.md C4: store/echo the canonical form).
   */
  oneOf<T extends string>(name: string, allowed: readonly T[], opts: FieldOptions & { required: true }): T;
  oneOf<T extends string>(name: string, allowed: readonly T[], opts?: FieldOptions): T | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], opts: FieldOptions = {}): T | undefined {
    const value = this.string(name, opts);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
    if (match === undefined) throw badRequest(`${this.label(name)} '${value}' is not valid; expected one of ${allowed.join(', ')}.`);
    return match;
  }

  e164(name: string, opts: FieldOptions & { required: true }): string;
  e164(name: string, opts?: FieldOptions): string | undefined;
  e164(name: string, opts: FieldOptions = {}): string | undefined {
    const value = this.string(name, opts);
    if (value === undefined) return undefined;
    if (!isE164(value)) throw badRequest(`${this.label(name)} '${value}' is not a valid E.164 phone number (e.g. +18015551234).`);
    return value;
  }

  /** An e-mail address, surrounding whitespace removed. */
  email(name: string, opts: FieldOptions & { required: true }): string;
  email(name: string, opts?: FieldOptions): string | undefined;
  email(name: string, opts: FieldOptions = {}): string | undefined {
    const value = this.string(name, opts)?.trim();
    if (value === undefined) return undefined;
    if (!isEmail(value)) throw badRequest(`${this.label(name)} '${value}' is not a valid e-mail address.`);
    return value;
  }

  /** An absolute http(s) URL: where the platform will call the caller back. */
  url(name: string, opts: FieldOptions & { required: true }): string;
  url(name: string, opts?: FieldOptions): string | undefined;
  url(name: string, opts: FieldOptions = {}): string | undefined {
    const value = this.string(name, { ...opts, maxLength: 2048 });
    if (value === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw badRequest(`${this.label(name)} '${value}' is not an absolute http(s) URL.`);
    }
    return value;
  }

  /** A string ID that must start with one of `prefixes` (aliases included, REFERENCE.md §2.5). */
  id(name: string, prefixes: readonly string[], opts: FieldOptions & { required: true }): string;
  id(name: string, prefixes: readonly string[], opts?: FieldOptions): string | undefined;
  id(name: string, prefixes: readonly string[], opts: FieldOptions = {}): string | undefined {
    const value = this.string(name, opts);
    if (value === undefined) return undefined;
    if (!prefixes.some((prefix) => value.toUpperCase().startsWith(`${prefix}-`))) {
      throw badRequest(`${this.label(name)} '${value}' is not a valid identifier; expected ${prefixes.map((p) => `${p}-…`).join(' or ')}.`);
    }
    return value;
  }

  /** An array of objects (e.g. `PhoneNumbers: [{ Number }]`), each read through its own Input. */
  objects(name: string, opts: FieldOptions & { required: true; nonEmpty?: boolean }): Input[];
  objects(name: string, opts?: FieldOptions & { nonEmpty?: boolean }): Input[] | undefined;
  objects(name: string, opts: FieldOptions & { nonEmpty?: boolean } = {}): Input[] | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    if (!Array.isArray(value)) return this.wrongType(name, 'an array');
    if (opts.nonEmpty && value.length === 0) throw badRequest(`${this.label(name)} must contain at least one item.`);
    return value.map((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        return this.wrongType(`${name}[${index}]`, 'an object');
      }
      return new Input(item as Record<string, unknown>, false, `${this.label(name)}[${index}].`);
    });
  }

  /** `[{ "Number": "+1…" }, …]` → E.164 strings (the shape of every batch endpoint, REFERENCE.md §5.1). */
  numberRefs(name: string, opts: FieldOptions & { nonEmpty?: boolean } = { required: true, nonEmpty: true }): string[] {
    const items = this.objects(name, { ...opts, required: opts.required ?? true }) ?? [];
    return items.map((item, index) => {
      const value = item.raw('Number');
      if (typeof value !== 'string' || value === '') throw badRequest(`${this.label(name)}[${index}].Number is required.`);
      if (!isE164(value)) throw badRequest(`${this.label(name)}[${index}].Number '${value}' is not a valid E.164 phone number.`);
      return value;
    });
  }

  /** An array of strings; with `e164`, every entry must be E.164 (empty strings are dropped). */
  strings(name: string, opts: FieldOptions & { e164?: boolean } = {}): string[] | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    if (!Array.isArray(value)) return this.wrongType(name, 'an array of strings');
    const out: string[] = [];
    value.forEach((item, index) => {
      if (typeof item !== 'string') this.wrongType(`${name}[${index}]`, 'System.String');
      if (item.trim() === '') return;
      if (opts.e164 && !isE164(item)) {
        throw badRequest(`${this.label(name)}[${index}] '${item}' is not a valid E.164 phone number.`);
      }
      out.push(item);
    });
    return out;
  }

  /** A nested object read through its own Input. */
  object(name: string, opts: FieldOptions = {}): Input | undefined {
    const value = this.raw(name, opts.aliases);
    if (value === undefined) return opts.required ? this.missing(name) : undefined;
    if (typeof value !== 'object' || Array.isArray(value)) return this.wrongType(name, 'an object');
    return new Input(value as Record<string, unknown>, false, `${this.label(name)}.`);
  }

  /** An address object; every part is an optional string. */
  address(name: string, opts: FieldOptions = {}): Address | undefined {
    const input = this.object(name, opts);
    if (input === undefined) return undefined;
    const part = (key: keyof Address): string | null => input.string(key, { allowEmpty: true }) ?? null;
    return {
      Street1: part('Street1'),
      Street2: part('Street2'),
      City: part('City'),
      State: part('State'),
      Zip: part('Zip'),
      Country: part('Country'),
    };
  }

  /** Any JSON value, unchecked (for fields the reference leaves undocumented, e.g. TimeRestrictions). */
  any(name: string, aliases: readonly string[] = []): unknown {
    return this.raw(name, aliases);
  }
}

export const emptyAddress = (): Address => ({
  Street1: null,
  Street2: null,
  City: null,
  State: null,
  Zip: null,
  Country: null,
});
