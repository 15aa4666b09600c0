/** Porting: port-ins (eligibility, submit, update, cancel) and port-out PINs (REFERENCE.md §3.10). */
import { PortInClassification } from '../../graph/schema/enums';
import type { CheckPortInEligibilityPayload, RequestPortOutPayload } from '../../graph/schema/port-in.payload';
import { orderFromAnswer } from '../orders/mappers';

/** Port-in `TargetClassification` spellings (the seed guide's mvno|iot). */
export const UPSTREAM_PORT_IN_CLASSIFICATION: Record<PortInClassification, string> = {
  [PortInClassification.MVNO]: 'mvno',
  [PortInClassification.IOT]: 'iot',
};

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

export function toEligibilityPayload(raw: RawPortInEligibility, number: string, classification: PortInClassification): CheckPortInEligibilityPayload {
  return { number, targetClassification: classification, eligible: raw.Eligible, reason: raw.Message ?? null };
}

/** A port-out order as numbers/portout answered it. */
export function toPortOutPayload(raw: RawPortOrderPlaced): RequestPortOutPayload {
  return {
    order: orderFromAnswer({ id: raw.OrderId, date: raw.OrderDate, status: raw.Status, type: 'PortOut', numbers: [raw.PhoneNumber] }),
    number: raw.PhoneNumber,
  };
}
