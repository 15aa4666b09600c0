/** Porting: port-ins (eligibility, submit, update, cancel) and port-out PINs (REFERENCE.md §3.10). */
import type { NumberType } from '../../graph/schema/enums';
import type { CheckPortInEligibilityPayload, RequestPortOutPayload } from '../../graph/schema/port-in.payload';
import { orderFromAnswer } from '../orders/mappers';
import { NUMBER_TYPE_SPELLINGS } from '../numbers/mappers';
import { calendarDay } from '../../graph/schema/input-rules';
import { usDate } from '../dates';

/** A port-in target as `TargetClassification` spells it; the input has refused VOIP (Telegent ports into mobile lines only). */
export function toRawPortInClassification(target: NumberType): string {
  const spelling = (NUMBER_TYPE_SPELLINGS.portIn as Partial<Record<NumberType, string>>)[target];
  if (spelling === undefined) throw new Error(`No port-in classification for ${target}: the input should have refused it.`);
  return spelling;
}

/**
 * A port-in date as clients may write it (`YYYY-MM-DD`, or `MM/DD/YYYY` as the getting-started
 * guide does; the input has checked it is a day) as one day, `YYYY-MM-DD`, so both spellings of a
 * day are one request (and one idempotent submit).
 */
export function portInDay(date: string | null | undefined): string | null {
  return date ? calendarDay(date) : null;
}

/** A port-in day as the request body spells `PortInDate`: `MM/DD/YYYY` (the guide's), left out when none. */
export function toRawPortInDate(day: string | null | undefined): string | undefined {
  return day ? usDate(day) : undefined;
}

/** The answer of numbers/portin/eligibility (undocumented; the sandbox's: sandbox README "Porting, data usage, voicemail"). */
export interface RawPortInEligibility {
  PhoneNumber: string;
  Eligible: boolean;
  Message?: string | null;
}

/** The answer of numbers/portin and numbers/portout: the new order, as `Status` (not `OrderStatus`). */
export interface RawPortOrderPlaced {
  OrderId: string;
  OrderDate: string;
  Status: string;
  PhoneNumber: string;
}

/** The answer of numbers/portin/update and numbers/portin/cancel. */
export interface RawPortInChanged {
  OrderId: string;
  Status: string;
}

export function toEligibilityPayload(raw: RawPortInEligibility, number: string, classification: NumberType): CheckPortInEligibilityPayload {
  return { number, targetClassification: classification, eligible: raw.Eligible, reason: raw.Message ?? null };
}

/** A port-out order as numbers/portout answered it. */
export function toPortOutPayload(raw: RawPortOrderPlaced): RequestPortOutPayload {
  return {
    order: orderFromAnswer({ id: raw.OrderId, date: raw.OrderDate, status: raw.Status, type: 'PortOut', numbers: [raw.PhoneNumber] }),
    number: raw.PhoneNumber,
  };
}
