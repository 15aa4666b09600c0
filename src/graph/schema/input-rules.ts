import { type GraphQLArgument, type GraphQLInputType, GraphQLID, getNullableType, isInputObjectType, isListType } from 'graphql';
import { badUserInput } from '../../errors';
import { MAX_ID_LENGTH, isTelegentId } from '../../ids';
import { isE164, notE164 } from './e164.scalar';
import { ICCID_PATTERN } from './iccid.scalar';

/**
 * The platform's input rules, applied in the gateway so a bad request costs no upstream call and
 * its error names the field (`extensions.field`, e.g. `input.areaCode`). Input classes implement
 * `ValidatedInput`; the schema's `validateFn` runs `validate()` on every argument before the
 * resolver is called.
 */
export interface ValidatedInput {
  validate(): void;
}

export function isValidatedInput(value: unknown): value is ValidatedInput {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ValidatedInput>).validate === 'function';
}

/** Where a field of a mutation's `input` argument sits, for `extensions.field`. */
export const inputField = (name: string): string => `input.${name}`;

type Optional<T> = T | null | undefined;

const present = <T>(value: Optional<T>): value is T => value !== null && value !== undefined;

/** E.164 by format and possibility (`isE164`): the numbers Telegent's own examples use pass. */
export function checkE164(value: Optional<string>, field: string): void {
  if (present(value) && !isE164(value)) throw notE164(value, field);
}

/** A North American area code: three digits, not starting with 0 or 1. */
export function checkAreaCode(value: Optional<string>, field: string): void {
  if (present(value) && !/^[2-9]\d\d$/.test(value)) throw badUserInput(`${field} must be a 3-digit area code, got '${value}'.`, field);
}

export function checkZipCode(value: Optional<string>, field: string): void {
  if (present(value) && !/^\d{5}$/.test(value)) throw badUserInput(`${field} must be a 5-digit US ZIP code, got '${value}'.`, field);
}

/** The ICCID scalar's rule, for String inputs (the provisioning contract types iccid as String). */
export function checkIccid(value: Optional<string>, field: string): void {
  if (present(value) && !ICCID_PATTERN.test(value)) {
    throw badUserInput(`${field} must be an ICCID: 19 or 20 digits starting with 89 (optionally ending in F), got '${value}'.`, field);
  }
}

export function checkEmail(value: Optional<string>, field: string): void {
  // The shape mail servers accept; deliverability is the platform's concern.
  if (present(value) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw badUserInput(`${field} must be an e-mail address, got '${value}'.`, field);
}

/**
 * A Telegent ID with one of `prefixes` (`TSUID-…`), of the platform's shape and at most
 * `MAX_ID_LENGTH` characters, so a wrong kind of ID, or garbage, is caught before the upstream.
 */
export function checkId(value: Optional<string>, prefixes: readonly string[], field: string): void {
  if (!present(value)) return;
  if (!isTelegentId(value, prefixes)) {
    throw badUserInput(`${field} must be an ID starting ${prefixes.map((p) => `${p}-`).join(' or ')} (letters, digits, '-', '_', '.', ':'; at most ${MAX_ID_LENGTH} characters), got ${quoted(value)}.`, field);
  }
}

/** A client's value in a message: quoted, cut short when long (a 100 KB ID is not echoed back). */
function quoted(value: string): string {
  return value.length > 60 ? `'${value.slice(0, 40)}…' (${value.length} characters)` : `'${value}'`;
}

export function checkNotBlank(value: Optional<string>, field: string): void {
  if (present(value) && value.trim() === '') throw badUserInput(`${field} must not be blank.`, field);
}

export function checkLength(value: Optional<string>, max: number, field: string): void {
  if (present(value) && value.length > max) throw badUserInput(`${field} must be at most ${max} characters, got ${value.length}.`, field);
}

/** A free-text field sent as typed: not blank, at most `max` characters. */
export function checkText(value: Optional<string>, max: number, field: string): void {
  checkNotBlank(value, field);
  checkLength(value, max, field);
}

/** Amounts travel upstream as JSON numbers (doubles), which keep the Money scalar's 4 decimals exact only below this. */
const MAX_MONEY = 100_000_000_000;

/** A price or cost the platform takes: zero or more (the Money scalar already limits it to 4 decimals). */
export function checkMoney(value: Optional<number>, field: string): void {
  if (!present(value)) return;
  if (value < 0) throw badUserInput(`${field} must be zero or more, got ${value}.`, field);
  if (value >= MAX_MONEY) throw badUserInput(`${field} must be less than ${MAX_MONEY.toLocaleString('en-US')}, got ${value}.`, field);
}

/**
 * A calendar day written `YYYY-MM-DD` or `MM/DD/YYYY` (the getting-started guide's PortInDate
 * spelling), as `YYYY-MM-DD`; null when it is neither or names no day (`2026-04-31`).
 */
export function calendarDay(text: string): string | null {
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const day = us ? `${us[3]}-${us[1]}-${us[2]}` : text;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === day ? day : null;
}

/** A calendar date that exists, written `YYYY-MM-DD` or, as Telegent's guide writes it, `MM/DD/YYYY`. */
export function checkDay(value: Optional<string>, field: string): void {
  if (present(value) && calendarDay(value) === null) throw badUserInput(`${field} must be a date YYYY-MM-DD or MM/DD/YYYY, got '${value}'.`, field);
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function checkIsoDate(value: Optional<string>, field: string): void {
  if (!present(value)) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw badUserInput(`${field} must be a date YYYY-MM-DD, got '${value}'.`, field);
}

/** A two-letter US state or territory code. */
export function checkStateCode(value: Optional<string>, field: string): void {
  if (present(value) && !/^[A-Z]{2}$/.test(value)) throw badUserInput(`${field} must be a two-letter state code such as UT, got '${value}'.`, field);
}

export function checkUrl(value: Optional<string>, field: string): void {
  if (!present(value)) return;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !['https:', 'http:'].includes(url.protocol)) throw badUserInput(`${field} must be an http(s) URL, got '${value}'.`, field);
}

export function checkRequiredWhen(condition: boolean, value: unknown, field: string, reason: string): void {
  if (condition && (value === null || value === undefined || value === '')) throw badUserInput(`${field} is required ${reason}.`, field);
}

/** Runs `check` on every entry of a list, naming the entry by its index (`input.numbers[2]`). */
export function checkEach<T>(values: Optional<readonly T[]>, field: string, check: (value: T, field: string) => void): void {
  values?.forEach((value, index) => check(value, `${field}[${index}]`));
}

/** A list that must hold at least one entry when it is sent. */
export function checkNotEmpty(values: Optional<readonly unknown[]>, field: string): void {
  if (present(values) && values.length === 0) throw badUserInput(`${field} must contain at least one entry.`, field);
}

/** A list that must hold at least one entry, and each entry once. */
export function checkNonEmptyDistinct(values: Optional<readonly string[]>, field: string): void {
  checkNotEmpty(values, field);
  const seen = new Set<string>();
  values?.forEach((value, index) => {
    if (seen.has(value)) throw badUserInput(`${field}[${index}] repeats '${value}'.`, `${field}[${index}]`);
    seen.add(value);
  });
}

/** Every entry of a list of phone numbers in E.164, the wrong one named by its index (`input.numbers[2]`). */
export function checkE164List(values: Optional<readonly string[]>, field: string): void {
  checkEach(values, field, checkE164);
}

/**
 * A subscriber's numbers: E.164 entries, where `""` is Telegent's "no number" (its getting-started
 * guide creates a subscriber with `PhoneNumbers: [""]`); the subscriber writes drop blank entries.
 */
export function checkNumbersOrNone(values: Optional<readonly string[]>, field: string): void {
  checkEach(values, field, (value, entry) => {
    if (value !== '') checkE164(value, entry);
  });
}

/** An update must change something: at least one of `fields` of `input` is sent (null counts: it clears). */
export function checkSomeChange<T extends object>(input: T, fields: readonly (keyof T & string)[], field = 'input'): void {
  if (fields.every((name) => input[name] === undefined)) {
    throw badUserInput(`${field} changes nothing: send at least one of ${fields.join(', ')}.`, field);
  }
}

/** An integer within `min`..`max` (both included). */
export function checkRange(value: Optional<number>, min: number, max: number, field: string): void {
  if (present(value) && (value < min || value > max)) throw badUserInput(`${field} must be between ${min} and ${max}, got ${value}.`, field);
}

/** A list of `min` to `max` entries. */
export function checkListSize(values: Optional<readonly unknown[]>, min: number, max: number, field: string): void {
  if (present(values) && (values.length < min || values.length > max)) {
    throw badUserInput(`${field} must hold ${min === max ? min : `${min} to ${max}`} entries, got ${values.length}.`, field);
  }
}

/**
 * A secret the client writes and nobody reads back (password, PIN): within the length bounds and,
 * with `pattern`, of that shape. The message never repeats the value, nor its length.
 */
export function checkSecret(value: Optional<string>, rule: { min: number; max: number; pattern?: RegExp; shape: string }, field: string): void {
  if (!present(value)) return;
  const fits = value.trim() !== '' && value.length >= rule.min && value.length <= rule.max && (rule.pattern?.test(value) ?? true);
  if (!fits) throw badUserInput(`${field} must be ${rule.shape}.`, field);

}

/** An https URL: where Telegent sends account data (webhooks require HTTPS, REFERENCE.md §3.16). */
export function checkHttpsUrl(value: Optional<string>, field: string): void {
  checkUrl(value, field);
  if (present(value) && new URL(value).protocol !== 'https:') throw badUserInput(`${field} must be an https URL, got '${value}'.`, field);
}

/** A 24-hour time of day to the minute, `HH:mm` (`08:00`, `17:30`). */
export function checkLocalTime(value: Optional<string>, field: string): void {
  if (present(value) && !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw badUserInput(`${field} must be a 24-hour time HH:mm such as 08:00, got '${value}'.`, field);
}

/** Any Telegent ID: a prefix of letters, a dash, then the shape `checkId` takes. */
const ANY_ID = /^[A-Za-z]{1,10}-[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * Every `ID` value among a field's arguments (inside inputs and lists too) has the shape of a
 * Telegent ID, so no argument can carry garbage, or 100 KB, upstream; the inputs' own `validate()`
 * and the resolvers check the prefix each field expects.
 */
export function checkIdArguments(args: Readonly<Record<string, unknown>>, definitions: readonly GraphQLArgument[]): void {
  for (const definition of definitions) walkIds(args[definition.name], definition.type, definition.name);
}

function walkIds(value: unknown, type: GraphQLInputType, field: string): void {
  if (value === null || value === undefined) return;
  const named = getNullableType(type);
  if (isListType(named)) {
    if (Array.isArray(value)) value.forEach((item, index) => walkIds(item, named.ofType, `${field}[${index}]`));
    return;
  }
  if (isInputObjectType(named)) {
    for (const inner of Object.values(named.getFields())) walkIds((value as Record<string, unknown>)[inner.name], inner.type, `${field}.${inner.name}`);
    return;
  }
  if (named === GraphQLID && (typeof value !== 'string' || value.length > MAX_ID_LENGTH || !ANY_ID.test(value))) {
    throw badUserInput(
      `${field} must be a Telegent ID such as TSUID-… (a prefix, '-', then letters, digits, '-', '_', '.', ':'; at most ${MAX_ID_LENGTH} characters), got ${quoted(String(value))}.`,
      field,
    );
  }
}
