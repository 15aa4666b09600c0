import type { Loaders } from '../datasources/loaders';
import { nullWhenNotFound } from '../datasources/errors';
import type { PhoneNumber } from '../schema/phone-number.type';

/** The numbers a mutation's input named, as the inventory shows them now; numbers not found are left out. */
export async function loadNamedNumbers(numbers: readonly string[], loaders: Loaders): Promise<PhoneNumber[]> {
  const loaded = await Promise.all(numbers.map((n) => loaders.numberByE164.load(n).catch(nullWhenNotFound)));
  return loaded.filter((n): n is PhoneNumber => n !== null);
}
